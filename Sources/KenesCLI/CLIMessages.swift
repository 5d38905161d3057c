import ArgumentParser
import KenesAct

/// What the command line itself says when it is used wrongly or cannot write, in Russian,
/// Kazakh and English. ArgumentParser's own words around them («Error:», «Usage:») stay
/// English: they come from the library.
enum CLIMessages {
    static func binaryNeedsFile(_ format: String) -> Message {
        Message(ru: "\(format) — двоичный файл: дайте -o FILE", kk: "\(format) — екілік файл: -o FILE беріңіз", en: "\(format) is a binary file: give -o FILE")
    }
    static func cannotWrite(_ why: String) -> Message {
        Message(ru: "не удаётся записать результат: \(why)", kk: "нәтижені жазу мүмкін емес: \(why)", en: "cannot write output: \(why)")
    }
    static func cannotWriteStdout(_ why: String) -> Message {
        Message(ru: "не удаётся писать в стандартный вывод: \(why)", kk: "стандартты шығысқа жазу мүмкін емес: \(why)",
                en: "cannot write to standard output: \(why)")
    }
    static let dateAndNumber = Message(ru: "--date и --number даются вместе", kk: "--date пен --number бірге беріледі", en: "--date and --number go together")
    static let dateFormat = Message(ru: "--date: ожидается ГГГГ-ММ-ДД", kk: "--date: ЖЖЖЖ-АА-КК күтілген", en: "--date: expected yyyy-mm-dd")
    static let editionDate = Message(ru: "--edition принимает дату ГГГГ-ММ-ДД", kk: "--edition ЖЖЖЖ-АА-КК күнін қабылдайды",
                                     en: "--edition takes a date as YYYY-MM-DD")
    static let actAndRefs = Message(ru: "дайте ACT и --refs или --course FILE", kk: "ACT пен --refs немесе --course FILE беріңіз",
                                    en: "give ACT and --refs, or --course FILE")
    static let rosterOrComposition = Message(ru: "дайте файл списка ROSTER или --composition FILE", kk: "ROSTER тізім файлын немесе --composition FILE беріңіз",
                                             en: "give a ROSTER file, or --composition FILE")
    static let newOrAmendment = Message(ru: "дайте либо новую редакцию, либо --amendment FILE", kk: "не жаңа редакцияны, не --amendment FILE беріңіз",
                                        en: "give either the new version or --amendment FILE")
    static let fixNeedsOutput = Message(ru: "--fix пишет исправленную копию: дайте -o FILE", kk: "--fix түзетілген көшірмені жазады: -o FILE беріңіз",
                                        en: "--fix writes a repaired copy: give -o FILE")
    static let outputNeedsFix = Message(ru: "-o — это куда --fix пишет исправленную копию: добавьте --fix (отчёт идёт в stdout)",
                                        kk: "-o — --fix түзетілген көшірмені жазатын орын: --fix қосыңыз (есеп stdout-қа шығады)",
                                        en: "-o is where --fix writes the repaired copy: add --fix (the report goes to stdout)")
    static let libraryWhole = Message(ru: "в порядке: база цела, и каждый источник даёт сохранённые для него единицы",
                                      kk: "дұрыс: дерекқор бүтін, әр дереккөз ол үшін сақталған бірліктерді береді",
                                      en: "ok: the database is whole and every source gives its stored units")
    static let notAWork = Message(ru: "назовите акт библиотеки (его номер или идентификатор), а не файл",
                                  kk: "файлды емес, кітапхана актісін (оның нөмірін немесе идентификаторын) атаңыз",
                                  en: "name a work of the library (its number or id), not a file")
    static func problems(_ n: Int, _ l: ReportLocale) -> String {
        switch l {
        case .ru: "проблем: \(n)"
        case .kk: "мәселелер: \(n)"
        case .en: l.count(n, "problem", "problems")
        }
    }
}

/// A usage error in the language `--locale` or `KENES_LOCALE` asks for, else Russian (there is
/// no act read yet to tell its own).
func usage(_ text: Message, _ locale: String?) -> ValidationError {
    ValidationError(text[currentEnvironment(locale: locale).refusalLocale()])
}
