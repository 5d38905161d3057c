import KenesAct
import KenesDiff

/// Why an amending act cannot be read, applied or drafted, in Russian, Kazakh and English.
/// Units are named as the act's lawyers write them, with the eId to type after.
enum AmendMessages {
    static func unit(_ eId: EId, _ language: Language) -> String {
        eId == .act ? "акт" : "\(Vocabulary.shortCitation(eId, language)) (\(eId))"
    }

    static let notAmending = Message(
        ru: "нет вводных слов «Внести в … следующие изменения» («… енгізілсін») и нет акта, названного после «в следующие законодательные акты»: это не изменяющий акт",
        kk: "«… мынадай өзгерістер енгізілсін» кіріспе сөздері жоқ және «мына заңнамалық актілерге» деген сөздерден кейін акт аталмаған: бұл өзгерістер енгізетін акт емес",
        en: "no «Внести в … следующие изменения» (or «… енгізілсін») introduction, and no act named after «в следующие законодательные акты»: not an amending act")

    static func amendsOthers(_ listing: String, not ours: String) -> Message {
        Message(ru: "этот закон изменяет \(listing), а не \(ours)", kk: "бұл заң \(ours) емес, \(listing) өзгертеді",
                en: "this amending act amends \(listing), not \(ours)")
    }
    static func amendsSeveral(_ n: Int) -> Message {
        Message(ru: "этот закон изменяет несколько актов (\(n)): назовите тот, который применить", kk: "бұл заң бірнеше актіні (\(n)) өзгертеді: қолданылатынын атаңыз",
                en: "this amending act amends \(n) acts: name the one to apply")
    }
    static let wordingMissing = Message(ru: "нет новой редакции («…»), которую объявляет это указание", kk: "бұл нұсқау жариялаған жаңа редакция («…») жоқ",
                                        en: "the new wording («…») that this instruction announces is missing")
    static let wordingUnclosed = Message(ru: "новая редакция, открытая «, не закрыта", kk: "« белгісімен ашылған жаңа редакция жабылмаған",
                                         en: "the new wording opened with « is never closed")
    static let wordingEnd = Message(ru: "новая редакция не кончается на »", kk: "жаңа редакция » белгісімен аяқталмайды", en: "the new wording does not end with »")
    static func renumberCounts(_ a: Int, _ b: Int) -> Message {
        Message(ru: "перенумерация называет единиц: \(a), а новых номеров: \(b)", kk: "қайта нөмірлеуде бірліктер саны \(a), ал жаңа нөмірлер саны \(b)",
                en: "the renumbering names \(a) units and \(b) new numbers")
    }
    static let whereAdd = Message(ru: "в какую единицу добавляются слова? Указание её не называет", kk: "сөздер қай бірлікке қосылады? Нұсқау оны атамайды",
                                  en: "in which unit are the words to be added?")
    static let whereDelete = Message(ru: "из какой единицы исключаются слова? Указание её не называет", kk: "сөздер қай бірліктен алып тасталады? Нұсқау оны атамайды",
                                     en: "from which unit are the words to be deleted?")
    static let whereSentence = Message(ru: "какую единицу дополнить предложением? Указание её не называет", kk: "қай бірлік сөйлеммен толықтырылады? Нұсқау оны атамайды",
                                       en: "which unit gets the sentence?")
    static let whoseHeading = Message(ru: "чей заголовок изложить в новой редакции? Указание не называет единицу", kk: "кімнің тақырыбы жаңа редакцияда жазылады? Нұсқау бірлікті атамайды",
                                      en: "whose heading is to be restated?")
    static let whereRestate = Message(ru: "какую единицу изложить в новой редакции? Указание её не называет", kk: "қай бірлік жаңа редакцияда жазылады? Нұсқау оны атамайды",
                                      en: "which unit is to be restated?")
    static let whereReplace = Message(ru: "в какой единице заменяются слова? Указание её не называет", kk: "сөздер қай бірлікте ауыстырылады? Нұсқау оны атамайды",
                                      en: "in which unit are the words to be replaced?")
    static let whereExclude = Message(ru: "какую единицу исключить? Указание её не называет", kk: "қай бірлік алып тасталады? Нұсқау оны атамайды",
                                      en: "which unit is to be excluded?")
    static func unknownInstruction(_ line: String) -> Message {
        Message(ru: "это не указание об изменении, которое Kenes умеет читать: «\(line)»", kk: "бұл Kenes оқи алатын өзгерту нұсқауы емес: «\(line)»",
                en: "not an amending instruction this reader knows: «\(line)»")
    }
    static func consolidatedDoesNotParse(_ why: Message) -> Message {
        .each { l in [ReportLocale.ru: "текст с изменениями не читается как акт: ", .kk: "өзгерістер енгізілген мәтін акт ретінде оқылмайды: ",
                      .en: "the consolidated text does not parse: "][l]! + why[l] }
    }

    // Applying
    static func afterExclusion(_ excluded: String, line: Int, this: Int) -> Message {
        Message(ru: "\(excluded) исключён указанием в строке \(line); это указание (строка \(this)) изменяет его снова: указания противоречат друг другу",
                kk: "\(excluded) \(line)-жолдағы нұсқаумен алып тасталған; бұл нұсқау (\(this)-жол) оны қайта өзгертеді: нұсқаулар бір-біріне қайшы",
                en: "\(excluded) was excluded by the instruction on line \(line); this one (line \(this)) changes it again: the instructions conflict")
    }
    static func restatedTwice(_ target: String, line: Int, this: Int) -> Message {
        Message(ru: "\(target) излагается в новой редакции в строке \(line) и снова в строке \(this): указания противоречат друг другу",
                kk: "\(target) \(line)-жолда және қайта \(this)-жолда жаңа редакцияда жазылады: нұсқаулар бір-біріне қайшы",
                en: "\(target) is given a new wording on line \(line) and again on line \(this): the instructions conflict")
    }
    static func noHeading(_ target: String) -> Message {
        Message(ru: "у \(target) нет заголовка, который можно изложить заново", kk: "\(target) бірлігінде жаңадан жазатын тақырып жоқ", en: "\(target) has no heading to restate")
    }
    static func wordingNotUnit(_ why: Message) -> Message {
        .each { l in [ReportLocale.ru: "новая редакция — не структурная единица: ", .kk: "жаңа редакция құрылымдық бірлік емес: ",
                      .en: "the new wording is not a structural unit: "][l]! + why[l] }
    }
    static let wordingUnnumbered = Message(ru: "в новой редакции нет пронумерованной единицы", kk: "жаңа редакцияда нөмірленген бірлік жоқ",
                                           en: "the new wording has no numbered unit")
    static func notInAct(_ target: String) -> Message {
        Message(ru: "\(target) нет в акте", kk: "\(target) актіде жоқ", en: "\(target) is not in the act")
    }
    static func wordingIsOther(_ given: String, restated: String) -> Message {
        Message(ru: "новая редакция — это \(given), а указание излагает \(restated)", kk: "жаңа редакция — \(given), ал нұсқау \(restated) бірлігін жазады",
                en: "the new wording is \(given), but the instruction restates \(restated)")
    }
    static func insertsOther(_ announced: String, given: String) -> Message {
        Message(ru: "указание дополняет \(announced), а данная редакция — \(given)", kk: "нұсқау \(announced) қосады, ал берілген редакция — \(given)",
                en: "the instruction adds \(announced), but the wording given is \(given)")
    }
    static func alreadyHas(_ parent: String, _ unit: String) -> Message {
        Message(ru: "в \(parent) уже есть \(unit)", kk: "\(parent) ішінде \(unit) бар", en: "\(parent) already has \(unit)")
    }
    static func noAbzac(_ target: String, _ block: TextBlock) -> Message {
        let a = abzac(block)
        return Message(ru: "\(target): нет такого абзаца (\(a.ru))", kk: "\(target): мұндай абзац жоқ (\(a.kk))", en: "\(target) has no \(a.en)")
    }
    /// Where an instruction's words are looked for: a unit, or one of its абзацы.
    static func place(_ unit: String, _ block: TextBlock?) -> Message {
        guard let block else { return Message(verbatim: unit) }
        return .each { "\(unit) (\(abzac(block)[$0]))" }
    }
    static func abzac(_ block: TextBlock) -> Message {
        switch block {
        case .number(let n): Message(ru: "абзац \(n)", kk: "\(n)-абзац", en: "абзац \(n)")
        case .last: Message(ru: "последний абзац", kk: "соңғы абзац", en: "the last абзац")
        }
    }
    static func closingWords(_ owner: String, abzac n: Int) -> Message {
        Message(ru: "заключительные слова \(owner) (абзац \(n) после подпунктов)", kk: "\(owner) қорытынды сөздері (тармақшалардан кейінгі \(n)-абзац)",
                en: "the closing words of \(owner) (абзац \(n) after its subclauses)")
    }
    static func onlyInsideWords(_ old: String, _ place: Message) -> Message {
        Message(ru: "неоднозначно: «\(old)» встречается только внутри более длинных слов — \(place.ru)",
                kk: "бір мәнді емес: «\(old)» тек ұзынырақ сөздердің ішінде кездеседі — \(place.kk)",
                en: "ambiguous: «\(old)» occurs in \(place.en) only inside longer words")
    }
    static func wordsNotIn(_ old: String, _ place: Message) -> Message {
        Message(ru: "слова «\(old)» не найдены — \(place.ru)", kk: "«\(old)» сөздері табылмады — \(place.kk)", en: "the words «\(old)» are not in \(place.en)")
    }
    static func closingWordsOnly(_ place: Message) -> Message {
        Message(ru: "\(place.ru): нет единиц, чтобы дополнить или перенумеровать, и нет заголовка",
                kk: "\(place.kk): қосатын не қайта нөмірлейтін бірліктер де, тақырып та жоқ",
                en: "\(place.en) have no units to insert or renumber, and no heading")
    }
    static func nothingToRenumber(_ parent: String, _ unit: String) -> Message {
        Message(ru: "в \(parent) нет единицы «\(unit)», которую надо перенумеровать", kk: "\(parent) ішінде қайта нөмірленетін «\(unit)» жоқ",
                en: "\(parent) has no \(unit) to renumber")
    }
    static func renumberClash(_ unit: String) -> Message {
        Message(ru: "\(unit) уже есть и сама не перенумеровывается", kk: "\(unit) бұрыннан бар және өзі қайта нөмірленбейді",
                en: "\(unit) already exists and is not renumbered itself")
    }
    static func alreadyExcluded(_ target: String) -> Message {
        Message(ru: "\(target) уже исключён", kk: "\(target) бұрын алып тасталған", en: "\(target) is already excluded")
    }

    // Drafting
    static func articleOutsideChapter(_ unit: String, _ change: ChangeKind) -> Message {
        let c = DiffMessages.kind(change)
        return Message(ru: "не удаётся написать указание для статьи \(unit) (\(c.ru)) вне главы", kk: "тараудан тыс \(unit) бабы (\(c.kk)) үшін нұсқау жазу мүмкін емес",
                       en: "cannot write an instruction for article \(unit) \(c.en) outside a chapter")
    }
    static func outsideArticles(_ unit: String) -> Message {
        Message(ru: "не удаётся написать указания для единиц вне статей (\(unit))", kk: "баптардан тыс бірліктер (\(unit)) үшін нұсқау жазу мүмкін емес",
                en: "cannot write instructions for units outside articles (\(unit))")
    }
    static func movedOut(_ article: String) -> Message {
        Message(ru: "не удаётся написать указание для единицы, перенесённой из \(article)", kk: "\(article) ішінен көшірілген бірлік үшін нұсқау жазу мүмкін емес",
                en: "cannot write an instruction for a unit moved out of \(article)")
    }
    static func cannotDraft(_ unit: String, _ change: ChangeKind) -> Message {
        let c = DiffMessages.kind(change)
        return Message(ru: "не удаётся написать указание для \(unit) (\(c.ru))", kk: "\(unit) (\(c.kk)) үшін нұсқау жазу мүмкін емес",
                       en: "cannot write an instruction for \(unit) \(c.en)")
    }
}
