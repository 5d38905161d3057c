import Foundation
import KenesCheck
import KenesRender
import KenesService
import KenesTestSupport
import Testing

/// Rosters as working groups keep them: Excel CSV in either encoding, XLSX, JSON, YAML.
@Suite struct RosterReadingTests {
    @Test func csvWithRussianHeaders() throws {
        let r = try Repo.roster("corpus/rosters/council-compliant.csv")
        #expect(r.members.count == 15)
        #expect(r.issues.isEmpty)
        let chair = try #require(r.members.first { $0.role == .chair })
        #expect(chair.category == "ngo")
        #expect(chair.line == 5)
        #expect(r.members.first?.gender == .female)
        #expect(r.members.first?.organisation == "Управление внутренней политики")
    }

    @Test func windows1251IsDecodedAndKazakhDamageReported() throws {
        let utf8 = try Repo.roster("corpus/rosters/council-compliant.csv")
        let cp = try Repo.roster("corpus/rosters/council-compliant-windows-1251.csv")
        #expect(cp.members.count == utf8.members.count)
        #expect(cp.members.map(\.category) == utf8.members.map(\.category))
        #expect(cp.members[5].name == utf8.members[5].name)        // Russian letters survive
        #expect(cp.members[0].name.hasPrefix("?бенова"))          // ә did not
        #expect(cp.notes.contains { $0.en.contains("Windows-1251") && $0.en.contains("save the roster as CSV UTF-8 or XLSX") })
    }

    @Test func xlsxGivesTheSameRosterAsCSV() throws {
        let csv = try Repo.roster("corpus/rosters/council-failing.csv")
        let xlsx = try Repo.roster("corpus/rosters/council-failing.xlsx")
        #expect(xlsx.members == csv.members)
    }

    @Test func yamlAndJSONKeepLineNumbersAndBody() throws {
        let y = try Repo.roster("corpus/rosters/working-group-republican.yaml")
        #expect(y.body == .workingGroup)
        #expect(y.level == .republican)
        #expect(y.members.count == 9)
        #expect(y.members[0].line == 5)
        #expect(y.members[4].category == "ngo")                  // «ҮЕҰ», the Kazakh label
        #expect(y.members[4].gender == .male)                    // «ер»
        let j = try Repo.roster("corpus/rosters/council.json")
        #expect(j.body == .council)
        #expect(j.members.last?.role == .secretary)
        #expect(j.members[2].line == 7)
    }

    @Test func kazakhAndEnglishHeaders() throws {
        let kk = Repo.tempFile("kk.csv", "Аты-жөні,Санат,Рөлі,Жынысы,Туған жылы,Ұйым\nҚасымов Ә.,ҮЕҰ,төраға,ер,1980,ҚҚ\nСейітова Г.,Мемлекеттік органдар,мүше,әйел,1990,Әкімдік\n")
        let r = try Repo.reader.read(path: kk)
        #expect(r.members.map(\.category) == ["ngo", "state"])
        #expect(r.members.map(\.role) == [.chair, .member])
        let en = Repo.tempFile("en.csv", "name,category,role\n\"Doe, J.\",NGOs,chair\nRoe R.,State bodies,\n")
        let e = try Repo.reader.read(path: en)
        #expect(e.members.map(\.name) == ["Doe, J.", "Roe R."])
        #expect(e.members.map(\.category) == ["ngo", "state"])
    }

    @Test func badRowsAreReportedWithTheirLines() throws {
        let r = try Repo.roster("corpus/rosters/council-malformed.csv")
        #expect(r.members.count == 11)
        #expect(r.issues.map(\.line) == [13, 14, 15, 16, 17])
        #expect(r.issues[0].message.en.contains("unknown category «НКО»; did you mean «НПО»?"))
        #expect(r.issues[1].message.en == "empty name")
        #expect(r.issues[2].message.en.contains("no category"))
        #expect(r.issues[3].message.en.contains("7 fields where the header has 6"))
        #expect(r.issues[4].message.en.contains("listed twice (also at line 2)"))
        #expect(r.issues.map(\.mayBeMember) == [true, true, true, true, false])
    }

    @Test func aRosterWithoutTheNeededColumnsIsRefused() {
        let p = Repo.tempFile("bad.csv", "Фамилия;Должность\nИванов;член\n")
        #expect(throws: CheckInputError.self) { try Repo.reader.read(path: p) }
        let bin = Repo.tempFile("bin.csv", "ФИО;Категория\u{0}\n")
        #expect(throws: CheckInputError.self) { try Repo.reader.read(path: bin) }
    }
}

/// A stray quote in a CSV must not swallow the rows after it (it turned a violation into
/// compliance); a real multi-line cell still reads as one field.
@Suite struct CSVQuoteTests {
    static func roster(_ badRow: String) -> String {
        var lines = ["ФИО;Категория"]
        lines += (1...10).map { "Член НПО \($0) (синтетический);НПО" }
        lines.append(badRow)
        lines += (1...10).map { "Служащий \($0) (синтетический);Госорганы" }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test func anUnclosedQuoteIsAnErrorOnItsLineAndTheRowsAfterItAreRead() throws {
        let path = Repo.tempFile("stray-quote.csv", Self.roster("\"Кто-то (синтетический);НПО"))
        let r = try Repo.reader.read(path: path)
        #expect(r.members.count == 20)
        let issue = try #require(r.issues.first)
        #expect(issue.line == 12 && issue.mayBeMember && issue.message.en.contains("quote"))
        var checker = try Repo.checker(Repo.book("2015"))
        let result = try checker.check(r, profile: Repo.profiles.profile("nominal")!, body: .council)
        #expect(result.compliant == false)   // 10 of 20 (11 of 21 with the bad row): a violation either way
    }

    @Test func aQuoteThatSwallowsWholeRowsIsCaughtEvenWhenItCloses() throws {
        // the quote closes three rows later: what it holds has a whole row's delimiters
        let text = Self.roster("\"Кто-то (синтетический);НПО").replacingOccurrences(of: "Служащий 3 (синтетический)", with: "Служащий 3 (синтетический)\"")
        let r = try Repo.reader.read(path: Repo.tempFile("stray-quote-2.csv", text))
        #expect(r.members.count == 20)
        #expect(r.issues.map(\.line) == [12])
    }

    @Test func aMultiLineCellIsOneField() throws {
        let text = "ФИО;Категория;Организация\nАйгерим Ахметова (синтетический);НПО;\"ОО «Синтетика»\nфилиал в Астане\"\nБерик Садыков (синтетический);Госорганы;Акимат\n"
        let r = try Repo.reader.read(path: Repo.tempFile("multiline.csv", text))
        #expect(r.issues.isEmpty)
        #expect(r.members.count == 2)
        #expect(r.members[0].organisation == "ОО «Синтетика»\nфилиал в Астане")
        #expect(r.members[1].line == 4)
    }
}

/// Rows Excel keeps only for their formatting are not members with empty names: they turned a
/// violation into «undetermined».
@Suite struct XLSXFormattedRowTests {
    @Test func formattedEmptyRowsAreSkipped() throws {
        // 4 civil-society members and 4 state bodies: a violation of the two-thirds share
        let rows = (1...4).map { ["Член НПО \($0) (синтетический)", "НПО", "", "", "", ""] }
            + (1...4).map { ["Служащий \($0) (синтетический)", "Госорганы", "", "", "", ""] }
        let url = URL(fileURLWithPath: Repo.tempFile("formatted.xlsx", ""))
        try SyntheticRoster.writeXLSX(rows, to: url, formattedEmptyRows: 6)
        let r = try Repo.reader.read(path: url.path)
        #expect(r.members.count == 8)
        #expect(r.issues.isEmpty)
        var checker = try Repo.checker(Repo.book("2015"))
        #expect(try checker.check(r, profile: Repo.profiles.profile("nominal")!, body: .council).compliant == false)
    }
}

/// The same name twice: one person when the birth years agree, a possible duplicate the verdict
/// must allow for when a birth year is missing, two people when the years differ.
@Suite struct DuplicateTests {
    @Test func duplicatesByNameAndBirthYear() throws {
        let text = """
        ФИО;Категория;Год рождения
        Айгерим Ахметова (синтетический);НПО;1980
        Айгерим Ахметова (синтетический);НПО;1980
        Берик Садыков (синтетический);НПО;
        Берик Садыков (синтетический);НПО;1975
        Сауле Ким (синтетический);НПО;1970
        Сауле Ким (синтетический);НПО;1990

        """
        let r = try Repo.reader.read(path: Repo.tempFile("dups.csv", text))
        #expect(r.members.count == 4)
        #expect(r.issues.map(\.line) == [3, 5])
        #expect(r.issues[0].message.en.contains("listed twice") && !r.issues[0].mayBeMember)
        #expect(r.issues[1].message.en.contains("possibly listed twice") && r.issues[1].mayBeMember)
    }
}

@Suite struct ForeignRosterTests {
    @Test func anOldExcelFileIsNamedForWhatItIs() throws {
        let path = Repo.tempFile("roster.xls", "")
        try Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0]).write(to: URL(fileURLWithPath: path))
        #expect(throws: CheckInputError.self) { try Repo.reader.read(path: path) }
        do { _ = try Repo.reader.read(path: path) } catch { #expect(error.message.contains("Excel 97 (.xls)") && error.message.contains("XLSX or CSV")) }
    }
}

/// A CSV that is UTF-8 but for a pasted row keeps its UTF-8 rows and reports the bad row by its
/// line (the whole file was decoded as Windows-1251: every name mojibake).
@Suite struct MixedEncodingTests {
    @Test func badLinesAreReportedAndTheRestKept() throws {
        var bytes = Array("ФИО;Категория\nАйгерим Ахметова (синтетический);НПО\n".utf8)
        bytes += [0xC1, 0xE5, 0xF0, 0xE8, 0xEA, 0x3B, 0xCD, 0xCF, 0xCE, 0x0A]   // «Берик;НПО» in Windows-1251
        bytes += Array("Сауле Ким (синтетический);Госорганы\n".utf8)
        let path = Repo.tempFile("mixed.csv", "")
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let r = try Repo.reader.read(path: path)
        #expect(r.members.map(\.name) == ["Айгерим Ахметова (синтетический)", "Сауле Ким (синтетический)"])
        #expect(r.issues.map(\.line) == [3])
        #expect(r.issues.first?.message.en.contains("not valid UTF-8") == true && r.issues.first?.mayBeMember == true)
    }

    @Test func aWholeWindows1251FileIsStillDecoded() throws {
        let r = try Repo.roster("corpus/rosters/council-compliant-windows-1251.csv")
        #expect(r.issues.isEmpty && r.members.count == 15)
    }
}

/// Rosters as working groups keep them: a title above the header, a running-number column, and
/// headers in inflected Russian and Kazakh; the report says which column was read as what.
@Suite struct RosterHeaderTests {
    @Test func titleRowsAndRussianHeaders() throws {
        let text = """
        Состав общественного совета при акимате (синтетический пример);;;;
        утвержден решением рабочей группы;;;;
        № п/п;Фамилия, имя, отчество;Место работы, должность;Категория;Роль
        1;Айгерим Ахметова (синтетический);ОО «Синтетика», председатель;НПО;председатель
        2;Берик Садыков (синтетический);ГУ «Аппарат акима», руководитель отдела;Госорганы;

        """
        let r = try Repo.reader.read(path: Repo.tempFile("approved.csv", text))
        #expect(r.members.map(\.name) == ["Айгерим Ахметова (синтетический)", "Берик Садыков (синтетический)"])
        #expect(r.members[0].organisation == "ОО «Синтетика», председатель" && r.members[0].role == .chair)
        #expect(r.members[1].line == 5)
        #expect(r.columns.map(\.field) == [.name, .organisation, .category, .role])
        #expect(r.columns.first?.column == 2)
        #expect(r.notes.contains { $0.en.contains("header is on line 3") })
        #expect(!r.notes.contains { $0.en.contains("«№ п/п» is not used") })
    }

    @Test func inflectedKazakhHeaders() throws {
        let text = """
        Аты-жөні;Жұмыс орны, лауазымы;Санаты;Туған жылы;Рөлі
        Айгерим Ахметова (синтетикалық);«Синтетика» ҚБ;ҮЕҰ;1980;төраға

        """
        let r = try Repo.reader.read(path: Repo.tempFile("kk.csv", text))
        #expect(r.members.count == 1)
        #expect(r.members[0].category == "ngo" && r.members[0].birthYear == 1980 && r.members[0].role == .chair)
        #expect(r.members[0].organisation == "«Синтетика» ҚБ")
        #expect(r.columns.map(\.field) == [.name, .organisation, .category, .birthYear, .role])
    }
}

/// Categories written loosely: singular or plural, Kazakh letters typed with Russian ones,
/// case and extra spaces.
@Suite struct LooseCategoryTests {
    @Test(arguments: [("мемлекеттік орган", "state"), ("Мемлекеттік органдар", "state"), ("госорганы", "state"),
                      ("саяси партия", "parties"), ("Саяси партиялар", "parties"), ("ҮЕҰ", "ngo"), ("уеу", "ngo"),
                      ("  НПО ", "ngo"), ("нпо", "ngo"), ("Профсоюз", "unions"), ("СМИ", "media")])
    func variantsAreAccepted(_ label: String, _ code: String) {
        #expect(Repo.categories.code(for: label) == code, "«\(label)»")
    }

    @Test func somethingElseIsStillUnknown() {
        #expect(Repo.categories.code(for: "космонавты") == nil)
    }
}

/// A roster without a category column: categories proposed from the place of work, the verdict
/// undetermined (with the provisional one) until confirmed with assignments by line; members on
/// the civil-society side whose place of work says otherwise are named.
@Suite struct CategoryInferenceTests {
    static let roster = """
    Состав общественного совета (синтетический пример);;
    № п/п;Фамилия, имя, отчество;Место работы, должность
    1;Айгерим Ахметова (синтетический);ОО «Синтетика», председатель правления
    2;Берик Садыков (синтетический);ГУ «Аппарат акима города», руководитель отдела
    3;Сауле Ким (синтетический);депутат маслихата города
    4;Ержан Нуров (синтетический);ТОО «Синтетик», директор
    5;Мария Иванова (синтетический);КГП на ПХВ «Городская больница», врач

    """

    @Test func proposedCategoriesWithTheirReasons() throws {
        let r = try Repo.reader.read(path: Repo.tempFile("nocat.csv", Self.roster))
        #expect(r.members.map(\.category) == ["ngo", "state", "deputies", "business", "budget"])
        #expect(r.members.allSatisfy { $0.inferred != nil })
        #expect(r.members[1].inferred?.reason.ru.contains("→ Госорганы") == true)
    }

    @Test func theVerdictWaitsForConfirmation() throws {
        var checker = try Repo.checker(Repo.book("2015"))
        let profile = Repo.profiles.profile("nominal")!
        let proposed = try checker.check(Repo.reader.read(path: Repo.tempFile("nocat.csv", Self.roster)), profile: profile, body: .council)
        #expect(proposed.compliant == nil)
        #expect(proposed.provisional == true)                       // 4 of 5 under «nominal»
        #expect(proposed.inferred.count == 5)
        #expect(!proposed.findings.contains { $0.status == .ok })
        // confirmed (and one corrected: the deputy counted as a public figure) by line, no names
        let reader = RosterReader(categories: Repo.categories, currentYear: 2026,
                                  assignments: [3: "НПО", 4: "Госорганы", 5: "Общественные деятели", 6: "Бизнес", 7: "Бюджетная сфера"])
        let confirmed = try checker.check(reader.read(path: Repo.tempFile("nocat.csv", Self.roster)), profile: profile, body: .council)
        #expect(confirmed.compliant == true && confirmed.provisional == nil && confirmed.inferred.isEmpty)
    }

    @Test func anAssignmentFileIsReadByLineAndChecked() throws {
        let env = KenesEnvironment(today: Repo.today, baseFolder: Repo.root)
        let roster = Repo.tempFile("nocat.csv", Self.roster)
        func run(_ assignments: String) throws -> CheckUseCase.Result {
            try CheckUseCase.run(.init(input: .roster(roster), body: .council, assign: Repo.tempFile("assign.csv", assignments)), env)
        }
        let confirmed = try run("строка,категория\n3,НПО\n4;Госорганы\n5,Общественные деятели\n6,Бизнес\n7,Бюджетная сфера\n")
        #expect(confirmed.verdict == .compliant)
        #expect(try run("3,НПО\n").verdict == .undetermined)
        #expect(throws: ServiceError.self) { try run("3,Космонавты\n") }
        do { _ = try run("3,НПО\n9,НПО\n"); Issue.record("a line beyond the roster was accepted") }
        catch let e as ServiceError { #expect(e.description.contains("строка 9 — не строка члена")) }
    }

    @Test func civilSocietyMembersWorkingForTheStateAreNamed() throws {
        let text = "ФИО;Категория;Организация\nАйгерим Ахметова (синтетический);НПО;депутат маслихата области\nБерик Садыков (синтетический);НПО;ОО «Синтетика»\n"
        var checker = try Repo.checker(Repo.book("2015"))
        let r = try checker.check(Repo.reader.read(path: Repo.tempFile("contra.csv", text)), profile: Repo.profiles.profile("nominal")!, body: .council)
        #expect(r.contradictions.map(\.member.line) == [2])
        #expect(r.contradictions.first?.workplace.code == "deputies")
        #expect(CheckReportRenderer.text(r, locale: .ru, categories: Repo.categories).contains("указан как «НПО»; «депутат маслихата области»: «депутат» → Депутаты"))
    }
}

/// The approved list is often on a second sheet, after a title page: the first sheet that holds a
/// roster is read, or the one `--sheet` names by number or name; the report says which.
@Suite struct WorkbookSheetTests {
    static func workbook() throws -> String {
        let url = URL(fileURLWithPath: Repo.tempFile("workbook.xlsx", ""))
        try SyntheticRoster.writeWorkbook([
            ("Титул", [["Утверждён приказом (синтетический пример)"], ["от 1 марта 2026 года"]]),
            ("Состав", [["Состав общественного совета (синтетический)"],
                        ["№ п/п", "Фамилия, имя, отчество", "Категория"],
                        ["1", "Айгерим Ахметова (синтетический)", "НПО"],
                        ["2", "Берик Садыков (синтетический)", "Госорганы"],
                        ["3", "Сауле Ким (синтетический)", "СМИ"]]),
        ], to: url)
        return url.path
    }

    @Test func theFirstSheetThatHoldsARosterIsRead() throws {
        let r = try Repo.reader.read(path: Self.workbook())
        #expect(r.members.map(\.category) == ["ngo", "state", "media"])
        #expect(r.members.first?.line == 3)
        #expect(r.notes.map(\.en).contains("read sheet 2 «Состав» of 2"))
    }

    @Test func aSheetIsChosenByNumberOrName() throws {
        let path = try Self.workbook()
        func read(_ choice: String) throws(CheckInputError) -> Roster {
            var reader = Repo.reader
            reader.sheet = SheetChoice(choice)
            return try reader.read(path: path)
        }
        #expect(try read("состав").members.count == 3)
        #expect(try read("2").members.count == 3)
        #expect(throws: CheckInputError.self) { try read("1") }      // the title page has no header
        do { _ = try read("5"); Issue.record("sheet 5 of 2 was accepted") }
        catch { #expect(error.description.contains("the workbook has 1 «Титул», 2 «Состав»")) }
        var reader = Repo.reader
        reader.sheet = .number(1)
        #expect(throws: CheckInputError.self) { try reader.read(path: Repo.tempFile("plain.csv", "ФИО;Категория\nА (синт.);НПО\n")) }
    }
}

/// `--accept-suggestions`: an unknown label is read as the closest known one, and the report
/// names each label taken with its lines; without it the row is not counted.
@Suite struct AcceptSuggestionsTests {
    static let roster = "ФИО;Категория\nА (синт.);НПОО\nБ (синт.);Госорганы\nВ (синт.);НПОО\nГ (синт.);Космонавты\n"

    @Test func suggestionsAreTakenAndNamed() throws {
        let path = Repo.tempFile("suggest.csv", Self.roster)
        let plain = try Repo.reader.read(path: path)
        #expect(plain.members.count == 1)
        #expect(plain.issues.first?.message.en.contains("did you mean «НПО»?") == true)
        var reader = Repo.reader
        reader.acceptSuggestions = true
        let taken = try reader.read(path: path)
        #expect(taken.members.map(\.category) == ["ngo", "state", "ngo"])
        #expect(taken.notes.map(\.en).contains("category «НПОО» read as «НПО» (suggestion accepted) on lines 2, 4"))
        #expect(taken.issues.map(\.line) == [5])                    // nothing close to «Космонавты»
    }
}

/// The corpus's rosters in the shapes working groups keep them (synthetic, labelled).
@Suite struct RealShapedRosterTests {
    static let env = KenesEnvironment(today: Repo.today, baseFolder: Repo.root)

    @Test func anApprovedListWithoutACategoryColumnIsConfirmedByLine() throws {
        let roster = "corpus/rosters/council-no-category.csv"
        let proposed = try CheckUseCase.run(.init(input: .roster(roster), body: .council), Self.env)
        #expect(proposed.verdict == .undetermined)
        #expect(proposed.check?.inferred.count == 12)
        #expect(proposed.check?.provisional == true)
        let confirmed = try CheckUseCase.run(.init(input: .roster(roster), body: .council,
                                                   assign: "corpus/rosters/assignments/council-no-category.csv"), Self.env)
        #expect(confirmed.verdict == .compliant)
        #expect(confirmed.check?.underOtherProfiles.map(\.compliant) == [true, true])   // strict: exactly 8 of 12
    }

    @Test func aKazakhWorkbookWithTheListOnItsSecondSheet() throws {
        let r = try Repo.reader.read(path: Repo.root.appendingPathComponent("corpus/rosters/working-group-kazakh-second-sheet.xlsx").path)
        #expect(r.members.count == 9 && r.issues.isEmpty)
        #expect(r.members.filter { $0.category == "state" }.count == 3)      // «мемлекеттік орган», with a trailing space
        #expect(r.columns.map(\.field) == [.name, .category, .role, .gender, .birthYear, .organisation])
        #expect(r.notes.map(\.en) == ["read sheet 2 «Құрамы» of 2", "the header is on line 2; the line above it (1) taken as the title"])
        // headed by an NGO's chair: not the maslikhat's head the 2015 text asks for, as 2021 allows
        var checker = try Repo.checker(Repo.book("2015"))
        #expect(try checker.check(r, profile: Repo.profiles.profile("nominal")!, body: .workingGroup, level: .local).compliant == false)
        var checker2021 = try Repo.checker(Repo.book("2021"))
        #expect(try checker2021.check(r, profile: Repo.profiles.profile("nominal")!, body: .workingGroup, level: .local).compliant == true)
    }
}
