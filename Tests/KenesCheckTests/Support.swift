import Foundation
import KenesAct
import KenesCheck
import Testing

enum Repo {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }
    static let categories = try! CategoryCatalog(csv: path("rules/categories.csv"))
    static let profiles = try! ProfileSet.load(path("rules/profiles.yaml"), categories: categories)
    static func book(_ edition: String) throws -> RuleBook { try RuleBook.load(path("rules/law-\(edition).yaml"), categories: categories) }
    static func roster(_ relative: String) throws -> Roster { try RosterReader(categories: categories).read(path: path(relative)) }

    static func check(_ relative: String, edition: String = "2015", profile: String = "nominal",
                      body: Body? = nil, level: Level? = nil) throws -> CheckResult {
        var checker = try QuotaChecker(book: book(edition), profiles: profiles)
        return try checker.check(roster(relative), profile: profiles.profile(profile)!, body: body, level: level)
    }

    static func tempFile(_ name: String, _ contents: String) -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kenes-check-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let url = dir.appendingPathComponent(name)
        try! contents.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }
}

extension CheckResult {
    func finding(_ rule: String) -> Finding? { findings.first { $0.rule == rule } }
}
