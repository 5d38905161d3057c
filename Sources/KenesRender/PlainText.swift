import KenesAct

/// Text renderings of a parsed act.
public enum PlainText {
    /// The act printed back from its tree: byte for byte the normalized input (BOM removed,
    /// CRLF → LF, NFC). This is the parser's round-trip property.
    public static func lossless(_ act: Act) -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(act.source.count)
        act.source.withUnsafeBufferPointer { src in
            act.forEachPiece { _, _, r in out.append(contentsOf: UnsafeBufferPointer(rebasing: src[r])) }
        }
        return out
    }

    /// A unit as a reader sees it: label, heading, text, children indented; notes when asked.
    public static func unit(_ u: StructuralUnit, language: Language, notes: Bool = false, depth: Int = 0) -> String {
        var lines: [String] = []
        let pad = String(repeating: "  ", count: depth)
        var head = label(u, language: language)
        if let h = u.heading { head += head.isEmpty ? h : " " + h }
        let textLines = u.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if [.part, .chapter, .subchapter, .article].contains(u.kind) {
            lines.append(pad + head)
            for t in textLines where !t.isEmpty { lines.append(pad + t) }
        } else if let first = textLines.first {
            lines.append(pad + [head, first].filter { !$0.isEmpty }.joined(separator: " "))
            for t in textLines.dropFirst() { lines.append(pad + t) }
        } else if !head.isEmpty {
            lines.append(pad + head)
        }
        if notes {
            for n in u.notes { for l in n.text.split(separator: "\n") { lines.append(pad + "  ⟨\(l)⟩") } }
        }
        var out = lines.joined(separator: "\n")
        for c in u.children {
            out += "\n" + unit(c, language: language, notes: notes, depth: depth + (u.kind == .article || u.kind == .paragraph || u.kind == .point ? 1 : 0))
        }
        return out
    }

    /// «Статья 8-1.», «8-1-бап.», «Глава 2.», «2-тарау.», «1.», «2-1)».
    public static func label(_ u: StructuralUnit, language: Language) -> String {
        guard let num = u.num else { return "" }
        // Kazakh glues arabic numbers to the noun (2-тарау) but not roman ones (VIII тарау)
        let glue = num.first?.isNumber == true ? "-" : " "
        switch (u.kind, language) {
        case (.article, .ru): return "Статья \(num)."
        case (.article, .kk): return "\(num)-бап."
        case (.chapter, .ru): return "Глава \(num)."
        case (.chapter, .kk): return "\(num)\(glue)тарау."
        case (.part, .ru): return "Раздел \(num)."
        case (.part, .kk): return "\(num)\(glue)бөлім."
        case (.subchapter, .ru): return "Параграф \(num)."
        case (.subchapter, .kk): return "\(num)-параграф."
        default: return num
        }
    }

    /// Where a unit sits, as a lawyer says it: «Глава 2 → Статья 8 → пункт 2».
    public static func path(_ units: [StructuralUnit], language: Language) -> String {
        units.map { u -> String in
            let word = u.kind.label(language)
            guard let n = u.num else { return word }
            let bare = String(UnitNumber.bare(n))
            // подпункт 3), but 3) тармақша; Kazakh also 8-бап, 2-тармақ, VIII тарау
            if u.kind == .point { return language == .kk ? "\(bare)) \(word)" : "\(word) \(bare))" }
            guard language == .kk else { return "\(word) \(bare)" }
            let glue = bare.first?.isNumber == true ? "-" : " "
            return "\(bare)\(glue)\(word.lowercased())"
        }.joined(separator: " → ")
    }

    /// An outline: one line per unit with its eId.
    public static func outline(_ act: Act) -> String {
        var out: [String] = []
        let m = act.metadata
        var title = m.title ?? act.fileName
        if let n = m.number { title += " № \(n)" }
        if let d = m.date { title += " от \(d)" }
        out.append("\(title) [\(m.kind.rawValue), \(m.language.rawValue)\(m.editionDate.map { ", edition \($0)" } ?? "")]")
        func walk(_ u: StructuralUnit, _ prefix: String) {
            for (i, c) in u.children.enumerated() {
                let last = i == u.children.count - 1
                var line = prefix + (last ? "└─ " : "├─ ") + c.eId
                var desc = label(c, language: m.language)
                if let h = c.heading { desc += (desc.isEmpty ? "" : " ") + h }
                else if !c.text.isEmpty { desc += (desc.isEmpty ? "" : " ") + excerpt(c.text) }
                if !desc.isEmpty { line += "  " + desc }
                if c.status == .excluded { line += "  [excluded]" }
                if !c.notes.isEmpty { line += "  [\(c.notes.count) note\(c.notes.count == 1 ? "" : "s")]" }
                out.append(line)
                walk(c, prefix + (last ? "   " : "│  "))
            }
        }
        walk(act.tree(), "")
        return out.joined(separator: "\n") + "\n"
    }

    static func excerpt(_ s: String, max: Int = 60) -> String {
        let flat = s.replacingOccurrences(of: "\n", with: " ")
        return flat.count <= max ? flat : String(flat.prefix(max)) + "…"
    }
}
