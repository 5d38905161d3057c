import KenesAct

/// What a comparison says to a person, in Russian, Kazakh and English: the kinds of change, the
/// summary, where an inserted or moved unit stands, and the report's own words.
public enum DiffMessages {
    public static func kind(_ k: ChangeKind) -> Message {
        switch k {
        case .inserted: Message(ru: "дополнено", kk: "толықтырылды", en: "inserted")
        case .deleted: Message(ru: "удалено", kk: "жойылды", en: "deleted")
        case .excluded: Message(ru: "исключено", kk: "алып тасталды", en: "excluded")
        case .modified: Message(ru: "изменено", kk: "өзгертілді", en: "modified")
        case .heading: Message(ru: "изменён заголовок", kk: "тақырыбы өзгертілді", en: "heading")
        case .renumbered: Message(ru: "перенумеровано", kk: "нөмірі өзгертілді", en: "renumbered")
        case .moved: Message(ru: "перемещено", kk: "орны ауыстырылды", en: "moved")
        case .invisible: Message(ru: "невидимые символы", kk: "көрінбейтін таңбалар", en: "invisible")
        }
    }

    /// «дополнено: 2, удалено: 1, …; без изменений: 76».
    public static func summary(_ d: ActDiff) -> Message {
        let main: [ChangeKind] = [.inserted, .deleted, .modified, .renumbered, .moved]
        let kinds = main + [ChangeKind.excluded, .heading, .invisible].filter { d.count($0) > 0 }
        return .each { l in
            let counts = kinds.map { l == .en ? "\(d.count($0)) \(kind($0).en)" : "\(kind($0)[l]): \(d.count($0))" }.joined(separator: ", ")
            let same = [ReportLocale.ru: "без изменений: \(d.unchanged)", .kk: "өзгеріссіз: \(d.unchanged)", .en: "\(d.unchanged) unchanged"][l]!
            return counts + "; " + same
        }
    }

    /// «(в статье 8, после art_8__para_4)» for an inserted or moved unit.
    public static func place(parent: EId?, after: EId?) -> Message {
        let p = parent?.rawValue
        return Message(ru: (p.map { "в \($0)" } ?? "в акте") + (after.map { ", после \($0)" } ?? ", первым"),
                       kk: (p.map { "\($0) ішінде" } ?? "актіде") + (after.map { ", \($0) кейін" } ?? ", бірінші"),
                       en: "under " + (p ?? "the act") + (after.map { ", after \($0)" } ?? ", first"))
    }

    public static let nowUnder = Message(ru: "теперь", kk: "енді", en: "now")
    public static let notes = Message(ru: "сноски", kk: "ескертпелер", en: "notes")
    public static let changes = Message(ru: "изменения", kk: "өзгерістер", en: "changes")

    public static func movedFrom(_ old: EId?, to new: EId?) -> Message {
        Message(ru: "Перемещено из `\(old?.rawValue ?? "")` в `\(new?.rawValue ?? "")`.", kk: "`\(old?.rawValue ?? "")` орнынан `\(new?.rawValue ?? "")` орнына ауыстырылды.",
                en: "Moved from `\(old?.rawValue ?? "")` to `\(new?.rawValue ?? "")`.")
    }

    /// How the reports name a unit's wrap-up: lawyers say «заключительная часть», not wrapUp.
    public static let closingWords = Message(ru: "заключительная часть после подпунктов", kk: "тармақшалардан кейінгі қорытынды бөлігі",
                                             en: "closing words after the subclauses")

    /// Said wherever a clause's words were too many to compare.
    public static let coarse = Message(
        ru: "пункт слишком длинный для пословного сравнения (более \(Limits.wordDiffTokens) слов и пробелов): показан заменённым целиком",
        kk: "тармақ сөзбе-сөз салыстыру үшін тым ұзын (\(Limits.wordDiffTokens) сөз бен бос орыннан артық): толығымен ауыстырылған түрде көрсетілді",
        en: "the clause is too long for a word-by-word comparison (over \(Limits.wordDiffTokens) words and spaces): shown replaced whole")

    public static let removed = Message(ru: "удалён", kk: "жойылды", en: "removed")
    public static let added = Message(ru: "добавлен", kk: "қосылды", en: "added")

    public static let inForce = Message(ru: "Действующая редакция", kk: "Қолданыстағы редакция", en: "Current wording")
    public static let proposed = Message(ru: "Предлагаемая редакция", kk: "Ұсынылып отырған редакция", en: "Proposed wording")
}
