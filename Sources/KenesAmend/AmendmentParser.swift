import Foundation
import KenesAct

/// Reads an amending act: the section that amends one target act («Внести в Закон … «Title» …
/// следующие изменения и дополнения:» / «… Заңына мынадай өзгерістер мен толықтырулар
/// енгізілсін:»), its numbered instructions with their context («в статье 8:», «8-бапта:») and
/// quoted new wording, and the date and number of its signature block.
public enum AmendmentParser {
    struct Ref { var chapter: String?; var article: String?; var para: String?; var point: String?
        /// «часть вторая» / «екінші бөлігі».
        var part: String?
        var isEmpty: Bool { chapter == nil && article == nil && para == nil && point == nil && part == nil }
    }

    static func regex(_ p: String) -> NSRegularExpression { try! NSRegularExpression(pattern: p, options: [.caseInsensitive]) }
    static let num = "(\\d+(?:-\\d+)*)"
    static let ruInsert = regex("дополнить\\s+(подпункт|пункт|стать|глав)\\w*\\s+\(num)\\)?")
    static let kkInsert = regex("мазмұндағы\\s+\(num)(\\)\\s*тармақша|-тармақ|-бап|-тарау)")
    static let ruWords = regex("слов\\w*\\s+«(.+?)»\\s+заменить\\s+слов\\w*\\s+«(.*?)»")
    static let kkWords = regex("«(.+?)»\\s+деген\\s+сөз\\w*\\s+«(.*?)»\\s+деген\\s+сөз\\w*\\s+ауыстырылсын")
    static let ruAddWords = regex("после\\s+слов\\w*\\s+«(.+?)»\\s+дополнить\\s+слов\\w*\\s+«(.+?)»")
    static let kkAddWords = regex("«(.+?)»\\s+деген\\s+сөз\\w*\\s+кейін\\s+«(.+?)»\\s+деген\\s+сөз\\w*\\s+толықтырылсын")
    static let ruDeleteWords = regex("слов\\w*\\s+«(.+?)»\\s+исключить")
    static let kkDeleteWords = regex("«(.+?)»\\s+деген\\s+сөз\\w*\\s+алып\\s+тасталсын")
    static let ruAbzac = regex("абзац\\w*\\s+(перв|втор|трет|четв|пят|шест|седьм|восьм|девят|десят)|(последн)\\w*\\s+абзац")
    static let kkAbzac = regex("(бірінші|екінші|үшінші|төртінші|бесінші|алтыншы|жетінші|сегізінші|тоғызыншы|оныншы|соңғы)\\s+абзац")
    static let ordinals = ["перв": 1, "втор": 2, "трет": 3, "четв": 4, "пят": 5, "шест": 6, "седьм": 7, "восьм": 8, "девят": 9, "десят": 10,
                           "бірінші": 1, "екінші": 2, "үшінші": 3, "төртінші": 4, "бесінші": 5, "алтыншы": 6, "жетінші": 7,
                           "сегізінші": 8, "тоғызыншы": 9, "оныншы": 10]
    /// A list of numbers ending a phrase: «3 и 4», «3, 4 и 5», «1), 2)», «3 және 4».
    static let numberList = "((?:\\d+(?:-\\d+)*\\)?\\s*(?:,|и|және)\\s*)*\\d+(?:-\\d+)*\\)?)"
    static let ruRenumber = regex("^(?:в\\s+)?(подпункт|пункт|стать)\\w*\\s+\(numberList)(.*?)считать\\s+(?:соответственно\\s+)?\\w+\\s+\(numberList)")
    static let kkRenumber = regex("^(.*?)\(numberList)(-тармақ|\\s*тармақша|-бап)\\w*\\s+(?:тиісінше\\s+)?\(numberList).*деп\\s+есептелсін")
    static func numbers(_ list: String) -> [String] {
        list.components(separatedBy: CharacterSet(charactersIn: ",)")).flatMap { $0.components(separatedBy: " ") }
            .filter { $0.first?.isNumber == true }
    }

    /// «1) » opening an instruction (but not «2) тармақша», which names a subclause).
    static let enumerator = regex("^\\d+(?:-\\d+)*\\)\\s+(?!тармақша)")

    static func first(_ r: NSRegularExpression, _ s: String) -> [String]? {
        guard let m = r.firstMatch(in: s, range: NSRange(s.startIndex..., in: s)) else { return nil }
        return (1..<m.numberOfRanges).map { i in Range(m.range(at: i), in: s).map { String(s[$0]) } ?? "" }
    }

    /// The units an instruction names, read with KenesAct's citation grammar.
    static func reference(_ s: String) -> Ref {
        guard let r = InstructionReference(s) else { return Ref() }
        return Ref(chapter: r.chapter, article: r.article, para: r.paragraph, point: r.point, part: r.part)
    }

    /// The reference completed from the context (an instruction inside «в статье 8:» names
    /// «пункт 2» for art_8__para_2) and written as an eId.
    static func eId(_ r: Ref, context: Ref) -> EId? {
        var r = r
        if r.isEmpty { r = context }
        else if r.article == nil && r.chapter == nil {
            r.article = context.article
            if r.para == nil, r.point != nil { r.para = context.para }
        }
        if let c = r.chapter, r.article == nil { return EId.unit(.chapter, number: c, under: nil) }
        var id = r.article.map { EId.unit(.article, number: $0, under: nil) }
        if let p = r.para { id = EId.unit(.paragraph, number: p, under: id) }
        if let q = r.point { id = id.map { EId.unit(.point, number: q, under: $0) } }
        if let c = r.part { id = id.map { EId.unit(.subparagraph, number: c, under: $0) } }
        return id
    }

    /// Quotes a line opens minus those it closes: quoted wording may run over many lines.
    static func quoteBalance(_ line: String) -> Int {
        line.reduce(0) { $0 + ($1 == "«" ? 1 : $1 == "»" ? -1 : 0) }
    }

    /// Text with its quotations left out, for finding the references an instruction makes.
    static func unquoted(_ s: String) -> String {
        var out = "", depth = 0
        for ch in s {
            if ch == "«" { depth += 1; continue }
            if ch == "»" { depth = max(0, depth - 1); continue }
            if depth == 0 { out.append(ch) }
        }
        return out
    }

    /// The title in the first «…» of a line, nested quotes kept.
    static func quotedTitle(_ s: String) -> String? {
        guard let start = s.firstIndex(of: "«") else { return nil }
        var depth = 0, i = start
        while i < s.endIndex {
            if s[i] == "«" { depth += 1 } else if s[i] == "»" { depth -= 1; if depth == 0 { return String(s[s.index(after: start)..<i]) } }
            i = s.index(after: i)
        }
        return nil
    }

    static func normalized(_ title: String) -> String {
        title.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// One amended act's section of an amending act: its opening line and the title and date it
    /// names the act by.
    struct Section { var line: Int; var title: String; var date: String? }

    /// A code named without quotes: «В Предпринимательский кодекс …», «… Кәсіпкерлік кодексіне».
    static let codeName = regex("([\\p{L}-]+\\s+кодекс)")

    /// The sections, in order. A section opens with «Внести в … «Title» … следующие изменения:»
    /// («… енгізілсін:»), or — in the usual law amending several acts, whose article 1 reads
    /// «Внести изменения … в следующие законодательные акты …:» («… мына заңнамалық актілеріне …
    /// енгізілсін:») — with a numbered line naming the act and ending «:», no «следующие
    /// изменения» («2. В Закон … от 2 ноября 2015 года «Об общественных советах» (Ведомости …):»,
    /// «2. «Қоғамдық кеңестер туралы» 2015 жылғы 2 қарашадағы … Заңына (…):»). Lines inside quoted
    /// wording never open one.
    static func sections(_ lines: [String]) -> [Section] {
        let numbered = regex("^\\d+(?:-\\d+)*\\.\\s")
        var out: [Section] = [], depth = 0, listed = false
        for (i, l) in lines.enumerated() {
            defer { depth = max(0, depth + quoteBalance(l)) }
            guard depth == 0, !l.hasPrefix("«") else { continue }
            if l.contains("следующие законодательные акты") || l.contains("заңнамалық актілеріне") { listed = true }
            // the act is named before the gazette reference in parentheses (a title may hold some)
            var quoted = 0
            let head = l.prefix { ch in
                if ch == "«" { quoted += 1 } else if ch == "»" { quoted -= 1 }
                return ch != "(" || quoted > 0
            }
            let title = quotedTitle(String(head)) ?? first(codeName, String(head))?[0]
            guard let title else { continue }
            let classic = l.contains("Внести в") || l.contains("следующие изменени") || l.contains("енгізілсін")
            let listItem = listed && l.hasSuffix(":") && first(numbered, l) != nil
            guard classic || listItem else { continue }
            let date = LegalDates.first(in: String(head).replacingOccurrences(of: "«\(title)»", with: ""))
            out.append(Section(line: i, title: title, date: date))
        }
        return out
    }

    /// Whether a section names the act: the same title (a code by its name: «Предпринимательский
    /// кодекс» for «Предпринимательский кодекс Республики Казахстан»), and the same date where
    /// both are known — two acts may share a title.
    static func names(_ section: Section, title: String, date: String?) -> Bool {
        let a = normalized(section.title), b = normalized(title)
        let sameTitle = a == b || (a.hasSuffix(" кодекс") && b.hasPrefix(a))
        guard sameTitle else { return false }
        if let d = section.date, let date { return d == date }
        return true
    }

    /// Reads the instructions for the act titled `targetTitle` and adopted on `targetDate` (the
    /// only section when the title is nil).
    public static func parse(text: String, file: String, targetTitle: String?, targetDate: String? = nil) throws(AmendmentError) -> AmendingAct {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        // front matter is not the act
        if lines.first == "---", let end = lines.dropFirst().firstIndex(of: "---") { for i in 0...end { lines[i] = "" } }
        let language: Language = text.contains("енгізілсін") ? .kk : .ru
        let sections = sections(lines)
        guard !sections.isEmpty else {
            throw AmendmentError(file, 1, AmendMessages.notAmending)
        }
        let intros = sections.map(\.line)
        let titles = sections.map(\.title)
        let chosen: Int
        if let targetTitle {
            guard let k = sections.firstIndex(where: { names($0, title: targetTitle, date: targetDate) }) else {
                let listing = sections.map { "«\($0.title)»" + ($0.date.map { " (\($0))" } ?? "") }.joined(separator: ", ")
                let ours = "«\(targetTitle)»" + (targetDate.map { " (\($0))" } ?? "")
                throw AmendmentError(file, intros[0] + 1, AmendMessages.amendsOthers(listing, not: ours))
            }
            chosen = k
        } else {
            guard titles.count == 1 else { throw AmendmentError(file, intros[0] + 1, AmendMessages.amendsSeveral(titles.count)) }
            chosen = 0
        }
        let start = intros[chosen] + 1
        let introLines = Set(intros)
        // the section ends at the next introduction or the next article of the amending act
        let articleHead = regex("^(Статья\\s+\\d+|\\d+(?:-\\d+)*-бап)\\.")
        var end = lines.count, depth = 0
        for i in start..<lines.count {
            // quoted wording may restate a whole chapter, articles and all
            if depth == 0 && (introLines.contains(i) || first(articleHead, lines[i]) != nil) { end = i; break }
            depth = max(0, depth + quoteBalance(lines[i]))
        }

        var instructions: [Instruction] = []
        var context = Ref()
        var i = start
        while i < end {
            var line = lines[i]
            let lineNo = i + 1
            i += 1
            if line.isEmpty { continue }
            if let m = enumerator.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)) {
                // by scalars: a combining mark after the space makes the cut fall inside a
                // Character, where Range(_:in:) gives nil (the fuzzer's crash)
                let cut = line.utf16.index(line.utf16.startIndex, offsetBy: m.range.upperBound)
                line = String(line.unicodeScalars[cut...])
                context = Ref()
            }
            let bare = unquoted(line)
            /// The quoted wording that follows an instruction ending in «:».
            func wording() throws(AmendmentError) -> String {
                var block: [String] = [], depth = 0
                while i < end {
                    let l = lines[i]
                    if block.isEmpty && l.isEmpty { i += 1; continue }
                    guard !block.isEmpty || l.hasPrefix("«") else { break }
                    block.append(l)
                    depth += quoteBalance(l)
                    i += 1
                    if depth <= 0 { break }
                }
                guard !block.isEmpty else { throw AmendmentError(file, lineNo, AmendMessages.wordingMissing) }
                guard depth <= 0 else { throw AmendmentError(file, lineNo, AmendMessages.wordingUnclosed) }
                var s = block.joined(separator: "\n")
                s.removeFirst()   // the opening «
                while let last = s.last, last == ";" || last == "." || last == "," { s.removeLast() }
                guard s.last == "»" else { throw AmendmentError(file, lineNo, AmendMessages.wordingEnd) }
                s.removeLast()
                return s
            }
            let ref = reference(bare)
            let block: TextBlock? = (language == .ru ? first(ruAbzac, bare) : first(kkAbzac, bare)).flatMap { m in
                let word = m.first { !$0.isEmpty }?.lowercased() ?? ""
                return word == "последн" || word == "соңғы" ? .last : ordinals[word].map { .number($0) }
            }
            if let m = language == .ru ? first(ruRenumber, bare) : first(kkRenumber, bare) {
                // «пункты 3 и 4 [статьи 8] считать соответственно пунктами 4 и 5»
                let (kindWord, from, rest, to) = language == .ru ? (m[0].lowercased(), m[1], m[2], m[3]) : (m[2], m[1], m[0], m[3])
                let kind: UnitKind = kindWord.hasPrefix("подпункт") || kindWord.contains("тармақша") ? .point
                    : kindWord.hasPrefix("пункт") || kindWord.contains("тармақ") ? .paragraph : .article
                let parent = kind == .article ? nil : eId(reference(rest), context: context)
                let (a, b) = (numbers(from), numbers(to))
                guard a.count == b.count, !a.isEmpty else { throw AmendmentError(file, lineNo, AmendMessages.renumberCounts(a.count, b.count)) }
                instructions.append(Instruction(target: parent, operation: .renumber(kind: kind, from: a, to: b), line: lineNo))
            } else if let m = language == .ru ? first(ruAddWords, line) : first(kkAddWords, line) {
                guard let target = eId(ref, context: context) else { throw AmendmentError(file, lineNo, AmendMessages.whereAdd) }
                instructions.append(Instruction(target: target, operation: .replaceWords(old: m[0], new: m[0] + " " + m[1]), line: lineNo, textBlock: block))
            } else if let m = language == .ru ? first(ruDeleteWords, line) : first(kkDeleteWords, line) {
                guard let target = eId(ref, context: context) else { throw AmendmentError(file, lineNo, AmendMessages.whereDelete) }
                instructions.append(Instruction(target: target, operation: .deleteWords(m[0]), line: lineNo, textBlock: block))
            } else if (language == .ru && bare.contains("дополнить предложением")) || (language == .kk && bare.contains("сөйлеммен толықтырылсын")) {
                guard let target = eId(ref, context: context) else { throw AmendmentError(file, lineNo, AmendMessages.whereSentence) }
                instructions.append(Instruction(target: target, operation: .appendSentence(try wording()), line: lineNo))
            } else if (language == .ru && bare.contains("изложить в следующей редакции") && bare.lowercased().contains("заголовок"))
                        || (language == .kk && bare.contains("редакцияда жазылсын") && bare.contains("тақырыбы")) {
                guard let target = eId(ref, context: context) else { throw AmendmentError(file, lineNo, AmendMessages.whoseHeading) }
                instructions.append(Instruction(target: target, operation: .replaceHeading(try wording()), line: lineNo))
            } else if (language == .ru && bare.contains("изложить в следующей редакции")) || (language == .kk && bare.contains("редакцияда жазылсын")) {
                guard let target = eId(ref, context: context) else { throw AmendmentError(file, lineNo, AmendMessages.whereRestate) }
                instructions.append(Instruction(target: target, operation: .replace(wording: try wording()), line: lineNo))
            } else if let m = language == .ru ? first(ruInsert, bare) : first(kkInsert, bare) {
                // the pattern matches case-insensitively, so letters that only fold to these
                // («сᲄатьей», U+1C84) get here without naming a kind: not an instruction
                let kindAndNumber: (UnitKind, String)? = language == .ru
                    ? (["подпункт": .point, "пункт": .paragraph, "стать": .article, "глав": .chapter] as [String: UnitKind])[m[0].lowercased()].map { ($0, m[1]) }
                    : (m[1].contains("тармақша") ? .point : m[1] == "-тармақ" ? .paragraph : m[1] == "-бап" ? .article : .chapter, m[0])
                guard let (kind, n) = kindAndNumber else {
                    throw AmendmentError(file, lineNo, AmendMessages.unknownInstruction(AmendmentError.excerpt(line)))
                }
                let before = language == .ru ? bare.components(separatedBy: "дополнить")[0] : bare.components(separatedBy: "мынадай")[0]
                let parentRef = reference(before)
                let parent: EId? = kind == .article || kind == .chapter ? nil : eId(parentRef, context: context)
                let printed = kind == .point ? n + ")" : kind == .paragraph ? n + "." : n
                instructions.append(Instruction(target: parent, operation: .insert(kind: kind, num: printed, wording: try wording()), line: lineNo))
            } else if let m = language == .ru ? first(ruWords, line) : first(kkWords, line) {
                guard let target = eId(ref, context: context) else { throw AmendmentError(file, lineNo, AmendMessages.whereReplace) }
                instructions.append(Instruction(target: target, operation: .replaceWords(old: m[0], new: m[1]), line: lineNo, textBlock: block))
            } else if (language == .ru && bare.range(of: "исключить") != nil) || (language == .kk && bare.contains("алып тасталсын")) {
                guard !ref.isEmpty, let target = eId(ref, context: context) else { throw AmendmentError(file, lineNo, AmendMessages.whereExclude) }
                instructions.append(Instruction(target: target, operation: .exclude, line: lineNo))
            } else if line.hasSuffix(":") && !ref.isEmpty {
                // «в статье 8:» / «8-бапта:»: the instructions below act inside it
                var next = ref
                if next.article == nil { next.article = context.article }
                context = next
            } else {
                throw AmendmentError(file, lineNo, AmendMessages.unknownInstruction(AmendmentError.excerpt(line)))
            }
        }
        // the signature block at the very end: «Астана, 10 января 2021 года» / «№ 12-SYN»
        var date: String?, number: String?
        // or on one line: «Нур-Султан, Акорда, 3 января 2021 года, № 406-VI ЗРК» / «Астана, Ақорда,
        // 2021 жылғы 3 қаңтар, № 406-VI ҚРЗ» (ЗРК / ҚРЗ: «закон», not part of the number)
        for l in lines.filter({ !$0.isEmpty }).suffix(6) {
            if number == nil, let sign = l.range(of: "№") {
                let n = l[sign.upperBound...].drop { $0 == " " || $0 == "\u{00A0}" }.prefix { !$0.isWhitespace && $0 != "," }
                if !n.isEmpty { number = String(n) }
            }
            if date == nil, l.contains("года") || l.contains("жылғы"), let d = LegalDates.first(in: l) { date = d }
        }
        return AmendingAct(targetTitle: titles[chosen], instructions: instructions, date: number == nil ? nil : date,
                           number: date == nil ? nil : number, language: language, file: file)
    }
}
