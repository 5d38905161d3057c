import Foundation
import KenesAct
import KenesCLI
import KenesTestSupport
import Testing

/// Mixed scripts and invisible characters: found with their position and name, legitimate
/// mixtures left alone, headings still recognised, unambiguous ones repaired. SYNTHETIC text.
@Suite struct IntegrityTests {
    func scan(_ s: String) -> [IntegrityIssue] {
        var t = s
        return t.withUTF8 { TextIntegrity.scan($0) }
    }

    @Test func lookalikeLettersInsideAWordOfTheOtherScript() {
        let issues = scan("Cеверо-Казахстанская область, Бiрлiк, Fаcebook")
        #expect(issues.map { "\($0.scalar.value) \($0.replacement.map { String($0.value, radix: 16) } ?? "-") \($0.word)" } == [
            "67 421 Cеверо",           // Latin C → Cyrillic С
            "105 456 Бiрлiк", "105 456 Бiрлiк",   // Latin i → Kazakh і
            "1072 61 Fаcebook",         // Cyrillic а in a Latin word → Latin a
        ])
        #expect(issues[0].message == "«Cеверо» mixes scripts: U+0043 LATIN CAPITAL LETTER C among Cyrillic letters, probably «С» (U+0421 CYRILLIC CAPITAL LETTER ES)")
    }

    @Test(arguments: ["PR-сопровождение", "Facebook-те", "COVID-19", "IT-компания", "VIII тарау", "ст. 8 п. 2", "e-mail адрес"])
    func legitimateMixturesAreNotReported(_ text: String) {
        #expect(scan(text).isEmpty)
    }

    @Test func invisibleCharacters() {
        let issues = scan("со\u{00AD}став сов\u{200B}ет\u{200D} текст\u{FEFF} и \u{200F}знак")
        #expect(issues.map(\.scalar.value) == [0xAD, 0x200B, 0x200D, 0xFEFF, 0x200F])
        #expect(issues.map(\.removable) == [true, true, true, true, false], "directional marks are reported, not removed")
        #expect(issues[0].message == "soft hyphen U+00AD SOFT HYPHEN in «состав»")
        #expect(issues[4].message == "directional mark U+200F RIGHT-TO-LEFT MARK in «знак»")
    }

    /// A tie between the scripts names no letter as the probable one.
    @Test func aTieIsReportedWithoutARepair() {
        let issues = scan("Aб")
        #expect(issues.count == 1 && issues[0].replacement == nil)
    }

    @Test func repairKeepsEverythingElse() {
        let text = "Cтатья 1.\r\nТекст со\u{00AD}става и сов\u{200B}ета; PR-служба.\r\n"
        let (bytes, repairs) = TextIntegrity.repaired(Array(text.utf8))
        #expect(String(decoding: bytes, as: UTF8.self) == "Статья 1.\r\nТекст состава и совета; PR-служба.\r\n")
        #expect(repairs.count == 3)
    }

    @Test func headingsTypedWithLatinLookalikesStillOpenTheirUnits() throws {
        let act = try ActParser.parse(text: "Cтатья 1. Первая\nТекст.\nСтатья 2. Вторая\n1. Пункт.\nCноска. Статья 2 изменена.\n")
        #expect(act.eIds == ["act", "art_1", "art_1__subpara_1", "art_2", "art_2__para_1"])
        #expect(act.unit("art_2")?.notes.count == 1, "a footnote typed with a Latin C is still a note")
        #expect(act.diagnostics.map { "\($0.location.line):\($0.location.column)" } == ["1:1", "5:1"])
        let kk = try ActParser.parse(text: "1-бaп. Атауы\nМәтін.\n")   // Latin a in «бап»
        #expect(kk.eIds == ["act", "art_1", "art_1__subpara_1"])
    }

    @Test func parseWarningsAreCappedAndCounted() throws {
        let line = (0..<150).map { _ in "сoвет" }.joined(separator: " ")   // Latin o in each
        let act = try ActParser.parse(text: "Статья 1. Заголовок\n\(line)\n", options: ParseOptions(fileName: "t.txt", warningLimit: 100))
        #expect(act.diagnostics.count == 101)
        #expect(act.diagnostics.last?.message == "50 more warnings from here on: `kenes lint` lists them all")
        let all = try ActParser.parse(text: "Статья 1. Заголовок\n\(line)\n", options: ParseOptions(fileName: "t.txt", warningLimit: .max))
        #expect(all.diagnostics.count == 150)
    }

    @Test func aNoteNamingAMissingUnitIsWarnedAbout() throws {
        let act = try ActParser.parse(text: "Статья 1. Заголовок\n1. Текст.\nСноска. Пункт 5 статьи 1 изменен Законом РК от 10.01.2021 № 12-SYN.\n")
        #expect(act.diagnostics.map(\.message) == ["the note names «Пункт 5 статьи 1» (art_1__para_5), which is not in this act"])
    }

    // MARK: kenes lint

    func temporary(_ name: String, _ text: String) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kenes-lint-\(UUID())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let path = dir.appendingPathComponent(name).path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func lintExitsOneWithWarningsAndFixWritesARepairedCopy() throws {
        let file = try temporary("act.txt", "\u{FEFF}Cтатья 1. Заголовок\r\nТекст со\u{00AD}става.\r\n")
        let fixed = (file as NSString).deletingLastPathComponent + "/fixed.txt"
        #expect(KenesCommand.run(["lint", file]) == 1)
        #expect(KenesCommand.run(["lint", Repo.path("corpus/synthetic/public-councils-ru.txt")]) == 0)
        #expect(KenesCommand.run(["lint", file, "--fix", "-o", fixed]) == 0, "nothing is left after the repairs")
        #expect(try Data(contentsOf: URL(fileURLWithPath: fixed)) == Data("\u{FEFF}Статья 1. Заголовок\r\nТекст состава.\r\n".utf8),
                "the BOM and CRLF are kept: only the listed characters change")
        // usage and input errors
        #expect(KenesCommand.run(["lint", file, "-o", fixed]) == 2)
        #expect(KenesCommand.run(["lint", file, "--fix"]) == 2)
        #expect(KenesCommand.run(["lint", Repo.path("corpus/synthetic/public-councils-ru-portal.html"), "--fix", "-o", fixed]) == 2)
        #expect(KenesCommand.run(["lint", "/nonexistent.txt"]) == 2)
    }

    /// Warnings speak the act's language (Unicode's character names aside: they have no other),
    /// and English when asked; `message` stays English for logs and JSON.
    @Test func warningsSpeakTheActsLanguage() throws {
        let ru = try Repo.act("corpus/synthetic/pasted-from-pdf-ru.txt")
        let kk = try Repo.act("corpus/synthetic/public-councils-kk-discrepancies.txt")
        for (act, word) in [(ru, "предупреждение"), (kk, "ескерту")] {
            #expect(!act.diagnostics.isEmpty)
            for d in act.diagnostics {
                let line = d.description(nil)
                #expect(line.contains(": \(word): "), "\(line)")
                let withoutNames = line.replacingOccurrences(of: "U\\+[0-9A-F]{4,6} [A-Z -]+", with: " ", options: .regularExpression)
                #expect(EnglishWords.of(withoutNames, allowed: ["txt", "kenes", "lint", "pr"]).isEmpty, "\(line)")
                #expect(d.description(.en).contains(": warning: ") && d.description(.en).hasSuffix(d.message))
            }
        }
    }

    /// A file that cannot be read is refused in Russian, Kazakh or English; the error's
    /// `message` stays English.
    @Test func refusalsSpeakTheLocale() throws {
        do { _ = try ActParser.parse(path: Repo.path("corpus/broken/no-structure.txt")); Issue.record("accepted") }
        catch {
            #expect(error.description(.ru).contains(": ошибка: не найдено ни одной структурной единицы"))
            #expect(error.description(.kk).contains(": қате: бірде-бір құрылымдық бірлік табылмады"))
            #expect(error.description(.en) == error.description && error.message.hasPrefix("no structural unit found"))
        }
    }
}
