import KenesAct
import KenesFormats

/// Markdown for reading and sharing: headings for the hierarchy, clause numbers in bold,
/// editorial notes as quotes when asked for. Written from the parsed records, line by line.
public enum MarkdownRenderer {
    public static func render(_ act: Act, notes: Bool = true) -> String { String(writing: { write(act, notes: notes, into: &$0) }) }

    public static func write(_ act: Act, notes: Bool = true, into w: inout ByteWriter) {
        var out = Lines(w: w)
        let m = act.metadata
        out.line("# \(m.title ?? act.fileName)")
        var facts: [String] = []
        if m.kind != .unknown { facts.append(m.kind.rawValue) }
        if let n = m.number { facts.append("№ \(n)") }
        if let d = m.date { facts.append(d) }
        facts.append(m.language.rawValue)
        if let e = m.editionDate { facts.append("edition \(e)") }
        if m.isSynthetic { facts.append("SYNTHETIC TEXT") }
        if m.isExcerpt { facts.append("excerpt") }
        out.line("")
        out.line("_" + facts.joined(separator: " · ") + "_")
        if notes { for n in act.notes { out.line(""); quote(n, into: &out) } }
        act.forEachChild(act.root) { unit(act, $0, language: m.language, notes: notes, level: 2, into: &out) }
        out.w.append(0x0A)
        w = out.w
    }

    /// Lines joined with "\n", written as they come.
    struct Lines {
        var w: ByteWriter
        var first = true
        mutating func start() {
            if !first { w.append(0x0A) }
            first = false
        }
        mutating func line(_ s: String) { start(); w.append(s) }
        mutating func escaped(_ b: UnsafeBufferPointer<UInt8>) { start(); MarkdownRenderer.escape(b, into: &w) }
    }

    static func quote(_ n: Note, into out: inout Lines) {
        for l in n.text.split(separator: "\n") {
            out.start(); out.w.append("> ")
            var s = String(l)
            s.withUTF8 { escape($0, into: &out.w) }
        }
    }

    /// Markdown's special characters escaped (no act text becomes markup, a link or HTML), and
    /// `#` `>` `-` `+` at a line start kept from turning into headings, quotes or lists.
    static func escape(_ b: UnsafeBufferPointer<UInt8>, into w: inout ByteWriter) {
        if let first = b.first, first == 0x23 || first == 0x3E || first == 0x2D || first == 0x2B { w.append(0x5C) }
        w.appendMarkdown(b)
    }

    static func escape(_ s: String) -> String {
        var w = ByteWriter()
        var s = s
        s.withUTF8 { escape($0, into: &w) }
        return w.string
    }

    static func unit(_ act: Act, _ u: UnitIndex, language: Language, notes: Bool, level: Int, into out: inout Lines) {
        let kind = act.kind(u)
        let label = Vocabulary.heading(kind, number: act.num(u), language)
        switch kind {
        case .part, .chapter, .subchapter, .article:
            out.line("")
            let head = [label, act.heading(u) ?? ""].filter { !$0.isEmpty }.joined(separator: " ")
            out.line(String(repeating: "#", count: min(level, 6)) + " " + escape(head) + (act.status(u) == .excluded ? " _(\(Vocabulary.excluded(language)))_" : ""))
            if act.hasText(u) {
                out.line("")
                act.forEachTextLine(u) { if !$0.isEmpty { out.escaped($0) } }
            }
        case .preamble, .conclusions, .subparagraph:
            out.line("")
            act.forEachTextLine(u) { if !$0.isEmpty { out.escaped($0) } }
        default:
            // clauses and subclauses as paragraphs led by their bold number: indenting them
            // would turn them into Markdown code blocks
            out.line("")
            out.line("**\(label)** ")
            var first = true, any = false
            act.forEachTextLine(u) { line in
                guard !line.isEmpty else { return }
                if first { escape(line, into: &out.w); first = false } else { out.line(""); out.escaped(line) }
                any = true
            }
            if act.status(u) == .excluded && !any { out.w.append("_(\(Vocabulary.excluded(language)))_") }
        }
        if notes { for n in act.notes(u) { out.line(""); quote(n, into: &out) } }
        let next = [.part, .chapter, .subchapter].contains(kind) ? level + 1 : level
        act.forEachChild(u) { unit(act, $0, language: language, notes: notes, level: next, into: &out) }
        // closing words after the subclauses: the unit's paragraphs, after its list
        act.forEachWrapUpLine(u) { if !$0.isEmpty { out.line(""); out.escaped($0) } }
    }
}
