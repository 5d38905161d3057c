import Foundation
import KenesAct
import KenesRender
import Testing

/// Closing words after a list of subclauses (Akoma Ntoso `wrapUp`): the paragraph after a list
/// whose items end «;» and whose last item ends «.» belongs to the unit that lists, not to the
/// last subclause. The fragments are SYNTHETIC.
@Suite struct ClosingWordsTests {
    func parse(_ text: String) throws -> Act {
        try ActParser.parse(text: text, options: ParseOptions(fileName: "test.txt"))
    }

    @Test func theParagraphAfterTheListBelongsToTheClause() throws {
        let act = try parse("""
        Статья 1. Итоговые документы
        1. Совет принимает один из следующих документов:
        1) заключение;
        2) рекомендации.
        Документ, указанный в подпункте 2) настоящего пункта, подписывается председателем.
        2. Документы размещаются на интернет-ресурсе.
        """)
        let clause = try #require(act.unit("art_1__para_1"))
        #expect(clause.text == "Совет принимает один из следующих документов:")
        #expect(clause.wrapUp == "Документ, указанный в подпункте 2) настоящего пункта, подписывается председателем.")
        #expect(act.unit("art_1__para_1__point_2")?.text == "рекомендации.")
        #expect(act.unit("art_1__para_1__point_2")?.wrapUp == nil)
        // the citation is the clause's, counted in its closing words, and read in its context
        let c = try #require(clause.citations.first)
        #expect(c.inWrapUp && c.targets == ["art_1__para_1__point_2"] && c.status == .resolved)
        let words = Array(clause.wrapUp!.unicodeScalars)
        #expect(String(String.UnicodeScalarView(words[c.start..<c.end])) == "подпункте 2) настоящего пункта")
        #expect(act.unit("art_1__para_1__point_2")?.citations.isEmpty == true)
        #expect(act.eIds.count == 6, "closing words have no eId of their own")
        #expect(PlainText.lossless(act) == Array(act.source))
    }

    @Test func anArticleWithSubclausesDirectlyTakesSeveralClosingParagraphs() throws {
        let act = try parse("""
        2-бап. Қарау
        Мемлекеттік орган:
        1) оны отыз күн ішінде қарайды;
        2) жауап жібереді.
        Осы баптың 1) тармақшасында көрсетілген мерзім ұзартылуы мүмкін.
        Жауапқа бірінші басшы қол қояды.
        """)
        let article = try #require(act.unit("art_2"))
        #expect(article.wrapUp == "Осы баптың 1) тармақшасында көрсетілген мерзім ұзартылуы мүмкін.\nЖауапқа бірінші басшы қол қояды.")
        #expect(article.citations.map(\.targets) == [["art_2__point_1"]])
        #expect(act.unit("art_2__point_2")?.text == "жауап жібереді.")
    }

    /// Anything but «;» … «.» is not a closed list: the words stay with the last subclause.
    @Test(arguments: [
        ("1) первое;\n2) второе;\nпри этом формы единообразны.", "второе;\nпри этом формы единообразны."),   // last item ends «;»
        ("1) первое,\n2) второе.\nДалее текст.", "второе.\nДалее текст."),                                      // an item ends «,»
        ("1) единственное.\nДалее текст.", "единственное.\nДалее текст."),                                      // one item is no list
    ])
    func otherEndingsAreNotClosingWords(_ list: String, _ lastItem: String) throws {
        let act = try parse("Статья 1. Заголовок\n1. Вводные слова:\n" + list + "\n")
        #expect(act.unit("art_1__para_1")?.wrapUp == nil)
        let items = act.unit("art_1__para_1")!.children
        #expect(items.last?.text == lastItem)
    }

    /// An excluded item in the middle of the list does not break it.
    @Test func anExcludedItemKeepsTheListClosed() throws {
        let act = try parse("""
        Статья 1. Заголовок
        1. Вводные слова:
        1) первое;
        2) исключен Законом РК от 03.01.2021 № 1-SYN
        3) третье.
        Заключительные слова.
        """)
        #expect(act.unit("art_1__para_1")?.wrapUp == "Заключительные слова.")
    }

    /// «часть вторая пункта 1» / «1-тармағының екінші бөлігі» of a clause without parts but with
    /// closing words names those words: the citation resolves to the clause.
    @Test func thePartAfterTheListIsCitedAsTheClause() throws {
        for file in ["corpus/synthetic/closing-words-ru.txt", "corpus/synthetic/closing-words-kk.txt"] {
            let act = try Repo.parse(file)
            let c = try #require(act.unit("art_3__para_3")?.citations.first)
            #expect(c.targets == ["art_3__para_1"] && c.status == .resolved, "\(file): \(c.text)")
            #expect(act.diagnostics.isEmpty, "\(act.diagnostics)")
        }
    }

    @Test func akomaNtosoHasTheWrapUpAfterTheSubclauses() throws {
        let act = try Repo.parse("corpus/synthetic/closing-words-ru.txt")
        let xml = AkomaNtoso.export(act)
        #expect(xml.contains("<point eId=\"art_2__point_3\"><num>3)</num><content><p>размещает ответ на своем интернет-ресурсе.</p></content></point>\n<wrapUp><p>Срок, указанный в <ref href=\"#art_2__point_1\">подпункте 1) настоящей статьи</ref>"))
        let md = MarkdownRenderer.render(act)
        #expect(md.contains("**3)** размещает ответ на своем интернет-ресурсе.\n\nСрок, указанный"))
    }
}
