import Foundation

/// Dates as acts print them: `03.01.2021`, `2021.03.01` (Kazakh portal notes), `2 ноября 2015
/// года`, `2015 жылғы 2 қарашадағы`. All come back as ISO `yyyy-mm-dd`.
enum LegalDate {
    static let russianMonths = ["январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр"]
    static let kazakhMonths = ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан"]

    static func iso(_ y: Int, _ m: Int, _ d: Int) -> String? {
        guard (1800...2200).contains(y), (1...12).contains(m), (1...31).contains(d) else { return nil }
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        return "\(y)-\(two(m))-\(two(d))"
    }

    static func month(_ word: Substring) -> Int? {
        let w = word.lowercased()
        // Kazakh first: «мамыр» must not be read as Russian «ма(я)»
        if let i = kazakhMonths.firstIndex(where: { w.hasPrefix($0) }) { return i + 1 }
        if w.hasPrefix("мая") || w == "май" { return 5 }
        if let i = russianMonths.firstIndex(where: { $0 != "ма" && w.hasPrefix($0) }) { return i + 1 }
        return nil
    }

    /// The date that ends `text` (trailing spaces, «г.» and «года» allowed), if there is one.
    static func trailing(_ text: Substring) -> String? {
        var words = text.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" })
        while let l = words.last, l == "г." || l == "г" || l == "года" || l == "жылғы" { words.removeLast() }
        guard let last = words.last else { return nil }
        if let d = numeric(last) { return d }
        // «2 ноября 2015» (RU) or «2015 жылғы 2 қарашадағы» (KK)
        if words.count >= 3, let y = Int(last), let m = month(words[words.count - 2]), let d = Int(words[words.count - 3]) {
            return iso(y, m, d)
        }
        if words.count >= 4, let m = month(last), let d = Int(words[words.count - 2]),
           words[words.count - 3].lowercased() == "жылғы", let y = Int(words[words.count - 4]) {
            return iso(y, m, d)
        }
        return nil
    }

    /// `03.01.2021` or `2021.03.01`, a trailing dot allowed.
    static func numeric(_ token: Substring) -> String? {
        var t = token
        if t.last == "." { t = t.dropLast() }
        let parts = t.split(separator: ".")
        guard parts.count == 3, let a = Int(parts[0]), let b = Int(parts[1]), let c = Int(parts[2]) else { return nil }
        if parts[0].count == 4 { return iso(a, b, c) }
        if parts[2].count == 4 { return iso(c, b, a) }
        return nil
    }

    /// First date anywhere in `text`.
    static func first(in text: String) -> String? {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" || $0 == "(" || $0 == ")" || $0 == "," })
        for (i, w) in words.enumerated() {
            if let d = numeric(w) { return d }
            if let m = month(w), i >= 1, let d = Int(words[i - 1]) {
                if i + 1 < words.count, let y = Int(words[i + 1]) { return iso(y, m, d) }
                if i >= 3, words[i - 2].lowercased() == "жылғы", let y = Int(words[i - 3]) { return iso(y, m, d) }
            }
        }
        return nil
    }
}

/// Amending acts named in editorial notes and exclusion lines: every «№ N» preceded by a date.
enum AmendmentExtractor {
    static func extract(_ text: String) -> [Amendment] {
        var out: [Amendment] = []
        var searchFrom = text.startIndex
        while let at = text[searchFrom...].firstIndex(of: "№") {
            let r = at..<text.index(after: at)
            searchFrom = r.upperBound
            // the number after №
            var i = r.upperBound
            while i < text.endIndex, text[i] == " " || text[i] == "\u{00A0}" { i = text.index(after: i) }
            let numStart = i
            while i < text.endIndex, text[i].isLetter || text[i].isNumber || text[i] == "-" || text[i] == "/" { i = text.index(after: i) }
            var number = text[numStart..<i]
            while number.last == "-" { number = number.dropLast() }
            guard !number.isEmpty, number.first!.isNumber else { continue }
            // the date before it, within a short window
            let windowStart = text.index(r.lowerBound, offsetBy: -40, limitedBy: text.startIndex) ?? text.startIndex
            guard let date = LegalDate.trailing(text[windowStart..<r.lowerBound]) else { continue }
            let kindBefore = text.index(r.lowerBound, offsetBy: -90, limitedBy: text.startIndex) ?? text.startIndex
            let before = text[kindBefore..<r.lowerBound]
            // Kazakh notes name the kind after the number («ҚР 10.01.2021 № 12-SYN (…) Заңымен»)
            let kazakhStyle = before.contains("ҚР ") || before.hasSuffix("ҚР")
            let kind = kazakhStyle ? kazakhKind(after: text[i...]) : russianKind(before: before)
            let a = Amendment(date: date, number: String(number), actKind: kind)
            if !out.contains(a) { out.append(a) }
        }
        return out
    }

    /// Russian: the nearest act word before the date («Законом РК от …», «законами РК от …; от …»).
    static func russianKind(before: Substring) -> ActKind? {
        // compared as UTF-8 bytes from the end: the last stem wins (String's `ranges(of:)` per
        // stem was a tenth of a whole diff's time)
        let b = Array(before.lowercased().utf8)
        for end in stride(from: b.count, to: 0, by: -1) {
            for (stem, kind) in russianKindBytes where stem.count <= end && b[(end - stem.count)..<end].elementsEqual(stem) {
                return kind
            }
        }
        return nil
    }

    /// Kazakh: the first act word after the number, parenthesised remarks skipped
    /// («… № 12-SYN (… қолданысқа енгізіледі) Заңымен», «… № 11-SYN; … № 12-SYN заңдарымен»).
    static func kazakhKind(after: Substring) -> ActKind? {
        var depth = 0
        var plain = ""
        for ch in after.lowercased() {
            if ch == "(" { depth += 1 } else if ch == ")" { depth = max(0, depth - 1) } else if depth == 0 { plain.append(ch) }
            if plain.count > 80 { break }
        }
        return kazakhKinds.first { plain.contains($0.0) }?.1
    }

    static let russianKinds: [(String, ActKind)] = [("закон", .law), ("кодекс", .code), ("указ", .decree), ("постановлени", .resolution)]
    static let russianKindBytes: [([UInt8], ActKind)] = russianKinds.map { (Array($0.0.utf8), $0.1) }
    static let kazakhKinds: [(String, ActKind)] = [("заң", .law), ("кодекс", .code), ("жарлы", .decree), ("қаулы", .resolution)]
}

/// Dates as legal texts write them, for importers: the first one in a text, as ISO.
public enum LegalDates {
    public static func first(in text: String) -> String? { LegalDate.first(in: text) }
    /// The month a Russian or Kazakh month name names (any case form), 1-12.
    public static func month(_ word: Substring) -> Int? { LegalDate.month(word) }
    /// `03.01.2021` or `2021.03.01` as ISO.
    public static func numeric(_ token: Substring) -> String? { LegalDate.numeric(token) }
    /// ISO `yyyy-mm-dd` for a valid date.
    public static func iso(_ y: Int, _ m: Int, _ d: Int) -> String? { LegalDate.iso(y, m, d) }
    /// Kazakh month names in the nominative, January first («2022 жылғы 15 наурыз»).
    public static var kazakhMonths: [String] { LegalDate.kazakhMonths }
}
