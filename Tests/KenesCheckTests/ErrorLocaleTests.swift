import Foundation
import KenesAct
import KenesFormats
import KenesImport
import KenesService
import KenesTestSupport
import Testing

/// Every refusal a person meets, in every locale: the same bad inputs given to the use-cases
/// with `--locale` ru, kk and en. A Russian or Kazakh refusal holds no English word (outside
/// files, formats, options and identifiers), and is not the English one left untranslated.
@Suite struct ErrorLocaleTests {
    static let dir: URL = {
        let d = FileManager.default.temporaryDirectory.appendingPathComponent("kenes-error-locale-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: d, withIntermediateDirectories: true)
        return d
    }()

    static func file(_ name: String, _ bytes: [UInt8]) -> String {
        let path = dir.appendingPathComponent(name).path
        FileManager.default.createFile(atPath: path, contents: Data(bytes))
        return path
    }
    static func file(_ name: String, _ text: String) -> String { file(name, Array(text.utf8)) }

    static let ru = Repo.path("corpus/synthetic/public-councils-ru.txt")
    static let kk = Repo.path("corpus/synthetic/public-councils-kk.txt")

    typealias Attempt = @Sendable (KenesEnvironment) throws(ServiceError) -> Void

    /// A name for each bad input, and the use-case that must refuse it.
    static let attempts: [(String, Attempt)] = {
        func parse(_ path: String, _ format: SourceFormat? = nil) -> Attempt {
            { env throws(ServiceError) in _ = try ParseUseCase.run(.init(act: ActSource(path: path, format: format)), env) }
        }
        let intro = "Внести в Закон Республики Казахстан «Об общественных советах (синтетический текст для тестов Kenes)» следующие изменения:\n"
        func amend(_ law: String) -> Attempt {
            let path = file("law-\(abs(law.hashValue)).txt", law)
            return { env throws(ServiceError) in _ = try AmendUseCase.run(.init(act: ActSource(path: ru), law: path), env) }
        }
        func check(_ path: String) -> Attempt {
            { env throws(ServiceError) in _ = try CheckUseCase.run(.init(input: .roster(path), body: .council), env) }
        }
        func extract(_ refs: String, parallel: String? = nil) -> Attempt {
            { env throws(ServiceError) in
                _ = try ExtractUseCase.run(.init(selection: .references(act: ActSource(path: ru), refs: refs, parallel: parallel.map { ActSource(path: $0) })), env)
            }
        }
        let deep = String(repeating: "<div>", count: 3000) + "x"
        return [
            ("no such file", parse(dir.appendingPathComponent("absent.txt").path)),
            ("empty", parse(file("empty.txt", ""))),
            ("white space", parse(file("blank.txt", "  \n\t\n"))),
            ("binary", parse(Repo.path("corpus/broken/binary.txt"))),
            ("UTF-16", parse(file("utf16.txt", [0xFF, 0xFE, 0x41, 0x00]))),
            ("invalid UTF-8", parse(Repo.path("corpus/broken/truncated-utf8.txt"))),
            ("Kazakh letters lost", parse(Repo.path("corpus/broken/kazakh-letters-lost-windows-1251.txt"))),
            ("no structure", parse(Repo.path("corpus/broken/no-structure.txt"))),
            ("front matter", parse(Repo.path("corpus/broken/unclosed-front-matter.txt"))),
            ("PDF", parse(file("act.pdf.txt", "%PDF-1.7\n"))),
            ("zip bomb", parse(Repo.path("corpus/broken/fuzz-deflate-overrun.docx"), .docx)),
            ("not a DOCX", parse(file("act.docx", "PK\u{3}\u{4} not really"), .docx)),
            ("HTML entities", parse(file("act.html", "<!DOCTYPE html [<!ENTITY x \"y\">]><html><body>&x;</body></html>"), .html)),
            ("HTML too deep", parse(file("deep.html", "<html><body>\(deep)</body></html>"), .html)),
            ("XML DTD", parse(file("act.xml", "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x \"y\">]><akomaNtoso/>"), .akn)),
            ("not Akoma Ntoso", parse(file("other.xml", "<?xml version=\"1.0\"?><html/>"), .akn)),
            ("a reference not in the act", { env throws(ServiceError) in _ = try ShowUseCase.run(.init(act: ActSource(path: ru), references: ["ст. 8 п. 9"]), env) }),
            ("an unreadable reference", { env throws(ServiceError) in _ = try ShowUseCase.run(.init(act: ActSource(path: ru), references: ["где-то"]), env) }),
            ("not an amending act", amend("Просто текст.\n")),
            ("an unknown instruction", amend(intro + "1) статью 9 переставить;\n")),
            ("a unit not in the act", amend(intro + "1) пункт 9 статьи 8 исключить;\n")),
            ("words not there", amend(intro + "1) в статье 6:\nв пункте 2 слова «не более» заменить словами «не менее»;\n")),
            ("an unclosed wording", amend(intro + "1) статью 9 изложить в следующей редакции:\n«Статья 9. Заголовок\n1. Текст.\n")),
            ("two languages", { env throws(ServiceError) in _ = try DiffUseCase.run(.init(versions: .files(old: ActSource(path: ru), new: ActSource(path: kk))), env) }),
            ("an empty roster", check(file("empty.csv", ""))),
            ("a PDF roster", check(file("roster.csv", "%PDF-1.4\n"))),
            ("a roster with no category column", check(file("nocat.csv", "ФИО;Должность\nИванов И.И.;юрист\n"))),
            ("a YAML roster that is no mapping", check(file("roster.yaml", "- a\n- b\n"))),
            ("a damaged workbook", check(file("roster.xlsx", "PK\u{3}\u{4} not really"))),
            ("an extract reference not in the act", extract("ст. 8 п. 9")),
            ("a parallel act in the same language", extract("ст. 8", parallel: ru)),
            ("a work with no library", { env throws(ServiceError) in _ = try ParseUseCase.run(.init(act: ActSource(path: "1-SYN")), env) }),
            ("a history with no library", { env throws(ServiceError) in
                _ = try LibraryUseCase.history(work: "1-SYN", reference: "ст. 8", language: .ru, library: dir.appendingPathComponent("none.sqlite").path, format: .text, env)
            }),
            ("--fix on a DOCX", { env throws(ServiceError) in
                _ = try LintUseCase.run(.init(acts: [ActSource(path: Repo.path("corpus/broken/fuzz-deflate-overrun.docx"))], fixedOutput: dir.appendingPathComponent("fixed.txt").path), env)
            }),
        ]
    }()

    static let allowed: Set<String> = ["txt", "docx", "xlsx", "csv", "html", "xml", "pdf", "yaml", "json", "utf", "doctype", "dtd", "zip", "kenes",
                                       "akoma", "ntoso", "libxml", "nul", "eid", "eids", "ru", "kk", "refs",
                                       "stored", "deflate", "word", "excel", "windows", "council", "working", "group", "body", "level", "members",
                                       "sqlite", "fix", "lang", "syn"]

    func refusal(_ attempt: Attempt, _ locale: ReportLocale) -> String? {
        let env = KenesEnvironment(today: Date(), baseFolder: Self.dir, libraryPath: Self.dir.appendingPathComponent("none.sqlite").path, locale: locale.rawValue)
        do { try attempt(env); return nil } catch { return error.description }
    }

    @Test(arguments: attempts.map(\.0))
    func everyRefusalSpeaksTheLanguageAskedFor(_ name: String) throws {
        let attempt = try #require(Self.attempts.first { $0.0 == name }?.1)
        let en = try #require(refusal(attempt, .en), "\(name): accepted")
        #expect(en.contains("error:"), "\(name): \(en)")
        for locale in [ReportLocale.ru, .kk] {
            let text = try #require(refusal(attempt, locale), "\(name): accepted in \(locale)")
            #expect(text != en, "\(name): the same in \(locale) as in English: \(text)")
            #expect(text.contains(Message.error[locale] + ":"), "\(name) [\(locale)]: \(text)")
            // the path and the quoted words («…») are the user's own, in any language; commands
            // (`kenes library add`) and bytes (0xD0) are not words
            let own = text.replacingOccurrences(of: Self.dir.path, with: " ").replacingOccurrences(of: Repo.root.path, with: " ")
                .replacingOccurrences(of: "«[^»]*»|`[^`]*`|0x[0-9A-F]+", with: " ", options: .regularExpression)
            let english = EnglishWords.of(own, allowed: Self.allowed)
            #expect(english.isEmpty, "\(name) [\(locale)]: \(english) in \(text)")
        }
    }
}
