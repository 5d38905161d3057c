import KenesAct

/// Markdown for reading and sharing: headings for the hierarchy, clause numbers in bold,
/// editorial notes as quotes when asked for.
public enum MarkdownRenderer {
    public static func render(_ act: Act, notes: Bool = true) -> String {
        let m = act.metadata
        var out: [String] = []
        out.append("# \(m.title ?? act.fileName)")
        var facts: [String] = []
        if m.kind != .unknown { facts.append(m.kind.rawValue) }
        if let n = m.number { facts.append("№ \(n)") }
        if let d = m.date { facts.append(d) }
        facts.append(m.language.rawValue)
        if let e = m.editionDate { facts.append("edition \(e)") }
        if m.isSynthetic { facts.append("SYNTHETIC TEXT") }
        if m.isExcerpt { facts.append("excerpt") }
        out.append("")
        out.append("_" + facts.joined(separator: " · ") + "_")
        if notes { for n in act.notes { out.append(""); out.append(quote(n)) } }
        for u in act.body { unit(u, language: m.language, notes: notes, level: 2, into: &out) }
        return out.joined(separator: "\n") + "\n"
    }

    static func quote(_ n: Note) -> String {
        n.text.split(separator: "\n").map { "> " + escape(String($0)) }.joined(separator: "\n")
    }

    /// Keeps numbers like `1.` and `1)` at a line start from turning into Markdown lists.
    static func escape(_ s: String) -> String {
        var t = s.replacingOccurrences(of: "*", with: "\\*").replacingOccurrences(of: "_", with: "\\_")
        if let first = t.first, first == "#" || first == ">" || first == "-" || first == "+" { t = "\\" + t }
        return t
    }

    static func unit(_ u: StructuralUnit, language: Language, notes: Bool, level: Int, into out: inout [String]) {
        let label = PlainText.label(u, language: language)
        switch u.kind {
        case .part, .chapter, .subchapter, .article:
            out.append("")
            let head = [label, u.heading ?? ""].filter { !$0.isEmpty }.joined(separator: " ")
            out.append(String(repeating: "#", count: min(level, 6)) + " " + escape(head) + (u.status == .excluded ? " _(excluded)_" : ""))
            if !u.text.isEmpty { out.append(""); out.append(contentsOf: u.text.split(separator: "\n").map { escape(String($0)) }) }
        case .preamble, .conclusions, .subparagraph:
            out.append("")
            out.append(contentsOf: u.text.split(separator: "\n").map { escape(String($0)) })
        default:
            // clauses and subclauses as paragraphs led by their bold number: indenting them
            // would turn them into Markdown code blocks
            out.append("")
            let lines = u.text.split(separator: "\n").map { escape(String($0)) }
            out.append("**\(label)** " + (lines.first ?? "") + (u.status == .excluded && lines.isEmpty ? "_(excluded)_" : ""))
            for l in lines.dropFirst() { out.append(""); out.append(l) }
        }
        if notes { for n in u.notes { out.append(""); out.append(quote(n)) } }
        let next = [.part, .chapter, .subchapter].contains(u.kind) ? level + 1 : level
        for c in u.children { unit(c, language: language, notes: notes, level: next, into: &out) }
    }
}
