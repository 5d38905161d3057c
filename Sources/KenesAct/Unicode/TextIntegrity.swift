import CICUShim

/// A character a reader cannot see, or a letter of the other alphabet inside a word: text
/// pasted from PDFs and Word carries Latin «C» in «Статья», Latin «i» for Kazakh «і», zero-width
/// spaces and soft hyphens, which break parsing, search and comparison without being seen.
public struct IntegrityIssue: Sendable, Equatable {
    public enum Kind: String, Sendable, Codable {
        /// A letter of one script inside a word of the other (Cyrillic and Latin).
        case mixedScript = "mixed_script"
        /// Zero-width characters, a BOM inside the text, soft hyphens, directional marks.
        case invisible
    }

    public var kind: Kind
    /// UTF-8 offset of the character in the scanned bytes, and its length.
    public var offset: Int
    public var length: Int
    public var scalar: Unicode.Scalar
    /// The character that should stand there (a homoglyph's letter of the word's script), when
    /// that is unambiguous; nil with `removable` for invisible characters that are dropped.
    public var replacement: Unicode.Scalar?
    /// An invisible character that carries nothing in Russian or Kazakh text (zero-width
    /// characters, an inner BOM, a soft hyphen): removed by `kenes lint --fix`.
    public var removable: Bool
    /// The word it stands in, invisible characters left out.
    public var word: String

    /// Whether `kenes lint --fix` repairs it.
    public var isRepairable: Bool { replacement != nil || removable }

    /// «Cтатья»: U+0043 LATIN CAPITAL LETTER C among Cyrillic letters, probably «С» (U+0421 …).
    public var message: String { text.en }

    /// The same in Russian, Kazakh and English (a character's Unicode name is English in all).
    public var text: Message {
        let name = TextIntegrity.describe(scalar), probable = replacement.map { (Character($0), TextIntegrity.describe($0)) }
        switch kind {
        case .mixedScript:
            let latin = TextIntegrity.isLatin(scalar)
            return Message(
                ru: "в «\(word)» смешаны алфавиты: \(name) среди \(latin ? "кириллических" : "латинских") букв" + (probable.map { ", вероятно, «\($0.0)» (\($0.1))" } ?? ""),
                kk: "«\(word)» сөзінде әліпбилер аралас: \(name) \(latin ? "кирилл" : "латын") әріптерінің арасында" + (probable.map { ", шамасы, «\($0.0)» (\($0.1))" } ?? ""),
                en: "«\(word)» mixes scripts: \(name) among \(latin ? "Cyrillic" : "Latin") letters" + (probable.map { ", probably «\($0.0)» (\($0.1))" } ?? ""))
        case .invisible:
            let what: Message = scalar == "\u{00AD}" ? Message(ru: "мягкий перенос", kk: "жұмсақ тасымал", en: "soft hyphen")
                : TextIntegrity.isDirectional(scalar) ? Message(ru: "знак направления письма", kk: "жазу бағытының белгісі", en: "directional mark")
                : Message(ru: "невидимый символ", kk: "көрінбейтін таңба", en: "invisible character")
            return Message(ru: "\(what.ru) \(name)" + (word.isEmpty ? "" : " в «\(word)»"), kk: "\(what.kk) \(name)" + (word.isEmpty ? "" : " («\(word)» сөзінде)"),
                           en: "\(what.en) \(name)" + (word.isEmpty ? "" : " in «\(word)»"))
        }
    }
}

/// Finds `IntegrityIssue`s in UTF-8 text in one pass, and repairs the unambiguous ones.
public enum TextIntegrity {
    /// Cyrillic letters and the Latin letters drawn the same, both ways («Y» is У in Russian and Ү
    /// in Kazakh: not repaired).
    static let cyrillicForLatin: [Unicode.Scalar: Unicode.Scalar] = [
        "A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н", "I": "І", "K": "К", "M": "М", "O": "О", "P": "Р",
        "T": "Т", "X": "Х", "a": "а", "c": "с", "e": "е", "h": "һ", "i": "і", "o": "о", "p": "р",
        "x": "х", "y": "у",
    ]
    static let latinForCyrillic: [Unicode.Scalar: Unicode.Scalar] = {
        var m: [Unicode.Scalar: Unicode.Scalar] = [:]
        for (l, c) in cyrillicForLatin { m[c] = l }
        m["У"] = "Y"; m["Ү"] = "Y"
        return m
    }()

    /// «U+0043 LATIN CAPITAL LETTER C».
    public static func describe(_ s: Unicode.Scalar) -> String {
        var hex = String(s.value, radix: 16, uppercase: true)
        while hex.count < 4 { hex = "0" + hex }
        var buf = [CChar](repeating: 0, count: 128)
        let n = kenes_char_name(s.value, &buf, Int32(buf.count))
        let name = n > 0 ? String(decoding: buf.prefix(Int(n)).map { UInt8(bitPattern: $0) }, as: UTF8.self) : ""
        return name.isEmpty ? "U+\(hex)" : "U+\(hex) \(name)"
    }

    static func isLatin(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) || (v >= 0xC0 && v <= 0x24F && v != 0xD7 && v != 0xF7)
    }

    /// Cyrillic letters (the combining marks U+0483-U+0489 are not letters).
    static func isCyrillic(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return v >= 0x400 && v <= 0x52F && !(v >= 0x483 && v <= 0x489)
    }

    static func isDirectional(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return v == 0x200E || v == 0x200F || v == 0x061C || (v >= 0x202A && v <= 0x202E) || (v >= 0x2066 && v <= 0x2069)
    }

    /// Invisible characters that carry nothing in Russian or Kazakh text.
    static func isRemovable(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return v == 0x200B || v == 0x200C || v == 0x200D || v == 0x2060 || v == 0xFEFF || v == 0xAD
    }

    static func isInvisible(_ s: Unicode.Scalar) -> Bool { isRemovable(s) || isDirectional(s) }

    static func isHyphen(_ s: Unicode.Scalar) -> Bool { s == "-" || s == "\u{2010}" || s == "\u{2011}" }

    /// One scalar decoded at `i` (the text is valid UTF-8: the parser's input is checked).
    @inline(__always) static func decode(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> (Unicode.Scalar, Int) {
        let b0 = b[i]
        if b0 < 0x80 { return (Unicode.Scalar(b0), 1) }
        if b0 < 0xE0, i + 1 < b.count { return (Unicode.Scalar(UInt32(b0 & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F)) ?? "\u{FFFD}", 2) }
        if b0 < 0xF0, i + 2 < b.count {
            return (Unicode.Scalar(UInt32(b0 & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F)) ?? "\u{FFFD}", 3)
        }
        if i + 3 < b.count {
            return (Unicode.Scalar(UInt32(b0 & 0x07) << 18 | UInt32(b[i + 1] & 0x3F) << 12 | UInt32(b[i + 2] & 0x3F) << 6 | UInt32(b[i + 3] & 0x3F)) ?? "\u{FFFD}", 4)
        }
        return ("\u{FFFD}", 1)
    }

    /// Every issue in `b[range]`, in text order. Words are runs of letters, digits, combining
    /// marks and invisible characters; each hyphen-separated part is judged alone
    /// («PR-сопровождение», «Facebook-те» are fine).
    public static func scan(_ b: UnsafeBufferPointer<UInt8>, range: Range<Int>? = nil) -> [IntegrityIssue] {
        var out: [IntegrityIssue] = []
        let range = range ?? 0..<b.count
        var i = range.lowerBound
        var wordStart = -1, partStart = -1
        var latin = 0, cyrillic = 0
        var pendingInvisible: [(Int, Int, Unicode.Scalar)] = []

        /// The word for messages, invisible characters left out and cut at 40 characters (a
        /// hostile «word» can be megabytes long and hold a million intruders).
        func word(_ s: Int, _ e: Int) -> String {
            var bytes: [UInt8] = []
            var k = s, count = 0
            while k < e {
                let (c, n) = decode(b, k)
                if !isInvisible(c) {
                    if count == 40 { bytes.append(contentsOf: "…".utf8); break }
                    bytes.append(contentsOf: b[k..<k + n])
                    count += 1
                }
                k += n
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        func endPart(_ e: Int) {
            defer { latin = 0; cyrillic = 0; partStart = -1 }
            guard partStart >= 0, latin > 0, cyrillic > 0 else { return }
            // the minority letters are the intruders; a tie names none
            let text = word(partStart, e)
            var k = partStart
            while k < e {
                let (c, n) = decode(b, k)
                let intruder = cyrillic > latin ? isLatin(c) : latin > cyrillic ? isCyrillic(c) : false
                if intruder || (latin == cyrillic && isLatin(c)) {
                    let fix = latin == cyrillic ? nil : (cyrillic > latin ? cyrillicForLatin[c] : latinForCyrillic[c])
                    out.append(IntegrityIssue(kind: .mixedScript, offset: k, length: n, scalar: c, replacement: fix, removable: false, word: text))
                }
                k += n
            }
        }
        func endWord(_ e: Int) {
            endPart(e)
            if !pendingInvisible.isEmpty {
                let text = wordStart >= 0 ? word(wordStart, e) : ""
                for (o, n, c) in pendingInvisible {
                    out.append(IntegrityIssue(kind: .invisible, offset: o, length: n, scalar: c, replacement: nil, removable: isRemovable(c), word: text))
                }
                pendingInvisible.removeAll(keepingCapacity: true)
            }
            wordStart = -1
        }
        while i < range.upperBound {
            let b0 = b[i]
            // fast path: ASCII
            if b0 < 0x80 {
                let isLetter = (b0 | 0x20) >= 0x61 && (b0 | 0x20) <= 0x7A
                if isLetter || (b0 >= 0x30 && b0 <= 0x39) {
                    if wordStart < 0 { wordStart = i }
                    if partStart < 0 { partStart = i }
                    if isLetter { latin += 1 }
                } else if b0 == 0x2D && wordStart >= 0 {
                    endPart(i)
                } else if wordStart >= 0 || !pendingInvisible.isEmpty {
                    endWord(i)
                }
                i += 1
                continue
            }
            // fast path: Cyrillic U+0400-U+04FF (letters, and the combining marks U+0483-U+0489)
            if b0 >= 0xD0 && b0 <= 0xD3 && i + 1 < range.upperBound {
                if wordStart < 0 { wordStart = i }
                if partStart < 0 { partStart = i }
                if !(b0 == 0xD2 && b[i + 1] >= 0x83 && b[i + 1] <= 0x89) { cyrillic += 1 }
                i += 2
                continue
            }
            let (c, n) = decode(b, i)
            if isInvisible(c) {
                pendingInvisible.append((i, n, c))
            } else if isCyrillic(c) || isLatin(c) || c.properties.isAlphabetic || c.properties.generalCategory == .nonspacingMark {
                if wordStart < 0 { wordStart = i }
                if partStart < 0 { partStart = i }
                if isCyrillic(c) { cyrillic += 1 } else if isLatin(c) { latin += 1 }
            } else if isHyphen(c) && wordStart >= 0 {
                endPart(i)
            } else if wordStart >= 0 || !pendingInvisible.isEmpty {
                endWord(i)
            }
            i += n
        }
        endWord(range.upperBound)
        return out.sorted { $0.offset < $1.offset }
    }

    /// The text as a reader sees it: invisible characters dropped, Latin lookalikes read as the
    /// Cyrillic letters they look like. Two texts with the same fold differ only in characters
    /// nobody can see.
    public static func folded(_ s: some StringProtocol) -> String {
        var out = String.UnicodeScalarView()
        for c in s.unicodeScalars where !isInvisible(c) { out.append(cyrillicForLatin[c] ?? c) }
        return String(out)
    }

    /// Whether `a` and `b` have the same fold (see `folded`), read side by side with no copy:
    /// texts that differ stop at their first visible difference.
    public static func lookTheSame(_ a: String, _ b: String) -> Bool {
        var x = a.unicodeScalars.makeIterator(), y = b.unicodeScalars.makeIterator()
        func next(_ i: inout String.UnicodeScalarView.Iterator) -> Unicode.Scalar? {
            while let c = i.next() { if !isInvisible(c) { return c.value < 0x80 ? (cyrillicForLatin[c] ?? c) : c } }
            return nil
        }
        while true {
            let c = next(&x), d = next(&y)
            if c != d { return false }
            if c == nil { return true }
        }
    }

    /// What changed between two texts with the same fold, character by character, in order:
    /// (old, new) with nil for a character only one side has.
    public static func invisibleChanges(_ a: String, _ b: String) -> [(old: Unicode.Scalar?, new: Unicode.Scalar?)] {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        var i = 0, j = 0
        var out: [(Unicode.Scalar?, Unicode.Scalar?)] = []
        while i < x.count || j < y.count {
            if i < x.count, j < y.count, x[i] == y[j] { i += 1; j += 1; continue }
            if i < x.count, isInvisible(x[i]) { out.append((x[i], nil)); i += 1; continue }
            if j < y.count, isInvisible(y[j]) { out.append((nil, y[j])); j += 1; continue }
            out.append((i < x.count ? x[i] : nil, j < y.count ? y[j] : nil))
            i += 1; j += 1
        }
        return out
    }

    /// The bytes with every repairable issue from `start` on repaired (homoglyphs replaced,
    /// removable invisible characters dropped), and the issues repaired.
    public static func repaired(_ bytes: [UInt8], from start: Int = 0) -> (bytes: [UInt8], repairs: [IntegrityIssue]) {
        let issues = bytes.withUnsafeBufferPointer { scan($0, range: min(start, $0.count)..<$0.count) }.filter(\.isRepairable)
        guard !issues.isEmpty else { return (bytes, []) }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var at = 0
        for issue in issues {
            out.append(contentsOf: bytes[at..<issue.offset])
            if let r = issue.replacement { out.append(contentsOf: Array(String(Character(r)).utf8)) }
            at = issue.offset + issue.length
        }
        out.append(contentsOf: bytes[at...])
        return (out, issues)
    }
}
