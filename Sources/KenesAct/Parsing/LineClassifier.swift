/// What one line of an act is, decided from its first bytes.
enum LineKind: UInt8 {
    case blank
    /// Раздел / Глава / Параграф / Статья and their Kazakh forms.
    case heading
    /// `1.` / `1-1.` (пункт, тармақ) or `1)` / `2-1)` (подпункт, тармақша).
    case numbered
    /// «Сноска. …» / «Ескерту. …»
    case footnote
    /// «Примечание ИЗПИ!» and its kin: opens a block that runs to the next blank line.
    case publisherNote
    /// A line inside a publisher-note block.
    case noteContinuation
    /// The second line of a heading split over two lines.
    case headingContinuation
    case text
}

struct LineInfo {
    var start: Int32
    /// End of the line, before its "\n".
    var end: Int32
    /// Content without leading and trailing white space (space, tab, NBSP).
    var cStart: Int32
    var cEnd: Int32
    var kind: LineKind = .text
    var unitKind: UnitKind = .act
    // Label positions relative to `cStart`, kept in 16 bits: a 100 MB act has about two million
    // lines, and this record is most of the parser's working memory besides the text itself.
    private var numStartOffset: UInt16 = 0
    private var numEndOffset: UInt16 = 0
    private var labelEndOffset: UInt16 = 0
    private var restStartOffset: UInt16 = 0

    init(start: Int32, end: Int32, cStart: Int32, cEnd: Int32) {
        self.start = start; self.end = end; self.cStart = cStart; self.cEnd = cEnd
    }

    /// The number as printed, inside the label.
    var numStart: Int32 { get { cStart + Int32(numStartOffset) } set { numStartOffset = UInt16(clamping: newValue - cStart) } }
    var numEnd: Int32 { get { cStart + Int32(numEndOffset) } set { numEndOffset = UInt16(clamping: newValue - cStart) } }
    /// The label (`Статья 8-1.`, `1.`, `8-1-бап.`) is `cStart..<labelEnd`; the heading or text
    /// after it starts at `restStart`.
    var labelEnd: Int32 { get { cStart + Int32(labelEndOffset) } set { labelEndOffset = UInt16(clamping: newValue - cStart) } }
    var restStart: Int32 { get { cStart + Int32(restStartOffset) } set { restStartOffset = UInt16(clamping: newValue - cStart) } }
}

/// Byte-level line classification. Keywords are compared as UTF-8 bytes so that the common
/// case — a line of ordinary text — costs a couple of comparisons.
struct LineClassifier {
    let b: UnsafeBufferPointer<UInt8>

    private static func u(_ s: String) -> [UInt8] { Array(s.utf8) }
    static let article = [u("Статья "), u("СТАТЬЯ ")]
    static let chapter = [u("Глава "), u("ГЛАВА ")]
    static let part = [u("Раздел "), u("РАЗДЕЛ ")]
    static let subchapter = [u("Параграф "), u("ПАРАГРАФ ")]
    static let footnote = [u("Сноска."), u("Ескерту."), u("Сноска :"), u("Ескерту :")]
    static let publisher = [u("Примечание ИЗПИ"), u("Примечание РЦПИ"), u("ЗҚАИ-ның ескертпесі"),
                            u("РҚАО-ның ескертпесі"), u("Примечание редакции")]
    // Kazakh nouns after `N-`: lower and upper case
    static let kkArticle = [u("бап"), u("БАП")]
    static let kkChapter = [u("тарау"), u("ТАРАУ")]
    static let kkPart = [u("бөлім"), u("БӨЛІМ")]
    static let kkSubchapter = [u("параграф"), u("ПАРАГРАФ")]

    @inline(__always) func isDigit(_ i: Int) -> Bool { i < b.count && b[i] >= 0x30 && b[i] <= 0x39 }
    @inline(__always) func isSpace(_ i: Int) -> Bool {
        guard i < b.count else { return false }
        let c = b[i]
        return c == 0x20 || c == 0x09 || (c == 0xC2 && i + 1 < b.count && b[i + 1] == 0xA0)
    }
    @inline(__always) func spaceLen(_ i: Int) -> Int { b[i] == 0xC2 ? 2 : 1 }

    func hasPrefix(_ i: Int, _ end: Int, _ p: [UInt8]) -> Bool {
        guard end - i >= p.count else { return false }
        for k in 0..<p.count where b[i + k] != p[k] { return false }
        return true
    }
    func hasAny(_ i: Int, _ end: Int, _ ps: [[UInt8]]) -> Int? {
        for p in ps where hasPrefix(i, end, p) { return p.count }
        return nil
    }

    /// Latin letters drawn as Cyrillic ones, by the Cyrillic letter's two UTF-8 bytes.
    static let lookalike: [UInt16: UInt8] = {
        var m: [UInt16: UInt8] = [:]
        for (latin, cyrillic) in TextIntegrity.cyrillicForLatin {
            let v = cyrillic.value
            m[UInt16(0xC0 | (v >> 6)) << 8 | UInt16(0x80 | (v & 0x3F))] = UInt8(latin.value)
        }
        return m
    }()
    static let latinLookalikes = Set(TextIntegrity.cyrillicForLatin.keys.map { UInt8($0.value) })

    /// `hasAny` that also accepts Latin lookalikes for the Cyrillic letters of the keyword: the
    /// length matched, in the line's bytes. Tried only after an exact match failed and only when
    /// the line's first bytes hold an ASCII letter.
    func hasAnyLookalike(_ i: Int, _ end: Int, _ ps: [[UInt8]]) -> Int? {
        var ascii = false
        for k in i..<min(end, i + 24) where b[k] < 0x80 && (b[k] | 0x20) >= 0x61 && (b[k] | 0x20) <= 0x7A { ascii = true; break }
        guard ascii else { return nil }
        next: for p in ps {
            var j = i, k = 0
            while k < p.count {
                guard j < end else { continue next }
                if p[k] >= 0xC0, k + 1 < p.count {
                    if b[j] == p[k], j + 1 < end, b[j + 1] == p[k + 1] { j += 2; k += 2; continue }
                    if let l = Self.lookalike[UInt16(p[k]) << 8 | UInt16(p[k + 1])], b[j] == l { j += 1; k += 2; continue }
                    continue next
                }
                guard b[j] == p[k] else { continue next }
                j += 1; k += 1
            }
            return j - i
        }
        return nil
    }
    /// A Kazakh noun must end the word: `8-бап.` is an article, `8-баптың` is a citation.
    func wordEnds(_ i: Int, _ end: Int) -> Bool { i >= end || b[i] == 0x2E || isSpace(i) }

    func skipSpaces(_ i: Int, _ end: Int) -> Int {
        var i = i
        while i < end && isSpace(i) { i += spaceLen(i) }
        return i
    }

    /// `8`, `8-1`, `1-1-2`: returns the end of the number.
    func arabic(_ i: Int, _ end: Int) -> Int? {
        guard i < end, isDigit(i) else { return nil }
        var j = i
        while j < end && isDigit(j) { j += 1 }
        while j + 1 < end && b[j] == 0x2D && isDigit(j + 1) {
            j += 1
            while j < end && isDigit(j) { j += 1 }
        }
        return j
    }

    /// Roman numerals as printed for parts and chapters: `VIII`.
    func roman(_ i: Int, _ end: Int) -> Int? {
        var j = i
        while j < end, [0x49, 0x56, 0x58, 0x4C, 0x43].contains(b[j]) { j += 1 }
        return j > i ? j : nil
    }

    func classify(start: Int, end: Int) -> LineInfo {
        var s = start
        while s < end && isSpace(s) { s += spaceLen(s) }
        var e = end
        while e > s {
            if b[e - 1] == 0x20 || b[e - 1] == 0x09 { e -= 1; continue }
            if e - 2 >= s && b[e - 2] == 0xC2 && b[e - 1] == 0xA0 { e -= 2; continue }
            break
        }
        var info = LineInfo(start: Int32(start), end: Int32(end), cStart: Int32(s), cEnd: Int32(e))
        if s == e { info.kind = .blank; return info }
        let c = b[s]
        if c >= 0x30 && c <= 0x39 { classifyNumbered(&info, s, e) }
        else if c == 0x49 || c == 0x56 || c == 0x58 { classifyRomanKazakh(&info, s, e) }
        else if c >= 0xD0 && c <= 0xD3 { classifyWord(&info, s, e) }
        // «Cтатья 9.» typed with a Latin C: still a heading (the integrity scan warns about it)
        else if Self.latinLookalikes.contains(c) { classifyWord(&info, s, e) }
        // a label followed by 64 KB of white space is not a label
        if (info.kind == .heading || info.kind == .numbered) && info.restStart - info.cStart >= Int32(UInt16.max) {
            info.kind = .text
        }
        return info
    }

    /// `1.` `1-1.` `1)` `2-1)`, and Kazakh `8-1-бап.` `2-тарау.` `1-бөлім` `1-параграф`.
    private func classifyNumbered(_ info: inout LineInfo, _ s: Int, _ e: Int) {
        guard let ne = arabic(s, e) else { return }
        info.numStart = Int32(s)
        if ne < e && (b[ne] == 0x2E || b[ne] == 0x29) {
            // `1.` must be followed by a space or the line's end (not `1.5`, not `03.01.2021`)
            guard ne + 1 == e || isSpace(ne + 1) else { return }
            info.kind = .numbered
            info.unitKind = b[ne] == 0x2E ? .paragraph : .point
            info.numEnd = Int32(ne + 1)
            info.labelEnd = Int32(ne + 1)
            info.restStart = Int32(skipSpaces(ne + 1, e))
            return
        }
        guard ne < e, b[ne] == 0x2D else { return }
        kazakhHeading(&info, num: s..<ne, nounAt: ne + 1, e,
                      [(Self.kkArticle, .article), (Self.kkChapter, .chapter), (Self.kkPart, .part), (Self.kkSubchapter, .subchapter)])
    }

    /// Kazakh `VIII тарау` / `II БӨЛІМ`.
    private func classifyRomanKazakh(_ info: inout LineInfo, _ s: Int, _ e: Int) {
        guard let re = roman(s, e), isSpace(re) else { return }
        kazakhHeading(&info, num: s..<re, nounAt: skipSpaces(re, e), e, [(Self.kkChapter, .chapter), (Self.kkPart, .part)])
    }

    /// A Kazakh heading: the number, then one of `nouns` ending the word.
    private func kazakhHeading(_ info: inout LineInfo, num: Range<Int>, nounAt w: Int, _ e: Int, _ nouns: [([[UInt8]], UnitKind)]) {
        for (words, kind) in nouns {
            if let n = hasAny(w, e, words) ?? hasAnyLookalike(w, e, words), wordEnds(w + n, e) {
                heading(&info, kind, num: num, wordEnd: w + n, e)
                return
            }
        }
    }

    /// Marks the line as a heading whose label ends at `wordEnd` (a dot right after belongs to it).
    private func heading(_ info: inout LineInfo, _ kind: UnitKind, num: Range<Int>, wordEnd: Int, _ e: Int) {
        var labelEnd = wordEnd
        if labelEnd < e && b[labelEnd] == 0x2E { labelEnd += 1 }
        info.kind = .heading
        info.unitKind = kind
        info.numStart = Int32(num.lowerBound)
        info.numEnd = Int32(num.upperBound)
        info.labelEnd = Int32(labelEnd)
        info.restStart = Int32(skipSpaces(labelEnd, e))
    }

    /// `Статья 8-1. …`, `Глава 2. …`, `РАЗДЕЛ VIII`, `Параграф 1. …`, and note markers.
    private func classifyWord(_ info: inout LineInfo, _ s: Int, _ e: Int) {
        for (words, kind) in [(Self.article, UnitKind.article), (Self.chapter, .chapter),
                              (Self.part, .part), (Self.subchapter, .subchapter)] {
            guard let n = hasAny(s, e, words) ?? hasAnyLookalike(s, e, words) else { continue }
            let ns = skipSpaces(s + n, e)
            guard let ne = arabic(ns, e) ?? (kind == .article ? nil : roman(ns, e)) else { return }
            // the number ends the word: `Статья 8.`, `Статья 8 `, `РАЗДЕЛ 1` — not `Статья 8-го`
            guard ne == e || b[ne] == 0x2E || isSpace(ne) else { return }
            heading(&info, kind, num: ns..<ne, wordEnd: ne, e)
            return
        }
        if (hasAny(s, e, Self.footnote) ?? hasAnyLookalike(s, e, Self.footnote)) != nil { info.kind = .footnote; return }
        if hasAny(s, e, Self.publisher) != nil { info.kind = .publisherNote; return }
    }
}
