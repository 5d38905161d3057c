import Foundation
import KenesAct
import KenesCheck
import KenesFormats
import KenesRender
import KenesService
import KenesTestSupport
import Testing

/// Every roster report of the corpus, in every format, read in Russian and Kazakh: no English
/// word may stand in it except names of files, formats, options and identifiers (the allowed
/// list). A message left untranslated — English copied into the Russian or Kazakh text — fails
/// here. English reports are read for the Russian words of the report's own furniture.
@Suite struct LocaleTests {
    /// Latin words a Russian or Kazakh report may hold: formats, encodings, options' values, the
    /// profiles' and fields' names as the files spell them, the report's line references («RU 10916»).
    static let allowed: Set<String> = [
        "csv", "utf", "xlsx", "xls", "excel", "windows", "json", "yaml", "file", "act", "assign", "accept", "suggestions",
        "nominal", "report", "list", "strict", "ru", "kk", "en", "name", "category", "role", "chair", "secretary", "member",
    ]

    static let rosters: [(String, Body, Level?)] = [
        ("corpus/rosters/council-compliant.csv", .council, nil),
        ("corpus/rosters/council-failing.xlsx", .council, nil),
        ("corpus/rosters/council-malformed.csv", .council, nil),
        ("corpus/rosters/council-compliant-windows-1251.csv", .council, nil),
        ("corpus/rosters/council-no-category.csv", .council, nil),
        ("corpus/rosters/council.json", .council, .local),
        ("corpus/rosters/working-group-local.csv", .workingGroup, .local),
        ("corpus/rosters/working-group-republican.yaml", .workingGroup, .republican),
        ("corpus/rosters/working-group-kazakh-second-sheet.xlsx", .workingGroup, .local),
    ]

    /// The Latin words of `text` a reader would read: paths, eIds, rule ids, options (`--assign`)
    /// and HTML markup are not words; JSON is read for its values only.
    static func englishWords(_ text: String, format: CheckUseCase.Format) -> [String] {
        EnglishWords.of(format == .json ? personRead(json: text).joined(separator: "\n") : text, html: format == .html, allowed: allowed)
    }

    /// The values of a JSON report a person reads (its keys and enumerations are contracts).
    static func personRead(json: String) -> [String] {
        guard let o = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any] else { return ["unparsable"] }
        var out: [String] = [o["verdictLabel"] as? String ?? "", (o["profile"] as? [String: Any])?["description"] as? String ?? ""]
        func strings(_ list: String, _ keys: [String]) {
            for item in o[list] as? [[String: Any]] ?? [] { out += keys.compactMap { item[$0] as? String } }
        }
        strings("findings", ["title", "actual", "required", "fix", "note"])
        strings("errors", ["message"])
        strings("inferred", ["reason"])
        strings("contradictions", ["listedAs", "reason"])
        strings("members", ["categoryLabel"])
        out += o["notes"] as? [String] ?? []
        return out
    }

    static func report(_ file: String, _ body: Body, _ level: Level?, format: CheckUseCase.Format, locale: ReportLocale, edition: String) throws -> String {
        let options = CheckUseCase.Options(input: .roster(file), edition: edition, body: body, level: level, format: format, locale: locale.rawValue)
        let result = try CheckUseCase.run(options, KenesEnvironment(today: Repo.today, baseFolder: Repo.root))
        var out = ByteWriter()
        try result.output.write(&out)
        return String(decoding: out.bytes, as: UTF8.self)
    }

    @Test(arguments: rosters)
    func russianAndKazakhReportsHaveNoEnglishWords(_ file: String, _ body: Body, _ level: Level?) throws {
        for edition in ["2015", "2021"] {
            for locale in [ReportLocale.ru, .kk] {
                for format in CheckUseCase.Format.allCases {
                    let text = try Self.report(file, body, level, format: format, locale: locale, edition: edition)
                    let english = Self.englishWords(text, format: format)
                    #expect(english.isEmpty, "\(file) \(edition) \(locale) \(format): \(Set(english).sorted())")
                }
            }
        }
    }

    @Test func englishReportsAreEnglish() throws {
        let text = try Self.report("corpus/rosters/council-malformed.csv", .council, nil, format: .text, locale: .en, edition: "2015")
        #expect(text.hasPrefix("UNDETERMINED — public council; edition 2015; profile «nominal»"))
        for russian in ["строка", "примечани", "требуется", "фактически", "исправление"] { #expect(!text.contains(russian), "\(russian)") }
    }

    /// Counts agree with their nouns by ICU's plural rules.
    @Test func pluralsFollowICU() {
        #expect([1, 2, 5, 11, 21, 22, 25].map { ReportLocale.ru.count($0, "член", "члена", "членов") }
                == ["1 член", "2 члена", "5 членов", "11 членов", "21 член", "22 члена", "25 членов"])
        #expect(ReportLocale.kk.count(5, "мүше") == "5 мүше")
        #expect([1, 2].map { ReportLocale.en.count($0, "member", "members") } == ["1 member", "2 members"])
    }

    /// The locale comes from --locale, then KENES_LOCALE, then the roster's headers; LANG never.
    @Test func theLocaleIsChosenInOrder() throws {
        #expect(try ReportLocale.choose(option: "kk", environment: ["KENES_LOCALE": "en"], content: .ru) == .kk)
        #expect(try ReportLocale.choose(option: nil, environment: ["KENES_LOCALE": "en", "LANG": "kk_KZ.UTF-8"], content: .ru) == .en)
        #expect(try ReportLocale.choose(option: nil, environment: ["LANG": "en_US.UTF-8"], content: nil) == .ru)
        #expect(try ReportLocale.choose(option: nil, environment: [:], content: .kk) == .kk)
        #expect(throws: LocaleError.self) { try ReportLocale.choose(option: "de", environment: [:], content: nil) }
        let kazakh = try Self.report("corpus/rosters/working-group-kazakh-second-sheet.xlsx", .workingGroup, .local, format: .json,
                                     locale: .kk, edition: "2015")
        #expect(kazakh.contains("\"locale\": \"kk\"") && kazakh.contains("law-2015-public-councils-kk.txt"), "a Kazakh report quotes the Kazakh act")
    }

    /// `--redact`: no name of the roster is left, initials stand in their place.
    @Test func redactedReportsHoldNoName() throws {
        var reader = Repo.reader
        reader.redact = true
        let roster = try reader.read(path: Repo.path("corpus/rosters/council-malformed.csv"))
        var checker = try Repo.checker(Repo.book("2015"))
        let r = try checker.check(roster, profile: Repo.profiles.profile("nominal")!, body: .council)
        // every name the file holds: the first field of each row under the header
        let names = try String(contentsOfFile: Repo.path("corpus/rosters/council-malformed.csv"), encoding: .utf8)
            .split(separator: "\n").dropFirst().compactMap { $0.split(separator: ";", omittingEmptySubsequences: false).first.map(String.init) }
            .filter { !$0.isEmpty }
        #expect(names.count > 10)
        for locale in ReportLocale.allCases {
            let text = CheckReportRenderer.text(r, locale: locale, categories: Repo.categories)
            for name in names { #expect(!text.contains(name), "\(locale): \(name)") }
            #expect(text.contains("К. Н. Е."))
        }
    }

    /// A roster that cannot be checked is refused in the report's language too: the roster's
    /// headers choose once it is read, `--locale` before.
    @Test func refusalsSpeakTheLocale() throws {
        func refusal(_ file: String, _ options: (inout CheckUseCase.Options) -> Void) -> String {
            var o = CheckUseCase.Options(input: .roster(file))
            options(&o)
            do { _ = try CheckUseCase.run(o, KenesEnvironment(today: Repo.today, baseFolder: Repo.root)); return "" }
            catch { return error.description }
        }
        #expect(refusal("corpus/rosters/council-failing.csv") { _ in }.contains(": ошибка: укажите, чей это список"))
        #expect(refusal("corpus/rosters/council-failing.csv") { $0.locale = "en" }.contains(": error: say which body"))
        #expect(refusal("corpus/rosters/working-group-kazakh-second-sheet.xlsx") { $0.body = .workingGroup }
                    .contains(": қате: working-group-head талабы деңгейге байланысты"))
    }
}
