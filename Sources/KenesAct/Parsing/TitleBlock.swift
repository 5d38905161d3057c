import Foundation

/// The title block: which lines before the first structural unit are the act's kind, title,
/// date, number and place rather than its preamble, and what they say.
enum TitleBlock {
    static let kindWords: [(String, ActKind)] = [
        ("проект", .draft), ("жобасы", .draft), ("жоба", .draft),
        ("кодекс", .code), ("закон", .law), ("заңы", .law), ("заң", .law),
        ("указ", .decree), ("жарлығы", .decree), ("жарлық", .decree),
        ("постановление", .resolution), ("қаулысы", .resolution), ("қаулы", .resolution),
    ]

    /// The kind a line names when it is a kind line («ЗАКОН РЕСПУБЛИКИ КАЗАХСТАН», «Закон
    /// Республики Казахстан от …», «ҚАЗАҚСТАН РЕСПУБЛИКАСЫНЫҢ ЗАҢЫ», «Қазақстан Республикасының
    /// 2015 жылғы … Заңы.», «УКАЗ ПРЕЗИДЕНТА …», «ПРОЕКТ»).
    static func kind(ofLine line: String) -> ActKind? {
        let l = line.lowercased()
        let words = l.split(whereSeparator: { !$0.isLetter }).map(String.init)
        guard let first = words.first else { return nil }
        // Russian: the kind word comes first
        if ["закон", "кодекс", "указ", "постановление", "проект"].contains(first) {
            if first == "проект" { return .draft }
            guard words.count == 1 || words.dropFirst().contains(where: { $0.hasPrefix("республик") || $0.hasPrefix("президент") || $0.hasPrefix("правительств") }) || l.contains("«")
            else { return nil }
            return kindWords.first { $0.0 == first }?.1
        }
        // Kazakh: «Қазақстан Республикасының … Заңы», «ҚАЗАҚСТАН РЕСПУБЛИКАСЫ ПРЕЗИДЕНТІНІҢ ЖАРЛЫҒЫ»,
        // «"Title" Қазақстан Республикасының 2015 жылғы … № 383-V Заңы»: the kind word ends the line
        let outside = unquotedWords(l)
        if let q = outside.lastIndex(of: "қазақстан"), q + 1 < outside.count, outside[q + 1].hasPrefix("республика"), line.count < 400 {
            if outside.contains("жобасы") || outside.contains("жоба") { return .draft }
            switch outside.last {
            case "заңы": return .law
            case "кодексі": return .code
            case "жарлығы": return .decree
            case "қаулысы": return .resolution
            default: break
            }
        }
        return nil
    }

    /// The lower-cased words of a line with everything inside «…» left out (the title, and
    /// titles of other acts quoted in it, carry dates that are not the act's own).
    static func unquotedWords(_ line: String) -> [String] {
        stripQuoted(line).split(whereSeparator: { !$0.isLetter }).map(String.init)
    }

    static func stripQuoted(_ line: String) -> String {
        var out = ""
        var depth = 0
        for ch in line.lowercased() {
            if ch == "«" { depth += 1; continue }
            if ch == "»" { depth = max(0, depth - 1); continue }
            if depth == 0 { out.append(ch) }
        }
        return out
    }

    static func isDateOrNumberLine(_ line: String) -> Bool {
        line.count < 120 && (line.contains("№") || LegalDate.first(in: line) != nil)
    }

    static func isPlaceLine(_ line: String) -> Bool {
        line.count < 60 && ["Астана", "Акорда", "Ақорда", "Алматы", "Нұр-Сұлтан", "Нур-Султан"].contains { line.contains($0) }
    }

    static func isEditionLine(_ line: String) -> Bool {
        let l = line.lowercased()
        return l.contains("по состоянию на") || l.contains("берілген өзгерістер") || l.contains("с изменениями и дополнениями")
    }

    /// Indices (into `lines`) of the title block among the non-blank lines before the first unit.
    /// `blankAfter[i]` tells whether a blank line follows line i.
    static func lines(_ lines: [String], blankAfter: [Bool]) -> Set<Int> {
        var out = Set<Int>()
        let kindIdx = lines.prefix(6).firstIndex { kind(ofLine: $0) != nil }
        guard let k = kindIdx else {
            // no kind line: a short first line followed by a blank line is a bare title
            if let first = lines.first, first.count < 200, !first.hasSuffix("."), blankAfter.first == true || lines.count == 1 {
                out.insert(0)
            }
            return out
        }
        for i in 0...k { out.insert(i) }
        var haveTitle = k > 0 || lines[k].contains("«")
        var i = k + 1
        while i < lines.count {
            let l = lines[i]
            if isDateOrNumberLine(l) || isPlaceLine(l) || isEditionLine(l) { out.insert(i); i += 1; continue }
            if !haveTitle {
                // the title, possibly over several lines up to a blank line
                out.insert(i)
                haveTitle = true
                while !blankAfter[i] && i + 1 < lines.count && !isDateOrNumberLine(lines[i + 1]) && lines[i + 1].count < 200 {
                    i += 1; out.insert(i)
                }
                i += 1
                continue
            }
            break
        }
        return out
    }

    /// Metadata from the title-block lines (in order).
    static func metadata(_ lines: [String], language: Language, frontMatter: [FrontMatterEntry]) -> ActMetadata {
        var m = ActMetadata(language: language, frontMatter: frontMatter)
        var titleLines: [String] = []
        for l in lines {
            if let k = kind(ofLine: l), m.kind == .unknown || k == .draft { m.kind = k }
            var unquoted = stripQuoted(l)
            // Kazakh puts the title first: «"Title" Қазақстан Республикасының 2015 жылғы … № … Заңы»
            if kind(ofLine: l) != nil, let r = l.range(of: "Қазақстан Республикасы", options: .backwards),
               r.lowerBound > l.startIndex {
                let title = l[..<r.lowerBound].trimmingCharacters(in: .whitespaces)
                if m.title == nil { m.title = trimQuotes(title) }
                unquoted = String(l[r.lowerBound...])
            }
            if let t = quoted(l), m.title == nil { m.title = t }
            if m.date == nil, !isEditionLine(l), isDateOrNumberLine(l) || kind(ofLine: l) != nil, let d = LegalDate.first(in: unquoted) { m.date = d }
            if m.number == nil, let n = number(in: unquoted) { m.number = n.uppercased() }
            if m.place == nil, isPlaceLine(l) { m.place = l }
            if isEditionLine(l), let d = LegalDate.first(in: l) { m.editionDate = d }
            if kind(ofLine: l) == nil && !isDateOrNumberLine(l) && !isPlaceLine(l) && !isEditionLine(l) { titleLines.append(l) }
        }
        if m.title == nil, !titleLines.isEmpty { m.title = titleLines.joined(separator: " ") }
        // «2021-01-10», «10.01.2021», or a date with a remark after it («2021-01-10 (invented)»)
        if let e = m[frontMatter: "edition"] {
            let first = e.split(separator: " ").first.map(String.init) ?? e
            let parts = first.split(separator: "-").compactMap { Int($0) }
            m.editionDate = LegalDate.numeric(Substring(first))
                ?? (parts.count == 3 && first.count == 10 ? LegalDate.iso(parts[0], parts[1], parts[2]) : nil) ?? m.editionDate
        }
        if m.title == nil, let t = m[frontMatter: "title"] { m.title = t }
        return m
    }

    /// «Title» → Title; only the outermost pair, and only when it encloses the whole string.
    static func trimQuotes(_ s: String) -> String {
        var t = Substring(s)
        if t.first == "«" { t = t.dropFirst() }
        if t.last == "»" { t = t.dropLast() }
        return String(t)
    }

    /// The text inside the first «…», nested quotes kept.
    static func quoted(_ line: String) -> String? {
        guard let open = line.firstIndex(of: "«") else { return nil }
        var depth = 0
        var i = open
        while i < line.endIndex {
            if line[i] == "«" { depth += 1 }
            if line[i] == "»" { depth -= 1; if depth == 0 { return String(line[line.index(after: open)..<i]) } }
            i = line.index(after: i)
        }
        return nil
    }

    /// «№ 383-V» → `383-V` (a trailing ЗРК / ҚРЗ dropped).
    static func number(in line: String) -> String? {
        guard let r = line.firstIndex(of: "№") else { return nil }
        let rest = line[line.index(after: r)...].drop { $0 == " " || $0 == "\u{00A0}" }
        let n = rest.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "/" }
        return n.isEmpty ? nil : String(n)
    }
}
