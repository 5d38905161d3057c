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

    @Option(help: "The language of the tour: ru, kk or en (default: KENES_LOCALE, else Russian).")
    var locale: String?

    /// The tour's language.
    var l: ReportLocale { currentEnvironment(locale: locale).refusalLocale() }

    /// A sentence of the tour in its language.
    func t(_ ru: String, _ kk: String, _ en: String) -> String { Message(ru: ru, kk: kk, en: en)[l] }

    /// A refusal, in the tour's language when it is one of Kenes's own.
    func said(_ error: Error) -> String { (error as? any Refusal)?.description(l) ?? "\(error)" }

    func run() throws {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: corpus, isDirectory: &isDir), isDir.boolValue, let items = fm.enumerator(atPath: corpus) else {
            Output.error(Message(ru: "нет такой папки (запустите из корня репозитория или укажите --corpus)", kk: "мұндай қалта жоқ (репозиторий түбірінен іске қосыңыз немесе --corpus көрсетіңіз)",
                                 en: "no such folder (run from the repository root or pass --corpus)").refusal(at: corpus, l))
            throw ExitCode(2)
        }
        let all = items.compactMap { $0 as? String }
        let files = all.filter { ($0.hasSuffix(".txt") || $0.hasSuffix(".html") || $0.hasSuffix(".docx")) && !$0.hasPrefix("amendments/") }.sorted()
        var failures = 0
        print(t("Разбор актов в \(corpus)/: \(files.count)\n", "\(corpus)/ ішіндегі актілерді талдау: \(files.count)\n", "Parsing \(files.count) acts in \(corpus)/\n"))
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
                print("✓ \(f)  [\(m.language.rawValue), \(m.kind.rawValue)\(m.isSynthetic ? ", " + t("синтетический", "синтетикалық", "synthetic") : "")\(m.isExcerpt ? ", " + t("извлечение", "үзінді", "excerpt") : "")]")
                print("    \(m.title ?? "—")")
                print("    " + t("статей \(articles), пунктов и подпунктов \(clauses), примечаний \(notes), ссылок \(citations) (разрешено \(resolved)), предупреждений \(act.diagnostics.count), обратный вывод \(roundTrip ? "без потерь" : "С ПОТЕРЯМИ")",
                                  "баптар \(articles), тармақтар мен тармақшалар \(clauses), ескертпелер \(notes), сілтемелер \(citations) (шешілгені \(resolved)), ескертулер \(act.diagnostics.count), кері шығару \(roundTrip ? "шығынсыз" : "ШЫҒЫНМЕН")",
                                  "\(articles) articles, \(clauses) clauses/subclauses, \(notes) notes, \(citations) citations (\(resolved) resolved), \(act.diagnostics.count) warnings, round trip \(roundTrip ? "ok" : "FAILED")"))
                for d in act.diagnostics.prefix(3) { print("    " + d.description(l)) }
                if !roundTrip || expectBroken { failures += 1; print("    ✗ " + (expectBroken ? t("ожидался отказ", "бас тарту күтілген", "expected a refusal") : t("ожидался вывод без потерь", "шығынсыз шығару күтілген", "expected a lossless round trip"))) }
            } catch {
                if expectBroken { print("✓ \(f)  " + t("отклонён, как и ожидалось", "күтілгендей қабылданбады", "refused as expected") + ":\n    \(said(error))") }
                else { failures += 1; print("✗ \(f)\n    \(said(error))") }
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
            print(t("вели себя не так, как ожидалось: \(failures)", "күтілгендей болмағандар: \(failures)", "\(failures) file(s) did not behave as expected"))
            throw ExitCode(2)
        }
        print(t("Все файлы корпуса (\(files.count)) ведут себя как ожидалось.", "Корпустың барлық файлы (\(files.count)) күтілгендей.", "All \(files.count) corpus files behaved as expected."))
    }

    /// Checks every example roster (edition 2015, nominal profile, then the other readings) and the
    /// composition table; the body and level come from the file or its name.
    func checkRosters() -> Int {
        let fm = FileManager.default
        let dir = "\(corpus)/rosters"
        guard let names = try? fm.contentsOfDirectory(atPath: dir) else { return 0 }
        var failures = 0
        print("\n" + t("Проверка списков в \(dir)/ по Закону «Об общественных советах» (редакция 2015 года, профиль nominal)",
                        "\(dir)/ ішіндегі тізімдерді «Қоғамдық кеңестер туралы» Заң бойынша тексеру (2015 жылғы редакция, nominal бейіні)",
                        "Checking the rosters in \(dir)/ against the Law «Об общественных советах» (edition 2015, profile nominal)") + "\n")
        let env = currentEnvironment(locale: locale)
        for name in names.sorted() where [".csv", ".xlsx", ".json", ".yaml"].contains(where: name.hasSuffix) {
            let body: Body? = name.hasPrefix("council") ? .council : name.hasPrefix("working-group") ? .workingGroup : nil
            let level: Level = name.contains("republican") ? .republican : .local
            do {
                // the file's own body and level first (JSON, YAML), then the name's
                let options = CheckUseCase.Options(input: .roster("\(dir)/\(name)"), body: body, level: level)
                guard let r = try CheckUseCase.run(options, env).check else { continue }
                let verdict = CheckMessages.Report.verdict(r.compliant)[l].uppercased()
                let others = r.underOtherProfiles.map { "\($0.profile): \(CheckMessages.Report.verdict($0.compliant)[l])" }
                print("• \(name): \(verdict)  (\(others.joined(separator: ", ")))")
                for f in r.findings where f.status == .violation {
                    print("    ✗ \(f.cite?.label ?? f.rule): \(f.actual?[l] ?? "")\(f.fix.map { " — " + t("исправление", "түзету", "fix") + ": \($0[l])" } ?? "")")
                }
                if !r.errors.isEmpty { print("    " + t("строк не учтено: \(r.errors.count)", "есепке алынбаған жолдар: \(r.errors.count)", "\(r.errors.count) row(s) not counted")) }
                if !r.inferred.isEmpty { print("    " + t("нет столбца категорий: по месту работы предложено категорий \(r.inferred.count), подтвердите их через --assign",
                                                        "санат бағаны жоқ: жұмыс орны бойынша \(r.inferred.count) санат ұсынылды, оларды --assign арқылы растаңыз",
                                                        "no category column: \(r.inferred.count) categories proposed from the place of work, to confirm with --assign")) }
            } catch {
                failures += 1
                print("✗ \(name): \(said(error))")
            }
        }
        do {
            let table = "\(corpus)/data/local-councils-composition-national.csv"
            let bundled = RuleFiles.bundled
            let categories = try CategoryCatalog(csv: bundled.read(RuleFiles.categories), file: RuleFiles.categories)
            let profiles = try ProfileSet.load(RuleFiles.profiles, from: bundled, categories: categories)
            let c = try CompositionReport.read(path: table, categories: categories, profiles: profiles)
            print("\n" + t("Местные общественные советы, все регионы (таблица 5 доклада), доля гражданского общества:",
                            "Жергілікті қоғамдық кеңестер, барлық өңірлер (баяндаманың 5-кестесі), азаматтық қоғам үлесі:",
                            "Local councils, all regions (the report's table 5), civil-society share:"))
            for g in c.groups {
                print("  \(g.year): " + c.profiles.map { "\($0) \(g.civilShare[$0]!.percent(locale: l))\(g.civilShare[$0]! < c.threshold ? " ✗" : "")" }.joined(separator: ", "))
            }
        } catch {
            failures += 1
            print("✗ composition: \(said(error))")
        }
        return failures
    }

    /// The synthetic act against its synthetic draft: the changes and the comparative table.
    func compareVersions() -> Int {
        let old = "\(corpus)/synthetic/public-councils-ru.txt", new = "\(corpus)/synthetic/public-councils-ru-draft.txt"
        guard FileManager.default.fileExists(atPath: new) else { return 0 }
        print("\n" + t("Сравнение \(old) с \(new):", "\(old) және \(new) салыстыру:", "Comparing \(old) with \(new):") + "\n")
        do {
            let d = ActDiffer.diff(old: try ActParser.parse(path: old), new: try ActParser.parse(path: new))
            let table = ComparativeTable(d, locale: l)
            for r in table.rows {
                print("  \(r.number). \(DiffMessages.kind(r.kind)[l]): \(r.element)")
            }
            print("  " + DiffRenderer.summary(d, locale: l))
            return 0
        } catch {
            print("✗ \(said(error))")
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
        print("\n" + t("Сравнение русских и казахских текстов (kenes parity):", "Орысша және қазақша мәтіндерді салыстыру (kenes parity):",
                       "Comparing the Russian and Kazakh texts (kenes parity):") + "\n")
        var failures = 0
        let env = currentEnvironment(locale: locale)
        for (name, expected) in pairs {
            do {
                let r = try ParityUseCase.run(.init(first: ActSource(path: "\(corpus)/\(name)-ru.txt"), second: ActSource(path: "\(corpus)/\(name)-kk.txt")), env).report
                let ok = r.findings.count == expected
                print("\(ok ? "✓" : "✗") \(name)-{ru,kk}.txt: \(ParityRenderer.summary(r, locale: l))")
                for f in r.findings { print("    \(f.eId): \(f.explanation[l])") }
                if !ok { failures += 1 }
            } catch {
                failures += 1
                print("✗ \(name): \(said(error))")
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
        print("\n" + t("Библиотека актов (временная, в \(library)):", "Актілер кітапханасы (уақытша, \(library) ішінде):", "The act library (a temporary one at \(library)):") + "\n")
        var env = currentEnvironment(locale: locale)
        env.libraryPath = library
        do {
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            let r = try DemoLibrary.build(corpus: corpus, library: library, env)
            print(String(decoding: try r.output.bytes(), as: UTF8.self), terminator: "")
            if r.refused { return 1 }
            for day in ["2021-06-01", "2022-06-01"] {
                var source = ActSource(path: "1-SYN")
                source.asOf = day
                let found = try source.load(env).unit("art_8__para_5")
                print("\n" + t("«ст. 8 п. 5» акта 1-SYN на \(day): ", "1-SYN актісінің «ст. 8 п. 5» \(day) күнгі мәтіні: ", "«ст. 8 п. 5» of 1-SYN as of \(day): ")
                      + (found.map { "«\($0.text)»" } ?? t("нет в редакции, действовавшей тогда", "сол кездегі редакцияда жоқ", "not in the edition then in force")))
            }
            let (_, history) = try LibraryUseCase.history(work: "1-SYN", reference: "ст. 9", language: .ru, library: library, format: .text, env)
            print("\n" + String(decoding: try history.bytes(), as: UTF8.self), terminator: "")
            let (_, hits) = try LibraryUseCase.search("рабочей группой", language: .ru, asOf: nil, allEditions: false, work: nil, limit: 3,
                                                      library: library, format: .text, env)
            print("\n" + t("Поиск", "Іздеу", "Search") + " «рабочей группой»:\n" + String(decoding: try hits.bytes(), as: UTF8.self), terminator: "")
            return 0
        } catch {
            print("✗ library: \(said(error))")
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
                print("\n" + t("Применение \(path) к \(target):", "\(path) заңын \(target) актісіне қолдану:", "Applying \(path) to \(target):") + "\n  " + DiffRenderer.summary(d, locale: l))
            } catch {
                failures += 1
                print("✗ \(path): \(said(error))")
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
                print("\n" + t("Курс \(name): «\(c.title)» — модулей \(c.modules.count), извлечений \(units), терминов глоссария \(terms)",
                                "\(name) курсы: «\(c.title)» — модульдер \(c.modules.count), үзінділер \(units), глоссарий терминдері \(terms)",
                                "Course \(name): «\(c.title)» — \(c.modules.count) modules, \(units) extracts, \(terms) glossary terms"))
                for (i, m) in c.modules.enumerated() { print("  \(i + 1). \(m.title) (\(m.refs))") }
                print("  " + t("вывести", "шығару", "render it") + ": kenes extract --course \(dir)/\(name) --format html -o course.html")
            } catch {
                failures += 1
                print("✗ \(name): \(said(error))")
            }
        }
        return failures
    }
}
