import ArgumentParser
import Foundation
import KenesAct
import KenesAmend
import KenesCheck
import KenesDiff
import KenesExtract
import KenesImport
import KenesRender
import KenesService

struct Demo: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run Kenes over the bundled corpus: parse every act and show what it found.",
        discussion: "Files under corpus/broken/ are expected to be refused; the demo fails if one is accepted or a good file is refused.")

    @Option(help: "The corpus folder.")
    var corpus = "corpus"

    func run() throws {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: corpus, isDirectory: &isDir), isDir.boolValue, let items = fm.enumerator(atPath: corpus) else {
            Output.error("\(corpus): error: no such folder (run from the repository root or pass --corpus)")
            throw ExitCode(2)
        }
        let all = items.compactMap { $0 as? String }
        let files = all.filter { ($0.hasSuffix(".txt") || $0.hasSuffix(".html") || $0.hasSuffix(".docx")) && !$0.hasPrefix("amendments/") }.sorted()
        var failures = 0
        print("Parsing \(files.count) acts in \(corpus)/\n")
        for f in files {
            let path = "\(corpus)/\(f)"
            let expectBroken = f.hasPrefix("broken/")
            do {
                let act = try Importer.load(path: path)
                let tree = act.tree()
                var articles = 0, clauses = 0, notes = act.notes.count, citations = 0, resolved = 0
                tree.forEach { u in
                    if u.kind == .article { articles += 1 }
                    if u.kind == .paragraph || u.kind == .point { clauses += 1 }
                    notes += u.kind == .act ? 0 : u.notes.count
                    citations += u.citations.count
                    resolved += u.citations.filter { $0.status == .resolved }.count
                }
                let roundTrip = PlainText.lossless(act) == act.source
                let m = act.metadata
                print("✓ \(f)  [\(m.language.rawValue), \(m.kind.rawValue)\(m.isSynthetic ? ", synthetic" : "")\(m.isExcerpt ? ", excerpt" : "")]")
                print("    \(m.title ?? "—")")
                print("    \(articles) articles, \(clauses) clauses/subclauses, \(notes) notes, \(citations) citations (\(resolved) resolved), \(act.diagnostics.count) warnings, round trip \(roundTrip ? "ok" : "FAILED")")
                for d in act.diagnostics.prefix(3) { print("    warning: line \(d.location.line): \(d.message)") }
                if !roundTrip || expectBroken { failures += 1; print("    ✗ expected \(expectBroken ? "a refusal" : "a lossless round trip")") }
            } catch {
                if expectBroken { print("✓ \(f)  refused as expected:\n    \(error.description)") }
                else { failures += 1; print("✗ \(f)\n    \(error.description)") }
            }
        }
        failures += compareVersions()
        failures += compareLanguages()
        failures += applyAmendments()
        failures += buildCourses()
        failures += libraryTour()
        failures += checkRosters()
        print("")
        if failures > 0 {
            print("\(failures) file(s) did not behave as expected")
            throw ExitCode(2)
        }
        print("All \(files.count) corpus files behaved as expected.")
    }

    /// Checks every example roster (edition 2015, nominal profile, then the other readings) and the
    /// composition table; the body and level come from the file or its name.
    func checkRosters() -> Int {
        let fm = FileManager.default
        let dir = "\(corpus)/rosters"
        guard let names = try? fm.contentsOfDirectory(atPath: dir) else { return 0 }
        var failures = 0
        print("\nChecking the rosters in \(dir)/ against the Law «Об общественных советах» (edition 2015, profile nominal)\n")
        let env = currentEnvironment()
        for name in names.sorted() where [".csv", ".xlsx", ".json", ".yaml"].contains(where: name.hasSuffix) {
            let body: Body? = name.hasPrefix("council") ? .council : name.hasPrefix("working-group") ? .workingGroup : nil
            let level: Level = name.contains("republican") ? .republican : .local
            do {
                // the file's own body and level first (JSON, YAML), then the name's
                let options = CheckUseCase.Options(input: .roster("\(dir)/\(name)"), body: body, level: level)
                guard let r = try CheckUseCase.run(options, env).check else { continue }
                let verdict = r.compliant.map { $0 ? "compliant" : "VIOLATION" } ?? "UNDETERMINED"
                let others = r.underOtherProfiles.map { "\($0.profile): \($0.compliant.map { $0 ? "compliant" : "violation" } ?? "undetermined")" }
                print("• \(name): \(verdict)  (\(others.joined(separator: ", ")))")
                for f in r.findings where f.status == .violation {
                    print("    ✗ \(f.cite?.label ?? f.rule): \(f.actual?.en ?? "")\(f.fix.map { " — fix: \($0.en)" } ?? "")")
                }
                if !r.errors.isEmpty { print("    \(r.errors.count) row(s) not counted") }
                if !r.inferred.isEmpty { print("    no category column: \(r.inferred.count) categories proposed from the place of work, to confirm with --assign") }
            } catch {
                failures += 1
                print("✗ \(name): \(error)")
            }
        }
        do {
            let table = "\(corpus)/data/local-councils-composition-national.csv"
            let bundled = RuleFiles.bundled
            let categories = try CategoryCatalog(csv: bundled.read(RuleFiles.categories), file: RuleFiles.categories)
            let profiles = try ProfileSet.load(RuleFiles.profiles, from: bundled, categories: categories)
            let c = try CompositionReport.read(path: table, categories: categories, profiles: profiles)
            print("\nLocal councils, all regions (the report's table 5), civil-society share:")
            for g in c.groups {
                print("  \(g.year): " + c.profiles.map { "\($0) \(g.civilShare[$0]!.percent())\(g.civilShare[$0]! < c.threshold ? " ✗" : "")" }.joined(separator: ", "))
            }
        } catch {
            failures += 1
            print("✗ composition: \(error)")
        }
        return failures
    }

    /// The synthetic act against its synthetic draft: the changes and the comparative table.
    func compareVersions() -> Int {
        let old = "\(corpus)/synthetic/public-councils-ru.txt", new = "\(corpus)/synthetic/public-councils-ru-draft.txt"
        guard FileManager.default.fileExists(atPath: new) else { return 0 }
        print("\nComparing \(old) with \(new):\n")
        do {
            let d = ActDiffer.diff(old: try ActParser.parse(path: old), new: try ActParser.parse(path: new))
            let table = ComparativeTable(d)
            for r in table.rows {
                print("  \(r.number). \(r.kind.rawValue): \(r.element)")
            }
            print("  " + DiffRenderer.summary(d, locale: .en))
            return 0
        } catch {
            print("✗ \(error)")
            return 1
        }
    }

    /// The Russian and Kazakh texts of each corpus act compared. The synthetic pairs and the
    /// Law's excerpts agree; the report's quotes of the 2020 Указ do not (Раздел VIII in Russian,
    /// VIII тарау in Kazakh), which is the finding expected.
    func compareLanguages() -> Int {
        let pairs: [(String, Int)] = [("synthetic/public-councils", 0), ("synthetic/closing-words", 0),
                                      ("excerpts/law-2015-public-councils", 0), ("excerpts/draft-2013-public-control", 0),
                                      ("excerpts/decree-2020", 2)]
        print("\nComparing the Russian and Kazakh texts (kenes parity):\n")
        var failures = 0
        let env = currentEnvironment()
        for (name, expected) in pairs {
            do {
                let r = try ParityUseCase.run(.init(first: ActSource(path: "\(corpus)/\(name)-ru.txt"), second: ActSource(path: "\(corpus)/\(name)-kk.txt")), env).report
                let ok = r.findings.count == expected
                print("\(ok ? "✓" : "✗") \(name)-{ru,kk}.txt: \(ParityRenderer.summary(r, locale: .en))")
                for f in r.findings { print("    \(f.kind.rawValue) \(f.eId): \(f.explanation.en)") }
                if !ok { failures += 1 }
            } catch {
                failures += 1
                print("✗ \(name): \(error)")
            }
        }
        return failures
    }

    /// A temporary library (the user's own is not touched): the synthetic act in two editions —
    /// the corpus text and the text the synthetic law of 2022 makes of it — and the Law's
    /// excerpts; then a clause as of two dates, a history and a search.
    func libraryTour() -> Int {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kenes-demo-library-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let library = dir.appendingPathComponent("library.sqlite").path
        print("\nThe act library (a temporary one at \(library)):\n")
        var env = currentEnvironment()
        env.libraryPath = library
        do {
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            let act = try ActParser.parse(path: "\(corpus)/synthetic/public-councils-ru.txt")
            let second = dir.appendingPathComponent("public-councils-ru-2022.txt").path
            try Amender.amend(act, withFileAt: "\(corpus)/amendments/law-2022-ru.txt").text.write(toFile: second, atomically: true, encoding: .utf8)
            for (paths, edition) in [(["\(corpus)/synthetic/public-councils-ru.txt", "\(corpus)/synthetic/public-councils-kk.txt",
                                       "\(corpus)/excerpts/law-2015-public-councils-ru.txt", "\(corpus)/excerpts/law-2015-public-councils-kk.txt"], nil as String?),
                                     ([second], "2022-03-25")] {
                let r = try LibraryUseCase.add(paths: paths, edition: edition, replace: false, library: library, env)
                print(String(decoding: try r.output.bytes(), as: UTF8.self), terminator: "")
                if r.refused { return 1 }
            }
            for day in ["2021-06-01", "2022-06-01"] {
                var source = ActSource(path: "1-SYN")
                source.asOf = day
                let found = try source.load(env).unit("art_8__para_5")
                print("\n«ст. 8 п. 5» of 1-SYN as of \(day): " + (found.map { "«\($0.text)»" } ?? "not in the edition then in force"))
            }
            let (_, history) = try LibraryUseCase.history(work: "1-SYN", reference: "ст. 9", language: .ru, library: library, format: .text, env)
            print("\n" + String(decoding: try history.bytes(), as: UTF8.self), terminator: "")
            let (_, hits) = try LibraryUseCase.search("рабочей группой", language: .ru, asOf: nil, allEditions: false, work: nil, limit: 3,
                                                      library: library, format: .text, env)
            print("\nSearch «рабочей группой»:\n" + String(decoding: try hits.bytes(), as: UTF8.self), terminator: "")
            return 0
        } catch {
            print("✗ library: \(error)")
            return 1
        }
    }

    /// Each amending law in corpus/amendments/ applied to the act its `amends:` entry names.
    func applyAmendments() -> Int {
        let dir = "\(corpus)/amendments"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir) else { return 0 }
        var failures = 0
        for name in names.filter({ $0.hasSuffix(".txt") }).sorted() {
            let path = "\(dir)/\(name)"
            do {
                let text = try String(contentsOfFile: path, encoding: .utf8)
                guard let line = text.split(separator: "\n").first(where: { $0.hasPrefix("amends: ") }) else { continue }
                let target = "\(corpus)/\(line.dropFirst("amends: ".count))"   // relative to the corpus folder
                let act = try ActParser.parse(path: target)
                let amended = try Amender.amend(act, withFileAt: path)
                let d = ActDiffer.diff(old: act, new: amended.act)
                print("\nApplying \(path) to \(target):\n  " + DiffRenderer.summary(d, locale: .en))
            } catch {
                failures += 1
                print("✗ \(path): \(error)")
            }
        }
        return failures
    }

    /// Builds every sample course in corpus/courses/ and says what it holds.
    func buildCourses() -> Int {
        let dir = "\(corpus)/courses"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir) else { return 0 }
        var failures = 0
        for name in names.sorted() where name.hasSuffix(".yaml") {
            do {
                let c = try Course.load("\(dir)/\(name)") { try ActParser.parse(path: $0) }
                let units = c.modules.reduce(0) { $0 + $1.extract.items.count }
                let terms = ExtractRenderer.glossaries(c).reduce(0) { $0 + $1.1.entries.count }
                print("\nCourse \(name): «\(c.title)» — \(c.modules.count) modules, \(units) extracts, \(terms) glossary terms")
                for (i, m) in c.modules.enumerated() { print("  \(i + 1). \(m.title) (\(m.refs))") }
                print("  render it: kenes extract --course \(dir)/\(name) --format html -o course.html")
            } catch {
                failures += 1
                print("✗ \(name): \(error)")
            }
        }
        return failures
    }
}
