/// The cases a unit's noun takes in citations, notes and amending instructions. Kazakh has no
/// prepositions: `locative` is its attributive locative (8-баптағы «in article 8»), which is what
/// instructions use where Russian says «в статье 8».
public enum GrammaticalCase: Sendable, CaseIterable {
    case nominative, genitive, accusative, instrumental, dative, locative
}

/// The one Russian/Kazakh vocabulary of structural units: every word for a unit that Kenes
/// prints or reads back is taken from here (labels, citations, outlines, checker findings,
/// drafted and applied amendments, AKN import).
public enum Vocabulary {
    /// Russian forms in `GrammaticalCase` order; the locative is the prepositional (в статье).
    static let russian: [UnitKind: [String]] = [
        .part: ["раздел", "раздела", "раздел", "разделом", "разделу", "разделе"],
        .chapter: ["глава", "главы", "главу", "главой", "главе", "главе"],
        .subchapter: ["параграф", "параграфа", "параграф", "параграфом", "параграфу", "параграфе"],
        .article: ["статья", "статьи", "статью", "статьей", "статье", "статье"],
        .paragraph: ["пункт", "пункта", "пункт", "пунктом", "пункту", "пункте"],
        .point: ["подпункт", "подпункта", "подпункт", "подпунктом", "подпункту", "подпункте"],
        .subparagraph: ["часть", "части", "часть", "частью", "части", "части"],
    ]

    /// Kazakh forms after a number (8-бап, 8-баптың …), in `GrammaticalCase` order.
    static let kazakh: [UnitKind: [String]] = [
        .part: ["бөлім", "бөлімнің", "бөлімді", "бөліммен", "бөлімге", "бөлімдегі"],
        .chapter: ["тарау", "тараудың", "тарауды", "тараумен", "тарауға", "тараудағы"],
        .subchapter: ["параграф", "параграфтың", "параграфты", "параграфпен", "параграфқа", "параграфтағы"],
        .article: ["бап", "баптың", "бапты", "баппен", "бапқа", "баптағы"],
        .paragraph: ["тармақ", "тармақтың", "тармақты", "тармақпен", "тармаққа", "тармақтағы"],
        .point: ["тармақша", "тармақшаның", "тармақшаны", "тармақшамен", "тармақшаға", "тармақшадағы"],
        .subparagraph: ["бөлік", "бөліктің", "бөлікті", "бөлікпен", "бөлікке", "бөліктегі"],
    ]

    /// Kazakh possessive forms, for a unit named after the one it is in (8-баптың 2-тармағы).
    static let kazakhPossessive: [UnitKind: [String]] = [
        .part: ["бөлімі", "бөлімінің", "бөлімін", "бөлімімен", "бөліміне", "бөліміндегі"],
        .chapter: ["тарауы", "тарауының", "тарауын", "тарауымен", "тарауына", "тарауындағы"],
        .subchapter: ["параграфы", "параграфының", "параграфын", "параграфымен", "параграфына", "параграфындағы"],
        .article: ["бабы", "бабының", "бабын", "бабымен", "бабына", "бабындағы"],
        .paragraph: ["тармағы", "тармағының", "тармағын", "тармағымен", "тармағына", "тармағындағы"],
        .point: ["тармақшасы", "тармақшасының", "тармақшасын", "тармақшасымен", "тармақшасына", "тармақшасындағы"],
        .subparagraph: ["бөлігі", "бөлігінің", "бөлігін", "бөлігімен", "бөлігіне", "бөлігіндегі"],
    ]

    /// Abbreviations in short citations (п. 7 ст. 1).
    /// The mark of a unit no longer in force, in the act's language (Markdown, `show`).
    public static func excluded(_ language: Language) -> String { language == .kk ? "алып тасталды" : "исключено" }

    static let russianShort: [UnitKind: String] = [.article: "ст.", .paragraph: "п.", .point: "пп.", .subparagraph: "ч.", .chapter: "гл.", .part: "разд."]

    /// The noun alone, lower case («статьи», «тармағының»); the act, preamble and signature block
    /// have one form.
    public static func noun(_ kind: UnitKind, _ language: Language, _ grammaticalCase: GrammaticalCase = .nominative,
                            possessive: Bool = false) -> String {
        let i = GrammaticalCase.allCases.firstIndex(of: grammaticalCase)!
        let table = language == .ru ? russian : possessive ? kazakhPossessive : kazakh
        if let forms = table[kind] { return forms[i] }
        switch (kind, language) {
        case (.preamble, .ru): return "преамбула"
        case (.preamble, .kk): return "кіріспе"
        case (.conclusions, .ru): return "подпись"
        case (.conclusions, .kk): return "қолтаңба"
        default: return "акт"
        }
    }

    /// A unit named with its number: «статьи 8», «подпункт 3)»; «8-баптың», «VIII тарау»,
    /// «3) тармақшасы». Kazakh glues arabic numbers to the noun with a hyphen, not roman ones.
    public static func reference(_ kind: UnitKind, number: some StringProtocol, _ language: Language,
                                 _ grammaticalCase: GrammaticalCase = .nominative, possessive: Bool = false) -> String {
        let n = UnitNumber.bare(String(number))
        let word = noun(kind, language, grammaticalCase, possessive: possessive)
        if n.isEmpty { return word }
        if kind == .point { return language == .ru ? "\(word) \(n))" : "\(n)) \(word)" }
        if language == .ru { return "\(word) \(n)" }
        return n.first?.isNumber == true ? "\(n)-\(word)" : "\(n) \(word)"
    }

    /// The label a unit is printed with in the act: «Статья 8-1.», «8-1-бап.», «Глава 2.»,
    /// «2-тарау.», «VIII тарау.»; clauses by their number as printed («1.», «2-1)»).
    public static func heading(_ kind: UnitKind, number: String?, _ language: Language) -> String {
        guard let number else { return "" }
        switch kind {
        case .part, .chapter, .subchapter, .article:
            // a Kazakh subchapter always takes the hyphen («1-параграф»)
            if language == .kk && kind == .subchapter { return "\(UnitNumber.bare(number))-параграф." }
            return capitalized(reference(kind, number: number, language)) + "."
        default:
            return number
        }
    }

    /// «подпункт 3) пункта 1 статьи 5» / «5-баптың 1-тармағының 3) тармақшасы»: the innermost
    /// unit in `grammaticalCase`, the ones around it in the genitive (Kazakh: each named after the
    /// one it is in takes the possessive).
    public static func citation(_ units: [(kind: UnitKind, number: String)], _ language: Language,
                                _ grammaticalCase: GrammaticalCase = .nominative) -> String {
        guard !units.isEmpty else { return "" }
        if language == .ru {
            let inner = reference(units.last!.kind, number: units.last!.number, .ru, grammaticalCase)
            return ([inner] + units.dropLast().reversed().map { reference($0.kind, number: $0.number, .ru, .genitive) })
                .joined(separator: " ")
        }
        return units.enumerated().map { i, u in
            reference(u.kind, number: u.number, .kk, i == units.count - 1 ? grammaticalCase : .genitive, possessive: i > 0)
        }.joined(separator: " ")
    }

    /// «пп. 3) п. 1 ст. 5» / «5-баптың 1-тармағының 3) тармақшасы» from an eId (articles,
    /// clauses, subclauses and parts); a chapter or section above the articles is named on its
    /// own («гл. 3» / «3-тарау»).
    public static func shortCitation(_ eId: EId, _ language: Language) -> String {
        func units(_ kinds: [UnitKind]) -> [(kind: UnitKind, number: String)] {
            kinds.compactMap { k in eId.number(of: k).map { (kind: k, number: String($0)) } }
        }
        let inArticle = language == .kk
            ? citation(units([.article, .paragraph, .point, .subparagraph]), .kk)
            : units([.point, .paragraph, .subparagraph, .article]).map { u in
                "\(russianShort[u.kind]!) \(u.kind == .point ? "\(u.number))" : u.number)"
            }.joined(separator: " ")
        guard inArticle.isEmpty, let above = units([.chapter, .part]).first else { return inArticle }
        return language == .kk ? citation([above], .kk) : "\(russianShort[above.kind]!) \(above.number)"
    }

    /// Where a unit is, as a citation of its path from the top of the act («Подпункт 3) пункта 1
    /// статьи 5»): units above the article are left out, an article's place being enough; parts
    /// (части) are named by their count in the eId.
    public static func citation(path: [StructuralUnit], _ language: Language) -> String {
        var units = path
        if let a = units.lastIndex(where: { $0.kind == .article }) { units = Array(units[a...]) }
        let named = units.map { u in (kind: u.kind, number: u.kind == .subparagraph ? String(u.eId.number ?? "") : u.num ?? "") }
        let s = citation(named, language)
        return language == .ru ? capitalized(s) : s
    }

    /// Ordinals 1-10 for an unnumbered part: Russian feminine (nominative, accusative, and the
    /// form the other cases share), Kazakh (one form).
    static let russianPartOrdinals: [[String]] = [
        ["первая", "вторая", "третья", "четвертая", "пятая", "шестая", "седьмая", "восьмая", "девятая", "десятая"],
        ["первую", "вторую", "третью", "четвертую", "пятую", "шестую", "седьмую", "восьмую", "девятую", "десятую"],
        ["первой", "второй", "третьей", "четвертой", "пятой", "шестой", "седьмой", "восьмой", "девятой", "десятой"],
    ]
    static let kazakhOrdinals = ["бірінші", "екінші", "үшінші", "төртінші", "бесінші", "алтыншы", "жетінші", "сегізінші", "тоғызыншы", "оныншы"]

    /// The `n`-th unnumbered part of a unit as amending acts name it: «часть вторую пункта 1
    /// статьи 1» / «в части второй …» (the case is the part's), «1-баптың 1-тармағының екінші
    /// бөлігі» / «… бөлігіндегі»; nil beyond the tenth.
    public static func part(_ n: Int, of units: [(kind: UnitKind, number: String)], _ language: Language,
                            _ grammaticalCase: GrammaticalCase = .nominative) -> String? {
        guard (1...10).contains(n) else { return nil }
        if language == .ru {
            let row = grammaticalCase == .nominative ? 0 : grammaticalCase == .accusative ? 1 : 2
            let head = "\(noun(.subparagraph, .ru, grammaticalCase)) \(russianPartOrdinals[row][n - 1])"
            return ([head] + units.reversed().map { reference($0.kind, number: $0.number, .ru, .genitive) }).joined(separator: " ")
        }
        let whose = citation(units, .kk, .genitive)
        return [whose, kazakhOrdinals[n - 1], noun(.subparagraph, .kk, grammaticalCase, possessive: !units.isEmpty)]
            .filter { !$0.isEmpty }.joined(separator: " ")
    }

    public static func capitalized(_ s: String) -> String { s.prefix(1).uppercased() + s.dropFirst() }
}
