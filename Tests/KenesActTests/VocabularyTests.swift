import KenesAct
import Testing

@Suite struct VocabularyTests {
    @Test func russianCases() {
        #expect(Vocabulary.reference(.article, number: "8", .ru, .genitive) == "статьи 8")
        #expect(Vocabulary.reference(.article, number: "8", .ru, .accusative) == "статью 8")
        #expect(Vocabulary.reference(.article, number: "8", .ru, .instrumental) == "статьей 8")
        #expect(Vocabulary.reference(.point, number: "3)", .ru, .locative) == "подпункте 3)")
        #expect(Vocabulary.citation([(.article, "5"), (.paragraph, "1"), (.point, "3")], .ru) == "подпункт 3) пункта 1 статьи 5")
        #expect(Vocabulary.shortCitation("art_5__para_1__point_3", .ru) == "пп. 3) п. 1 ст. 5")
        #expect(Vocabulary.heading(.article, number: "8-1", .ru) == "Статья 8-1.")
    }

    @Test func kazakhCasesAndPossessives() {
        #expect(Vocabulary.reference(.article, number: "8", .kk) == "8-бап")
        #expect(Vocabulary.reference(.article, number: "8", .kk, .dative) == "8-бапқа")
        #expect(Vocabulary.reference(.chapter, number: "VIII", .kk) == "VIII тарау")
        #expect(Vocabulary.reference(.point, number: "3", .kk, .instrumental) == "3) тармақшамен")
        #expect(Vocabulary.citation([(.article, "5"), (.paragraph, "1"), (.point, "3")], .kk) == "5-баптың 1-тармағының 3) тармақшасы")
        #expect(Vocabulary.citation([(.article, "8"), (.paragraph, "2")], .kk, .locative) == "8-баптың 2-тармағындағы")
        #expect(Vocabulary.shortCitation("art_1__para_7", .kk) == "1-баптың 7-тармағы")
        #expect(Vocabulary.heading(.chapter, number: "2", .kk) == "2-тарау.")
    }

    /// Every unit of the corpus acts, cited as Kenes writes it, is found again by the act's own
    /// citation reader: the vocabulary and the grammar agree in both languages.
    @Test(arguments: ["corpus/synthetic/public-councils-ru.txt", "corpus/synthetic/public-councils-kk.txt"])
    func citationsReadBack(_ file: String) throws {
        let act = try Repo.parse(file)
        var checked = 0
        act.tree().forEach { u in
            guard [.article, .paragraph, .point].contains(u.kind), u.status == .inForce else { return }
            let words = Vocabulary.citation(path: act.path(to: u.eId), act.metadata.language)
            #expect((try? act.lookup(words).get()) == [u.eId], "«\(words)» for \(u.eId)")
            checked += 1
        }
        #expect(checked > 50)
    }
}
