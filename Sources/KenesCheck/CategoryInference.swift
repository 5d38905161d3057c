/// A category proposed from a member's place of work and position, with the words that told it.
public struct InferredCategory: Sendable, Equatable {
    public var code: String
    /// «ГУ «Аппарат акима…» → Госорганы»: the words found and the category they point to.
    public var reason: String
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

    /// The text as words between spaces: lower case, quotes and punctuation as spaces.
    static func words(_ s: String) -> String {
        let spaced = String(s.lowercased().map { $0.isLetter || $0.isNumber ? $0 : " " })
        let joined = spaced.split(separator: " ").joined(separator: " ")
        return joined.isEmpty ? "" : " " + joined + " "
    }

    /// The proposed category, or nil when the place of work says nothing Kenes knows.
    public static func infer(fromWorkplace workplace: String, catalog: CategoryCatalog) -> InferredCategory? {
        let text = words(workplace)
        guard !text.isEmpty else { return nil }
        for rule in rules {
            for w in rule.words {
                // short words and abbreviations whole («оо», «гу»), longer ones as stems
                let found = w.count <= 4 ? text.contains(" \(w) ") : text.contains(" \(w)")
                guard found else { continue }
                let label = catalog.category(rule.code)?.ru ?? rule.code
                let shown = workplace.count > 60 ? String(workplace.prefix(60)) + "…" : workplace
                return InferredCategory(code: rule.code, reason: "«\(shown)»: «\(w)» → \(label)")
            }
        }
        return nil
    }
}
