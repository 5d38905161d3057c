import Foundation
import KenesAct
import KenesRender
import KenesTestSupport
import Testing

/// Generated acts whose structure is known: the parser must find exactly that structure, and
/// printing the tree back must give the input byte for byte.
@Suite struct PropertyTests {
    static let cases: [(Language, Bool, UInt64)] = [
        (.ru, false, 1), (.ru, true, 2), (.kk, false, 3), (.kk, true, 4), (.ru, true, 5), (.kk, true, 6),
    ]

    @Test(arguments: 0..<cases.count) func generatedActParsesToItsKnownStructure(_ i: Int) throws {
        let (lang, noise, seed) = Self.cases[i]
        let g = SyntheticAct.generate(.init(language: lang, targetBytes: 120_000, seed: seed, noise: noise))
        let act = try ActParser.parse(text: g.text, options: ParseOptions(fileName: "generated-\(seed)"))
        #expect(act.metadata.language == lang)
        #expect(act.metadata.kind == .law)
        #expect(act.metadata.number == "1-SYN")
        let tree = act.tree()
        #expect(Array(tree.allEIds.dropFirst()) == g.eIds)
        var notes = 0
        var excluded: [EId] = [], wrapUps: [EId] = []
        var found: [EId: [EId]] = [:]
        tree.forEach { u in
            notes += u.notes.count
            if u.status == .excluded { excluded.append(u.eId) }
            if u.wrapUp != nil { wrapUps.append(u.eId) }
            for c in u.citations {
                #expect(c.status == .resolved, "\(u.eId): \(c.text)")
                found[u.eId, default: []] += c.targets
            }
        }
        #expect(notes == g.noteCount)
        #expect(excluded == g.excluded)
        #expect(wrapUps == g.wrapUps)
        #expect(!g.wrapUps.isEmpty)
        for (unit, targets) in g.citations { #expect(found[unit] == targets, "citations of \(unit)") }
        #expect(found.count == g.citations.count, "no citation found where none was written")
        #expect(act.diagnostics.isEmpty, "\(act.diagnostics.prefix(3))")
    }

    @Test(arguments: 0..<cases.count) func generatedActRoundTrips(_ i: Int) throws {
        let (lang, noise, seed) = Self.cases[i]
        let g = SyntheticAct.generate(.init(language: lang, targetBytes: 60_000, seed: seed &+ 100, noise: noise))
        let act = try ActParser.parse(text: g.text)
        #expect(PlainText.lossless(act) == Array(g.text.utf8))
    }

    /// BOM and CRLF are removed and text is NFC-normalized; everything else is kept.
    @Test func normalizationIsOnlyBomCrlfAndNfc() throws {
        let g = SyntheticAct.generate(.init(language: .ru, targetBytes: 30_000, seed: 9, noise: true))
        let clean = try ActParser.parse(text: g.text)
        // decomposed й (и + U+0306) and ё (е + U+0308) where the text has the composed letters
        let decomposed = g.text.unicodeScalars.map { s -> String in
            switch s {
            case "й": return "и\u{0306}"
            case "ё": return "е\u{0308}"
            default: return String(s)
            }
        }.joined()
        let messy = [0xEF, 0xBB, 0xBF] + Array(decomposed.replacingOccurrences(of: "\n", with: "\r\n").utf8)
        let act = try ActParser.parse(bytes: messy)
        #expect(act.source == clean.source)
        #expect(act.tree() == clean.tree())
        #expect(PlainText.lossless(act) == Array(g.text.utf8))
    }

    /// Lone CR, NBSP, soft hyphens and unusual dashes are not "normalized away".
    @Test func typographyIsKept() throws {
        let text = "Статья 1. Заголовок\r\n1. Текст\u{00A0}с неразрывным пробелом, мяг\u{00AD}ким переносом — и тире.\r\n"
        let act = try ActParser.parse(text: text)
        let p = try #require(act.unit("art_1__para_1"))
        #expect(p.text == "Текст\u{00A0}с неразрывным пробелом, мяг\u{00AD}ким переносом — и тире.")
        #expect(PlainText.lossless(act) == Array(text.replacingOccurrences(of: "\r\n", with: "\n").utf8))
    }

    @Test func eIdsAreUnique() throws {
        for seed in UInt64(20)..<UInt64(24) {
            let g = SyntheticAct.generate(.init(language: seed % 2 == 0 ? .ru : .kk, targetBytes: 40_000, seed: seed))
            let ids = try ActParser.parse(text: g.text).eIds
            #expect(Set(ids).count == ids.count)
        }
    }
}
