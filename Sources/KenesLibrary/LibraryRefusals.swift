import KenesAct

/// Why the library could not do what was asked, in words for the person who asked: where
/// (the library's file, or the act added), and why in Russian, Kazakh and English.
public struct LibraryError: Refusal, CustomStringConvertible {
    public var place: String?
    public var text: Message
    public init(_ place: String?, _ text: Message) { self.place = place; self.text = text }
    public var description: String { description(.en) }

    /// Nothing at `path` to read: only `add` creates a library.
    public static func noLibrary(_ path: String) -> LibraryError { LibraryError(path, LibraryRefusals.noLibrary) }
}

/// The sentences of `LibraryError`.
enum LibraryRefusals {
    /// SQLite's or GRDB's own words come after, as they are.
    static func cannotRead(_ error: Error) -> Message {
        Message(ru: "не удаётся прочитать библиотеку: \(error)", kk: "кітапхананы оқу мүмкін емес: \(error)", en: "cannot read the library: \(error)")
    }
    static func cannotOpen(_ error: Error) -> Message {
        Message(ru: "не удаётся открыть библиотеку: \(error)", kk: "кітапхананы ашу мүмкін емес: \(error)", en: "cannot open the library: \(error)")
    }
    static func notWritten(_ error: Error) -> Message {
        Message(ru: "библиотеку не удалось записать (\(error)); ничего не добавлено", kk: "кітапханаға жазу мүмкін болмады (\(error)); ештеңе қосылмады",
                en: "the library could not be written (\(error)); nothing was added")
    }
    static func searchFailed(_ error: Error) -> Message {
        Message(ru: "поиск не удался: \(error)", kk: "іздеу сәтсіз аяқталды: \(error)", en: "the search failed: \(error)")
    }
    static let noLibrary = Message(ru: "здесь нет библиотеки актов (добавьте акты командой `kenes library add`)",
                                   kk: "мұнда актілер кітапханасы жоқ (актілерді `kenes library add` командасымен қосыңыз)",
                                   en: "no act library here (add acts with `kenes library add`)")
    static func noWork(_ key: String, _ library: String) -> Message {
        Message(ru: "в библиотеке \(library) нет акта «\(key)» (и нет такого файла): добавьте его командой `kenes library add FILE` или дайте путь к файлу",
                kk: "\(library) кітапханасында «\(key)» акті жоқ (мұндай файл да жоқ): оны `kenes library add FILE` командасымен қосыңыз немесе файл жолын беріңіз",
                en: "no work «\(key)» in the library \(library) (and no such file): add it with `kenes library add FILE`, or give a path")
    }
    static func severalWorks(_ key: String, _ ids: [String]) -> Message {
        let list = ids.joined(separator: ", ")
        return Message(ru: "«\(key)» называет несколько актов (\(ids.count)): \(list); дайте один из этих идентификаторов",
                       kk: "«\(key)» бірнеше актіні (\(ids.count)) атайды: \(list); осы идентификаторлардың бірін беріңіз",
                       en: "«\(key)» names \(ids.count) works: \(list); give one of these ids")
    }
    static func notADate(_ s: String) -> Message {
        Message(ru: "«\(s)» — не дата: напишите её как ГГГГ-ММ-ДД", kk: "«\(s)» күн емес: оны ЖЖЖЖ-АА-КК түрінде жазыңыз",
                en: "«\(s)» is not a date: write it as YYYY-MM-DD")
    }
    static func otherLanguages(_ work: String, have: String, asked: Language) -> Message {
        Message(ru: "в библиотеке \(work) есть только на языках: \(have), а не на \(asked.rawValue) (--lang выбирает язык; `kenes library add` добавляет текст)",
                kk: "кітапханада \(work) тек мына тілдерде бар: \(have), \(asked.rawValue) тілінде жоқ (--lang тілді таңдайды; `kenes library add` мәтін қосады)",
                en: "the library has \(work) in \(have) only, not in \(asked.rawValue) (--lang chooses the language; `kenes library add` adds a text)")
    }
    static func noText(_ work: String, _ language: Language) -> Message {
        Message(ru: "в библиотеке нет текста \(work) на \(language.rawValue)", kk: "кітапханада \(work) актісінің \(language.rawValue) мәтіні жоқ",
                en: "the library has no \(language.rawValue) text of \(work)")
    }
    static func noEditionInForce(_ work: String, _ language: Language, on day: String, editions: [String?]) -> Message {
        .each { l in
            let list = editions.map { $0 ?? [ReportLocale.ru: "без даты", .kk: "күні жоқ", .en: "unknown"][l]! }.joined(separator: ", ")
            return [ReportLocale.ru: "нет редакции \(work) [\(language.rawValue)], действующей на \(day): в библиотеке есть \(list)",
                    .kk: "\(day) күні күшінде болған \(work) [\(language.rawValue)] редакциясы жоқ: кітапханада бары — \(list)",
                    .en: "no edition of \(work) [\(language.rawValue)] in force on \(day): the library has \(list)"][l]!
        }
    }
    static func inNoEdition(_ reference: String, _ work: String, _ language: Language) -> Message {
        Message(ru: "«\(reference)» нет ни в одной редакции \(work) [\(language.rawValue)] в библиотеке",
                kk: "«\(reference)» кітапханадағы \(work) [\(language.rawValue)] редакцияларының ешқайсысында жоқ",
                en: "«\(reference)» is in no edition of \(work) [\(language.rawValue)] the library has")
    }
    static func notIn(_ reference: String, _ act: String) -> Message {
        Message(ru: "«\(reference)» нет в \(act)", kk: "«\(reference)» \(act) ішінде жоқ", en: "«\(reference)» is not in \(act)")
    }
    static let draft = Message(ru: "проект (ПРОЕКТ / жобасы) — не редакция акта: сравнивайте его как файл",
                               kk: "жоба (ПРОЕКТ / жобасы) акт редакциясы емес: оны файл ретінде салыстырыңыз",
                               en: "a draft (ПРОЕКТ / жобасы) is not an edition of an act: compare it as a file instead")
    static func otherText(_ work: String, _ language: Language, _ edition: String?) -> Message {
        let e = edition ?? "?"
        return Message(ru: "в библиотеке другой текст \(work) [\(language.rawValue)] редакции \(e): добавьте с --replace, чтобы заменить его этим",
                       kk: "кітапханада \(work) [\(language.rawValue)] актісінің \(e) редакциясының басқа мәтіні бар: оны осымен ауыстыру үшін --replace арқылы қосыңыз",
                       en: "the library has another text of \(work) [\(language.rawValue)] edition \(e): add it with --replace to put this one in its place")
    }
}
