/// Output bytes appended in amortized linear time, either kept in memory or handed to a sink
/// in chunks, so that a large report streams to its file instead of being built whole.
///
/// Every writer (JSON, XML, Markdown, HTML, text) appends here; none concatenates strings of
/// the whole document.
public struct ByteWriter {
    public private(set) var bytes: [UInt8] = []
    private let sink: ((UnsafeBufferPointer<UInt8>) throws -> Void)?
    private let chunk: Int
    /// The sink's first error: later writes are dropped and `finish()` throws it.
    private var failure: Error?
    /// Bytes handed to the sink so far.
    public private(set) var flushed = 0

    /// Collects the output in memory (`bytes`).
    public init(capacity: Int = 0) {
        sink = nil
        chunk = .max
        bytes.reserveCapacity(capacity)
    }

    /// Hands the output to `sink` whenever `chunk` bytes have gathered, and the rest on `finish()`.
    public init(chunk: Int = 1 << 20, sink: @escaping (UnsafeBufferPointer<UInt8>) throws -> Void) {
        self.sink = sink
        self.chunk = chunk
        bytes.reserveCapacity(chunk + 4096)
    }

    /// Total bytes written, flushed or not.
    public var count: Int { flushed + bytes.count }

    @inline(__always) public mutating func append(_ b: UInt8) {
        bytes.append(b)
        if bytes.count >= chunk { flush() }
    }

    @inline(__always) public mutating func append(_ s: String) {
        var s = s
        s.withUTF8 { append($0) }
    }

    @inline(__always) public mutating func append(_ s: StaticString) {
        append(UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
    }

    @inline(__always) public mutating func append(_ b: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: b)
        if bytes.count >= chunk { flush() }
    }

    public mutating func append(_ b: [UInt8]) { b.withUnsafeBufferPointer { append($0) } }
    public mutating func append(_ b: ArraySlice<UInt8>) { b.withUnsafeBufferPointer { append($0) } }

    public mutating func append(repeating b: UInt8, count: Int) {
        bytes.append(contentsOf: repeatElement(b, count: count))
        if bytes.count >= chunk { flush() }
    }

    /// Decimal digits of `n`, without building a String.
    public mutating func append(decimal n: Int) {
        if n < 0 { append(UInt8(ascii: "-")) }
        var m = n.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var k = 20
        withUnsafeMutableBytes(of: &digits) { d in
            repeat { k -= 1; d[k] = UInt8(truncatingIfNeeded: m % 10) + 0x30; m /= 10 } while m > 0
            append(UnsafeBufferPointer(rebasing: d.bindMemory(to: UInt8.self)[k...]))
        }
    }

    private mutating func flush() {
        guard let sink, !bytes.isEmpty else { return }
        if failure == nil {
            do { try bytes.withUnsafeBufferPointer { try sink($0) } } catch { failure = error }
        }
        flushed += bytes.count
        bytes.removeAll(keepingCapacity: true)
    }

    /// Hands what is left to the sink; throws the sink's first error.
    public mutating func finish() throws {
        flush()
        if let failure { throw failure }
    }

    /// The bytes as text (in-memory writers).
    public var string: String { String(decoding: bytes, as: UTF8.self) }
}

extension String {
    /// The text a writer produces in memory: `String(writing: { render(x, into: &$0) })`.
    public init(writing body: (inout ByteWriter) -> Void) {
        var w = ByteWriter()
        body(&w)
        self = w.string
    }
}
