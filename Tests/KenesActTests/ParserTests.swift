import Foundation
import KenesAct
import KenesRender
import Testing

/// The parser on small, realistic fragments: what a lawyer would expect each line to become.
@Suite struct ParserTests {
    func parse(_ text: String, _ lang: Language? = nil) throws -> Act {
        try ActParser.parse(text: text, options: ParseOptions(fileName: "test.txt", language: lang))
    }

    @Test func russianHierarchyAndIds() throws {
        let act = try parse("""
        РАЗДЕЛ 1. ОБЩАЯ ЧАСТЬ
        Глава 1. ОБЩИЕ ПОЛОЖЕНИЯ
        Параграф 1. Основы
        Статья 1. Понятия
        1. Пункт первый:
        1) подпункт;
        2-1) вставленный подпункт.
        1-1. Вставленный пункт.
        Статья 8-1. Вставленная статья
        Часть первая.
        Часть вторая.
        """)
        #expect(act.eIds == ["act", "part_1", "chp_1", "chp_1__subchp_1", "art_1", "art_1__para_1",
                             "art_1__para_1__point_1", "art_1__para_1__point_2-1", "art_1__para_1-1",
                             "art_8-1", "art_8-1__subpara_1", "art_8-1__subpara_2"])
        #expect(act.unit("art_1__para_1-1")?.num == "1-1.")
        #expect(act.unit("art_1__para_1__point_2-1")?.num == "2-1)")
        #expect(act.unit("art_8-1")?.num == "8-1")
        #expect(act.unit("art_8-1")?.heading == "Вставленная статья")
        #expect(act.unit("art_1__para_1")?.text == "Пункт первый:")
        #expect(act.metadata.language == .ru)
    }

    @Test func kazakhHierarchyAndIds() throws {
        let act = try parse("""
        1-бөлім. ЖАЛПЫ БӨЛІМ
        2-тарау. ЖАЛПЫ ЕРЕЖЕЛЕР
        1-параграф. Негіздер
        8-1-бап. Жұмыс тобы
        1. Жұмыс тобы құрылады:
        2-1) тармақша.
        VIII тарау. Әділ мемлекет
        """)
        #expect(act.eIds == ["act", "part_1", "chp_2", "chp_2__subchp_1", "art_8-1", "art_8-1__para_1",
                             "art_8-1__para_1__point_2-1", "chp_VIII"])
        #expect(act.metadata.language == .kk)
    }

    @Test func pointsDirectlyUnderAnArticleAndArticleIntro() throws {
        let act = try parse("""
        Статья 4. Принципы
        Деятельность основывается на принципах:
        1) законности;
        6) учета мнения.
        """)
        #expect(act.unit("art_4")?.text == "Деятельность основывается на принципах:")
        #expect(act.contains("art_4__point_6"))
        #expect(!act.contains("art_4__subpara_1"))
    }

    @Test func actWithoutArticlesNumbersItsItemsAsParagraphs() throws {
        let act = try parse("""
        Указ Президента Республики Казахстан «О мерах»
        РАЗДЕЛ VIII. Справедливое государство
        117) первый пункт плана;
        118) второй пункт плана.
        """)
        #expect(act.eIds == ["act", "part_VIII", "para_117", "para_118"])
        #expect(act.metadata.kind == .decree)
    }

    @Test func titleBlockPreambleAndSignatureAreNotArticles() throws {
        let act = try parse("""
        Об общественных советах
        Закон Республики Казахстан от 2 ноября 2015 года № 383-V ЗРК.
        Настоящий Закон регулирует общественные отношения.
        Статья 1. Первая
        1. Текст.
        Президент
        Республики Казахстан
        """)
        #expect(act.metadata.title == "Об общественных советах")
        #expect(act.metadata.kind == .law)
        #expect(act.metadata.date == "2015-11-02")
        #expect(act.metadata.number == "383-V")
        #expect(act.preface == "Об общественных советах\nЗакон Республики Казахстан от 2 ноября 2015 года № 383-V ЗРК.")
        #expect(act.eIds == ["act", "preamble", "art_1", "art_1__para_1", "conclusions"])
        #expect(act.unit("preamble")?.text == "Настоящий Закон регулирует общественные отношения.")
        #expect(act.unit("conclusions")?.text == "Президент\nРеспублики Казахстан")
    }

    @Test func kazakhTitleBlock() throws {
        let act = try parse("""
        «Қоғамдық кеңестер туралы» Қазақстан Республикасының 2015 жылғы 2 қарашадағы № 383-V ҚРЗ Заңы.
        1-бап. Бірінші
        1. Мәтін.
        """)
        #expect(act.metadata.title == "Қоғамдық кеңестер туралы")
        #expect(act.metadata.kind == .law)
        #expect(act.metadata.date == "2015-11-02")
        #expect(act.metadata.number == "383-V")
    }

    @Test func editorialNotesAreKeptApartAndAttached() throws {
        let act = try parse("""
        Статья 7. Исключена Законом РК от 03.01.2021 № 406-VI.
        Статья 8. Порядок
        Сноска. Статья 8 с изменениями, внесенными законами РК от 24.11.2015 № 422-V; от 03.01.2021 № 406-VI.
        1. Текст пункта.
        2. Исключен Законом РК от 03.01.2021 № 406-VI.

        Примечание ИЗПИ!
        Статья 9 предусматривается в редакции Закона РК от 03.01.2021 № 406-VI (вводится в действие с 01.07.2021).
        1. Будущая редакция, которая не должна попасть в действующий текст.

        Статья 9. Следующая
        1. Действующий текст.
        """)
        let art7 = try #require(act.unit("art_7"))
        #expect(art7.status == .excluded)
        #expect(art7.heading == nil)
        #expect(art7.amendments == [Amendment(date: "2021-01-03", number: "406-VI", actKind: .law)])
        let art8 = try #require(act.unit("art_8"))
        #expect(art8.notes.count == 1)
        #expect(art8.notes[0].kind == .footnote)
        #expect(art8.notes[0].amendments.map(\.number) == ["422-V", "406-VI"])
        #expect(art8.notes[0].amendments.map(\.date) == ["2015-11-24", "2021-01-03"])
        #expect(!art8.children[0].text.contains("Сноска"))
        #expect(act.unit("art_8__para_2")?.status == .excluded)
        let art9 = try #require(act.unit("art_9"))
        #expect(art9.notes.map(\.kind) == [.publisher])
        #expect(art9.notes[0].text.contains("Будущая редакция"))
        #expect(act.eIds.filter { $0.outermost == "art_9" } == ["art_9", "art_9__para_1"])
        #expect(act.unit("art_9__para_1")?.text == "Действующий текст.")
        // the future wording is not in article 8's text either
        #expect(!(act.unit("art_8__para_2")?.text.contains("Будущая") ?? true))
    }

    @Test func kazakhNotesAndExclusions() throws {
        let act = try parse("""
        7-бап. Алып тасталды - ҚР 2021.03.01 № 406-VI Заңымен.
        8-бап. Тәртібі
        Ескерту. 8-бапқа өзгеріс енгізілді - ҚР 03.01.2021 № 406-VI (алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі) Заңымен.
        1. Мәтін.
        ЗҚАИ-ның ескертпесі!
        8-бапқа өзгеріс енгізу көзделген.
        """)
        #expect(act.unit("art_7")?.status == .excluded)
        #expect(act.unit("art_7")?.amendments == [Amendment(date: "2021-03-01", number: "406-VI", actKind: .law)])
        let n = try #require(act.unit("art_8")?.notes.first)
        #expect(n.amendments == [Amendment(date: "2021-01-03", number: "406-VI", actKind: .law)])
        // a publisher note with no unit after it stays where it is printed, about the unit it names
        #expect(act.unit("art_8")?.notes.map(\.kind) == [.footnote, .publisher])
        #expect(act.unit("art_8__para_1")?.notes.isEmpty == true)
        #expect(PlainText.lossless(act).count == act.source.count)
    }

    @Test func headingSplitOverTwoLines() throws {
        let act = try parse("""
        Глава 2. ПОРЯДОК ФОРМИРОВАНИЯ
        ОБЩЕСТВЕННЫХ СОВЕТОВ
        Статья 5. Полномочия общественного
        совета
        1. Текст.
        """)
        #expect(act.unit("chp_2")?.heading == "ПОРЯДОК ФОРМИРОВАНИЯ ОБЩЕСТВЕННЫХ СОВЕТОВ")
        #expect(act.unit("art_5")?.heading == "Полномочия общественного совета")
    }

    @Test func numberingWarnings() throws {
        let act = try parse("""
        Статья 1. А
        1. Один.
        3. Три.
        2. Два.
        Статья 1. Повтор
        """)
        let messages = act.diagnostics.map(\.message)
        #expect(messages.contains { $0.contains("numbering jumps") })
        #expect(messages.contains { $0.contains("out of order") })
        #expect(messages.contains { $0.contains("duplicate Статья 1") })
        #expect(act.diagnostics.allSatisfy { $0.severity == .warning })
        #expect(act.contains("art_1_dup2"))
        #expect(act.diagnostics.first { $0.message.contains("jumps") }?.location.line == 3)
    }

    @Test func languageDetectionAndOverride() throws {
        let kk = "1-бап. Қоғамдық кеңес\n1. Мәтін.\n"
        #expect(try parse(kk).metadata.language == .kk)
        #expect(try parse(kk, .ru).metadata.language == .ru)
        #expect(try parse("Статья 1. Общественный совет\n1. Текст.\n").metadata.language == .ru)
    }

    @Test func textLinesAreNotMistakenForUnits() throws {
        let act = try parse("""
        Статья 1. Сроки
        1. Закон вводится в действие с 1 января 2016 года.
        2015 год был первым годом.
        8-баптың 2-тармағы бұл жерде сілтеме ғана.
        Статья 8-го числа не бывает.
        """)
        #expect(act.eIds == ["act", "art_1", "art_1__para_1"])
        #expect(act.unit("art_1__para_1")?.text.split(separator: "\n").count == 4)
    }
}
