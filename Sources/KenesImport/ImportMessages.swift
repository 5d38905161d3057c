import KenesAct
import KenesFormats

/// Why a markup or package file was refused, in Russian, Kazakh and English: the same limits
/// are said by the HTML, Akoma Ntoso and DOCX readers.
enum ImportMessages {
    static func nestedDeeper(_ what: String, _ limit: Int) -> Message {
        Message(ru: "вложенность \(what) глубже \(limit) элементов: отклонено", kk: "\(what) ұялануы \(limit) элементтен терең: қабылданбады",
                en: "\(what) nested deeper than \(limit) elements: refused")
    }

    static func attributes(_ limit: Int) -> Message {
        Message(ru: "у элемента больше \(limit) атрибутов: отклонено", kk: "элементте \(limit) атрибуттан көп: қабылданбады",
                en: "an element with more than \(limit) attributes: refused")
    }

    static let xmlDTD = Message(ru: "XML объявляет DTD или сущности: отклонено (внешние сущности никогда не загружаются)",
                                kk: "XML құжаты DTD немесе нысандарды жариялайды: қабылданбады (сыртқы нысандар ешқашан жүктелмейді)",
                                en: "the XML declares a DTD or entities: refused (external entities are never loaded)")
    static let notWellFormed = Message(ru: "XML построен неверно (обрезан или повреждён)", kk: "XML дұрыс құрылмаған (қиылған немесе бүлінген)",
                                       en: "not well-formed XML (truncated or damaged)")
    static let htmlEntities = Message(ru: "страница объявляет сущности в DOCTYPE: отклонено (сущности и DTD никогда не загружаются)",
                                      kk: "бет DOCTYPE ішінде нысандар жариялайды: қабылданбады (нысандар мен DTD ешқашан жүктелмейді)",
                                      en: "the page declares entities in its DOCTYPE: refused (entities and DTDs are never loaded)")
    static let notHTML = Message(ru: "это не HTML-страница, которую может прочитать libxml2", kk: "бұл libxml2 оқи алатын HTML беті емес",
                                 en: "not an HTML page libxml2 can read")
    static let cutOff = Message(ru: "страница кончается до </html>: похоже, она обрезана, и акт может быть неполным; скачайте её заново",
                                kk: "бет </html> белгісіне дейін аяқталады: қиылған сияқты, акт толық болмауы мүмкін; оны қайта жүктеп алыңыз",
                                en: "the page ends before </html>: it looks cut off, and the act may be incomplete; download it again")

    static func notAkomaNtoso(_ root: String) -> Message {
        Message(ru: "это не Akoma Ntoso: корневой элемент — \(root)", kk: "бұл Akoma Ntoso емес: түбір элементі — \(root)",
                en: "not Akoma Ntoso: the root element is \(root)")
    }

    static func notDocx(_ why: ZipArchive.Problem) -> Message {
        .each { l in [ReportLocale.ru: "это не читаемый DOCX: ", .kk: "бұл оқылатын DOCX емес: ", .en: "not a readable DOCX: "][l]! + why.text(l.rawValue) }
    }

    static func archive(_ why: ZipArchive.Problem) -> Message { .each { why.text($0.rawValue) } }

    static let noDocument = Message(ru: "нет word/document.xml: это не документ Word", kk: "word/document.xml жоқ: бұл Word құжаты емес",
                                    en: "no word/document.xml: not a Word document")
    static let partNotXML = Message(ru: "часть DOCX — не XML", kk: "DOCX бөлігі XML емес", en: "a DOCX part is not XML")

    static func foreign(_ kind: ForeignFile) -> Message { .each { kind.adviceForAct($0.rawValue) } }
}
