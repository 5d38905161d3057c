import KenesAct
import KenesDiff

/// What the library's commands say to a person, in Russian, Kazakh and English.
public enum LibraryMessages {
    public static let synthetic = Message(ru: "синтетический", kk: "синтетикалық", en: "synthetic")
    public static let excerpt = Message(ru: "извлечение", kk: "үзінді", en: "excerpt")
    public static let undated = Message(ru: "без даты", kk: "күні жоқ", en: "undated")
    public static let unknown = Message(ru: "неизвестна", kk: "белгісіз", en: "unknown")
    public static let edition = Message(ru: "редакция", kk: "редакциясы", en: "edition")
    // what `library add` did with each file
    public static let added = Message(ru: "добавлен", kk: "қосылды", en: "added")
    public static let unchanged = Message(ru: "уже есть", kk: "бұрыннан бар", en: "unchanged")
    public static let replaced = Message(ru: "заменён", kk: "ауыстырылды", en: "replaced")
    public static let refused = Message(ru: "отклонён", kk: "қабылданбады", en: "refused")
    public static let skipped = Message(ru: "пропущен", kk: "өткізілді", en: "skipped")
    public static let notAnAct = Message(ru: "не файл акта", kk: "акт файлы емес", en: "not an act file")

    public static func units(_ n: Int) -> Message {
        Message(ru: "единиц: \(n)", kk: "бірліктер: \(n)", en: ReportLocale.en.count(n, "unit", "units"))
    }

    public static func status(_ s: UnitHistory.Edition.Status) -> Message {
        switch s {
        case .inForce: Message(ru: "действует", kk: "қолданыста", en: "in force")
        case .excluded: Message(ru: "исключено", kk: "алып тасталды", en: "excluded")
        case .absent: Message(ru: "отсутствует", kk: "жоқ", en: "absent")
        case .notInExcerpt: Message(ru: "вне извлечения", kk: "үзіндіге кірмеген", en: "not in the excerpt")
        }
    }

    /// A change from the edition before: a kind of the comparison, or «unchanged».
    public static func change(_ c: String) -> Message {
        if let k = ChangeKind(rawValue: c) { return DiffMessages.kind(k) }
        return c == "unchanged" ? Message(ru: "без изменений", kk: "өзгеріссіз", en: "unchanged") : Message(verbatim: c)
    }

    public static func amendedBy(number: String, date: String) -> Message {
        Message(ru: "изменено актом № \(number) от \(date)", kk: "\(date) № \(number) актімен өзгертілген", en: "by № \(number) of \(date)")
    }

    public static func hits(_ n: Int) -> Message {
        Message(ru: "найдено: \(n)", kk: "табылды: \(n)", en: ReportLocale.en.count(n, "hit", "hits"))
    }

    public static let citedBy = Message(ru: "ссылаются", kk: "сілтеме жасайды", en: "is cited by")

    public static func citing(_ n: Int) -> Message {
        Message(ru: "ссылающихся единиц: \(n)", kk: "сілтеме жасайтын бірліктер: \(n)", en: ReportLocale.en.count(n, "citing unit", "citing units"))
    }
}
