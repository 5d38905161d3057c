import Foundation
import KenesAct
import KenesDiff
import KenesRender
import KenesTestSupport
import Testing

/// `kenes diff --format json` against schema/diff.schema.json, on the corpus draft, with notes,
/// and on generated acts with every change kind.
@Suite struct DiffSchemaTests {
    static let validator = try! SchemaValidator()

    func errors(_ d: ActDiff) throws -> [String] { try Self.validator.errors(DiffRenderer.json(d), schema: "diff.schema.json") }

    @Test(arguments: [false, true]) func corpusDraftFollowsTheSchema(_ notes: Bool) throws {
        let d = ActDiffer.diff(old: DiffTests.old, new: DiffTests.new, options: DiffOptions(notes: notes))
        let e = try errors(d)
        #expect(e.isEmpty, "\(e.prefix(5))")
    }

    @Test(arguments: [Language.ru, .kk]) func generatedEditsFollowTheSchema(_ lang: Language) throws {
        let g = SyntheticAct.generate(.init(language: lang, targetBytes: 60_000, seed: 5, noise: true))
        let d = ActDiffer.diff(old: try ActParser.parse(text: g.text), new: try ActParser.parse(text: SyntheticAct.mutate(g.text, language: lang, seed: 5)))
        #expect(Set(d.changes.map(\.kind)).count >= 4)
        let e = try errors(d)
        #expect(e.isEmpty, "\(e.prefix(5))")
    }

    /// The validator catches a change the schema does not allow, or the tests above prove nothing.
    @Test func validatorRejectsWhatTheSchemaForbids() throws {
        let good = DiffRenderer.json(DiffTests.diff)
        #expect(try Self.validator.errors(good, schema: "diff.schema.json").isEmpty)
        #expect(!(try Self.validator.errors(good.replacingOccurrences(of: "\"kenes-diff/1\"", with: "\"kenes-diff/2\""), schema: "diff.schema.json")).isEmpty)
        #expect(!(try Self.validator.errors(good.replacingOccurrences(of: "\"op\":", with: "\"operation\":"), schema: "diff.schema.json")).isEmpty)
        // a unit inserted is checked against the act schema's unit
        #expect(!(try Self.validator.errors(good.replacingOccurrences(of: "\"status\": \"in_force\"", with: "\"status\": 1"), schema: "diff.schema.json")).isEmpty)
    }
}
