import Foundation
import KenesAct
import KenesRender
import KenesTestSupport
import Testing

/// The JSON of `kenes parse --format json` against the published schema (schema/act.schema.json),
/// with the validator of KenesTestSupport.
@Suite struct SchemaTests {
    static let validator = try! SchemaValidator()

    static func errors(_ json: String) throws -> [String] { try validator.errors(json, schema: "act.schema.json") }

    @Test(arguments: Repo.corpusFiles(broken: false)) func corpusJSONFollowsTheSchema(_ file: String) throws {
        let errors = try Self.errors(ActJSON.render(try Repo.parse(file)))
        #expect(errors.isEmpty, "\(errors.prefix(5))")
    }

    @Test func generatedActJSONFollowsTheSchema() throws {
        let g = SyntheticAct.generate(.init(language: .kk, targetBytes: 40_000, seed: 77, noise: true))
        let errors = try Self.errors(ActJSON.render(try ActParser.parse(text: g.text)))
        #expect(errors.isEmpty, "\(errors.prefix(5))")
    }

    /// The checker itself must catch a broken document, or the tests above prove nothing.
    @Test func checkerRejectsWhatTheSchemaForbids() throws {
        let good = ActJSON.render(try Repo.parse("corpus/excerpts/law-2015-public-councils-ru.txt"))
        #expect(try Self.errors(good).isEmpty)
        #expect(!(try Self.errors(good.replacingOccurrences(of: "\"status\": \"in_force\"", with: "\"status\": \"valid\""))).isEmpty)
        #expect(!(try Self.errors(good.replacingOccurrences(of: "\"eId\":", with: "\"id\":"))).isEmpty)
        #expect(!(try Self.errors(good.replacingOccurrences(of: "\"line\": 12", with: "\"line\": \"12\""))).isEmpty)
    }
}
