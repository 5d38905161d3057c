import Foundation
import KenesCheck
import KenesRender
import KenesTestSupport
import Testing

/// `kenes check --format json` against schema/check.schema.json, on every example roster.
@Suite struct CheckSchemaTests {
    static let validator = try! SchemaValidator()

    @Test(arguments: [("corpus/rosters/council-compliant.csv", Body.council, Level?.none), ("corpus/rosters/council-failing.csv", .council, nil),
                      ("corpus/rosters/council-malformed.csv", .council, nil), ("corpus/rosters/council.json", .council, nil),
                      ("corpus/rosters/working-group-local.csv", .workingGroup, .local),
                      ("corpus/rosters/working-group-republican.yaml", .workingGroup, .republican)])
    func reportsFollowTheSchema(_ file: String, _ body: Body, _ level: Level?) throws {
        for edition in ["2015", "2021"] {
            let json = CheckReportRenderer.json(try Repo.check(file, edition: edition, body: body, level: level), locale: .en, categories: Repo.categories)
            let e = try Self.validator.errors(json, schema: "check.schema.json")
            #expect(e.isEmpty, "\(file) \(edition): \(e.prefix(5))")
        }
    }

    @Test func validatorRejectsWhatTheSchemaForbids() throws {
        let good = CheckReportRenderer.json(try Repo.check("corpus/rosters/council-failing.csv", body: .council), locale: .en, categories: Repo.categories)
        #expect(try Self.validator.errors(good, schema: "check.schema.json").isEmpty)
        #expect(!(try Self.validator.errors(good.replacingOccurrences(of: "\"verdict\": \"violation\"", with: "\"verdict\": \"bad\""), schema: "check.schema.json")).isEmpty)
        #expect(!(try Self.validator.errors(good.replacingOccurrences(of: "\"membersCounted\"", with: "\"counted\""), schema: "check.schema.json")).isEmpty)
    }
}
