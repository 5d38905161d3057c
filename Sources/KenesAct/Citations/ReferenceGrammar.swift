/// Levels of the structural hierarchy a reference can name, largest first.
enum RefLevel: Int, Comparable {
    case part, chapter, subchapter, article, subparagraph, paragraph, point
    static func < (a: RefLevel, b: RefLevel) -> Bool { a.rawValue < b.rawValue }
}

enum RefItem: Equatable {
    case single(String)
    case range(String, String)
    /// «п. 1-3», «статьи 1-3»: a range or one inserted unit `1-3`; the act decides.
    case rangeOrInserted(String, String)
}

struct RefGroup {
    var level: RefLevel
    var items: [RefItem]
}

enum RefScope: Equatable {
    case unspecified, thisAct, thisArticle, thisParagraph
    case external(String)
}

/// A reference as written, before it is resolved against an act.
struct ParsedReference {
    var start: Int
    var end: Int
    var groups: [RefGroup]
    var scope: RefScope
}

/// Russian and Kazakh citation grammar over tokens.
///
/// Russian names the unit first, smallest first: «подпунктом 3) пункта 1 статьи 5 настоящего
/// Закона», «ст. 8 п. 2». Kazakh glues the noun to the number and goes largest first:
/// «5-баптың 1-тармағының 3) тармақшасы», «17, 18, 20-баптарына». Both are read into groups and
/// composed by level, so any order works.
struct ReferenceGrammar {
    let buf: UnsafeBufferPointer<UInt8>
    let tokens: [RefToken]

    init(_ buf: UnsafeBufferPointer<UInt8>) {
        self.buf = buf
        self.tokens = RefTokenizer.tokenize(buf)
    }

    /// First two UTF-8 bytes of a token: cheap pre-checks before decoding a word.
    @inline(__always) func lead(_ i: Int) -> (UInt8, UInt8) {
        let t = tokens[i]
        return t.end - t.start >= 2 ? (buf[t.start], buf[t.start + 1]) : (buf[t.start], 0)
    }
    func startsWithChe(_ i: Int) -> Bool { let (a, b) = lead(i); return (a == 0xD1 && b == 0x87) || (a == 0xD0 && b == 0xA7) }

    /// Could the word be a Russian unit noun (с п ч г р, either case, not too long)? A one-letter
    /// word must be an abbreviation with its dot (п., ч.), not the preposition «с».
    func mayBeRussianNoun(_ i: Int) -> Bool {
        let len = tokens[i].end - tokens[i].start
        guard len <= 24 else { return false }
        if len == 2 && !isPunct(i + 1, ".") { return false }
        switch lead(i) {
        case (0xD1, 0x81), (0xD0, 0xA1), (0xD0, 0xBF), (0xD0, 0x9F), (0xD1, 0x87), (0xD0, 0xA7),
             (0xD0, 0xB3), (0xD0, 0x93), (0xD1, 0x80), (0xD0, 0xA0): return true
        default: return false
        }
    }

    /// Could the word be a Kazakh unit noun (б т п, either case)?
    func mayBeKazakhNoun(_ i: Int) -> Bool {
        guard tokens[i].end - tokens[i].start <= 40 else { return false }
        switch lead(i) {
        case (0xD0, 0xB1), (0xD0, 0x91), (0xD1, 0x82), (0xD0, 0xA2), (0xD0, 0xBF), (0xD0, 0x9F): return true
        default: return false
        }
    }

    func kazakhNounAt(_ i: Int) -> (RefLevel, plural: Bool)? {
        guard isWord(i) && mayBeKazakhNoun(i), tokens[i].end - tokens[i].start >= 6 else { return nil }
        // second letter а (бап, тармақ, тарау, параграф), ө (бөлім, бөлік) or their capitals
        let b2 = (buf[tokens[i].start + 2], buf[tokens[i].start + 3])
        switch b2 {
        case (0xD0, 0xB0), (0xD0, 0x90), (0xD3, 0xA9), (0xD3, 0xA8): return Self.kazakhNoun(word(i))
        default: return nil
        }
    }

    func russianNounAt(_ i: Int) -> (RefLevel, plural: Bool?)? {
        guard isWord(i) && mayBeRussianNoun(i) && hasRussianNounStem(i) else { return nil }
        return Self.russianNoun(word(i))
    }

    /// The first two letters, lower-cased from the bytes, are those of a unit noun
    /// (ст, п, пп, по, пу, ч, ча, гл, ра, па): most words stop here without being decoded.
    func hasRussianNounStem(_ i: Int) -> Bool {
        let t = tokens[i]
        func lower(_ at: Int) -> UInt16 {
            guard at + 1 < t.end else { return 0 }
            var hi = UInt16(buf[at]), lo = UInt16(buf[at + 1])
            if hi == 0xD0 && lo >= 0x90 && lo <= 0x9F { lo += 0x20 }            // А-П → а-п
            else if hi == 0xD0 && lo >= 0xA0 && lo <= 0xAF { hi = 0xD1; lo -= 0x20 } // Р-Я → р-я
            return hi << 8 | lo
        }
        let a = lower(t.start), b = t.end - t.start >= 4 ? lower(t.start + 2) : 0
        switch (a, b) {
        case (0xD181, 0xD182), (0xD0BF, 0), (0xD0BF, 0xD0BF), (0xD0BF, 0xD0BE), (0xD0BF, 0xD183),
             (0xD187, 0), (0xD187, 0xD0B0), (0xD0B3, 0xD0BB), (0xD180, 0xD0B0), (0xD0BF, 0xD0B0):
            return true
        default:
            return false
        }
    }

    /// и, или, және, мен, немесе between numbers of a list.
    func isConjunction(_ i: Int) -> Bool {
        guard isWord(i), tokens[i].end - tokens[i].start <= 12 else { return false }
        return ["и", "или", "және", "мен", "немесе"].contains(word(i))
    }

    func text(_ i: Int) -> String { String(decoding: UnsafeBufferPointer(rebasing: buf[tokens[i].start..<tokens[i].end]), as: UTF8.self) }
    func word(_ i: Int) -> String { text(i).lowercased() }
    func isPunct(_ i: Int, _ c: Unicode.Scalar) -> Bool {
        i < tokens.count && tokens[i].kind == .punct && tokens[i].scalar == c
    }
    /// - – — ‒ between two numbers of a range.
    func isDash(_ i: Int) -> Bool {
        guard i < tokens.count, tokens[i].kind == .punct else { return false }
        switch tokens[i].scalar { case "-", "\u{2013}", "\u{2014}", "\u{2012}": return true; default: return false }
    }
    func isWord(_ i: Int) -> Bool { i >= 0 && i < tokens.count && tokens[i].kind == .word }
    func isNumber(_ i: Int) -> Bool { i >= 0 && i < tokens.count && tokens[i].kind == .number }
    /// «VIII», «XIV»: a word of Latin capitals I, V, X, L, C (the numbers of sections).
    func isRoman(_ i: Int) -> Bool {
        isWord(i) && tokens[i].end - tokens[i].start <= 8 && buf[tokens[i].start..<tokens[i].end].allSatisfy { [0x49, 0x56, 0x58, 0x4C, 0x43].contains($0) }
    }

    // MARK: nouns

    // Words are compared as UTF-8 bytes (the text is NFC): String's own comparisons honour
    // canonical equivalence and cost ten times more on Cyrillic.
    @inline(__always) static func hp(_ w: String, _ prefix: String) -> Bool { w.utf8.starts(with: prefix.utf8) }
    @inline(__always) static func oneOf(_ w: String, _ words: [String]) -> Bool { words.contains { $0.utf8.elementsEqual(w.utf8) } }

    /// Russian nouns (and their abbreviations) for units; `plural` nil when the form is both.
    static func russianNoun(_ w: String) -> (RefLevel, plural: Bool?)? {
        switch w {
        case "ст": return (.article, nil)
        case "п": return (.paragraph, nil)
        case "пп", "подп": return (.point, nil)
        case "ч": return (.subparagraph, nil)
        case "гл": return (.chapter, nil)
        case "разд": return (.part, nil)
        default: break
        }
        if Self.hp(w, "стать") || Self.oneOf(w, ["статей"]) {
            return (.article, Self.oneOf(w, ["статьи"]) ? nil : Self.oneOf(w, ["статьями", "статьям", "статьях", "статей"]))
        }
        if Self.hp(w, "подпункт") {
            return (.point, Self.oneOf(w, ["подпункты", "подпунктов", "подпунктам", "подпунктами", "подпунктах"]))
        }
        if Self.hp(w, "пункт") && w.utf8.count <= 16 {
            return (.paragraph, Self.oneOf(w, ["пункты", "пунктов", "пунктам", "пунктами", "пунктах"]))
        }
        if Self.hp(w, "част"), Self.oneOf(w, ["часть", "части", "частью", "частей", "частям", "частями", "частях"]) {
            return (.subparagraph, Self.oneOf(w, ["части"]) ? nil : Self.oneOf(w, ["частей", "частям", "частями", "частях"]))
        }
        if Self.hp(w, "глав"), Self.oneOf(w, ["глава", "главы", "главе", "главу", "главой", "главами", "главам", "главах", "глав"]) {
            return (.chapter, Self.oneOf(w, ["главы"]) ? nil : Self.oneOf(w, ["главами", "главам", "главах", "глав"]))
        }
        if Self.hp(w, "раздел") {
            return (.part, Self.oneOf(w, ["разделы", "разделов", "разделам", "разделами", "разделах"]))
        }
        if Self.hp(w, "параграф") { return (.subchapter, Self.hp(w, "параграфы") || Self.hp(w, "параграфов")) }
        return nil
    }

    /// Kazakh nouns, which follow the number: бап (п→б before a vowel), тармақ (қ→ғ), тармақша,
    /// тарау, бөлім, бөлік, параграф. Plural by the -тар/-лар/-дер suffix.
    static func kazakhNoun(_ w: String) -> (RefLevel, plural: Bool)? {
        func has(_ stem: String, _ pl: [String]) -> Bool { pl.contains { w.utf8.dropFirst(stem.utf8.count).starts(with: $0.utf8) } }
        if Self.hp(w, "тармақша") { return (.point, has("тармақша", ["лар"])) }
        if Self.hp(w, "тармақ") || Self.hp(w, "тармағ") { return (.paragraph, has("тармақ", ["тар"])) }
        if Self.hp(w, "бап") || Self.hp(w, "баб") { return (.article, has("бап", ["тар"])) }
        if Self.hp(w, "тарау") { return (.chapter, has("тарау", ["лар"])) }
        if Self.hp(w, "бөлім") { return (.part, has("бөлім", ["дер"])) }
        if Self.hp(w, "бөлік") || Self.hp(w, "бөліг") { return (.subparagraph, has("бөлік", ["тер"])) }
        if Self.hp(w, "параграф") { return (.subchapter, has("параграф", ["тар"])) }
        return nil
    }

    static let ordinals: [(String, Int)] = [
        ("перв", 1), ("втор", 2), ("трет", 3), ("четверт", 4), ("пят", 5),
        ("шест", 6), ("седьм", 7), ("восьм", 8), ("девят", 9), ("десят", 10),
    ]
    static func ordinal(_ w: String) -> Int? { ordinals.first { hp(w, $0.0) }?.1 }
    static let kazakhOrdinals = ["бірінші", "екінші", "үшінші", "төртінші", "бесінші", "алтыншы", "жетінші", "сегізінші", "тоғызыншы", "оныншы"]

    // MARK: scanning

    /// Every reference in the buffer, left to right.
    func scanAll() -> [ParsedReference] {
        var out: [ParsedReference] = []
        var i = 0
        while i < tokens.count {
            if let (ref, next) = parse(at: i) {
                out.append(ref)
                i = max(next, i + 1)
            } else {
                i += 1
            }
        }
        return out
    }

    /// A reference that starts at token `i`, if one does.
    func parse(at i: Int) -> (ParsedReference, Int)? {
        let t = tokens[i]
        if t.kind == .word {
            // Only a word followed by a number (or «часть вторая») can open a Russian reference.
            let nextIsNumber = isNumber(i + 1) || (isPunct(i + 1, ".") && isNumber(i + 2))
                || (isPunct(i + 1, ".") && isWord(i + 2) && isPunct(i + 3, ".") && isNumber(i + 4))
            // «часть вторая»: only a word starting with ч/Ч is worth reading the next word for
            let nextIsOrdinal = !nextIsNumber && startsWithChe(i) && isWord(i + 1)
                && russianNounAt(i)?.0 == .subparagraph && Self.ordinal(word(i + 1)) != nil
            // «раздел VIII»: sections are numbered in Roman numerals
            let nextIsRoman = !nextIsNumber && isRoman(i + 1) && russianNounAt(i)?.0 == .part
            guard nextIsNumber || nextIsOrdinal || nextIsRoman else { return nil }
            return parseRussian(at: i)
        }
        if t.kind == .number {
            if let r = parseKazakh(at: i) { return r }
            // «в соответствии с 1) статьи 1»: a subclause without its noun
            if t.closer == 0x29, let (lvl, _) = russianNounAt(i + 1), lvl < .point,
               let (parsed, next) = parseRussian(at: i + 1) {
                var ref = parsed
                ref.groups.insert(RefGroup(level: .point, items: [.single(text(i))]), at: 0)
                ref.start = t.start
                return (ref, next)
            }
        }
        return nil
    }

    /// Number list after a Russian noun: «1, 2 и 3», «1-3», «1) - 3)», «17,18,20».
    func numberList(at start: Int, plural: Bool?) -> ([RefItem], Int)? {
        var k = start
        var items: [RefItem] = []
        while isNumber(k) {
            let s = text(k)
            var item = RefItem.single(s)
            let parts = s.split(separator: "-")
            if parts.count == 2, let a = Int(parts[0]), let b = Int(parts[1]), a < b, plural != false {
                item = plural == true ? .range(String(parts[0]), String(parts[1])) : .rangeOrInserted(String(parts[0]), String(parts[1]))
            }
            k += 1
            // «1 - 3», «1) – 3)»: a range between two number tokens
            if isDash(k), isNumber(k + 1) {
                item = .range(s, text(k + 1))
                k += 2
            }
            items.append(item)
            if isPunct(k, ","), isNumber(k + 1) { k += 1; continue }
            if isConjunction(k), isNumber(k + 1) { k += 1; continue }
            break
        }
        return items.isEmpty ? nil : (items, k)
    }

    func parseRussian(at i: Int) -> (ParsedReference, Int)? {
        var groups: [RefGroup] = []
        var k = i
        while let (level, pluralForm) = russianNounAt(k) {
            var plural = pluralForm
            var j = k + 1
            if isPunct(j, ".") {
                j += 1
                // ст.ст. 17,18,20
                if isWord(j), word(j) == word(k), isPunct(j + 1, ".") { j += 2; plural = true }
            }
            var items: [RefItem]
            if level == .subparagraph, isWord(j), let n = Self.ordinal(word(j)) {
                items = [.single(String(n))]
                j += 1
            } else if level == .part, isRoman(j) {
                items = [.single(text(j))]
                j += 1
            } else if let (list, next) = numberList(at: j, plural: plural) {
                items = list
                j = next
            } else { break }
            if groups.contains(where: { $0.level == level }) { break }
            groups.append(RefGroup(level: level, items: items))
            k = j
            // «статья 5, пункт 1, подпункт 2»: the levels one after another, commas between
            if isPunct(k, ","), let (next, _) = russianNounAt(k + 1), !groups.contains(where: { $0.level == next }),
               isNumber(k + 2) || (isPunct(k + 2, ".") && isNumber(k + 3)) {
                k += 1
            }
        }
        guard !groups.isEmpty else { return nil }
        var end = tokens[k - 1].end
        if tokens[k - 1].kind == .number, tokens[k - 1].closer == 0x29 { end += 1 }
        var scope = RefScope.unspecified
        if isWord(k), word(k).hasPrefix("настоящ"), isWord(k + 1) {
            let w = word(k + 1)
            if w.hasPrefix("стать") { scope = .thisArticle }
            else if w.hasPrefix("пункт") || w.hasPrefix("подпункт") { scope = .thisParagraph }
            else { scope = .thisAct }
            end = tokens[k + 1].end
            k += 2
        } else if let (name, nameEnd, next) = externalAct(at: k) {
            scope = .external(name)
            end = nameEnd
            k = next
        }
        return (ParsedReference(start: tokens[i].start, end: end, groups: groups, scope: scope), k)
    }

    static let actNouns = ["закон", "кодекс", "указ", "постановлени", "конституци", "зрк", "приказ", "положени", "правил", "регламент"]

    /// «Закона Республики Казахстан «О …»», «Гражданского кодекса», «ЗРК «Об общественных советах»».
    func externalAct(at k: Int) -> (String, Int, Int)? {
        guard isWord(k) else { return nil }
        var nounAt = k
        let w0 = word(k)
        if !Self.actNouns.contains(where: { w0.hasPrefix($0) }) {
            // an adjective before the noun: Гражданского кодекса, указанного Закона
            guard isWord(k + 1), w0.hasSuffix("ого") || w0.hasSuffix("ой"),
                  Self.actNouns.contains(where: { word(k + 1).hasPrefix($0) }) else { return nil }
            nounAt = k + 1
        }
        var end = tokens[nounAt].end
        var next = nounAt + 1
        // the act's title in «», possibly after «Республики Казахстан» or a date and number
        var j = nounAt + 1
        var depth = 0
        var straight = false
        while j < tokens.count && j <= nounAt + 40 {
            let t = tokens[j]
            // "…" and “…” as typed instead of «…»
            if t.kind == .punct && (t.scalar == "\"" || t.scalar == "“" || t.scalar == "”" || t.scalar == "„") {
                if straight { end = t.end; next = j + 1; break }
                straight = true
            } else if t.kind == .punct && t.scalar == "«" { depth += 1 }
            else if t.kind == .punct && t.scalar == "»" {
                depth -= 1
                if depth <= 0 { end = t.end; next = j + 1; break }
            } else if depth == 0 && t.kind == .punct && (t.scalar == ";" || t.scalar == "(") { break }
            else if depth == 0 && t.kind == .punct && t.scalar == "." && !(j + 1 < tokens.count && tokens[j + 1].kind == .number) { break }
            j += 1
        }
        let name = String(decoding: UnsafeBufferPointer(rebasing: buf[tokens[k].start..<end]), as: UTF8.self)
        return (name, end, next)
    }

    func parseKazakh(at i: Int) -> (ParsedReference, Int)? {
        var groups: [RefGroup] = []
        var k = i
        while let (group, next) = kazakhGroup(at: k) {
            if groups.contains(where: { $0.level == group.level }) { break }
            groups.append(group)
            k = next
        }
        guard !groups.isEmpty else { return nil }
        // «1-тармағының екінші бөлігі»: an unnumbered part, named by its ordinal after the rest
        if isWord(k), isWord(k + 1), let n = Self.kazakhOrdinals.firstIndex(of: word(k)),
           kazakhNounAt(k + 1)?.0 == .subparagraph, !groups.contains(where: { $0.level == .subparagraph }) {
            groups.insert(RefGroup(level: .subparagraph, items: [.single(String(n + 1))]), at: 0)
            k += 2
        }
        var start = tokens[i].start
        var scope = RefScope.unspecified
        // осы Заңның / осы баптың / осы тармақтың before the reference
        if isWord(i - 1), isWord(i - 2), word(i - 2) == "осы" {
            let w = word(i - 1)
            if w.hasPrefix("бап") || w.hasPrefix("баб") { scope = .thisArticle }
            else if w.hasPrefix("тармақ") || w.hasPrefix("тармағ") { scope = .thisParagraph }
            else { scope = .thisAct }
            start = tokens[i - 2].start
        } else if isWord(i - 1) {
            let w = word(i - 1)
            let isAct = ["заң", "кодекс", "жарлы", "қаулы", "қрз"].contains { w.hasPrefix($0) }
            if isAct && !(isWord(i - 2) && word(i - 2) == "осы") {
                // back to the title's opening «, when there is one close by
                var j = i - 2, opening = i - 1
                var depth = 0
                while j >= 0 && j >= i - 40 {
                    let t = tokens[j]
                    if t.kind == .punct && t.scalar == "»" { depth += 1 }
                    else if t.kind == .punct && t.scalar == "«" {
                        depth -= 1
                        if depth <= 0 { opening = j; break }
                    }
                    j -= 1
                }
                start = tokens[opening].start
                let name = String(decoding: UnsafeBufferPointer(rebasing: buf[start..<tokens[i - 1].end]), as: UTF8.self)
                scope = .external(name)
            }
        }
        return (ParsedReference(start: start, end: tokens[k - 1].end, groups: groups, scope: scope), k)
    }

    /// «8-баптың», «17, 18, 20-баптарына», «3) тармақшасы», «1) тармағы» (attested for a тармақша).
    func kazakhGroup(at i: Int) -> (RefGroup, Int)? {
        var k = i
        var numbers: [(String, Int)] = []
        var rangeWithPrevious: [Bool] = [false]
        while isNumber(k) {
            let t = tokens[k]
            numbers.append((text(k), k))
            let noun = t.glued || t.closer == 0x29 ? kazakhNounAt(k + 1) : nil
            if t.glued || noun != nil {
                guard let (levelRaw, plural) = noun else { return nil }
                // «1) тармағы»: the report's form for a тармақша
                let level = (t.closer == 0x29 && levelRaw == .paragraph) ? .point : levelRaw
                var items: [RefItem] = []
                for (n, (s, _)) in numbers.enumerated() {
                    if n > 0 && rangeWithPrevious[n], case .single(let a)? = items.last {
                        items[items.count - 1] = .range(a, s)
                        continue
                    }
                    let parts = s.split(separator: "-")
                    if parts.count == 2, plural, let a = Int(parts[0]), let b = Int(parts[1]), a < b {
                        items.append(.range(String(parts[0]), String(parts[1])))
                    } else {
                        items.append(.single(s))
                    }
                }
                return (RefGroup(level: level, items: items), k + 2)
            }
            if isPunct(k + 1, ","), isNumber(k + 2) { k += 2; rangeWithPrevious.append(false); continue }
            if isDash(k + 1), isNumber(k + 2) { k += 2; rangeWithPrevious.append(true); continue }
            if isConjunction(k + 1), isNumber(k + 2) {
                k += 2; rangeWithPrevious.append(false); continue
            }
            return nil
        }
        return nil
    }
}
