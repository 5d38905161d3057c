import Foundation
import GRDB
import KenesAct
import KenesAmend
import KenesCLI
import KenesImport
@testable import KenesLibrary
@testable import KenesService
import KenesTestSupport
import Testing

typealias Repo = Repository

/// The act library on the corpus's synthetic act in two editions: the corpus text (edition
/// 2021-01-10, its banner) and the text `kenes amend` makes of it with the synthetic law of
/// 2022 (added as edition 2022-03-25). No edition of a real act is invented.
@Suite struct LibraryTests {
    let dir: URL
    let path: String

    init() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("kenes-library-\(UUID())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        path = dir.appendingPathComponent("library.sqlite").path
    }

    /// The second edition: the corpus act as the synthetic amending law of 2022 leaves it.
    func secondEdition() throws -> String {
        let act = try Repo.act("corpus/synthetic/public-councils-ru.txt")
        let text = try Amender.amend(act, withFileAt: Repo.path("corpus/amendments/law-2022-ru.txt")).text
        let file = dir.appendingPathComponent("public-councils-ru-2022.txt")
        try text.write(to: file, atomically: true, encoding: .utf8)
        return file.path
    }

    func add(_ args: [String]) -> Int32 { KenesCommand.run(["library", "add", "--library", path] + args) }

    func twoEditions() throws -> ActLibrary {
        #expect(add([Repo.path("corpus/synthetic/public-councils-ru.txt")]) == 0)
        #expect(add([try secondEdition(), "--edition", "2022-03-25"]) == 0)
        return try ActLibrary(path: path)
    }

    @Test func addingIsIdempotentAndADifferentTextIsRefused() throws {
        let library = try twoEditions()
        // the same edition as HTML and DOCX: the same units, nothing written
        #expect(add([Repo.path("corpus/synthetic/public-councils-ru-portal.html")]) == 0)
        // another text with the same edition date: refused, then replaced when asked
        let other = Repo.path("corpus/synthetic/public-councils-ru-portal-noise.txt")
        #expect(add([other]) == 2)
        #expect(try library.works().first?.expressions.map(\.source) == [Repo.path("corpus/synthetic/public-councils-ru.txt"), try secondEdition()])
        #expect(add([other, "--replace"]) == 0)
        #expect(try library.works().first?.expressions.first?.source == other)
        // the two editions share their unchanged units: each wording is stored once
        let (units, wordings) = try library.storage()
        #expect(wordings < units * 2 / 3, "\(units) units, \(wordings) wordings")
        #expect(try library.integrityCheck() == "ok")
    }

    @Test func draftsAndFilesThatDoNotParseAreRefusedAndChangeNothing() throws {
        #expect(add([Repo.path("corpus/excerpts/draft-2013-public-control-ru.txt")]) == 2)
        #expect(add([Repo.path("corpus/broken/no-structure.txt")]) == 2)
        #expect(try ActLibrary(path: path).works().isEmpty)
        // a folder: its acts added, the other files listed as skipped; one refusal makes the exit 2
        let folder = dir.appendingPathComponent("acts")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Repo.path("corpus/excerpts/law-2015-public-councils-ru.txt"), toPath: folder.appendingPathComponent("law-ru.txt").path)
        try FileManager.default.copyItem(atPath: Repo.path("corpus/excerpts/law-2015-public-councils-kk.txt"), toPath: folder.appendingPathComponent("law-kk.txt").path)
        try "notes".write(to: folder.appendingPathComponent("README.md"), atomically: true, encoding: .utf8)
        #expect(add([folder.path]) == 0)
        let works = try ActLibrary(path: path).works()
        #expect(works.map(\.id) == ["law-2015-11-02-383-V"], "the Russian and Kazakh texts of one act are one work")
        #expect(works[0].expressions.map { "\($0.language.rawValue) \($0.edition ?? "-") \($0.excerpt) \($0.synthetic)" } == ["ru - true false", "kk - true false"])
    }

    /// The edition in force on a day: the new one from the day it starts, the old one the day
    /// before; before the first, none; an edition of unknown date is never chosen by date.
    @Test func asOfBoundaries() throws {
        let library = try twoEditions()
        #expect(try library.act("1-SYN", language: .ru, asOf: "2022-03-25", today: "2026-11-27").1.edition == "2022-03-25")
        #expect(try library.act("1-SYN@2022-03-24", language: .ru, asOf: nil, today: "2026-11-27").1.edition == "2021-01-10")
        #expect(try library.act("law-2015-01-01-1-SYN", language: .ru, asOf: nil, today: "2026-11-27").1.edition == "2022-03-25")
        #expect(throws: LibraryError.self) { try library.act("1-SYN", language: .ru, asOf: "2020-12-31", today: "2026-11-27") }
        #expect(throws: LibraryError.self) { try library.act("1-SYN", language: .kk, asOf: nil, today: "2026-11-27") }
        #expect(throws: LibraryError.self) { try library.act("99-SYN", language: .ru, asOf: nil, today: "2026-11-27") }
        #expect(add([Repo.path("corpus/excerpts/law-2015-public-councils-ru.txt")]) == 0)
        #expect(try library.act("383-V", language: .ru, asOf: nil, today: "2026-11-27").1.edition == nil, "alone and undated, taken when no date is asked")
        #expect(throws: LibraryError.self) { try library.act("383-V@2020-01-01", language: .ru, asOf: nil, today: "2026-11-27") }
    }

    /// `show` of a work reads a plain reference's unit from the stored rows, without parsing the
    /// edition, and prints exactly what the parse of the edition's file prints: every unit of
    /// both editions, in Russian and Kazakh. Other references, JSON and notes take the parse.
    @Test func showFromStoredUnitsPrintsWhatTheParsePrints() throws {
        _ = try twoEditions()
        #expect(add([Repo.path("corpus/synthetic/public-councils-kk.txt")]) == 0)
        let env = KenesEnvironment(today: Date(), baseFolder: Repo.root)
        for (file, language, date) in [(Repo.path("corpus/synthetic/public-councils-ru.txt"), Language.ru, "2021-06-01"),
                                       (try secondEdition(), .ru, "2022-06-01"),
                                       (Repo.path("corpus/synthetic/public-councils-kk.txt"), .kk, "2021-06-01")] {
            let act = try ActSource(path: file).load(env)
            var ids: [EId] = []
            // every unit with a plain eId (the preamble's is a word, which a lookup reads as a citation)
            act.forEachUnit { u, _ in if u.position > 0, act.eId(u).rawValue.contains("_") { ids.append(act.eId(u)) } }
            #expect(ids.count > 50)
            for id in ids {
                let options = ShowUseCase.Options(act: .work("1-SYN", language: language, asOf: date, library: path), references: [id.rawValue])
                let stored = try #require(try ShowUseCase.fromLibrary(options, env), "\(id) read from the rows")
                let parsed = try ShowUseCase.run(.init(act: ActSource(path: file), references: [id.rawValue]), env)
                #expect(try stored.output.bytes() == parsed.output.bytes(), "\(id) in \(date) [\(language)]")
            }
        }
        // the same words by a citation as people write it, which the rows path reads too
        let options = ShowUseCase.Options(act: .work("1-SYN", language: .ru, asOf: "2022-06-01", library: path), references: ["ст. 8 п. 5"])
        let shown = try #require(try ShowUseCase.fromLibrary(options, env))
        #expect(String(decoding: try shown.output.bytes(), as: UTF8.self).contains("[art_8__para_5]"))
        var json = options
        json.format = .json
        #expect(try ShowUseCase.fromLibrary(json, env) == nil)
        var earlier = options
        earlier.act.asOf = "2021-06-01"
        #expect(try ShowUseCase.fromLibrary(earlier, env) == nil, "not in that edition: the parse refuses it, naming the edition")
    }

    /// Every command reads a work by number and date; a unit that did not exist then exits 2.
    @Test func commandsReadWorksByNumberAndDate() throws {
        _ = try twoEditions()
        #expect(KenesCommand.run(["show", "1-SYN", "ст. 8 п. 5", "--as-of", "2022-06-01", "--library", path]) == 0)
        #expect(KenesCommand.run(["show", "1-SYN", "ст. 8 п. 5", "--as-of", "2021-06-01", "--library", path]) == 2)
        #expect(KenesCommand.run(["diff", "1-SYN@2021-01-10", "1-SYN@2022-03-25", "--library", path]) == 1)
        #expect(KenesCommand.run(["parse", "1-SYN@2021-01-10", "--library", path, "-o", dir.appendingPathComponent("out.json").path, "--format", "json"]) == 0)
        #expect(KenesCommand.run(["show", "no-such-act", "ст. 1", "--library", path]) == 2)
        // the parallel text of an extract: the same work's other language
        #expect(add([Repo.path("corpus/synthetic/public-councils-kk.txt")]) == 0)
        let extract = dir.appendingPathComponent("extract.md").path
        #expect(KenesCommand.run(["extract", "1-SYN", "--refs", "ст. 8", "--parallel", "1-SYN", "--as-of", "2021-06-01", "--library", path, "-o", extract]) == 0)
        #expect(try String(contentsOfFile: extract, encoding: .utf8).contains("Қоғамдық кеңестерді қалыптастыру тәртібі"))
    }

    @Test func historyFollowsAUnitThroughTheEditions() throws {
        let library = try twoEditions()
        func kinds(_ ref: String) throws -> [String] {
            try library.history(of: ref, in: "1-SYN", language: .ru).editions.map { "\($0.eId?.rawValue ?? "-") \($0.status.rawValue) \($0.change ?? "-")" }
        }
        #expect(try kinds("ст. 8 п. 5") == ["- absent -", "art_8__para_5 in_force inserted"])
        #expect(try kinds("ст. 9") == ["art_9 in_force -", "art_9 in_force modified"])
        #expect(try kinds("пп. 4) п. 1 ст. 5") == ["art_5__para_1__point_4 in_force -", "art_5__para_1__point_4 excluded excluded"])
        #expect(try kinds("ст. 14 п. 2") == ["art_14__para_2 in_force -", "art_14__para_3 in_force renumbered"])
        #expect(try kinds("ст. 2") == ["art_2 in_force -", "art_2 in_force unchanged"])
        let h = try library.history(of: "ст. 8 п. 5", in: "1-SYN", language: .ru)
        #expect(h.editions[1].amendedBy == Amendment(date: "2022-03-15", number: "20-SYN", actKind: .law))
        #expect(throws: LibraryError.self) { try library.history(of: "ст. 99", in: "1-SYN", language: .ru) }
    }

    /// The changes are stored when an edition is added: an earlier edition added last puts
    /// itself between, and the history is the same.
    @Test func editionsAddedOutOfOrderGiveTheSameHistory() throws {
        #expect(add([try secondEdition(), "--edition", "2022-03-25"]) == 0)
        #expect(add([Repo.path("corpus/synthetic/public-councils-ru.txt")]) == 0)
        let h = try ActLibrary(path: path).history(of: "ст. 14 п. 2", in: "1-SYN", language: .ru)
        #expect(h.editions.map { "\($0.edition ?? "-") \($0.eId?.rawValue ?? "-") \($0.change ?? "-")" }
                == ["2021-01-10 art_14__para_2 -", "2022-03-25 art_14__para_3 renumbered"])
    }

    @Test func searchFindsInflectedRussianAndKazakhWords() throws {
        let library = try twoEditions()
        #expect(add([Repo.path("corpus/synthetic/public-councils-kk.txt")]) == 0)
        func ids(_ q: String, _ l: Language = .ru, all: Bool = false, asOf: String? = nil) throws -> [String] {
            try library.search(q, language: l, asOf: asOf, today: "2026-11-27", allEditions: all).map(\.eId.rawValue)
        }
        // «рабочей группой» finds «рабочая группа», «рабочей группы», «рабочую группу»
        let found = try ids("рабочая группа")
        #expect(found.contains("art_8__para_1") && found.contains("art_8__para_3") && found.contains("art_1__point_2"))
        #expect(try ids("рабочей группой") == found)
        // a phrase keeps its order; Kazakh endings and Kazakh letters
        #expect(try ids("\"группы размещается\"") == ["art_8__para_5"])
        #expect(try ids("жұмыс тобының", .kk).contains("art_8-1__para_2"))
        #expect(try ids("жумыс", .kk).isEmpty, "у is not ұ")
        // the edition in force: a clause added in 2022 is not in 2021
        #expect(try ids("размещается", asOf: "2021-06-01").contains("art_8__para_5") == false)
        // every edition: a clause that reads the same in both is one hit spanning them
        let merged = try library.search("формируется рабочей группой", language: .ru, asOf: nil, today: "2026-11-27", allEditions: true)
        #expect(merged.first?.eId == "art_8__para_1" && merged.first?.editions == ["2021-01-10", "2022-03-25"])
        #expect(merged.first?.snippet.contains("**рабочей** **группой**") == true)
        // no FTS5 syntax reaches SQLite; nothing found is an empty list
        #expect(try ids("NEAR(совет* OR -группа").isEmpty, "read as the words near, совет, or, группа: all four are needed")
        #expect(try ids("совет* -группа") == ids("совет группа"))
        #expect(try ids("несуществующееслово").isEmpty)
        #expect(KenesCommand.run(["library", "search", "несуществующееслово", "--library", path]) == 0)
    }

    /// Postings read best first, stopping once nothing unread can rank higher (the threshold
    /// algorithm), give the same hits in the same order as weighing every wording FTS5 finds: on
    /// generated acts (SYNTHETIC, `SyntheticAct`) in three editions each, Russian and Kazakh, in
    /// force and in every edition; for a frequent word far fewer wordings are weighed.
    @Test func rankingThatStopsEarlyFindsTheSameHits() throws {
        for w in 1...3 {
            let folder = dir.appendingPathComponent("w\(w)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let pair = SyntheticAct.pair(targetBytes: 120_000, seed: UInt64(w))
            for (language, first) in [(Language.ru, pair.ru.text), (.kk, pair.kk.text)] {
                var text = first.replacingOccurrences(of: "№ 1-SYN", with: "№ \(w)-SYN")
                for e in 1...3 {
                    if e > 1 { text = SyntheticAct.mutate(text, language: language, seed: UInt64(w * 10 + e), insertChapter: false) }
                    let dated = text.replacingOccurrences(of: "synthetic: yes\n", with: "synthetic: yes\nedition: 202\(e)-01-01\n")
                    try dated.write(to: folder.appendingPathComponent("\(language.rawValue)-e\(e).txt"), atomically: true, encoding: .utf8)
                }
            }
            #expect(add([folder.path]) == 0)
        }
        let library = try ActLibrary(path: path)
        var frequent: (early: Int, every: Int) = (0, 0)
        for (query, language) in [("контроль", Language.ru), ("рабочая группа", .ru), ("\"государственного органа\"", .ru),
                                  ("решение принимается", .ru), ("рабочая группа общественного совета контроль решение", .ru),
                                  ("кеңес", .kk), ("мемлекеттік органның", .kk), ("қоғамдық кеңес жұмыс тобы", .kk)] {
            for (all, asOf) in [(false, nil), (true, nil), (false, "2022-06-01")] {
                for limit in [1, 7, 20] {
                    func run(_ few: Int) throws -> (hits: [SearchHit], weighed: Int) {
                        try library.search(query, language: language, asOf: asOf, today: "2026-11-27", allEditions: all, work: nil,
                                           limit: limit, weighingAllUpTo: few)
                    }
                    let (early, every) = (try run(0), try run(1 << 30))
                    #expect(early.hits == every.hits, "\(query) all=\(all) asOf=\(asOf ?? "-") limit=\(limit)")
                    #expect(every.hits.count == limit, "\(query): the generated acts have enough")
                    if query == "контроль", !all, asOf == nil, limit == 7 { frequent = (early.weighed, every.weighed) }
                }
            }
        }
        #expect(frequent.early * 4 < frequent.every, "\(frequent)")
        #expect(try library.verify().isEmpty)
        // an edition replaced: its wordings no other edition has leave the postings with it
        let replaced = dir.appendingPathComponent("w1/ru-e2.txt")
        let text = try String(contentsOf: replaced, encoding: .utf8)
        try SyntheticAct.mutate(text, language: .ru, seed: 99, insertChapter: false).write(to: replaced, atomically: true, encoding: .utf8)
        #expect(add([replaced.path, "--replace"]) == 0)
        #expect(try library.verify().isEmpty)
    }

    /// A library of the first schema (v1: sources inside the expression rows, the search index
    /// with `unicode61`) is migrated when opened: the same works, search hits and sources.
    @Test func aLibraryOfTheFirstSchemaIsMigrated() throws {
        let current = try twoEditions()
        let before = try current.search("рабочей группой", language: .ru, asOf: nil, today: "2026-11-27")
        #expect(before.count > 2)
        // the same rows in a database of the first schema
        let oldPath = dir.appendingPathComponent("v1.sqlite").path
        let q = try DatabaseQueue(path: oldPath)
        try ActLibrary.migrator.migrate(q, upTo: "v1")
        try q.writeWithoutTransaction { db in
            try db.execute(sql: "ATTACH DATABASE ? AS cur", arguments: [path])
            try db.execute(sql: """
                INSERT INTO work SELECT * FROM cur.work;
                INSERT INTO expression (id, work, language, edition, synthetic, excerpt, title, source_name, source_format, source, units, content)
                    SELECT e.id, work, language, edition, synthetic, excerpt, title, source_name, source_format, s.bytes, units, content
                    FROM cur.expression e JOIN cur.source s ON s.expression = e.id;
                INSERT INTO wording SELECT * FROM cur.wording;
                INSERT INTO unit SELECT * FROM cur.unit;
                INSERT INTO unit_fts (rowid, words) SELECT rowid, words FROM cur.unit_fts;
                INSERT INTO citation SELECT * FROM cur.citation;
                INSERT INTO change SELECT * FROM cur.change;
                """)
            try db.execute(sql: "DETACH DATABASE cur")
        }
        try q.close()
        let migrated = try ActLibrary(path: oldPath)
        #expect(try migrated.works() == current.works())
        #expect(try migrated.search("рабочей группой", language: .ru, asOf: nil, today: "2026-11-27") == before)
        #expect(try migrated.verify().isEmpty)
        let schema = try DatabaseQueue(path: oldPath).read { db in try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE name = 'unit_fts'") }
        #expect(schema?.contains("'ascii'") == true)
    }

    /// Units citing a clause, within the act and from another act that names it by title; a
    /// synthetic act is never linked to an authentic one. The citing act is SYNTHETIC.
    @Test func citesWithinTheActAndFromOtherActs() throws {
        let library = try twoEditions()
        let other = dir.appendingPathComponent("other-act.txt")
        try """
            ---
            source: written for Kenes to test citations between acts of the library
            provenance: SYNTHETIC — every word, number and date in this file is invented for testing; it is not the text of any act
            synthetic: yes
            ---
            ЗАКОН РЕСПУБЛИКИ КАЗАХСТАН

            О синтетическом порядке (синтетический текст для тестов Kenes)

            от 1 февраля 2020 года № 5-SYN

            Статья 1. Порядок
            1. Рабочая группа образуется в порядке, предусмотренном пунктом 1 статьи 8 Закона Республики Казахстан «Об общественных советах (синтетический текст для тестов Kenes)».
            2. Иные вопросы регулируются статьей 9 того же Закона.
            """.write(to: other, atomically: true, encoding: .utf8)
        #expect(add([other.path]) == 0)
        let (target, _, citedBy) = try library.citing("ст. 8", in: "1-SYN", language: .ru, asOf: nil, today: "2026-11-27")
        #expect(target == "art_8")
        #expect(citedBy.map { "\($0.work) \($0.eId)" } == ["law-2015-01-01-1-SYN art_8-1__para_1", "law-2015-01-01-1-SYN art_20__para_1",
                                                         "law-2020-02-01-5-SYN art_1__para_1"])
        // the Law's authentic excerpt is never linked to the synthetic acts
        #expect(add([Repo.path("corpus/excerpts/law-2015-public-councils-ru.txt")]) == 0)
        #expect(try library.citing("ст. 8", in: "383-V", language: .ru, asOf: nil, today: "2026-11-27").citedBy.allSatisfy { $0.work == "law-2015-11-02-383-V" })
    }

    @Test func checkAndExport() throws {
        _ = try twoEditions()
        #expect(KenesCommand.run(["library", "check", "--library", path]) == 0)
        let out = dir.appendingPathComponent("export.txt").path
        #expect(KenesCommand.run(["library", "export", "1-SYN@2021-01-10", "--library", path, "-o", out]) == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: out)) == Data(contentsOf: URL(fileURLWithPath: Repo.path("corpus/synthetic/public-councils-ru.txt"))),
                "the source as added, byte for byte")
        #expect(KenesCommand.run(["parity", "1-SYN", "--as-of", "2021-06-01", "--library", path]) == 2, "the Kazakh text is not in this library")
        #expect(add([Repo.path("corpus/synthetic/public-councils-kk.txt")]) == 0)
        #expect(KenesCommand.run(["parity", "1-SYN", "--as-of", "2021-06-01", "--library", path]) == 0)
        #expect(KenesCommand.run(["parity", "1-SYN", "--as-of", "2022-06-01", "--library", path]) == 1, "the Russian edition of 2022 against the Kazakh of 2021")
    }

    /// The library's reports speak the language asked (`--locale`), else the act's.
    @Test func reportsSpeakTheirLocale() throws {
        _ = try twoEditions()
        let env = KenesEnvironment(today: Date(), baseFolder: dir)
        func history(_ locale: String?) throws -> String {
            String(decoding: try LibraryUseCase.history(work: "1-SYN", reference: "ст. 8 п. 5", language: .ru, library: path, format: .text,
                                                        locale: locale, env).1.bytes(), as: UTF8.self)
        }
        let ru = try history(nil), en = try history("en")
        #expect(ru.contains("2022-03-25  art_8__para_5  действует  (дополнено)") && ru.contains("отсутствует"), "\(ru)")
        #expect(en.contains("2022-03-25  art_8__para_5  in force  (inserted)") && en.contains("absent"), "\(en)")
        #expect(EnglishWords.of(ru, allowed: ["syn", "ru"]).isEmpty, "\(ru)")   // «[ru]» names the language
    }

    /// `--library library.sqlite`: a bare file name is a library in the current folder.
    @Test func aLibraryNamedWithoutAFolder() throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("kenes")
        p.arguments = ["library", "add", "--library", "library.sqlite", Repo.path("corpus/synthetic/public-councils-ru.txt")]
        p.currentDirectoryURL = dir
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
        #expect(try ActLibrary(path: path).works().map(\.id) == ["law-2015-01-01-1-SYN"])
    }

    /// Four processes adding at once to a new library: all finish, the database is whole (WAL,
    /// busy timeout, opening and migrating one process at a time).
    @Test func concurrentWriters() throws {
        let kenes = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("kenes").path
        let files = [["corpus/synthetic/public-councils-ru.txt", "corpus/excerpts/law-2015-public-councils-ru.txt"],
                     ["corpus/synthetic/public-councils-kk.txt", "corpus/excerpts/law-2015-public-councils-kk.txt"],
                     ["corpus/synthetic/closing-words-ru.txt", "corpus/synthetic/public-councils-ru.txt"],
                     ["corpus/synthetic/closing-words-kk.txt", "corpus/synthetic/public-councils-kk.txt"]]
        let runs = files.map { list -> (Process, Pipe) in
            let p = Process(), err = Pipe()
            p.executableURL = URL(fileURLWithPath: kenes)
            p.arguments = ["library", "add", "--library", path] + list.map(Repo.path)
            p.standardOutput = FileHandle.nullDevice
            p.standardError = err
            return (p, err)
        }
        for (p, _) in runs { try p.run() }
        for (p, _) in runs { p.waitUntilExit() }
        let errors = runs.map { String(decoding: $0.1.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self) }
        #expect(runs.map(\.0.terminationStatus) == [0, 0, 0, 0], "\(errors)")
        let works = try ActLibrary(path: path).works()
        #expect(works.reduce(0) { $0 + $1.expressions.count } == 6)
        #expect(try ActLibrary(path: path).integrityCheck() == "ok")
    }
}
