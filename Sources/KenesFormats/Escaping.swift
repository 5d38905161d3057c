/// The one place where text is escaped for XML and HTML (`&`, `<`, `>`, and `"` in attribute
/// values), for JSON strings, and where runs that need no escaping are copied in bulk.
public enum Escaping {
    /// Text for XML or HTML content and attribute values.
    public static func xml(_ s: String) -> String {
        guard s.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 }) else { return s }
        var w = ByteWriter(capacity: s.utf8.count + 16)
        w.appendXML(s)
        return w.string
    }
}

extension Escaping {
    /// ASCII characters Markdown gives a meaning inside a line: emphasis, code, links, raw HTML
    /// (`<script>`), tables, strikethrough, and the backslash itself.
    static let markdownSpecial: Set<UInt8> = Set("\\`*_[]<>|~".utf8)

    /// Text for inside a Markdown line, every special character backslash-escaped, so that act
    /// text or a roster name never turns into markup, a link or HTML.
    public static func markdown(_ s: String) -> String {
        guard s.utf8.contains(where: { markdownSpecial.contains($0) }) else { return s }
        var w = ByteWriter(capacity: s.utf8.count + 8)
        w.appendMarkdown(s)
        return w.string
    }
}

extension ByteWriter {
    public mutating func appendMarkdown(_ s: String) {
        var s = s
        s.withUTF8 { appendMarkdown($0) }
    }

    public mutating func appendMarkdown(_ b: UnsafeBufferPointer<UInt8>) {
        var run = 0
        for i in 0..<b.count where Escaping.markdownSpecial.contains(b[i]) {
            if i > run { append(UnsafeBufferPointer(rebasing: b[run..<i])) }
            append(0x5C); append(b[i])
            run = i + 1
        }
        if b.count > run { append(UnsafeBufferPointer(rebasing: b[run...])) }
    }

    /// XML/HTML-escaped bytes: `&` `<` `>` `"` as entities.
    public mutating func appendXML(_ b: UnsafeBufferPointer<UInt8>) {
        var run = 0
        for i in 0..<b.count {
            let entity: StaticString
            switch b[i] {
            case 0x26: entity = "&amp;"
            case 0x3C: entity = "&lt;"
            case 0x3E: entity = "&gt;"
            case 0x22: entity = "&quot;"
            default: continue
            }
            if i > run { append(UnsafeBufferPointer(rebasing: b[run..<i])) }
            append(entity)
            run = i + 1
        }
        if b.count > run { append(UnsafeBufferPointer(rebasing: b[run...])) }
    }

    public mutating func appendXML(_ s: String) {
        var s = s
        s.withUTF8 { appendXML($0) }
    }

    /// The inside of a JSON string: `"` `\` and control characters escaped.
    public mutating func appendJSONEscaped(_ b: UnsafeBufferPointer<UInt8>) {
        var run = 0
        for i in 0..<b.count {
            let c = b[i]
            guard c < 0x20 || c == 0x22 || c == 0x5C else { continue }
            if i > run { append(UnsafeBufferPointer(rebasing: b[run..<i])) }
            switch c {
            case 0x22: append("\\\"")
            case 0x5C: append("\\\\")
            case 0x0A: append("\\n")
            case 0x0D: append("\\r")
            case 0x09: append("\\t")
            default:
                let hex: StaticString = "0123456789abcdef"
                append("\\u00")
                append(hex.utf8Start[Int(c >> 4)])
                append(hex.utf8Start[Int(c & 15)])
            }
            run = i + 1
        }
        if b.count > run { append(UnsafeBufferPointer(rebasing: b[run...])) }
    }
}
