/// A small JSON writer with a fixed key order, so the output is stable and diffable.
struct JSONWriter {
    var out: [UInt8] = []
    var indent = 0
    let pretty: Bool

    init(pretty: Bool = true) { self.pretty = pretty }

    mutating func raw(_ s: String) { out.append(contentsOf: s.utf8) }

    mutating func string(_ s: String) {
        out.append(0x22)
        for b in s.utf8 {
            switch b {
            case 0x22: out.append(contentsOf: [0x5C, 0x22])
            case 0x5C: out.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: out.append(contentsOf: [0x5C, 0x6E])
            case 0x0D: out.append(contentsOf: [0x5C, 0x72])
            case 0x09: out.append(contentsOf: [0x5C, 0x74])
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                out.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 15)]])
            default: out.append(b)
            }
        }
        out.append(0x22)
    }

    mutating func newline() {
        guard pretty else { return }
        out.append(0x0A)
        out.append(contentsOf: repeatElement(0x20, count: indent * 2))
    }

    /// Writes `{ … }`; `body` writes the members with `member`.
    mutating func object(_ body: (inout ObjectWriter) -> Void) {
        raw("{")
        indent += 1
        var o = ObjectWriter(w: self)
        body(&o)
        self = o.w
        indent -= 1
        if o.count > 0 { newline() }
        raw("}")
    }

    mutating func array<T>(_ items: [T], _ each: (inout JSONWriter, T) -> Void) {
        raw("[")
        if items.isEmpty { raw("]"); return }
        indent += 1
        for (i, item) in items.enumerated() {
            if i > 0 { raw(",") }
            newline()
            each(&self, item)
        }
        indent -= 1
        newline()
        raw("]")
    }

    /// The document, with a final newline.
    mutating func finished() -> String {
        raw("\n")
        return String(decoding: out, as: UTF8.self)
    }

    mutating func value(_ s: String?) { if let s { string(s) } else { raw("null") } }
    mutating func value(_ n: Int) { raw(String(n)) }
    mutating func value(_ b: Bool) { raw(b ? "true" : "false") }
}

struct ObjectWriter {
    var w: JSONWriter
    var count = 0
    mutating func member(_ key: String, _ body: (inout JSONWriter) -> Void) {
        if count > 0 { w.raw(",") }
        w.newline()
        w.string(key)
        w.raw(w.pretty ? ": " : ":")
        body(&w)
        count += 1
    }
    mutating func member(_ key: String, _ s: String?) { member(key) { $0.value(s) } }
    mutating func member(_ key: String, _ n: Int) { member(key) { $0.value(n) } }
    mutating func member(_ key: String, _ b: Bool) { member(key) { $0.value(b) } }
}
