import KenesAct
import Testing

/// Citations as Kazakhstan drafters write them, including every form attested in the 2020
/// report (USER-NEEDS §4.3-4.4), resolved against a small act that has the units they name.
@Suite struct CitationTests {
    /// An act with the units the citations below point to. Synthetic.
    static let russianAct = """
    Статья 1. Понятия
    1) первый подпункт;
    7. Пункт семь.
    Статья 5. Полномочия
    1. Совет:
    1) рассматривает;
    2) заслушивает;
    3) вносит.
    2. Второй пункт.
    Статья 8. Формирование
    1. Первый.
    1-1. Вставленный.
    2. Второй.
    3. Третий.
    4. Четвертый.
    Статья 17. Семнадцатая
    Текст.
    Статья 18. Восемнадцатая
    Текст.
    Статья 20. Двадцатая
    Первая часть.
    Вторая часть.
    Статья 27. Слушания
    6. Шестой.
    Статья 30. Проверка
    1. {CITE}
    2. Второй пункт тридцатой статьи.
    """

    func cite(_ sentence: String, in template: String = russianAct) throws -> [Citation] {
        let act = try ActParser.parse(text: template.replacingOccurrences(of: "{CITE}", with: sentence))
        let unit = try #require(act.unit(template == Self.russianAct ? "art_30__para_1" : "art_30__para_1"))
        return unit.citations
    }

    @Test(arguments: [
        ("пункт 7 статьи 1", ["art_1__para_7"]),
        ("в пункте 6 статьи 27", ["art_27__para_6"]),
        ("пункт 2 статьи 8", ["art_8__para_2"]),
        ("подпунктом 3) пункта 1 статьи 5", ["art_5__para_1__point_3"]),
        ("пунктами 1-3 статьи 8", ["art_8__para_1", "art_8__para_1-1", "art_8__para_2", "art_8__para_3"]),
        ("пункта 1-1 статьи 8", ["art_8__para_1-1"]),
        ("статьями 17, 18 и 20 настоящего Закона", ["art_17", "art_18", "art_20"]),
        ("ст.ст. 17,18,20", ["art_17", "art_18", "art_20"]),
        ("в соответствии с 1) статьи 1", ["art_1__point_1"]),
        ("части второй статьи 20", ["art_20__subpara_2"]),
        ("статья 20 части 1, 2", ["art_20__subpara_1", "art_20__subpara_2"]),
        ("ст. 8 п. 2", ["art_8__para_2"]),
        ("пункта 2 настоящей статьи", ["art_30__para_2"]),
        ("подпункты 1) - 3) пункта 1 статьи 5", ["art_5__para_1__point_1", "art_5__para_1__point_2", "art_5__para_1__point_3"]),
    ]) func russianCitationResolves(_ sentence: String, _ targets: [EId]) throws {
        let c = try cite("Текст со ссылкой: \(sentence), и далее.")
        try #require(c.count == 1, "\(c)")
        #expect(c[0].targets == targets)
        #expect(c[0].status == .resolved)
        #expect(c[0].target == (targets.count == 1 ? targets[0] : nil))
        #expect(sentence.hasSuffix(c[0].text) || c[0].text.hasSuffix(sentence.split(separator: " ").last!))
    }

    @Test(arguments: [
        ("1-баптың 7-тармағы", ["art_1__para_7"]),
        ("27-баптың 6-тармағында", ["art_27__para_6"]),
        ("5-баптың 1-тармағының 3) тармақшасы", ["art_5__para_1__point_3"]),
        ("17, 18, 20-баптарына", ["art_17", "art_18", "art_20"]),
        ("1-баптың 1) тармағында", ["art_1__point_1"]),
        ("осы Заңның 8-бабының 1-3-тармақтарында", ["art_8__para_1", "art_8__para_1-1", "art_8__para_2", "art_8__para_3"]),
        ("осы баптың 2-тармағында", ["art_30__para_2"]),
        ("5-баптың 1-тармағының 1) және 2) тармақшаларында", ["art_5__para_1__point_1", "art_5__para_1__point_2"]),
    ]) func kazakhCitationResolves(_ phrase: String, _ targets: [EId]) throws {
        let c = try cite("Мәтін \(phrase) көзделген.")
        try #require(c.count == 1, "\(c)")
        #expect(c[0].targets == targets)
        #expect(c[0].status == .resolved)
    }

    @Test func offsetsAreScalarOffsetsIntoTheUnitText() throws {
        let act = try ActParser.parse(text: Self.russianAct.replacingOccurrences(of: "{CITE}", with: "Ёж: см. пункт 2 статьи 8."))
        let u = try #require(act.unit("art_30__para_1"))
        let c = try #require(u.citations.first)
        let scalars = Array(u.text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[c.start..<c.end])) == "пункт 2 статьи 8")
        #expect(c.text == "пункт 2 статьи 8")
    }

    @Test func externalCitationsNameTheOtherAct() throws {
        let ru = try cite("В порядке, предусмотренном статьей 5 Закона Республики Казахстан «О некоммерческих организациях».")
        #expect(ru.count == 1)
        #expect(ru[0].status == .external)
        #expect(ru[0].external == "Закона Республики Казахстан «О некоммерческих организациях»")
        #expect(ru[0].targets.isEmpty)
        let ruShort = try cite("Согласно ст.ст. 17,18,20 ЗРК «Об общественных советах».")
        #expect(ruShort.first?.status == .external)
        let kk = try cite("«Қоғамдық кеңестер туралы» ҚРЗ-ң 5-бабында көзделген.")
        #expect(kk.first?.status == .external)
        #expect(kk.first?.external == "«Қоғамдық кеңестер туралы» ҚРЗ-ң")
    }

    @Test func unresolvedCitationIsReportedWithItsLine() throws {
        let act = try ActParser.parse(text: Self.russianAct.replacingOccurrences(of: "{CITE}", with: "См. пункт 9 статьи 8."),
                                      options: ParseOptions(fileName: "draft.txt"))
        let c = try #require(act.unit("art_30__para_1")?.citations.first)
        #expect(c.status == .unresolved)
        #expect(c.targets == ["art_8__para_9"])
        #expect(c.target == nil)
        let w = try #require(act.diagnostics.first { $0.message.contains("citation") })
        #expect(w.location.file == "draft.txt")
        #expect(w.location.line == 26)
        #expect(w.message.contains("art_8__para_9"))
    }

    @Test func rangeOrInsertedNumberIsAmbiguousWhenBothExist() throws {
        let act = try ActParser.parse(text: """
        Статья 1. Пункты
        1. Один.
        1-3. Вставленный.
        2. Два.
        3. Три.
        4. См. п. 1-3, пунктами 1-3 и пункт 1-3.
        """)
        let c = try #require(act.unit("art_1__para_4")?.citations)
        try #require(c.count == 3)
        #expect(c[0].status == .ambiguous)                        // «п.» is singular or plural
        #expect(c[1].targets == ["art_1__para_1", "art_1__para_1-3", "art_1__para_2", "art_1__para_3"]) // plural: a range
        #expect(c[2].targets == ["art_1__para_1-3"])              // singular: the inserted clause
    }

    @Test(arguments: [
        "Не менее 70 процентов членов, от 03.01.2021 № 406-VI.",
        "Рост на 5 процентных пунктов в 12 населенных пунктах.",
        "Жители п.Бельтабаново и статьи расходов бюджета.",
        "Как обозначено66: двадцать пять человек.",
        "VIII тарауда ҚК-ң қызметі бойынша 2 тармақ қарастырылған.",
        "2015 жылғы 2 қарашадағы № 383-V Заңы және 5 пайыздық тармаққа.",
    ]) func numbersThatAreNotCitations(_ sentence: String) throws {
        #expect(try cite(sentence).isEmpty)
    }
}
