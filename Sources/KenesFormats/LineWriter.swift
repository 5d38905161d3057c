/// Lines written one after another into a `ByteWriter`, separated by "\n": what renderers that
/// think in lines use instead of collecting an array of strings and joining the whole document.
public struct LineWriter {
    public var out: ByteWriter
    private var first = true

    public init(into out: ByteWriter = ByteWriter()) { self.out = out }

    /// Starts a new line (the separator before every line but the first).
    public mutating func newLine() {
        if !first { out.append(0x0A) }
        first = false
    }

    public mutating func append(_ line: String) { newLine(); out.append(line) }

    public mutating func append<S: Sequence>(contentsOf lines: S) where S.Element: StringProtocol {
        for l in lines { newLine(); out.append(String(l)) }
    }

    public static func += <S: Sequence>(w: inout LineWriter, lines: S) where S.Element: StringProtocol { w.append(contentsOf: lines) }

    /// The last line ended with "\n"; the bytes written.
    public mutating func finish() -> ByteWriter {
        out.append(0x0A)
        return out
    }
}

extension ByteWriter {
    /// Writes through a `LineWriter` and takes its bytes back (the buffer is moved, not copied).
    public mutating func lines(_ body: (inout LineWriter) -> Void) {
        var l = LineWriter(into: self)
        self = ByteWriter()
        body(&l)
        self = l.finish()
    }

    /// Writes through a `JSONWriter`, with the document's final newline.
    public mutating func json(pretty: Bool = true, _ body: (inout JSONWriter) -> Void) {
        var j = JSONWriter(pretty: pretty, into: self)
        self = ByteWriter()
        body(&j)
        j.out.append(0x0A)
        self = j.out
    }
}
