import KenesAct

/// An exact quantity: an integer or a fraction («двух третей» is 2/3, «үштен екісі» 2/3).
public struct Quantity: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let numerator: Int
    public let denominator: Int

    public init(_ numerator: Int, _ denominator: Int = 1) {
        func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? abs(a) : gcd(b, a % b) }
        let g = max(1, gcd(numerator, denominator))
        self.numerator = numerator / g
        self.denominator = denominator / g
    }

    public static func < (a: Quantity, b: Quantity) -> Bool {
        a.numerator.multipliedReportingOverflow(by: b.denominator).partialValue < b.numerator.multipliedReportingOverflow(by: a.denominator).partialValue
    }

    public var description: String { denominator == 1 ? "\(numerator)" : "\(numerator)/\(denominator)" }
}

/// The quantities and dates a unit's text states, in digits or in words, Russian or Kazakh.
/// Citations are left out (they are compared by what they resolve to), and so are act numbers
/// after «№».
public struct StatedFacts: Sendable, Equatable {
    /// Quantities in text order. The word «один» / «бір» alone is not counted: Kazakh uses «бір»
    /// as an article too («бір адам»), where Russian says nothing.
    public var quantities: [Quantity] = []
    /// ISO dates (`2016-03-01`), or `--03-01` for a day and month without a year.
    public var dates: [String] = []

    /// What `text` states, with the given ranges (Unicode scalar offsets, as `Citation` has
    /// them) left out.
    public static func read(_ text: String, language: Language, skipping: [Range<Int>] = []) -> StatedFacts {
        var scalars = Array(text.unicodeScalars)
        for r in skipping where r.lowerBound >= 0 && r.upperBound <= scalars.count {
            for k in r { scalars[k] = " " }
        }
        let tokens = Token.split(scalars)
        var facts = StatedFacts()
        var i = 0
        while i < tokens.count {
            let t = tokens[i]
            if t.isNumber {
                if i > 0, tokens[i - 1].text == "№" { i += 1; continue }
                if let (date, next) = date(at: i, tokens) { facts.dates.append(date); i = next; continue }
                if let q = number(t.text) { facts.quantities.append(q) }
                i += 1
                continue
            }
            if let (q, weak, next) = NumberWords.read(at: i, tokens, language) {
                if !weak { facts.quantities.append(q) }
                i = next
                continue
            }
            i += 1
        }
        return facts
    }

    /// «70», «0,5», «1.5».
    static func number(_ s: String) -> Quantity? {
        if let n = Int(s) { return Quantity(n) }
        let parts = s.split(whereSeparator: { $0 == "," || $0 == "." })
        guard parts.count == 2, let whole = Int(parts[0]), let frac = Int(parts[1]), parts[1].count <= 6 else { return nil }
        var den = 1
        for _ in 0..<parts[1].count { den *= 10 }
        return Quantity(whole * den + frac, den)
    }

    /// A date starting at token `i`: `03.01.2021`, `2021.01.03`, «1 марта [2016 года]»,
    /// «2016 жылғы 1 наурыз(дағы)», «1 наурыз(дан)».
    static func date(at i: Int, _ t: [Token]) -> (String, Int)? {
        if let d = LegalDates.numeric(Substring(t[i].text)) { return (d, i + 1) }
        guard let n = Int(t[i].text) else { return nil }
        // Kazakh: the year first
        if t[i].text.count == 4, i + 3 < t.count, t[i + 1].text == "жылғы", let d = Int(t[i + 2].text),
           let m = LegalDates.month(Substring(t[i + 3].text)), let iso = LegalDates.iso(n, m, d) {
            return (iso, i + 4)
        }
        guard i + 1 < t.count, !t[i + 1].isNumber, let m = LegalDates.month(Substring(t[i + 1].text)), (1...31).contains(n) else { return nil }
        if i + 2 < t.count, t[i + 2].text.count == 4, let y = Int(t[i + 2].text), let iso = LegalDates.iso(y, m, n) {
            var next = i + 3
            if next < t.count, ["года", "г", "году", "жылы"].contains(t[next].text) { next += 1 }
            return (iso, next)
        }
        let two = { (v: Int) in v < 10 ? "0\(v)" : "\(v)" }
        return ("--\(two(m))-\(two(n))", i + 2)
    }
}

/// A word or a number of a text, lower-cased.
struct Token {
    var text: String
    var isNumber: Bool

    /// Letters make words, digits (with inner «.» and «,») numbers; «№» and «%» stand alone;
    /// everything else separates. Cyrillic and ASCII, nearly all of an act, are classified and
    /// lower-cased without Unicode property lookups.
    static func split(_ s: [Unicode.Scalar]) -> [Token] {
        var out: [Token] = []
        var i = 0
        while i < s.count {
            let c = s[i]
            if Letters.isLetter(c) {
                var w = String.UnicodeScalarView()
                while i < s.count, Letters.isLetter(s[i]) || Letters.isMark(s[i]) { w.append(Letters.lower(s[i])); i += 1 }
                out.append(Token(text: String(w), isNumber: false))
            } else if c.value >= 0x30 && c.value <= 0x39 {
                var w = String.UnicodeScalarView()
                while i < s.count {
                    if s[i].value >= 0x30 && s[i].value <= 0x39 { w.append(s[i]); i += 1; continue }
                    if (s[i] == "." || s[i] == ","), i + 1 < s.count, s[i + 1].value >= 0x30 && s[i + 1].value <= 0x39 { w.append(s[i]); i += 1; continue }
                    break
                }
                out.append(Token(text: String(w), isNumber: true))
            } else {
                if c == "№" || c == "%" { out.append(Token(text: String(c), isNumber: false)) }
                i += 1
            }
        }
        return out
    }
}

/// Numbers written in words: cardinals in every case, compounds («двадцать пять», «жиырма
/// бес»), thousands, ordinals («второй», «екінші») and fractions («двух третей», «одной
/// четверти», «половины», «үштен екісі», «жартысы»).
enum NumberWords {
    static let russianCardinals: [String: Int] = {
        var m: [String: Int] = [:]
        let table: [(Int, [String])] = [
            (1, ["один", "одна", "одно", "одного", "одной", "одному", "одним", "одном", "одну", "одною"]),
            (2, ["два", "две", "двух", "двум", "двумя"]), (3, ["три", "трех", "трёх", "трем", "трём", "тремя"]),
            (4, ["четыре", "четырех", "четырёх", "четырем", "четырём", "четырьмя"]),
            (5, ["пять", "пяти", "пятью"]), (6, ["шесть", "шести", "шестью"]), (7, ["семь", "семи"]),
            (8, ["восемь", "восьми", "восемью"]), (9, ["девять", "девяти", "девятью"]), (10, ["десять", "десяти", "десятью"]),
            (40, ["сорок", "сорока"]), (50, ["пятьдесят", "пятидесяти", "пятьюдесятью"]),
            (60, ["шестьдесят", "шестидесяти", "шестьюдесятью"]), (70, ["семьдесят", "семидесяти", "семьюдесятью"]),
            (80, ["восемьдесят", "восьмидесяти", "восемьюдесятью"]), (90, ["девяносто", "девяноста"]), (100, ["сто", "ста"]),
            (200, ["двести", "двухсот", "двумстам", "двухстах"]), (300, ["триста", "трехсот", "трёхсот"]),
            (400, ["четыреста", "четырехсот", "четырёхсот"]), (500, ["пятьсот", "пятисот"]),
            (1000, ["тысяча", "тысячи", "тысячу", "тысяч", "тысячей", "тысячам", "тысячами", "тысячах"]),
        ]
        for (v, forms) in table { for f in forms { m[f] = v } }
        // 11-19, 20, 30: «-ать», «-ати», «-атью»
        let teens = ["одиннадцать", "двенадцать", "тринадцать", "четырнадцать", "пятнадцать", "шестнадцать", "семнадцать",
                     "восемнадцать", "девятнадцать", "двадцать", "тридцать"]
        for (k, w) in teens.enumerated() {
            let v = k < 9 ? 11 + k : (k == 9 ? 20 : 30)
            let stem = String(w.dropLast())
            m[w] = v; m[stem + "и"] = v; m[stem + "ью"] = v
        }
        return m
    }()

    /// Ordinal stems and their values; the endings they take.
    static let russianOrdinalStems: [(String, Int)] = [
        ("перв", 1), ("втор", 2), ("трет", 3), ("четверт", 4), ("пят", 5), ("шест", 6), ("седьм", 7), ("восьм", 8),
        ("девят", 9), ("десят", 10), ("сот", 100),
    ]
    static let russianOrdinalEndings: Set<String> = ["ый", "ой", "ая", "ое", "ого", "ому", "ым", "ом", "ую", "ые", "ых", "ыми",
                                                     "ий", "ья", "ье", "ьего", "ьей", "ьему", "ьим", "ьем", "ью", "ьи", "ьих", "ьими"]
    /// Plural ordinals that make denominators: «пятых», «десятых», «сотых».
    static let russianDenominatorEndings: Set<String> = ["ых", "ым", "ыми"]
    static let thirds: Set<String> = ["треть", "трети", "третей", "третью", "третям", "третями", "третях"]
    static let quarters: Set<String> = ["четверть", "четверти", "четвертей", "четвертью", "четвертям"]

    static let kazakhStems: [(String, Int)] = [
        ("бір", 1), ("екі", 2), ("үш", 3), ("төрт", 4), ("бес", 5), ("алты", 6), ("жеті", 7), ("сегіз", 8), ("тоғыз", 9),
        ("он", 10), ("жиырма", 20), ("отыз", 30), ("қырық", 40), ("елу", 50), ("алпыс", 60), ("жетпіс", 70), ("сексен", 80),
        ("тоқсан", 90), ("жүз", 100), ("мың", 1000),
    ]
    /// Case and possessive endings a Kazakh numeral takes («екіге», «үштен», «екісі»).
    static let kazakhEndings = ["", "ге", "ке", "ға", "қа", "ден", "тен", "дан", "тан", "нен", "нан", "сі", "сін", "сіне", "сінен",
                                "ы", "і", "ін", "ін", "іне", "інен", "ының", "інің", "нің", "ның", "дің", "тің", "дың", "тың", "еу"]
    /// Words that look like an inflected numeral and are not: «оны» (it), «ондан» (from it),
    /// «үшін» (for), «бірі» (one of — the article's sense).
    static let kazakhNotNumbers: Set<String> = ["оны", "ондан", "оның", "онда", "үшін", "бірі", "бірін", "біріне", "бірінің", "жүзі", "жүзін"]
    static let kazakhCardinals: [String: Int] = {
        var m: [String: Int] = [:]
        for (stem, v) in kazakhStems { for e in kazakhEndings { m[stem + e] = v } }
        for w in kazakhNotNumbers { m[w] = nil }
        return m
    }()
    static let kazakhOrdinals: [(String, Int)] = [
        ("бірінші", 1), ("екінші", 2), ("үшінші", 3), ("төртінші", 4), ("бесінші", 5), ("алтыншы", 6), ("жетінші", 7),
        ("сегізінші", 8), ("тоғызыншы", 9), ("оныншы", 10),
    ]
    static let ablative = ["ден", "тен", "дан", "тан", "нен", "нан"]

    static func cardinal(_ w: String, _ language: Language) -> Int? {
        language == .ru ? russianCardinals[w] : kazakhCardinals[w]
    }

    /// Every Russian ordinal form: value and ending.
    static let russianOrdinals: [String: (Int, String)] = {
        var m: [String: (Int, String)] = [:]
        for (stem, v) in russianOrdinalStems { for e in russianOrdinalEndings { m[stem + e] = (v, e) } }
        return m
    }()
    static let kazakhOrdinalBytes: [([UInt8], Int)] = kazakhOrdinals.map { (Array($0.0.utf8), $0.1) }

    static func ordinal(_ w: String, _ language: Language) -> (value: Int, ending: String)? {
        if language == .ru { return russianOrdinals[w] }
        let b = Array(w.utf8)
        for (stem, v) in kazakhOrdinalBytes where b.starts(with: stem) {
            return (v, String(decoding: b[stem.count...], as: UTF8.self))
        }
        return nil
    }

    /// The number written in words from token `i`: its value, whether it is the weak «one»,
    /// and the token after it.
    static func read(at i: Int, _ t: [Token], _ language: Language) -> (Quantity, Bool, Int)? {
        let w = t[i].text
        if w.utf8.starts(with: language == .ru ? "половин".utf8 : "жарты".utf8) { return (Quantity(1, 2), false, i + 1) }
        // a run of cardinals: «двадцать пять», «две тысячи», «жиырма бес», «екі жүз»
        var values: [Int] = []
        var k = i
        while k < t.count, !t[k].isNumber, let v = cardinal(t[k].text, language) {
            values.append(v)
            k += 1
            // «үштен бірі»: the ablative ends the denominator
            if language == .kk && ablative.contains(where: { t[k - 1].text.hasSuffix($0) }) { break }
        }
        if !values.isEmpty {
            var total = 0, group = 0
            for v in values {
                if v >= 1000 { group = max(group, 1) * v; total += group; group = 0 }
                else if v == 100 && group > 0 && group < 10 { group *= 100 }
                else { group += v }
            }
            let n = total + group
            // a fraction: «двух третей», «трех пятых»; «үштен екісі» (the denominator first)
            if k < t.count, !t[k].isNumber {
                let next = t[k].text
                if language == .ru {
                    if thirds.contains(next) { return (Quantity(n, 3), false, k + 1) }
                    if quarters.contains(next) { return (Quantity(n, 4), false, k + 1) }
                    if let (d, ending) = ordinal(next, .ru), russianDenominatorEndings.contains(ending), d > 1 {
                        return (Quantity(n, d), false, k + 1)
                    }
                } else if ablative.contains(where: { t[k - 1].text.hasSuffix($0) }), let num = cardinal(next, .kk) {
                    return (Quantity(num, n), false, k + 1)
                }
            }
            return (Quantity(n), n == 1, k)
        }
        if let (v, _) = ordinal(w, language) { return (Quantity(v), v == 1, i + 1) }
        return nil
    }
}
