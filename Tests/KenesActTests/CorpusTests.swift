import Foundation
import KenesAct
import KenesRender
import Testing

/// Every act in the bundled corpus: parsed, printed back byte for byte, compared with golden files.
@Suite struct CorpusTests {
    static let good = Repo.corpusFiles(broken: false)
    static let broken = Repo.corpusFiles(broken: true)

    @Test func corpusIsThere() {
        #expect(Self.good.count >= 9)
        #expect(Self.broken.count >= 4)
    }

    @Test(arguments: good) func roundTripIsLossless(_ file: String) throws {
        let act = try Repo.parse(file)
        #expect(PlainText.lossless(act) == act.source, "text rendered from the tree differs from the normalized input")
        // and reading the rendered text again gives the same tree
        let again = try ActParser.parse(bytes: PlainText.lossless(act), options: ParseOptions(fileName: file))
        #expect(again.tree() == act.tree())
    }

    @Test(arguments: good) func outlineMatchesGolden(_ file: String) throws {
        try Repo.checkGolden(Repo.goldenName(file, "tree"), PlainText.outline(try Repo.parse(file)))
    }

    @Test(arguments: good) func jsonMatchesGolden(_ file: String) throws {
        try Repo.checkGolden(Repo.goldenName(file, "json"), ActJSON.render(try Repo.parse(file)))
    }

    @Test(arguments: good) func cleanFilesParseWithoutWarnings(_ file: String) throws {
        let act = try Repo.parse(file)
        if file.contains("numbering-faults") {
            #expect(act.diagnostics.count == 5)
        } else if file.contains("pasted-from-pdf") {
            // each character its front matter lists, at its place
            #expect(act.diagnostics.map { "\($0.location.line):\($0.location.column)" } == ["16:1", "17:16", "17:31", "18:4", "18:49", "19:24"])
        } else if file.contains("kk-discrepancies") {
            // the Latin e injected, and the article taken out
            #expect(act.diagnostics.map(\.message) == ["«кеңeсті» mixes scripts: U+0065 LATIN SMALL LETTER E among Cyrillic letters, probably «е» (U+0435 CYRILLIC SMALL LETTER IE)",
                                                       "Статья 16 follows Статья 14: numbering jumps"])
        } else if file.contains("portal-noise") {
            // the soft hyphen the portal's copy carries inside a word is the one thing to say
            #expect(act.diagnostics.map { "\($0.location.line):\($0.location.column) \($0.message)" } == ["65:34 soft hyphen U+00AD SOFT HYPHEN in «общественного»"])
        } else {
            #expect(act.diagnostics.isEmpty, "\(act.diagnostics)")
        }
    }

    @Test(arguments: good) func everyCorpusFileSaysWhereItComesFrom(_ file: String) throws {
        let m = try Repo.parse(file).metadata
        #expect(m[frontMatter: "source"] != nil)
        #expect(m[frontMatter: "synthetic"] == "yes" || m[frontMatter: "synthetic"] == "no")
        // invented text is labelled as such in the file itself
        if m.isSynthetic { #expect(m[frontMatter: "provenance"]?.contains("SYNTHETIC") ?? false) }
    }

    @Test(arguments: broken) func brokenFilesAreRefused(_ file: String) {
        #expect(throws: ActInputError.self) { try Repo.parse(file) }
    }

    /// The synthetic act and its Kazakh counterpart have the same structure, unit for unit.
    @Test func russianAndKazakhSyntheticActsAlign() throws {
        let ru = try Repo.parse("corpus/synthetic/public-councils-ru.txt").tree()
        let kk = try Repo.parse("corpus/synthetic/public-councils-kk.txt").tree()
        #expect(ru.allEIds == kk.allEIds)
        var ruStatus: [EId: UnitStatus] = [:], kkStatus: [EId: UnitStatus] = [:]
        ru.forEach { ruStatus[$0.eId] = $0.status }
        kk.forEach { kkStatus[$0.eId] = $0.status }
        #expect(ruStatus == kkStatus)
    }

    /// Text copied from the portal with its noise gives the same tree as the clean text, once the
    /// typographic noise itself (soft hyphen, NBSP, dash and quote kinds) is set aside.
    @Test func portalNoiseGivesTheSameTree() throws {
        let clean = try Repo.parse("corpus/synthetic/public-councils-ru.txt").tree()
        let noisy = try Repo.parse("corpus/synthetic/public-councils-ru-portal-noise.txt").tree()
        func typographic(_ u: StructuralUnit) -> StructuralUnit {
            var v = u
            func fold(_ s: String) -> String {
                s.replacingOccurrences(of: "\u{00AD}", with: "").replacingOccurrences(of: "\u{00A0}", with: " ")
                    .replacingOccurrences(of: "—", with: "–").replacingOccurrences(of: "\"О ", with: "«О ")
                    .replacingOccurrences(of: "организациях\"", with: "организациях»")
            }
            v.text = fold(u.text)
            v.heading = u.heading.map(fold)
            v.children = u.children.map(typographic)
            return v
        }
        #expect(typographic(clean) == typographic(noisy))
        #expect(clean != noisy, "the noise must be visible in the tree: it is not law text to drop")
    }
}
