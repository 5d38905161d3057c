import KenesAct

/// A category proposed from a member's place of work and position, with the words that told it.
public struct InferredCategory: Sendable, Equatable {
    public var code: String
    /// «ГУ «Аппарат акима…» → Госорганы»: the words found and the category they point to.
    public var reason: Message
}

/// Proposes a member's category from the place of work and position, as a working group's
/// secretary would read them: «депутат маслихата» is a deputy, «ГУ «Аппарат акима»» a state
/// body, «КГП на ПХВ», a school or a hospital the budget sector, «ОО» or «ОФ» an NGO, «ТОО», «ИП»
/// or «АО» business. Only a proposal: the verdict waits until a person confirms it.
public enum CategoryInference {
    /// In order: the first rule with a word in the text decides (a deputy's place of work also
    /// names the maslikhat; a school may be a «КГУ», a state institution).
    static let rules: [(code: String, words: [String])] = [
        ("deputies", ["депутат", "маслихат", "мәслихат"]),
        ("unions", ["профсоюз", "кәсіподақ"]),
        ("parties", ["партия", "партиясы", "партии"]),
        ("ethnocultural", ["этнокультурн", "этномәдени", "ассамблея народа", "халқы ассамблеясы"]),
        ("media", ["редакция", "редакции", "телеканал", "газета", "газеты", "радио", "информационное агентство", "журнал", "сми", "бақ"]),
        ("budget", ["кгп", "гкп", "ргп", "на пхв", "шжқ", "школа", "школы", "гимназия", "лицей", "больница", "больницы", "поликлиника",
                    "колледж", "университет", "детский сад", "мектеп", "аурухана", "емхана", "балабақша"]),
        ("state", ["гу", "кгу", "ргу", "государственное учреждение", "аппарат акима", "акимат", "аким", "министерство", "министерства",
                   "управление", "департамент", "комитет", "мемлекеттік мекеме", "әкімдігі", "әкімдік", "әкімі", "министрлігі", "басқармасы"]),
        ("ngo", ["оо", "оф", "оюл", "объединение юридических лиц", "общественное объединение", "общественный фонд", "общественная организация", "ассоциация",
                 "некоммерческая организация", "нпо", "қб", "қоғамдық бірлестік", "қоғамдық қор", "қауымдастық", "зтб"]),
        ("business", ["тоо", "ооо", "ип", "ао", "жшс", "жк", "товарищество с ограниченной ответственностью", "акционерное общество",
                      "индивидуальный предприниматель", "крестьянское хозяйство"]),
    ]

    enum Match { case phrase(String), word(String), stem(String) }

    /// Each rule's words sorted once by how they are matched: short words and abbreviations
    /// whole («оо», «гу»), longer ones as stems («министерств…»), several words as a phrase.
    static let compiled: [(code: String, words: [(word: String, match: Match)])] = rules.map { rule in
        (rule.code, rule.words.map { w in
            (w, w.contains(" ") ? .phrase(" \(w)") : w.count <= 4 ? .word(w) : .stem(w))
        })
    }

    /// The text's words: lower case, quotes and punctuation as spaces.
    static func words(_ s: String) -> [String] {
        String(s.lowercased().map { $0.isLetter || $0.isNumber ? $0 : " " }).split(separator: " ").map(String.init)
    }

    /// The proposed category, or nil when the place of work says nothing Kenes knows. Cheap
    /// enough to run on every member of a 100,000-row roster (the contradictions are looked for
    /// on each): set lookups and prefixes over the text's few words.
    public static func infer(fromWorkplace workplace: String, catalog: CategoryCatalog) -> InferredCategory? {
        let tokens = words(workplace)
        guard !tokens.isEmpty else { return nil }
        let whole = Set(tokens)
        let text = " " + tokens.joined(separator: " ") + " "
        for rule in compiled {
            for (w, match) in rule.words {
                let found: Bool
                switch match {
                case .word(let word): found = whole.contains(word)
                case .stem(let stem): found = tokens.contains { $0.hasPrefix(stem) }
                case .phrase(let phrase): found = text.contains(phrase)
                }
                guard found else { continue }
                let label = catalog.label(rule.code)
                let shown = workplace.count > 60 ? String(workplace.prefix(60)) + "…" : workplace
                return InferredCategory(code: rule.code, reason: .each { "«\(shown)»: «\(w)» → \(label[$0])" })
            }
        }
        return nil
    }
}
