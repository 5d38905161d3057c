import KenesAct

/// A tree written back as an act's plain text, the way the portal lays it out: the act's own
/// title block, publisher notes before the unit they concern, «Сноска» after its heading.
public enum ConsolidatedText {
    public static func render(_ root: StructuralUnit, act: Act) -> String {
        let language = act.metadata.language
        // the title block (and front matter) exactly as in the act
        // (only the bytes before the first unit are read, not the whole source)
        let firstLine = root.children.first?.line ?? 1
        var end = 0, newlines = 0
        while newlines < firstLine - 1, end < act.source.count {
            if act.source[end] == 0x0A { newlines += 1 }
            end += 1
        }
        var lines = firstLine > 1 ? String(decoding: act.source[..<end], as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init) : []
        while lines.last?.isEmpty == true { lines.removeLast() }
        for c in root.children { lines += self.lines(c, language: language, notes: true) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A unit and everything under it as the act's lines; notes where the portal puts them, or
    /// none (the wording an amending act quotes). Articles and chapters open with a blank line.
    public static func lines(_ u: StructuralUnit, language: Language, notes withNotes: Bool) -> [String] {
        var lines: [String] = []
        func notes(_ u: StructuralUnit, _ kind: NoteKind) -> [String] {
            withNotes ? u.notes.filter { $0.kind == kind }.flatMap { $0.text.split(separator: "\n").map(String.init) } : []
        }
        func write(_ u: StructuralUnit) {
            let publisher = notes(u, .publisher)
            if !publisher.isEmpty { lines.append(""); lines += publisher }
            let text = u.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let label = Vocabulary.heading(u.kind, number: u.num, language)
            switch u.kind {
            case .part, .chapter, .subchapter, .article, .conclusions:
                lines.append("")
                let head = [label, u.heading ?? (u.status == .excluded ? text.first ?? "" : "")].filter { !$0.isEmpty }.joined(separator: " ")
                if !head.isEmpty { lines.append(head) }
                lines += notes(u, .footnote)
                lines += (u.heading == nil && u.status == .excluded ? Array(text.dropFirst()) : text).filter { !$0.isEmpty }
            case .paragraph, .point:
                lines.append([label, text.first ?? ""].filter { !$0.isEmpty }.joined(separator: " "))
                lines += text.dropFirst()
                lines += notes(u, .footnote)
            default:
                if u.kind == .preamble { lines.append("") }
                lines += text.filter { !$0.isEmpty }
                lines += notes(u, .footnote)
            }
            for c in u.children { write(c) }
            // closing words after the subclauses
            lines += (u.wrapUp ?? "").split(separator: "\n").map(String.init)
        }
        write(u)
        return lines
    }
}
