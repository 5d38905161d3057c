/// JSON with a fixed key order, so the output is stable and diffable, written straight into one
/// `ByteWriter`: nested objects and arrays append to the same buffer (nothing is copied per
/// level), so writing is linear in the output.
public struct JSONWriter {
    public var out: ByteWriter
    public let pretty: Bool
    private var indent = 0
    /// Members or items written so far in each open object or array, innermost last.
    private var written: [Int] = []

    public init(pretty: Bool = true, into out: ByteWriter = ByteWriter()) {
        self.pretty = pretty
        self.out = out
    }

    public mutating func raw(_ s: StaticString) { out.append(s) }

    public mutating func string(_ s: String) {
        var s = s
        s.withUTF8 { string(bytes: $0) }
    }

    public mutating func string(bytes: UnsafeBufferPointer<UInt8>) {
        out.append(0x22)
        out.appendJSONEscaped(bytes)
        out.append(0x22)
    }

    /// A string written in parts: `parts` appends escaped pieces with the function it is given.
    public mutating func string(parts: (inout ByteWriter) -> Void) {
        out.append(0x22)
        parts(&out)
        out.append(0x22)
    }

    public mutating func newline() {
        guard pretty else { return }
        out.append(0x0A)
        out.append(repeating: 0x20, count: indent * 2)
    }

    /// Writes `{ … }`; `body` writes the members with `member`.
    public mutating func object(_ body: (inout JSONWriter) -> Void) {
        out.append(UInt8(ascii: "{"))
        indent += 1
        written.append(0)
        body(&self)
        let n = written.removeLast()
        indent -= 1
        if n > 0 { newline() }
        out.append(UInt8(ascii: "}"))
    }

    public mutating func member(_ key: StaticString, _ body: (inout JSONWriter) -> Void) {
        separate()
        out.append(0x22); out.append(key); out.append(0x22)
        if pretty { raw(": ") } else { raw(":") }
        body(&self)
    }

    /// A member whose key is not known in advance (front matter): escaped.
    public mutating func member(dynamic key: String, _ body: (inout JSONWriter) -> Void) {
        separate()
        string(key)
        if pretty { raw(": ") } else { raw(":") }
        body(&self)
    }

    private mutating func separate() {
        if written[written.count - 1] > 0 { out.append(UInt8(ascii: ",")) }
        written[written.count - 1] += 1
        newline()
    }

    public mutating func member(_ key: StaticString, _ s: String?) { member(key) { $0.value(s) } }
    public mutating func member(_ key: StaticString, _ n: Int) { member(key) { $0.value(n) } }
    public mutating func member(_ key: StaticString, _ b: Bool) { member(key) { $0.value(b) } }
    /// `null` when absent: a verdict or a line that may be unknown.
    public mutating func member(_ key: StaticString, _ b: Bool?) { member(key) { if let b { $0.value(b) } else { $0.raw("null") } } }
    public mutating func member(_ key: StaticString, _ n: Int?) { member(key) { if let n { $0.value(n) } else { $0.raw("null") } } }

    /// Writes `[ … ]`; `each` writes one item.
    public mutating func array<S: Sequence>(_ items: S, _ each: (inout JSONWriter, S.Element) -> Void) {
        out.append(UInt8(ascii: "["))
        var first = true
        indent += 1
        for item in items {
            if !first { out.append(UInt8(ascii: ",")) }
            first = false
            newline()
            each(&self, item)
        }
        indent -= 1
        if first { out.append(UInt8(ascii: "]")); return }
        newline()
        out.append(UInt8(ascii: "]"))
    }

    public mutating func value(_ s: String?) { if let s { string(s) } else { raw("null") } }
    public mutating func value(_ n: Int) { out.append(decimal: n) }
    public mutating func value(_ b: Bool) { if b { raw("true") } else { raw("false") } }
    /// A finite number with a fixed count of decimals (non-finite values have no JSON form: null).
    public mutating func value(_ d: Double, decimals: Int) {
        if d.isFinite { out.append(String(format: "%.\(decimals)f", d)) } else { raw("null") }
    }

    /// The document with its final newline, for in-memory writers.
    public mutating func finished() -> String {
        out.append(0x0A)
        return out.string
    }

    /// Ends the document with a newline and flushes a streaming writer.
    public mutating func finish() throws {
        out.append(0x0A)
        try out.finish()
    }
}
