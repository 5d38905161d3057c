import Foundation
import KenesAct
import KenesAmend
import KenesCLI
import KenesDiff
import KenesTestSupport
import Testing

typealias Repo = Repository

@Suite struct AmendTests {
    static let languages = [("ru", "corpus/synthetic/public-councils-ru.txt", "corpus/amendments/law-2022-ru.txt"),
                            ("kk", "corpus/synthetic/public-councils-kk.txt", "corpus/amendments/law-2022-kk.txt")]

    func consolidate(_ act: Act, _ amendmentText: String, file: String = "amendment.txt") throws -> Act {
        let amendment = try AmendmentParser.parse(text: amendmentText, file: file, targetTitle: act.metadata.title)
        let text = try Amender.consolidate(act, with: amendment)
        return try ActParser.parse(text: text, options: ParseOptions(fileName: "consolidated", language: act.metadata.language))
    }

    func failure(_ act: Act, _ amendmentText: String) -> AmendmentError? {
        do { _ = try consolidate(act, amendmentText); return nil } catch let e as AmendmentError { return e } catch { return nil }
    }

    /// Golden files reviewed by eye: the consolidated synthetic act in each language.
    @Test(arguments: languages) func consolidatedTextMatchesGolden(_ lang: String, _ actFile: String, _ amendmentFile: String) throws {
        let act = try Repo.act(actFile)
        let amendment = try AmendmentParser.parse(text: try Repo.text(amendmentFile), file: amendmentFile, targetTitle: act.metadata.title)
        let text = try Amender.consolidate(act, with: amendment)
        let mismatch = Golden.mismatch("Tests/KenesAmendTests/Golden/consolidated-\(lang).txt", text)
        #expect(mismatch == nil, "\(mismatch ?? "")")
    }

    static let severalActs = [("ru", "corpus/synthetic/public-councils-ru.txt", "corpus/amendments/law-2023-several-acts-ru.txt"),
                              ("kk", "corpus/synthetic/public-councils-kk.txt", "corpus/amendments/law-2023-several-acts-kk.txt")]

    /// The usual law amending several acts: article 1 lists them, each named with its gazette
    /// reference and no «следующие изменения»; only the section naming our act (by title and
    /// date) is applied; the signature block on one line gives the date and number the notes cite.
    @Test(arguments: severalActs) func aLawAmendingSeveralActs(_ lang: String, _ actFile: String, _ amendmentFile: String) throws {
        let act = try Repo.act(actFile)
        let text = try Repo.text(amendmentFile)
        let amendment = try AmendmentParser.parse(text: text, file: amendmentFile, targetTitle: act.metadata.title, targetDate: act.metadata.date)
        #expect(amendment.date == "2023-01-03" && amendment.number == "30-SYN")
        #expect(amendment.instructions.count == 4)
        #expect(amendment.instructions.map(\.line) == [21, 23, 25, 27])
        let consolidated = try Amender.consolidate(act, with: amendment)
        let mismatch = Golden.mismatch("Tests/KenesAmendTests/Golden/consolidated-several-acts-\(lang).txt", consolidated)
        #expect(mismatch == nil, "\(mismatch ?? "")")
        let new = try ActParser.parse(text: consolidated, options: ParseOptions(fileName: "consolidated", language: act.metadata.language))
        #expect(new.unit("art_8__para_5") != nil)
        #expect(new.unit("art_9__para_3")?.status == .excluded)
        #expect(new.unit("art_9__para_3")?.text == (lang == "ru" ? "Исключен Законом РК от 03.01.2023 № 30-SYN." : "Алып тасталды - ҚР 2023.01.03 № 30-SYN Заңымен."))
        // the same title with another date is another act
        do {
            _ = try AmendmentParser.parse(text: text, file: amendmentFile, targetTitle: act.metadata.title, targetDate: "2016-05-05")
            Issue.record("a section for an act of another date was applied")
        } catch { #expect(error.description.contains("(2015-01-01)") && error.description.contains("not «")) }
    }

    static let closingWords = [("ru", "corpus/synthetic/closing-words-ru.txt", "corpus/amendments/law-2024-closing-words-ru.txt"),
                               ("kk", "corpus/synthetic/closing-words-kk.txt", "corpus/amendments/law-2024-closing-words-kk.txt")]

    /// Closing words after a list of subclauses have no eId: the amending law names them as
    /// «часть вторая пункта 1» / «1-тармағының екінші бөлігі» or «последний абзац статьи 2» /
    /// «2-баптың соңғы абзацы», and only they change.
    @Test(arguments: closingWords) func closingWordsAreAmendedAsPartTwoOrTheLastParagraph(_ lang: String, _ actFile: String, _ amendmentFile: String) throws {
        let act = try Repo.act(actFile)
        let amendment = try AmendmentParser.parse(text: try Repo.text(amendmentFile), file: amendmentFile,
                                                  targetTitle: act.metadata.title, targetDate: act.metadata.date)
        #expect(amendment.instructions.map { $0.target?.rawValue } == ["art_1__para_1__subpara_2", "art_2", "art_3__para_1__subpara_2", "art_3__para_1__subpara_2"])
        #expect(amendment.instructions[1].textBlock == .last)
        let consolidated = try Amender.consolidate(act, with: amendment)
        let mismatch = Golden.mismatch("Tests/KenesAmendTests/Golden/consolidated-closing-words-\(lang).txt", consolidated)
        #expect(mismatch == nil, "\(mismatch ?? "")")
        let new = try ActParser.parse(text: consolidated, options: ParseOptions(fileName: "consolidated", language: act.metadata.language))
        // the subclauses and the words before them are untouched; the closing words changed
        for id: EId in ["art_1__para_1", "art_1__para_1__point_3", "art_2", "art_2__point_3", "art_3__para_1"] {
            #expect(new.unit(id)?.text == act.unit(id)?.text, "\(id)")
            #expect(new.unit(id)?.children == act.unit(id)?.children, "\(id)")
        }
        #expect(new.unit("art_1__para_1")?.wrapUp?.contains(lang == "ru" ? "подпунктах 2) и 3)" : "2) және 3) тармақшаларында") == true)
        #expect(new.unit("art_2")?.wrapUp?.split(separator: "\n").count == 2)
        #expect(new.unit("art_2")?.wrapUp?.contains(lang == "ru" ? "замещающим" : "алмастыратын") == false)
        #expect(new.unit("art_3__para_1")?.wrapUp?.hasSuffix(lang == "ru" ? "Отчет направляется в уполномоченный орган." : "Есеп уәкілетті органға жіберіледі.") == true)
    }

    /// A part the clause does not have is refused with the instruction's line.
    @Test func aMissingClosingPartIsAnError() throws {
        let act = try Repo.act("corpus/synthetic/closing-words-ru.txt")
        let text = "Статья 1. Внести в Закон Республики Казахстан «Об итоговых документах общественного контроля (синтетический текст для тестов Kenes)» следующие изменения:\n1) часть третью пункта 1 статьи 1 исключить.\n"
        let amendment = try AmendmentParser.parse(text: text, file: "law.txt", targetTitle: act.metadata.title)
        do { _ = try Amender.consolidate(act, with: amendment); Issue.record("applied") }
        catch {
            #expect(error.place == "law.txt:2")
            #expect(error.description(.ru) == "law.txt:2: ошибка: п. 1 ч. 3 ст. 1 (art_1__para_1__subpara_3) нет в акте")
        }
    }

    /// Found by fuzz-amend: an instruction number followed by a space and a combining mark
    /// crashed the reader (the cut fell inside a Character).
    @Test func aCombiningMarkAfterTheNumberIsNotACrash() throws {
        let text = "Статья 1. Внести в Закон Республики Казахстан «Об общественных советах» следующие изменения:\n1) \u{0301}статью 7 исключить.\n"
        let law = try AmendmentParser.parse(text: text, file: "law.txt", targetTitle: nil)
        #expect(law.instructions.map { $0.target?.rawValue } == ["art_7"])
    }

    /// Found by fuzz-amend: «дополнить сᲄатьей» (U+1C84, a Cyrillic «т» variant that case-folds
    /// to «т») matched the insertion pattern but named no kind of unit, and crashed the reader.
    @Test func aLetterThatOnlyFoldsToCyrillicIsNotACrash() {
        let text = "Статья 1. Внести в Закон Республики Казахстан «Об общественных советах» следующие изменения:\n1) дополнить с\u{1C84}атьей 8-2 следующего содержания:\n«Статья 8-2. Синтетическая»;\n"
        #expect(throws: AmendmentError.self) { try AmendmentParser.parse(text: text, file: "law.txt", targetTitle: nil) }
    }

    @Test func aCodeIsNamedWithoutQuotes() throws {
        let text = try Repo.text("corpus/amendments/law-2023-several-acts-ru.txt")
        let code = try AmendmentParser.parse(text: text, file: "a.txt", targetTitle: "Синтетический кодекс Республики Казахстан", targetDate: "2010-01-01")
        #expect(code.instructions.count == 3)
        #expect(code.instructions.map { $0.target?.description } == ["art_5__para_1", "art_5__para_3", "art_7"])
    }

    @Test func everyInstructionFormTakesEffect() throws {
        let act = try Repo.act("corpus/synthetic/public-councils-ru.txt")
        let amendment = try AmendmentParser.parse(text: try Repo.text("corpus/amendments/law-2022-ru.txt"),
                                                  file: "a.txt", targetTitle: act.metadata.title)
        // the section for the other act (О некоммерческих организациях) is not applied
        #expect(amendment.instructions.count == 14)
        #expect(amendment.date == "2022-03-15" && amendment.number == "20-SYN")
        let new = try consolidate(act, try Repo.text("corpus/amendments/law-2022-ru.txt"))
        #expect(new.unit("art_1__point_2")?.text.contains("образуемый государственным органом") == true)
        #expect(new.unit("art_1__point_5") != nil)
        #expect(new.unit("art_5__para_1__point_4")?.status == .excluded)
        #expect(new.unit("art_6__para_2")?.text.contains("не менее двух третей членов") == true)
        #expect(new.unit("art_8__para_5") != nil)
        #expect(new.unit("art_8-2")?.heading == "Срок полномочий общественного совета")
        #expect(new.tree().find("art_8-2")?.children.count == 2)
        #expect(new.unit("art_9__para_3") == nil)
        #expect(new.unit("art_13__para_1")?.text.contains("подпунктах 1), 2) и 2-1)") == true)
        // words added, a sentence added, words in one абзац, renumbering, words deleted
        #expect(new.unit("art_3__para_1")?.text.contains("выражение мнения и интересов гражданского") == true)
        #expect(new.unit("art_10__para_1")?.text.hasSuffix("на календарный год. План мониторинга размещается на интернет-ресурсе государственного органа.") == true)
        #expect(new.unit("art_11__subpara_2")?.text.hasSuffix("государственные секреты и иную охраняемую законом тайну.") == true)
        #expect(new.unit("art_14__para_2")?.text == "Участники общественных слушаний регистрируются государственным органом.")
        #expect(new.unit("art_14__para_3")?.text == act.unit("art_14__para_2")?.text)
        #expect(new.unit("art_16__para_2")?.text.hasSuffix("не могут превышать 1,5 процента.") == true)
        // notes: a new one, an extended one, a restatement, an insertion
        #expect(new.unit("art_6")?.notes.map(\.text) == ["Сноска. Статья 6 с изменениями, внесенными Законом РК от 15.03.2022 № 20-SYN."])
        #expect(new.unit("art_8")?.notes.first?.text.hasSuffix("от 10.01.2021 № 12-SYN; от 15.03.2022 № 20-SYN.") == true)
        #expect(new.unit("art_9")?.notes.map(\.text) == ["Сноска. Статья 9 в редакции Закона РК от 15.03.2022 № 20-SYN."])
        #expect(new.unit("art_8-2")?.notes.first?.text.contains("Закон дополнен статьей 8-2") == true)
        // untouched units are untouched
        #expect(firstDifference(new.tree().find("art_12")!, act.tree().find("art_12")!) == nil)
    }

    /// With no instructions, the consolidated text is the same act: the writer loses nothing.
    @Test(arguments: ["corpus/synthetic/public-councils-ru.txt", "corpus/synthetic/public-councils-kk.txt",
                      "corpus/excerpts/law-2015-public-councils-ru.txt", "corpus/excerpts/law-2015-public-councils-kk.txt",
                      "corpus/synthetic/public-councils-ru-draft.txt"])
    func emptyAmendmentGivesTheSameTree(_ file: String) throws {
        let act = try Repo.act(file)
        let none = AmendingAct(targetTitle: act.metadata.title ?? "", instructions: [], date: nil, number: nil,
                               language: act.metadata.language, file: "none")
        let again = try ActParser.parse(text: try Amender.consolidate(act, with: none),
                                        options: ParseOptions(fileName: file, language: act.metadata.language))
        #expect(firstDifference(again.tree(), act.tree()) == nil)
    }

    @Test func aBillIsNamedAsADraft() throws {
        let act = try Repo.act("corpus/synthetic/public-councils-ru.txt")
        let bill = """
        Внести в Закон Республики Казахстан «Об общественных советах (синтетический текст для тестов Kenes)» следующее изменение:
        подпункт 3) пункта 1 статьи 5 исключить.
        """
        let new = try consolidate(act, bill)
        #expect(new.unit("art_5__para_1__point_3")?.text == "исключен проектом Закона РК.")
        #expect(new.unit("art_5")?.notes.map(\.text) == ["Сноска. Статья 5 с изменениями, внесенными проектом Закона РК."])
    }

    @Test func unappliableInstructionsAreRefusedWithTheirLine() throws {
        let act = try Repo.act("corpus/synthetic/public-councils-ru.txt")
        let intro = "Внести в Закон Республики Казахстан «Об общественных советах (синтетический текст для тестов Kenes)» следующие изменения:\n"
        #expect(failure(act, intro + "1) пункт 9 статьи 8 исключить;")?.message == "п. 9 ст. 8 (art_8__para_9) is not in the act")
        #expect(failure(act, intro + "1) в статье 6:\nв пункте 2 слова «не более» заменить словами «не менее»;")?.line == 3)
        #expect(failure(act, intro + "1) в статье 6:\nв пункте 2 слова «не более» заменить словами «не менее»;")?.message.contains("«не более» are not in п. 2 ст. 6 (art_6__para_2)") == true)
        #expect(failure(act, intro + "1) статью 8 дополнить пунктом 3 следующего содержания:\n«3. Текст.»;")?.message.contains("already has пункт 3") == true)
        #expect(failure(act, intro + "1) статью 7 исключить;")?.message == "ст. 7 (art_7) is already excluded")
        #expect(failure(act, intro + "1) статью 9 изложить в следующей редакции:\n«Статья 9. Заголовок\n1. Текст.")?.message.contains("never closed") == true)
        #expect(failure(act, intro + "1) статью 9 изложить в следующей редакции:\n«Статья 10. Другая\n1. Текст.»;")?.message.contains("restates ст. 9 (art_9)") == true)
        #expect(failure(act, intro + "1) статью 9 переставить;")?.message.contains("not an amending instruction") == true)
        // «совет» only inside «совета», «советов»: not a whole word anywhere in the clause
        #expect(failure(act, intro + "1) в пункте 1 статьи 6 слово «совет» заменить словом «комитет»;")?.message == "ambiguous: «совет» occurs in п. 1 ст. 6 (art_6__para_1) only inside longer words")
        #expect(failure(act, intro + "1) в статье 11 в абзаце пятом слова «мониторинг» заменить словами «контроль»;")?.message == "ст. 11 (art_11) has no абзац 5")
        #expect(failure(act, intro + "1) в статье 11 в абзаце первом слова «секреты» заменить словами «тайны»;")?.message.contains("(абзац 1)") == true)
        #expect(failure(act, intro + "1) в статье 14:\nпункты 5 и 6 считать соответственно пунктами 6 и 7;")?.message == "ст. 14 (art_14) has no пункт 5 to renumber")
        #expect(failure(act, intro + "1) в статье 14:\nпункт 1 считать пунктом 2;")?.message == "пункт 2 already exists and is not renumbered itself")
        let other = "Внести в Закон Республики Казахстан «О некоммерческих организациях» следующие изменения:\n1) статью 5 исключить;"
        #expect(failure(act, other)?.message.contains("not «Об общественных советах") == true)
    }

    /// Thousands of insertions into one article: each found its place by scanning the article
    /// and renumbered all of it (10,000 took 47 s); now a binary search and the inserted unit only.
    @Test func manyInsertionsKeepNumberOrder() throws {
        let act = try ActParser.parse(text: "---\nsynthetic: yes\n---\nЗАКОН РЕСПУБЛИКИ КАЗАХСТАН\n\nО синтетическом тесте\n\nСтатья 1. Порядок\n\n1. Первый пункт.\n")
        var law = "Внести в Закон Республики Казахстан «О синтетическом тесте» следующие изменения:\n1) в статье 1:\n"
        // in a scrambled order: each insertion lands between its neighbours by number
        for n in (2...2_001).map({ ($0 * 7919) % 2_000 + 2 }) {
            law += "дополнить пунктом \(n) следующего содержания:\n«\(n). Вставленный пункт \(n).»;\n"
        }
        let amended = try consolidate(act, law)
        let clauses = try #require(amended.unit("art_1")).children
        #expect(clauses.count == 2_001)
        #expect(clauses.map { $0.eId.rawValue } == (1...2_001).map { "art_1__para_\($0)" })
    }

    /// Instructions that contradict each other are an error naming both lines (they applied
    /// silently: the later one won).
    @Test func conflictingInstructionsAreRefused() throws {
        let act = try Repo.act("corpus/synthetic/public-councils-ru.txt")
        let intro = "Внести в Закон Республики Казахстан «Об общественных советах (синтетический текст для тестов Kenes)» следующие изменения:\n"
        let excludeThenInsert = failure(act, intro + "1) статью 6 исключить;\n2) статью 6 дополнить пунктом 5 следующего содержания:\n«5. Текст.»;")
        #expect(excludeThenInsert?.line == 3)
        #expect(excludeThenInsert?.message.contains("excluded by the instruction on line 2") == true)
        let twice = failure(act, intro + "1) пункт 1 статьи 6 изложить в следующей редакции:\n«1. Первая редакция.»;\n2) пункт 1 статьи 6 изложить в следующей редакции:\n«1. Вторая редакция.»;")
        #expect(twice?.line == 4)
        #expect(twice?.message.contains("new wording on line 2 and again on line 4") == true)
    }

    /// `kenes diff ACT --amendment LAW` is the diff of the act and the act as amended.
    @Test func diffThroughABill() throws {
        let act = try Repo.act("corpus/synthetic/public-councils-ru.txt")
        let amended = try Amender.amend(act, withFileAt: Repo.path("corpus/amendments/law-2022-ru.txt"))
        let d = ActDiffer.diff(old: act, new: amended.act)
        #expect(Set(d.changes.map { "\($0.kind.rawValue) \($0.new ?? $0.old!)" }) == [
            "modified art_1__point_2", "inserted art_1__point_5", "excluded art_5__para_1__point_4", "modified art_6__para_2",
            "inserted art_8__para_5", "inserted art_8-2", "modified art_9__para_1", "deleted art_9__para_3", "modified art_13__para_1",
            "modified art_3__para_1", "modified art_10__para_1", "modified art_11__subpara_2", "inserted art_14__para_2",
            "renumbered art_14__para_3", "modified art_16__para_2",
        ])
        #expect(KenesCommand.run(["diff", Repo.path("corpus/synthetic/public-councils-ru.txt"),
                                  "--amendment", Repo.path("corpus/amendments/law-2022-ru.txt"), "--format", "json",
                                  "-o", FileManager.default.temporaryDirectory.appendingPathComponent("kenes-diff-\(UUID()).json").path]) == 1)
        #expect(KenesCommand.run(["diff", Repo.path("corpus/synthetic/public-councils-ru.txt")]) == 2)
    }

    /// The tree without editorial notes: what the round trip promises to keep.
    func withoutNotes(_ u: StructuralUnit) -> StructuralUnit {
        var u = u
        u.stripNotes()
        return u
    }

    /// amend(OLD, draft-amendment(OLD, NEW)) == NEW, for a signed law and for a bill (whose
    /// exclusion lines name the draft instead of a date and number).
    func roundTrip(_ old: Act, _ new: Act, _ label: String, signedAs signature: (date: String, number: String) = ("2022-02-01", "13-SYN")) throws {
        let bill = try #require(try AmendmentDrafter.draft(old: old, new: new, signature: signature), "\(label): no differences")
        let amended = try Amender.amend(old, withFileAt: try write(bill)).act
        #expect(firstDifference(withoutNotes(amended.tree()), withoutNotes(new.tree())) == nil, "\(label)\n\(bill)")
        #expect(try AmendmentDrafter.draft(old: new, new: new) == nil)
    }

    func write(_ text: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kenes-bill-\(UUID()).txt")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    @Test func roundTripOnTheCorpusDraft() throws {
        // the draft restates article 9 (a clause deleted) and articles 13 and 14 (a clause moved
        // between them); words added after a word, a heading, and articles renumbered before one
        // is inserted under the old number follow the drafting conventions
        let old = try Repo.act("corpus/synthetic/public-councils-ru.txt"), new = try Repo.act("corpus/synthetic/public-councils-ru-draft.txt")
        try roundTrip(old, new, "corpus draft")
        let bill = try #require(try AmendmentDrafter.draft(old: old, new: new))
        #expect(bill.hasPrefix("ПРОЕКТ\n"))
        #expect(bill.contains("1) в пункте 2 статьи 5 после слова «органов» дополнить словами «и организаций»;"))
        #expect(bill.contains("5) заголовок статьи 10 изложить в следующей редакции:\n«Проведение общественного мониторинга»;"))
        #expect(bill.contains("8) статьи 19 и 20 считать соответственно статьями 20 и 21;\n\n9) дополнить статьей 19 следующего содержания:"))
        #expect(bill.contains("10) в пункте 1 статьи 21 слово «который» заменить словом «которые»."))
        #expect(!bill.contains("главу 4 изложить"))
        #expect(bill.contains("3) статью 8 дополнить пунктом 2-1 следующего содержания:\n«2-1. Рабочая группа не может состоять менее чем из девяти человек.»;"))
    }

    /// A clause with most of its words changed gets a new wording; one with a word changed gets
    /// a word instruction (AmendmentDrafter.rewrittenShare).
    @Test func aMostlyRewrittenClauseIsRestated() throws {
        let text = try Repo.text("corpus/synthetic/public-councils-ru.txt")
        let old = try ActParser.parse(text: text, options: ParseOptions(fileName: "old.txt"))
        let rewritten = text.replacingOccurrences(of: "1. Председатель общественного совета избирается на первом заседании из числа членов общественного совета.",
                                                  with: "1. Руководителя совета избирают открытым голосованием простым большинством голосов его членов.")
        let reworded = text.replacingOccurrences(of: "1. Председатель общественного совета избирается на первом заседании",
                                                 with: "1. Председатель общественного совета избирается на очередном заседании")
        #expect(rewritten != text && reworded != text)
        for (version, restated) in [(rewritten, true), (reworded, false)] {
            let new = try ActParser.parse(text: version, options: ParseOptions(fileName: "new.txt"))
            let bill = try #require(try AmendmentDrafter.draft(old: old, new: new))
            #expect(bill.contains("изложить в следующей редакции") == restated, "\(bill)")
            try roundTrip(old, new, restated ? "rewritten" : "reworded")
        }
    }

    @Test(arguments: languages + closingWords) func roundTripThroughTheAmendingLaws(_ lang: String, _ actFile: String, _ amendmentFile: String) throws {
        let old = try Repo.act(actFile)
        let amended = try Amender.amend(old, withFileAt: Repo.path(amendmentFile)).act
        try roundTrip(old, amended, amendmentFile, signedAs: ("2022-03-15", "20-SYN"))
    }

    /// Changed closing words are drafted as instructions on them («в части второй пункта 1
    /// статьи 1 слова … заменить …», «2-баптың үшінші бөлігіндегі …»), not a new wording of the
    /// whole clause, and applying the draft gives the new version.
    @Test(arguments: closingWords) func closingWordsAreDraftedAsTheirPart(_ lang: String, _ actFile: String, _ amendmentFile: String) throws {
        let old = try Repo.act(actFile)
        let new = try Amender.amend(old, withFileAt: Repo.path(amendmentFile)).act
        let bill = try #require(try AmendmentDrafter.draft(old: old, new: new))
        let expected = lang == "ru" ? ["1) в части второй пункта 1 статьи 1 слова «", "2) в части третьей статьи 2 слова «", "3) в части второй пункта 1 статьи 3 слова «"]
                                    : ["1) 1-баптың 1-тармағының екінші бөлігіндегі «", "2) 2-баптың үшінші бөлігіндегі «", "3) 3-баптың 1-тармағының екінші бөлігіндегі «"]
        for e in expected { #expect(bill.contains("\n" + e), "\(e)\n\(bill)") }
        #expect(!bill.contains(lang == "ru" ? "изложить" : "редакцияда"))
        try roundTrip(old, new, amendmentFile)
    }

    /// Generated acts with generated edits: words changed, clauses inserted and deleted.
    @Test(arguments: [(Language.ru, UInt64(1)), (.kk, 2), (.ru, 3), (.kk, 4), (.ru, 5), (.kk, 6)])
    func roundTripOnGeneratedEdits(_ lang: Language, _ seed: UInt64) throws {
        let g = SyntheticAct.generate(.init(language: lang, targetBytes: 40_000, seed: seed))
        let edited = SyntheticAct.mutate(g.text, language: lang, seed: seed, insertChapter: false)
        try roundTrip(try ActParser.parse(text: g.text), try ActParser.parse(text: edited), "\(lang) seed \(seed)")
    }

    @Test func theCommandWritesNothingOnError() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kenes-amend-\(UUID())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let bad = dir.appendingPathComponent("bad.txt"), out = dir.appendingPathComponent("out.txt")
        try "Внести в Закон Республики Казахстан «Об общественных советах (синтетический текст для тестов Kenes)» следующие изменения:\n1) пункт 9 статьи 8 исключить;\n"
            .write(to: bad, atomically: true, encoding: .utf8)
        #expect(KenesCommand.run(["amend", Repo.path("corpus/synthetic/public-councils-ru.txt"), bad.path, "-o", out.path]) == 2)
        #expect(!FileManager.default.fileExists(atPath: out.path))
        #expect(KenesCommand.run(["amend", Repo.path("corpus/synthetic/public-councils-ru.txt"),
                                  Repo.path("corpus/amendments/law-2022-ru.txt"), "-o", out.path]) == 0)
        #expect(try String(contentsOf: out, encoding: .utf8).contains("Статья 8-2. Срок полномочий общественного совета"))
    }
}

/// The amendment reader names units with the citation grammar acts are parsed with: the same
/// phrase gives the same units in an instruction and in a citation.
@Suite struct InstructionReferenceTests {
    @Test(arguments: [
        ("подпункт 4) пункта 1 статьи 5 исключить", "art_5__para_1__point_4"),
        ("в пункте 2 статьи 6 слова", "art_6__para_2"),
        ("статью 8-1 изложить в следующей редакции:", "art_8-1"),
        ("5-баптың 1-тармағының 4) тармақшасы алып тасталсын", "art_5__para_1__point_4"),
        ("6-баптың 2-тармағындағы", "art_6__para_2"),
        ("8-1-бап мынадай редакцияда жазылсын:", "art_8-1"),
    ])
    func phrasesNameTheSameUnitsAsCitations(_ phrase: String, _ eId: String) throws {
        let r = try #require(InstructionReference(phrase))
        var id = r.article.map { EId.unit(.article, number: $0, under: nil) }
        if let p = r.paragraph { id = EId.unit(.paragraph, number: p, under: id) }
        if let q = r.point { id = id.map { EId.unit(.point, number: q, under: $0) } }
        #expect(id?.rawValue == eId)
        // and the act's own citation lookup reads the same phrase as the same unit
        let act = try Repo.act(phrase.contains("бап") ? "corpus/synthetic/public-councils-kk.txt" : "corpus/synthetic/public-councils-ru.txt")
        if case .success(let ids) = act.lookup(phrase) { #expect(ids.map(\.rawValue) == [eId]) }
        else { Issue.record("the act's lookup does not read «\(phrase)»") }
    }

    @Test func wordsWithoutAUnitNameNone() {
        #expect(InstructionReference("слова «не менее 70 процентов» заменить словами") == nil)
    }
}
