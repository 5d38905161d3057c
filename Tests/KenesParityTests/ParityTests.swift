import Foundation
import KenesAct
import KenesCLI
import KenesParity
import KenesRender
import KenesTestSupport
import Testing

typealias Repo = Repository

/// The Russian and Kazakh texts compared: no false alarm on a faithful translation, and each
/// kind of discrepancy found when injected into either language. The corpus pair is SYNTHETIC.
@Suite struct ParityTests {
    static let ruFile = "corpus/synthetic/public-councils-ru.txt", kkFile = "corpus/synthetic/public-councils-kk.txt"
    static let ruText = try! Repo.text(ruFile), kkText = try! Repo.text(kkFile)

    func parse(_ text: String, _ name: String) throws -> Act {
        try ActParser.parse(text: text, options: ParseOptions(fileName: name))
    }

    func report(ru: String = ParityTests.ruText, kk: String = ParityTests.kkText) throws -> ParityReport {
        ParityChecker.compare(ru: try parse(ru, "ru.txt"), kk: try parse(kk, "kk.txt"))
    }

    @Test func theCorpusPairAgrees() throws {
        let r = try report()
        #expect(r.findings.isEmpty, "\(r.findings.map { "\($0.kind) \($0.eId): \($0.explanation)" })")
        #expect(r.compared == 84)
        for (ru, kk) in [("corpus/excerpts/law-2015-public-councils-ru.txt", "corpus/excerpts/law-2015-public-councils-kk.txt"),
                         ("corpus/excerpts/draft-2013-public-control-ru.txt", "corpus/excerpts/draft-2013-public-control-kk.txt"),
                         ("corpus/synthetic/closing-words-ru.txt", "corpus/synthetic/closing-words-kk.txt")] {
            let p = ParityChecker.compare(ru: try Repo.act(ru), kk: try Repo.act(kk))
            #expect(p.findings.isEmpty, "\(ru): \(p.findings.map(\.explanation))")
        }
    }

    /// The authentic excerpt of the 2020 Указ: the report's Russian says «Раздел VIII», its
    /// Kazakh «VIII тарау» — a real discrepancy of the quoted texts.
    @Test func theReportsDecreeExcerptDiffersInItsDivision() throws {
        let p = ParityChecker.compare(ru: try Repo.act("corpus/excerpts/decree-2020-ru.txt"), kk: try Repo.act("corpus/excerpts/decree-2020-kk.txt"))
        #expect(p.findings.map { "\($0.kind.rawValue) \($0.eId)" } == ["missing chp_VIII", "missing part_VIII"])
    }

    /// (kind, eId, the Russian text changed, the Kazakh text changed): each injected alone.
    static let injections: [(ParityFinding.Kind, EId, (String, String), (String, String))] = [
        (.number, "art_6__para_2", ("не менее 70 процентов", "не менее 75 процентов"), ("кемінде 70 пайызын", "кемінде 75 пайызын")),
        (.number, "art_8__para_3", ("не менее двух третей", "не менее двух пятых"), ("кемінде үштен екісін", "кемінде бестен екісін")),
        (.number, "art_8__para_1", ("в течение тридцати рабочих дней", "в течение двадцати рабочих дней"),
         ("отыз жұмыс күні ішінде", "жиырма жұмыс күні ішінде")),
        (.date, "art_20__para_1", ("с 1 января 2016 года", "с 1 февраля 2016 года"), ("2016 жылғы 1 қаңтардан", "2016 жылғы 1 ақпаннан")),
        (.citation, "art_12__subpara_1", ("частью второй статьи 11", "частью первой статьи 11"), ("11-бабының екінші бөлігінде", "11-бабының бірінші бөлігінде")),
        (.status, "art_8__para_1-1", ("1-1. Рабочая группа публикует", "1-1. Исключен Законом РК от 10.01.2021 № 12-SYN. Рабочая группа публикует"),
         ("1-1. Жұмыс тобы", "1-1. Алып тасталды - ҚР 2021.01.10 № 12-SYN Заңымен. Жұмыс тобы")),
        (.note, "art_8", ("от 24.11.2019 № 11-SYN; от 10.01.2021", "от 24.11.2019 № 15-SYN; от 10.01.2021"),
         ("ҚР 2019.11.24 № 11-SYN; 2021.01.10", "ҚР 2019.11.24 № 15-SYN; 2021.01.10")),
        (.script, "art_8__para_1", ("Общественный совет формируется", "Общественный сoвет формируется"),
         ("Қоғамдық кеңесті жұмыс", "Қоғамдық кеңeсті жұмыс")),
    ]

    @Test(arguments: 0..<injections.count, [true, false]) func anInjectedDiscrepancyIsFound(_ k: Int, _ intoRussian: Bool) throws {
        let (kind, eId, ruChange, kkChange) = Self.injections[k]
        var ru = Self.ruText, kk = Self.kkText
        if intoRussian {
            #expect(ru.contains(ruChange.0))
            ru = ru.replacingOccurrences(of: ruChange.0, with: ruChange.1)
        } else {
            #expect(kk.contains(kkChange.0))
            kk = kk.replacingOccurrences(of: kkChange.0, with: kkChange.1)
        }
        let r = try report(ru: ru, kk: kk)
        #expect(r.findings.map { "\($0.kind.rawValue) \($0.eId)" } == ["\(kind.rawValue) \(eId)"],
                "\(r.findings.map { "\($0.kind) \($0.eId): \($0.explanation)" })")
        if let f = r.findings.first, kind == .script {
            #expect(intoRussian ? (f.ru?.contains("U+006F LATIN SMALL LETTER O") == true && f.kk == nil)
                                : (f.kk?.contains("U+0065 LATIN SMALL LETTER E") == true && f.ru == nil))
        }
    }

    /// A unit in one language only is one finding, on that unit, in either direction: not on
    /// the units after it, not on its children.
    @Test(arguments: [Language.ru, .kk]) func aMissingUnitIsOneFinding(_ missingIn: Language) throws {
        let ru = missingIn == .ru ? Self.dropping(article: "Статья 15.", from: Self.ruText) : Self.ruText
        let kk = missingIn == .kk ? Self.dropping(article: "15-бап.", from: Self.kkText) : Self.kkText
        let r = try report(ru: ru, kk: kk)
        #expect(r.findings.map { "\($0.kind.rawValue) \($0.eId)" } == ["missing art_15"], "\(r.findings.map(\.explanation))")
        #expect(r.findings.first?.explanation.en == (missingIn == .ru ? "in the Kazakh text only" : "in the Russian text only"))
        #expect(r.findings.first?.explanation.ru == (missingIn == .ru ? "только в казахском тексте" : "только в русском тексте"))
    }

    /// The article's lines, from its heading to the next blank line, taken out.
    static func dropping(article heading: String, from text: String) -> String {
        var out: [Substring] = [], skipping = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix(heading) { skipping = true }
            if skipping && line.isEmpty { skipping = false }
            if !skipping { out.append(line) }
        }
        return out.joined(separator: "\n")
    }

    /// The Russian and Kazakh texts generated from one seed say the same things.
    @Test(arguments: [UInt64(1), 2, 3]) func aGeneratedPairAgrees(_ seed: UInt64) throws {
        let (ru, kk) = SyntheticAct.pair(targetBytes: 80_000, seed: seed)
        #expect(ru.eIds == kk.eIds)
        let r = try report(ru: ru.text, kk: kk.text)
        #expect(r.findings.isEmpty, "\(r.findings.prefix(3).map { "\($0.kind) \($0.eId): \($0.explanation)" })")
        #expect(r.compared == ru.eIds.count)
    }

    /// The corpus copy with one discrepancy of each kind: the report, reviewed by eye.
    @Test func theCorpusCopyWithDiscrepanciesMatchesItsGolden() throws {
        let r = ParityChecker.compare(ru: try Repo.act(Self.ruFile), kk: try Repo.act("corpus/synthetic/public-councils-kk-discrepancies.txt"))
        #expect(r.findings.map(\.kind.rawValue) == ["number", "note", "script", "status", "citation", "missing", "date"])
        let mismatch = Golden.mismatch("Tests/KenesParityTests/Golden/discrepancies.txt", String(writing: { ParityRenderer.writeText(r, locale: .en, into: &$0) }))
        #expect(mismatch == nil, "\(mismatch ?? "")")
    }

    @Test func markdownAndHTMLListEveryFinding() throws {
        let r = ParityChecker.compare(ru: try Repo.act(Self.ruFile), kk: try Repo.act("corpus/synthetic/public-councils-kk-discrepancies.txt"))
        let md = String(writing: { ParityRenderer.writeMarkdown(r, locale: .en, into: &$0) })
        #expect(md.split(separator: "\n").filter { $0.hasPrefix("| ") && !$0.hasPrefix("| |") }.count == 7)
        #expect(md.contains("| number | Пункт 2 статьи 6 \\| 6-баптың 2-тармағы `art_6__para_2` | 70 | 75 |"), "\(md)")
        let html = String(writing: { ParityRenderer.writeHTML(r, locale: .en, into: &$0) })
        #expect(html.components(separatedBy: "<tr><td class=\"kind\">").count - 1 == 7)
        #expect(html.contains("<td lang=\"kk\">«кеңeсті» mixes scripts"))
        #expect(!html.contains("<script"))
    }

    @Test func theJSONFollowsTheSchema() throws {
        let validator = try SchemaValidator()
        var ru = Self.ruText
        for (_, _, change, _) in Self.injections { ru = ru.replacingOccurrences(of: change.0, with: change.1) }
        let r = try report(ru: Self.dropping(article: "Статья 15.", from: ru))
        #expect(Set(r.findings.map(\.kind)) == Set(ParityFinding.Kind.allCases))
        let json = String(writing: { ParityRenderer.writeJSON(r, locale: .ru, into: &$0) })
        #expect(try validator.errors(json, schema: "parity.schema.json").isEmpty)
        #expect(!(try validator.errors(json.replacingOccurrences(of: "\"kind\": \"date\"", with: "\"kind\": \"datum\""), schema: "parity.schema.json")).isEmpty)
    }

    /// The report in Russian and Kazakh: no English word but the Unicode names of characters
    /// (they have no other) and the integrity scan's words, which are the parser's.
    @Test func theReportSpeaksItsLocale() throws {
        let r = ParityChecker.compare(ru: try Repo.act(Self.ruFile), kk: try Repo.act("corpus/synthetic/public-councils-kk-discrepancies.txt"))
        for locale in [ReportLocale.ru, .kk] {
            let text = String(writing: { ParityRenderer.writeText(r, locale: locale, into: &$0) })
                .split(separator: "\n").filter { !$0.contains("U+") }.joined(separator: "\n")
            let english = EnglishWords.of(text, allowed: ["ru", "kk", "syn", "kenes", "txt"])
            #expect(english.isEmpty, "\(locale): \(Set(english).sorted())")
        }
    }

    @Test func theCommandsExitCodes() throws {
        #expect(KenesCommand.run(["parity", Repo.path(Self.kkFile), Repo.path(Self.ruFile)]) == 0)
        #expect(KenesCommand.run(["parity", Repo.path("corpus/excerpts/decree-2020-kk.txt"), Repo.path("corpus/excerpts/decree-2020-ru.txt")]) == 1)
        // two Russian texts, two different acts: input errors
        #expect(KenesCommand.run(["parity", Repo.path(Self.ruFile), Repo.path("corpus/synthetic/closing-words-ru.txt")]) == 2)
        #expect(KenesCommand.run(["parity", Repo.path(Self.ruFile), Repo.path("corpus/synthetic/closing-words-kk.txt")]) == 2)
    }
}

/// Quantities and dates read from the words as written in each language.
@Suite struct StatedFactsTests {
    @Test(arguments: [
        ("не менее двух третей состава", Language.ru, ["2/3"]),
        ("кемінде үштен екісін құрайды", .kk, ["2/3"]),
        ("не может превышать одну треть", .ru, ["1/3"]),
        ("үштен бірінен аспайды", .kk, ["1/3"]),
        ("в течение одного месяца", .ru, []),
        ("бір ай ішінде", .kk, []),
        ("десяти календарных дней", .ru, ["10"]),
        ("күнтізбелік он күн", .kk, ["10"]),
        ("двадцати пяти членов и 70 процентов", .ru, ["25", "70"]),
        ("жиырма бес мүше және 70 пайыз", .kk, ["25", "70"]),
        ("две тысячи пятьсот", .ru, ["2500"]),
        ("половины голосов", .ru, ["1/2"]),
        ("дауыстардың жартысынан", .kk, ["1/2"]),
        ("во-вторых, третий абзац", .ru, ["2", "3"]),
        ("екіншіден, үшінші абзац", .kk, ["2", "3"]),
        ("0,5 процента", .ru, ["1/2"]),
        ("оны үшін ондан", .kk, []),
        ("Законом РК № 383-V", .ru, []),
    ])
    func quantities(_ text: String, _ language: Language, _ expected: [String]) {
        #expect(StatedFacts.read(text, language: language).quantities.map(\.description) == expected)
    }

    @Test(arguments: [
        ("с 1 марта 2016 года", Language.ru, ["2016-03-01"]),
        ("2016 жылғы 1 наурыздағы", .kk, ["2016-03-01"]),
        ("от 03.01.2021", .ru, ["2021-01-03"]),
        ("ҚР 2021.01.03", .kk, ["2021-01-03"]),
        ("не позднее 1 марта", .ru, ["--03-01"]),
        ("1 наурыздан кешіктірмей", .kk, ["--03-01"]),
    ])
    func dates(_ text: String, _ language: Language, _ expected: [String]) {
        #expect(StatedFacts.read(text, language: language).dates == expected)
        #expect(StatedFacts.read(text, language: language).quantities.isEmpty, "a date's numbers are not quantities")
    }
}
