import KenesAct

/// The refusals the use-cases make themselves (not the importers', the checker's or the
/// library's), in Russian, Kazakh and English.
enum ServiceMessages {
    static let noFileNoLibrary = Message(ru: "нет такого файла, и нет библиотеки актов, где его искать",
                                         kk: "мұндай файл жоқ, оны іздейтін актілер кітапханасы да жоқ",
                                         en: "no such file, and no act library to look it up in")
    static func noFileNoLibrary(at path: String) -> Message {
        Message(ru: "нет такого файла, и нет библиотеки актов в \(path) (добавьте акты командой `kenes library add`)",
                kk: "мұндай файл жоқ, \(path) жолында актілер кітапханасы да жоқ (актілерді `kenes library add` командасымен қосыңыз)",
                en: "no such file, and no act library at \(path) (add acts with `kenes library add`)")
    }
    static let noSuchPath = Message(ru: "нет такого файла или папки", kk: "мұндай файл немесе қалта жоқ", en: "no such file or folder")
    static func cannotWrite(_ what: String, _ error: Error) -> Message {
        Message(ru: "не удаётся записать \(what): \(error)", kk: "\(what) жазу мүмкін емес: \(error)", en: "cannot write the \(what): \(error)")
    }
    static let unreadableRationale = Message(ru: "не удаётся прочитать файл обоснований", kk: "негіздемелер файлын оқу мүмкін емес",
                                             en: "cannot read the rationale file")
    static func notYAML(_ expected: Message) -> Message {
        .each { l in [ReportLocale.ru: "это не YAML: ", .kk: "бұл YAML емес: ", .en: "not valid YAML: "][l]! + expected[l] }
    }
    static let rationaleShape = Message(
        ru: "ожидается словарь YAML: единица — обоснование («old:art_4: …», «new:art_4: …», «art_4: …»)",
        kk: "YAML сөздігі күтілген: бірлік — негіздеме («old:art_4: …», «new:art_4: …», «art_4: …»)",
        en: "expected a YAML mapping of units to rationales («old:art_4: …», «new:art_4: …», «art_4: …»)")
    static func unusedRationale(_ key: String) -> Message {
        Message(ru: "обоснование для «\(key)» не называет ни одной строки таблицы (old:EID — для действующей редакции, new:EID — для предлагаемой)",
                kk: "«\(key)» негіздемесі кестенің ешбір жолын атамайды (old:EID — қолданыстағы редакция үшін, new:EID — ұсынылған редакция үшін)",
                en: "the rationale for «\(key)» names no row of the table (old:EID for the act in force, new:EID for the proposed text)")
    }
    static let fixOneAct = Message(ru: "--fix исправляет по одному акту: дайте один файл", kk: "--fix бір уақытта бір актіні түзетеді: бір файл беріңіз",
                                   en: "--fix repairs one act at a time: give one file")
    static let fixPlainText = Message(ru: "--fix исправляет только текстовые акты: сохраните акт как текст (UTF-8)",
                                      kk: "--fix тек мәтіндік актілерді түзетеді: актіні мәтін (UTF-8) ретінде сақтаңыз",
                                      en: "--fix repairs plain-text acts; save the act as text (UTF-8) first")
    static let fixUTF8 = Message(ru: "--fix требует файл в UTF-8, а этот не в UTF-8 (сначала сохраните его в UTF-8)",
                                 kk: "--fix UTF-8 файлын қажет етеді, ал бұл UTF-8 емес (алдымен оны UTF-8 ретінде сақтаңыз)",
                                 en: "--fix needs a UTF-8 file; this one is not (save it as UTF-8 first)")
}
