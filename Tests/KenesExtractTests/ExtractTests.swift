import Foundation
import KenesAct
import KenesCLI
import KenesExtract
import KenesRender
import KenesTestSupport
import Testing
import ZIPFoundation

typealias Repo = Repository

/// Extracts as trainers ask for them.
@Suite struct ExtractTests {
    static let ru = try! Repo.act("corpus/synthetic/public-councils-ru.txt")
    static let kk = try! Repo.act("corpus/synthetic/public-councils-kk.txt")

    @Test func selectionByCitation() throws {
        let e = try Extract.make(act: Self.ru, refs: "ст. 8 п. 1-3; ст. 9")
        #expect(e.items.map(\.eId) == ["art_8__para_1", "art_8__para_1-1", "art_8__para_2", "art_8__para_3", "art_9"])
        let whole = try Extract.make(act: Self.ru, refs: "гл. 2; ст. 8")     // art. 8 is inside chapter 2: not repeated
        #expect(whole.items.map(\.eId) == ["chp_2"])
        #expect(try Extract.make(act: Self.ru, refs: "статьи 1, 5-7").items.map(\.eId) == ["art_1", "art_5", "art_6", "art_7"])
        #expect(try Extract.make(act: Self.kk, refs: "8-бап 2-тармақ").items.map(\.eId) == ["art_8__para_2"])
        #expect(try Extract.make(act: Self.kk, refs: "2-тарау").items.first?.main?.children.count == 6)
        #expect(try Extract.make(act: Self.ru, refs: "статьи 8-9").items.map(\.eId) == ["art_8", "art_8-1", "art_9"])
    }

    /// Closing words after a list of subclauses come after the list, not as part of its last item.
    @Test func closingWordsFollowTheList() throws {
        let act = try Repo.act("corpus/synthetic/closing-words-kk.txt")
        let md = ExtractRenderer.markdown(ExtractRenderer.course(of: try Extract.make(act: act, refs: "2-бап")))
        #expect(md.contains("**3)** жауапты өзінің интернет-ресурсында орналастырады.  \nОсы баптың 1) тармақшасында көрсетілген мерзім"))
        #expect(md.contains("ұзартылуы мүмкін.  \nЖауапқа мемлекеттік органның бірінші басшысы"))
        let used = try Extract.make(act: act, refs: "1-бап 1-тармақ")
        #expect(used.items.first?.main?.wrapUp?.hasPrefix("Осы тармақтың 2) тармақшасында") == true)
    }

    @Test func badReferencesAreErrorsThatHelp() throws {
        do { _ = try Extract.make(act: Self.ru, refs: "ст. 8 п. 7"); Issue.record("accepted") }
        catch {
            #expect(error.text.en.contains("п. 7 ст. 8 (art_8__para_7) not in this act; nearest: п. 4 ст. 8 (art_8__para_4)"))
            // in the act's language by default, named as its lawyers write it
            #expect(error.description(.ru).contains("ошибка: «ст. 8 п. 7»: п. 7 ст. 8 (art_8__para_7) нет в этом акте; ближайшие: п. 4 ст. 8 (art_8__para_4)"))
        }
        let act = try ActParser.parse(text: "Статья 1. А\n1. Один.\n1-3. Вставленный.\n2. Два.\n3. Три.\n")
        do { _ = try Extract.make(act: act, refs: "ст. 1 п. 1-3"); Issue.record("accepted") }
        catch {
            #expect(error.text.en.contains("either the unit numbered as written (art_1__para_1-3)"))
            #expect(error.text.en.contains("or the range (art_1__para_1, art_1__para_1-3, art_1__para_2, art_1__para_3)"))
        }
    }

    @Test func parallelExtractAlignsByIdAndFlagsMismatches() throws {
        let e = try Extract.make(act: Self.ru, refs: "ст. 8", parallel: Self.kk)
        #expect(e.items.count == 1)
        #expect(e.items[0].main?.children.count == e.items[0].parallel?.children.count)
        #expect(e.mismatches.isEmpty)
        // a Kazakh version missing a clause
        let text = try String(contentsOfFile: Repo.path("corpus/synthetic/public-councils-kk.txt"), encoding: .utf8)
            .replacingOccurrences(of: "1-1. Жұмыс тобы қоғамдық кеңесті қалыптастыру туралы хабарландыруды бұқаралық ақпарат құралдарында жариялайды.\n", with: "")
        let kk = try ActParser.parse(text: text, options: ParseOptions(fileName: "kk.txt"))
        let m = try Extract.make(act: Self.ru, refs: "ст. 8", parallel: kk)
        #expect(m.mismatches == ["art_8__para_1-1: only in ru"])
        #expect(throws: ExtractError.self) { try Extract.make(act: Self.ru, refs: "ст. 8", parallel: Self.ru) }
    }

    @Test func glossaryFromTheDefinitionsArticle() throws {
        let g = Glossary(act: Self.ru)
        #expect(g.source == "art_1")
        #expect(g.entries.map(\.term) == ["общественный совет", "рабочая группа", "представитель гражданского общества", "уполномоченный орган"])
        #expect(g.entries[1].definition == "временный орган, образуемый для формирования состава общественного совета")
        let k = Glossary(act: Self.kk)
        #expect(k.entries.first?.term == "қоғамдық кеңес")
    }

    @Test func glossaryOfTheTermsUsedMatchesInflectedForms() throws {
        let e = try Extract.make(act: Self.ru, refs: "ст. 8 п. 2", glossary: .used)   // «в рабочей группе»
        #expect(e.glossary?.entries.map(\.term) == ["рабочая группа"])
        let k = try Extract.make(act: Self.kk, refs: "8-бап 3-тармақ", glossary: .used) // «Азаматтық қоғамның өкілдері», «жұмыс тобы»
        #expect(k.glossary?.entries.map(\.term).contains("жұмыс тобы") == true)
    }

    @Test func glossaryFromArticleOneOfTheDraftAndActsWithoutDefinitions() throws {
        let draft = Glossary(act: try Repo.act("corpus/excerpts/draft-2013-public-control-ru.txt"))
        #expect(draft.entries.map(\.term) == ["общественный контроль"])
        let law = Glossary(act: try Repo.act("corpus/excerpts/law-2015-public-councils-ru.txt"))
        #expect(law.source == nil && law.entries.isEmpty)
        let sentence = Glossary(act: try ActParser.parse(text: "Статья 3. Мониторинг\n1. Под общественным мониторингом понимается наблюдение за деятельностью органа.\n"))
        #expect(sentence.entries.first?.term == "общественным мониторингом")
        #expect(sentence.source == "clauses")
    }

    @Test func everyExtractSaysWhatItIsFrom() throws {
        let e = try Extract.make(act: try Repo.act("corpus/excerpts/law-2015-public-councils-ru.txt"), refs: "ст. 8 п. 2")
        let md = ExtractRenderer.markdown(ExtractRenderer.course(of: e))
        #expect(md.contains("Об общественных советах № 383-V от 2015-11-02 · редакция: текст, действовавший в 2020 году"))
        #expect(md.contains("### Статья 8."))
        #expect(md.contains("**2.** Представительство от государственного органа"))
        let synthetic = ExtractRenderer.markdown(ExtractRenderer.course(of: try Extract.make(act: Self.ru, refs: "ст. 1")))
        #expect(synthetic.contains("СИНТЕТИЧЕСКИЙ ТЕКСТ"))
        // asked for English, the furniture is English and the law's words stay Russian; a
        // parallel extract's Kazakh card is then English too, not Kazakh
        let both = ExtractRenderer.course(of: try Extract.make(act: Self.ru, refs: "ст. 8 п. 1", parallel: try Repo.act("corpus/synthetic/public-councils-kk.txt"), glossary: .used))
        for text in [ExtractRenderer.markdown(both, locale: .en), ExtractRenderer.html(both, locale: .en)] {
            #expect(text.contains("No. 1-SYN") == false)
            #expect(text.contains("1-SYN of 2015-01-01 · text as at: 2021-01-10 · SYNTHETIC TEXT — not an act in force"))
            #expect(!text.contains("СИНТЕТИЧЕСКИЙ") && !text.contains("СИНТЕТИКАЛЫҚ") && !text.contains("редакция"))
            #expect(text.contains("Общественный совет формируется"))
        }
        #expect(ExtractRenderer.markdown(both).contains("СИНТЕТИКАЛЫҚ МӘТІН"))
    }

    @Test func notesOnlyWhenAsked() throws {
        #expect(try Extract.make(act: Self.ru, refs: "ст. 8").items[0].main?.notes.isEmpty == true)
        #expect(try Extract.make(act: Self.ru, refs: "ст. 8", notes: true).items[0].main?.notes.count == 1)
    }

    @Test func theSampleCourse() throws {
        let course = try Course.load(Repo.path("corpus/courses/induction-ru-kk.yaml")) { try ActParser.parse(path: $0) }
        #expect(course.modules.count == 5)
        #expect(course.modules.allSatisfy { $0.extract.parallel != nil && $0.extract.mismatches.isEmpty })
        #expect(course.modules[4].extract.items.map(\.eId) == ["para_117", "para_118"])
        let html = ExtractRenderer.html(course)
        #expect(html.contains("section.module{break-before:page}"))
        #expect(html.contains("@page{size:A4"))
        #expect(html.contains("<li><a href=\"#m3\">Что такое общественный контроль (законопроект 2013 года)</a></li>"))
        #expect(!html.contains("<script") && !html.contains("<link") && !html.contains("src="))
        #expect(html.contains("<dt>қоғамдық бақылау</dt>"))
        let docx = try ExtractRenderer.docx(course)
        let archive = try Archive(data: docx, accessMode: .read)
        var xml = Data()
        _ = try archive.extract(archive["word/document.xml"]!) { xml.append($0) }
        let doc = String(decoding: xml, as: UTF8.self)
        #expect(doc.components(separatedBy: "<w:pageBreakBefore/>").count - 1 == 5)   // the contents, then a page per module
        #expect(doc.contains("Вводный курс для новых членов общественного совета"))
    }

    /// References as trainers copy them from plans and acts: sections in Roman numerals, «пп.»
    /// for clauses, levels separated by commas.
    @Test func referencesAsTrainersWriteThem() throws {
        let decree = try Repo.act("corpus/excerpts/decree-2020-ru.txt")
        #expect(try Extract.make(act: decree, refs: "раздел VIII").items.map(\.eId) == ["part_VIII"])
        #expect(try Extract.make(act: decree, refs: "пп. 117-118").items.map(\.eId) == ["para_117", "para_118"])
        #expect(try Extract.make(act: Self.ru, refs: "статья 5, пункт 1, подпункт 2").items.map(\.eId) == ["art_5__para_1__point_2"])
        #expect(try Extract.make(act: Self.ru, refs: "пп. 1-2 п. 1 ст. 5").items.map(\.eId) == ["art_5__para_1__point_1", "art_5__para_1__point_2"])
    }

    @Test func commandLine() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kenes-extract-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let ru = Repo.path("corpus/synthetic/public-councils-ru.txt"), kk = Repo.path("corpus/synthetic/public-councils-kk.txt")
        #expect(KenesCommand.run(["extract", ru, "--refs", "ст. 8 п. 1-3; ст. 9", "--parallel", kk, "--glossary", "-o", dir.appendingPathComponent("e.md").path]) == 0)
        #expect(KenesCommand.run(["extract", "--course", Repo.path("corpus/courses/induction-ru-kk.yaml"), "--format", "docx", "-o", dir.appendingPathComponent("c.docx").path]) == 0)
        #expect(KenesCommand.run(["extract", ru, "--refs", "ст. 99"]) == 2)
        #expect(KenesCommand.run(["extract", ru, "--refs", "ст. 8", "--parallel", ru]) == 2)
        #expect(KenesCommand.run(["extract", "/nonexistent.txt", "--refs", "ст. 8"]) == 2)
        #expect(KenesCommand.run(["extract", ru]) == 2)
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("never.md").path))
    }
}

/// «Only the terms used» looks a term up only where its first word could start: on a glossary
/// of 4,000 generated terms (14 s before) it keeps the same terms as trying every position.
@Suite struct GlossaryScaleTests {
    /// The definition of «used», applied the slow way: at every position of the text.
    static func naiveOccurs(_ term: String, in words: [Substring]) -> Bool {
        let stems = term.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "-" }).map { w -> Substring in
            w.count <= 4 ? w : w.prefix(max(4, w.count - 2))
        }
        guard !stems.isEmpty, words.count >= stems.count else { return false }
        return (0...(words.count - stems.count)).contains { i in stems.indices.allSatisfy { words[i + $0].hasPrefix(stems[$0]) } }
    }

    @Test func usedTermsOfALargeGlossary() throws {
        let letters = Array("абвгдежзиклмнопрстуфхцчшэюя")
        func word(_ i: Int) -> String { "слов" + String(letters[i % 27]) + String(letters[i / 27 % 27]) + String(letters[i / 729 % 27]) }
        let terms = (0..<4_000).map { "\(word($0)) \(word($0 + 4_000))" }
        var text = "---\nsynthetic: yes\n---\nЗАКОН (синтетический текст)\n\nСтатья 1. Основные понятия, используемые в настоящем Законе\n\n"
        for (i, t) in terms.enumerated() { text += "\(i + 1)) \(t) – определение номер \(i + 1);\n" }
        // article 2 uses every tenth term, inflected («…ами»)
        let used = stride(from: 0, to: 4_000, by: 10).map { terms[$0] }
        let sentence = used.map { $0.split(separator: " ").map { $0 + "ами" }.joined(separator: " ") }.joined(separator: ", ")
        text += "\nСтатья 2. Применение\n\n1. В статье говорится о \(sentence).\n"
        let act = try ActParser.parse(text: text)
        #expect(Glossary(act: act).entries.count == 4_000)
        let found = try Extract.make(act: act, refs: "ст. 2", glossary: .used).glossary?.entries.map(\.term) ?? []
        let words = ("Применение " + act.unit("art_2__para_1")!.text).lowercased().split(whereSeparator: { !$0.isLetter && $0 != "-" })
        let expected = terms.filter { Self.naiveOccurs($0, in: words) }
        #expect(found == expected, "\(found.count) terms found, \(expected.count) expected")
        #expect(Set(used).isSubset(of: Set(found)))
    }
}

/// A course may name its act by an absolute path (it was joined onto the course's folder), and
/// an act that cannot be read is said in words, not as Swift's `ExitCode(rawValue: 2)`.
@Suite struct CoursePathTests {
    @Test func anAbsoluteActPathIsTakenAsItIs() throws {
        let act = Repo.path("corpus/excerpts/law-2015-public-councils-ru.txt")
        let path = Repo.tempFile("course.yaml", "title: Курс (синтетический)\nact: \(act)\nmodules:\n  - title: Состав\n    refs: \"ст. 1 п. 7\"\n")
        let course = try Course.load(path) { try ActParser.parse(path: $0) }
        #expect(course.modules.first?.extract.items.first?.eId == "art_1__para_7")
    }

    @Test func anUnreadableActIsReportedInWords() {
        let path = Repo.tempFile("course.yaml", "title: Курс (синтетический)\nact: /nonexistent/act.txt\nmodules:\n  - title: Состав\n    refs: \"ст. 1\"\n")
        let out = Repo.tempFile("course.md", "")
        #expect(KenesCommand.run(["extract", "--course", path, "-o", out]) == 2)
    }
}
