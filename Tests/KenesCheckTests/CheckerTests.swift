import Foundation
import KenesAct
import KenesCheck
import KenesCLI
import KenesRender
import Testing

/// Verdicts a lawyer would give on the example rosters, each finding quoting its clause.
@Suite struct CheckerTests {
    @Test func compliantCouncil() throws {
        let r = try Repo.check("corpus/rosters/council-compliant.csv", body: .council)
        #expect(r.compliant == true)
        let f = try #require(r.finding("council-civil-society-share"))
        #expect(f.status == .ok)
        #expect(f.actual?.en == "civil society 12 of 15 = 80.0%")
        #expect(f.cite?.eId == "art_1__para_7")
        #expect(f.cite?.label == "п. 7 ст. 1")
        #expect(f.quote == "Количество представителей гражданского общества в Общественном совете должно составлять не менее двух третей от общего числа его членов")
        #expect(f.authority == .statute)
        #expect(r.underOtherProfiles.allSatisfy { $0.compliant == true })
    }

    @Test func failingCouncilStatesTheSmallestFix() throws {
        let r = try Repo.check("corpus/rosters/council-failing.csv", body: .council)
        #expect(r.compliant == false)
        let f = try #require(r.finding("council-civil-society-share"))
        #expect(f.status == .violation)
        #expect(f.actual?.en == "civil society 9 of 16 = 56.3% < 2/3")
        #expect(f.required?.en == "≥ 2/3")
        #expect(f.fix?.en == "add 5 civil-society members, or replace 2 members of other categories with civil-society members")
    }

    /// The report's point: the quota is met only if deputies and the budget sector count as civil society.
    @Test func nominallyCompliantCouncilDependsOnTheReading() throws {
        let file = "corpus/rosters/council-nominal-only.csv"
        #expect(try Repo.check(file, profile: "nominal", body: .council).compliant == true)
        let strict = try Repo.check(file, profile: "strict", body: .council)
        #expect(strict.compliant == false)
        #expect(strict.finding("council-civil-society-share")?.actual?.en == "civil society 6 of 16 = 37.5% < 2/3")
        #expect(try Repo.check(file, profile: "report-list", body: .council).compliant == false)
        let nominal = try Repo.check(file, profile: "nominal", body: .council)
        #expect(nominal.underOtherProfiles.map(\.profile) == ["report-list", "strict"])
        #expect(nominal.underOtherProfiles.map(\.compliant) == [false, false])
    }

    @Test func unreadableRowsThatCouldChangeTheVerdictLeaveItUndetermined() throws {
        let r = try Repo.check("corpus/rosters/council-malformed.csv", body: .council)
        #expect(r.finding("council-civil-society-share")?.actual?.en == "civil society 8 of 11 = 72.7%")
        #expect(r.compliant == nil)   // 8 of 15 fails, 12 of 15 passes
        #expect(r.errors.count == 5)
    }

    @Test func unreadableRowsThatCannotChangeTheVerdictDoNot() throws {
        // the compliant roster plus one row with an unknown category: 12 of 16 is 75 % either way
        let text = try String(contentsOfFile: Repo.path("corpus/rosters/council-compliant.csv"), encoding: .utf8) + "Новиков Н.;НКО;член;м;1980;\n"
        let p = Repo.tempFile("plus-one.csv", text)
        var checker = try Repo.checker(Repo.book("2015"))
        let r = try checker.check(Repo.reader.read(path: p), profile: Repo.profiles.profile("nominal")!, body: .council)
        #expect(r.compliant == true)
        #expect(r.errors.count == 1)
    }

    @Test func theSecretaryLeavesTheCouncilIn2021() throws {
        let old = try Repo.check("corpus/rosters/council.json")
        #expect(old.compliant == true)                             // 8 of 12: exactly two thirds
        #expect(old.finding("council-civil-society-share")?.actual?.en == "civil society 8 of 12 = 66.7%")
        let new = try Repo.check("corpus/rosters/council.json", edition: "2021")
        #expect(new.membersCounted == 11)
        #expect(new.compliant == false)
        let sec = try #require(new.finding("council-secretary-not-member"))
        #expect(sec.status == .info)
        #expect(sec.authority == .paraphrase)
        #expect(sec.note?.en.contains("not statutory text") == true)
        #expect(sec.quote == "исключить секретаря из состава совета;")
        #expect(sec.cite?.act.hasSuffix("corpus/report/bill-2019-paraphrase-ru.txt") == true)
    }

    @Test func whoHeadsTheWorkingGroupDiffersBetweenEditions() throws {
        let file = "corpus/rosters/working-group-local.csv"
        let old = try Repo.check(file, body: .workingGroup, level: .local)
        #expect(old.finding("working-group-head")?.status == .ok)   // the maslikhat's head, a deputy
        #expect(old.finding("working-group-head")?.cite?.label == "п. 1 ст. 8")
        for (profile, ok) in [("nominal", true), ("report-list", false), ("strict", false)] {
            let new = try Repo.check(file, edition: "2021", profile: profile, body: .workingGroup, level: .local)
            #expect((new.finding("working-group-head")?.status == .ok) == ok, "\(profile)")
            #expect(new.finding("working-group-head")?.authority == .paraphrase)
        }
        #expect(throws: CheckInputError.self) { try Repo.check(file, body: .workingGroup) } // the 2015 head rule needs the level
    }

    @Test func republicanWorkingGroupWithTooManyStateMembers() throws {
        let r = try Repo.check("corpus/rosters/working-group-republican.yaml")
        #expect(r.compliant == false)
        let s = try #require(r.finding("working-group-state-share"))
        #expect(s.actual?.en == "state body 4 of 9 = 44.4% > 1/3")
        #expect(s.fix?.en == "replace 1 state-body member with civil-society members, or add 3 civil-society members")
        #expect(s.cite?.label == "п. 2 ст. 8")
        #expect(r.finding("working-group-head")?.status == .ok)
    }

    /// Every rule in every bundled edition cites a unit that exists, and quotes its text.
    @Test(arguments: ["2015", "2021"]) func everyCitationResolvesAndIsQuoted(_ edition: String) throws {
        let book = try Repo.book(edition)
        for rule in book.rules {
            let act = try ActParser.parse(path: book.actPath(for: rule))
            let unit = try #require(act.unit(rule.cite), "\(rule.id) cites \(rule.cite)")
            #expect(!unit.text.isEmpty)
        }
        var checker = try Repo.checker(book)
        for body in Body.allCases {
            let r = try checker.check(Repo.roster("corpus/rosters/council-compliant.csv"), profile: Repo.profiles.profile("nominal")!, body: body, level: .local)
            for f in r.findings where f.cite != nil { #expect(f.quote?.isEmpty == false, "\(f.rule)") }
        }
    }

    @Test func aRuleCitingAMissingUnitIsRefused() throws {
        let act = Repo.path("corpus/excerpts/law-2015-public-councils-ru.txt")
        let p = Repo.tempFile("bad-rules.yaml", """
        edition: test
        title: test
        authority: statute
        act: \(act)
        rules:
          - {id: x, title: x, body: council, share: civil_society, at_least: 2/3, cite: art_1__para_8}
        """)
        let book = try RuleBook.load(p, from: Repo.files, categories: Repo.categories)
        #expect(throws: CheckInputError.self) { try Repo.checker(book) }
    }

    @Test func theOfficialTextReplacesTheParaphrase() throws {
        // a stand-in for the official text (the excerpt again, read as a user-supplied file)
        let official = try ActParser.parse(path: Repo.path("corpus/excerpts/law-2015-public-councils-ru.txt"),
                                           options: ParseOptions(fileName: "official.txt"))
        var checker = try Repo.checker(Repo.book("2021"), officialAct: official)
        let r = try checker.check(Repo.roster("corpus/rosters/working-group-local.csv"), profile: Repo.profiles.profile("nominal")!, body: .workingGroup, level: .local)
        let head = try #require(r.finding("working-group-head"))
        #expect(head.cite?.eId == "art_8__para_1")                // statute_cite
        #expect(head.authority == .statute)
        #expect(head.quote == official.unit("art_8__para_1")?.text)
        #expect(head.cite?.act == "official.txt")
        let council = try checker.check(Repo.roster("corpus/rosters/council.json"), profile: Repo.profiles.profile("nominal")!)
        // no place in the official text is known for the secretary rule: it keeps citing the paraphrase
        #expect(council.finding("council-secretary-not-member")?.authority == .paraphrase)
        #expect(council.finding("council-civil-society-share")?.cite?.act == "official.txt")
    }

    @Test func profilesMustPlaceEveryCategory() {
        let p = Repo.tempFile("profiles.yaml", """
        profiles:
          partial:
            description: misses most categories
            civil_society: [ngo]
            state: [state]
        """)
        #expect(throws: CheckInputError.self) { try ProfileSet.load(p, from: Repo.files, categories: Repo.categories) }
    }

    @Test func reportsRender() throws {
        let r = try Repo.check("corpus/rosters/council-failing.csv", body: .council)
        let text = CheckReportRenderer.text(r, locale: .en, categories: Repo.categories)
        #expect(text.hasPrefix("VIOLATION — public council; edition 2015; profile «nominal»"))
        #expect(text.contains("«Количество представителей гражданского общества"))
        let json = try JSONSerialization.jsonObject(with: Data(CheckReportRenderer.json(r, locale: .en, categories: Repo.categories).utf8)) as? [String: Any]
        #expect(json?["compliant"] as? Bool == false)
        let findings = json?["findings"] as? [[String: Any]]
        #expect((findings?.first?["cite"] as? [String: Any])?["label"] as? String == "п. 7 ст. 1")
        #expect(CheckReportRenderer.markdown(r, locale: .en, categories: Repo.categories).contains("| ✗ | Civil society at least two thirds of the public council | civil society 9 of 16 = 56.3% \\< 2/3 |"))
        let html = CheckReportRenderer.html(r, locale: .en, categories: Repo.categories)
        #expect(html.contains("<tr class=\"violation\">"))
        #expect(!html.contains("http"))   // self-contained
    }

    @Test func commandLineExitCodes() {
        let dir = FileManager.default.currentDirectoryPath
        FileManager.default.changeCurrentDirectoryPath(Repo.root.path)
        defer { FileManager.default.changeCurrentDirectoryPath(dir) }
        #expect(KenesCommand.run(["check", "corpus/rosters/council-compliant.csv", "--body", "council"]) == 0)
        #expect(KenesCommand.run(["check", "corpus/rosters/council-failing.csv", "--body", "council"]) == 1)
        #expect(KenesCommand.run(["check", "corpus/rosters/council-malformed.csv", "--body", "council"]) == 2)
        #expect(KenesCommand.run(["check", "corpus/rosters/council-compliant.csv"]) == 2)   // which body?
        #expect(KenesCommand.run(["check", "corpus/rosters/council-compliant.csv", "--body", "council", "--profile", "lenient"]) == 2)
        #expect(KenesCommand.run(["check", "--composition", "corpus/data/local-councils-composition-national.csv"]) == 0)
        #expect(KenesCommand.run(["check", "--composition", "corpus/data/local-councils-composition-national.csv", "--profile", "strict"]) == 1)
    }
}

/// Roster names and act text never become markup in Markdown reports: raw HTML and links are
/// escaped (a name like `<script>` or `[x](javascript:…)` is shown, not run).
@Suite struct MarkdownInjectionTests {
    @Test func rosterNamesAreEscaped() throws {
        let text = "ФИО;Категория;Роль\n<script>alert(1)</script>;НПО;председатель\n[x](javascript:alert(1));НПО;\n"
        let r = try Repo.reader.read(path: Repo.tempFile("inject.csv", text))
        var checker = try Repo.checker(Repo.book("2015"))
        // the working group's head is named in its finding
        let md = CheckReportRenderer.markdown(try checker.check(r, profile: Repo.profiles.profile("nominal")!, body: .workingGroup, level: .local), locale: .en, categories: Repo.categories)
        #expect(!md.contains("<script>"))
        #expect(md.contains("\\<script\\>alert(1)\\</script\\>"))
        #expect(!md.replacingOccurrences(of: "\\](", with: "").contains("]("))
    }
}

/// An undetermined verdict shows no ✓ on a share computed without the unreadable rows, and
/// «listed» counts every row of the file.
@Suite struct UndeterminedTests {
    @Test func noGreenTickOnAnUndeterminedShare() throws {
        let r = try Repo.check("corpus/rosters/council-malformed.csv", body: .council)
        #expect(r.compliant == nil)
        let share = try #require(r.finding("council-civil-society-share"))
        #expect(share.status == .undetermined)
        #expect(!CheckReportRenderer.text(r, locale: .en, categories: Repo.categories).contains("✓ council-civil-society-share"))
        #expect(CheckReportRenderer.json(r, locale: .en, categories: Repo.categories).contains("\"status\": \"undetermined\""))
        #expect(r.membersListed == r.membersCounted + r.errors.count)
    }
}
