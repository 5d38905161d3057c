import KenesAct
import KenesFormats

/// Text renderings of a parsed act.
public enum PlainText {
    /// The act printed back from its tree: byte for byte the normalized input (BOM removed,
    /// CRLF → LF, NFC). This is the parser's round-trip property.
    public static func lossless(_ act: Act) -> [UInt8] {
        var out = ByteWriter(capacity: act.source.count)
        lossless(act, into: &out)
        return out.bytes
    }

    public static func lossless(_ act: Act, into out: inout ByteWriter) {
        act.source.withUnsafeBufferPointer { src in
            act.forEachPiece { _, _, r in out.append(UnsafeBufferPointer(rebasing: src[r])) }
        }
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
        // closing words after the subclauses, at the unit's own indentation
        for t in u.wrapUp?.split(separator: "\n") ?? [] { out += "\n" + pad + t }
        return out
    }

    /// «Статья 8-1.», «8-1-бап.», «Глава 2.», «2-тарау.», «1.», «2-1)».
    public static func label(_ u: StructuralUnit, language: Language) -> String {
        Vocabulary.heading(u.kind, number: u.num, language)
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

    /// An outline: one line per unit with its eId, written from the parsed records.
    public static func outline(_ act: Act) -> String { String(writing: { outline(act, into: &$0) }) }

    public static func outline(_ act: Act, into out: inout ByteWriter) {
        let m = act.metadata
        var title = m.title ?? act.fileName
        if let n = m.number { title += " № \(n)" }
        if let d = m.date { title += " от \(d)" }
        out.append("\(title) [\(m.kind.rawValue), \(m.language.rawValue)\(m.editionDate.map { ", edition \($0)" } ?? "")]\n")
        func walk(_ u: UnitIndex, _ prefix: String) {
            var children: [UnitIndex] = []
            act.forEachChild(u) { children.append($0) }
            let wrapUp = act.hasWrapUp(u)
            for (i, c) in children.enumerated() {
                let last = i == children.count - 1 && !wrapUp
                out.append(prefix); out.append(last ? "└─ " : "├─ "); out.append(act.eId(c).rawValue)
                var desc = Vocabulary.heading(act.kind(c), number: act.num(c), m.language)
                if let h = act.heading(c) { desc += (desc.isEmpty ? "" : " ") + h }
                else if act.hasText(c) { desc += (desc.isEmpty ? "" : " ") + excerpt(act, c) }
                if !desc.isEmpty { out.append("  "); out.append(desc) }
                if act.status(c) == .excluded { out.append("  [excluded]") }
                let notes = act.notes(c).count
                if notes > 0 { out.append("  [\(notes) note\(notes == 1 ? "" : "s")]") }
                out.append(0x0A)
                walk(c, prefix + (last ? "   " : "│  "))
            }
            if wrapUp {
                // the closing words after the list: no eId of their own
                out.append(prefix); out.append("└─ (wrap-up)  "); out.append(excerpt(act, u, wrapUp: true)); out.append(0x0A)
            }
        }
        walk(act.root, "")
    }

    /// The first 60 characters of a unit's text (or wrap-up) on one line; only the start of the text is read
    /// and only 61 characters are counted.
    static func excerpt<T: UnitTree>(_ tree: T, _ u: T.Node, wrapUp: Bool = false, max: Int = 60) -> String {
        var bytes: [UInt8] = []
        var first = true
        (wrapUp ? tree.forEachWrapUpLine : tree.forEachTextLine)(u) { line in
            // 1 KB holds far more than 60 characters of any script
            guard bytes.count < 1024 else { return }
            if !first { bytes.append(0x20) }
            first = false
            bytes.append(contentsOf: line.prefix(1024))
        }
        let flat = String(decoding: bytes, as: UTF8.self)
        var end = flat.startIndex, n = 0
        while end < flat.endIndex && n < max { flat.formIndex(after: &end); n += 1 }
        return end == flat.endIndex ? flat : String(flat[..<end]) + "…"
    }
}
