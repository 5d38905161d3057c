import KenesAct
import KenesRender
import Testing

/// `kenes show` references: eIds and citations as people write them.
@Suite struct LookupTests {
    static let ru = try! Repo.parse("corpus/synthetic/public-councils-ru.txt")
    static let kk = try! Repo.parse("corpus/synthetic/public-councils-kk.txt")

    @Test(arguments: [
        ("art_8__para_2", ["art_8__para_2"]),
        ("ст. 8 п. 2", ["art_8__para_2"]),
        ("статья 8 пункт 2", ["art_8__para_2"]),
        ("п. 2 ст. 8", ["art_8__para_2"]),
        ("ст. 8 п. 1-3; ст. 9", ["art_8__para_1", "art_8__para_1-1", "art_8__para_2", "art_8__para_3", "art_9"]),
        ("статьи 8-9", ["art_8", "art_8-1", "art_9"]),
        ("статья 8-1", ["art_8-1"]),
        ("гл. 2", ["chp_2"]),
        ("ст. 4 пп. 6)", ["art_4__point_6"]),
    ]) func russianReferences(_ ref: String, _ ids: [EId]) throws {
        #expect(try Self.ru.lookup(ref).get() == ids)
    }

    @Test(arguments: [
        ("8-бап 2-тармақ", ["art_8__para_2"]),
        ("8-баптың 2-тармағы", ["art_8__para_2"]),
        ("5-баптың 1-тармағының 3) тармақшасы", ["art_5__para_1__point_3"]),
        ("2-тарау", ["chp_2"]),
    ]) func kazakhReferences(_ ref: String, _ ids: [EId]) throws {
        #expect(try Self.kk.lookup(ref).get() == ids)
    }

    /// A plain reference is read without the act exactly as the act reads it; anything that
    /// needs the act (lists, ranges, chapters) is left to it.
    @Test func plainReferencesAreReadWithoutTheAct() throws {
        for act in [Self.ru, Self.kk] {
            var read = 0
            act.forEachUnit { u, _ in
                let id = act.eId(u)
                let label = Vocabulary.shortCitation(id, act.metadata.language)
                guard let plain = EId(plainReference: label) else { return }
                read += 1
                #expect(plain == id, "\(label)")
                #expect((try? act.lookup(label).get()) == [plain], "\(label)")
            }
            #expect(read > 40)
        }
        #expect(EId(plainReference: "ст. 8 п. 2") == "art_8__para_2")
        #expect(EId(plainReference: "5-баптың 1-тармағының 3) тармақшасы") == "art_5__para_1__point_3")
        #expect(EId(plainReference: "art_8-1") == "art_8-1")
        for needsTheAct in ["ст. 8 п. 1-3", "статьи 8-9", "гл. 2", "ст. 8; ст. 9", "п. 2 настоящей статьи", "ст. 8 Закона «О местном государственном управлении»", "п. 2"] {
            #expect(EId(plainReference: needsTheAct) == nil, "\(needsTheAct)")
        }
    }

    @Test func missingUnitListsTheNearestOnes() {
        guard case .failure(let e) = Self.ru.lookup("ст. 8 п. 9") else { Issue.record("found"); return }
        guard case .notFound(let missing, let nearest) = e.reason else { Issue.record("\(e)"); return }
        #expect(missing == ["art_8__para_9"])
        #expect(nearest.first == "art_8__para_4")
        guard case .failure(let e2) = Self.ru.lookup("art_99"), case .notFound(_, let near2) = e2.reason else { Issue.record("found"); return }
        #expect(near2.first == "art_20")
    }

    @Test func unreadableReference() {
        guard case .failure(let e) = Self.ru.lookup("что-нибудь") else { Issue.record("found"); return }
        #expect(e.reason == .unreadable)
    }

    @Test func pathOfAUnit() {
        #expect(PlainText.path(Self.ru.path(to: "art_8__para_2"), language: .ru) == "Глава 2 → Статья 8 → пункт 2")
        #expect(PlainText.path(Self.kk.path(to: "art_5__para_1__point_3"), language: .kk) == "2-тарау → 5-бап → 1-тармақ → 3) тармақша")
    }
}
