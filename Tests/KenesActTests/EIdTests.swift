import KenesAct
import Testing

@Suite struct EIdTests {
    @Test func builtAsAkomaNtosoNamesThem() {
        let art = EId.unit(.article, number: "8-1.", under: "chp_2")
        #expect(art == "art_8-1")
        #expect(EId.unit(.paragraph, number: "2.", under: art) == "art_8-1__para_2")
        #expect(EId.unit(.paragraph, number: "117.", under: "chp_3") == "para_117")
        #expect(EId.unit(.point, number: "6)", under: "art_4") == "art_4__point_6")
        #expect(EId.unit(.subchapter, number: "1", under: "chp_2") == "chp_2__subchp_1")
        #expect(EId.unit(.subparagraph, number: "2", under: "art_20") == "art_20__subpara_2")
        #expect(EId.unit(.preamble, number: "", under: nil) == .preamble)
        #expect(EId("art_5").duplicate(2) == "art_5_dup2")
    }

    @Test func takenApart() {
        let e: EId = "art_5__para_1__point_3"
        #expect(e.parent == "art_5__para_1")
        #expect(e.parent?.parent == "art_5")
        #expect(EId("art_5").parent == nil)
        #expect(e.article == "art_5")
        #expect(EId("chp_2__subchp_1").article == nil)
        #expect(e.number == "3")
        #expect(e.number(of: .paragraph) == "1")
        #expect(e.last?.kind == .point)
        #expect(EId("art_8").contains("art_8__para_2"))
        #expect(!EId("art_8").contains("art_80__para_2"))
        #expect(!EId("art_8").contains("art_8"))
    }

    /// Document order: numbers by value, inserted numbers between their neighbours, a unit before
    /// what is inside it; sorting the eIds of a parsed act keeps each article's units together.
    @Test func orderedAsInTheAct() {
        let sorted: [EId] = ["art_10", "art_8-1", "art_9", "art_8__para_2", "art_8", "art_8__para_1-1", "art_8__para_1"].sorted()
        #expect(sorted == ["art_8", "art_8__para_1", "art_8__para_1-1", "art_8__para_2", "art_8-1", "art_9", "art_10"])
    }
}
