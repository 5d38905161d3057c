import Foundation
import KenesAct
import KenesCheck
import KenesTestSupport
import Testing

typealias Repo = Repository

extension Repository {
    /// The repository's own rules/ and corpus/ (the bundled copies are compared with them in
    /// BundledFilesTests).
    static let files = RuleFiles.disk(base: root)
    /// A fixed day for the checks: age bands and birth years do not move with the calendar.
    static let today = Date(timeIntervalSince1970: 1_780_000_000)   // 2026-05-28
    static let categories = try! CategoryCatalog(csv: files.read(RuleFiles.categories), file: RuleFiles.categories)
    static let profiles = try! ProfileSet.load(RuleFiles.profiles, from: files, categories: categories)
    static func book(_ edition: String) throws -> RuleBook { try RuleBook.load(RuleFiles.rules(edition: edition), from: files, categories: categories) }
    static var reader: RosterReader { RosterReader(categories: categories, currentYear: 2026) }
    static func roster(_ relative: String) throws -> Roster { try reader.read(path: path(relative)) }
    static func checker(_ book: RuleBook, officialAct: Act? = nil) throws -> QuotaChecker {
        try QuotaChecker(book: book, profiles: profiles, categories: categories, officialAct: officialAct, files: files, today: today, baseFolder: root)
    }

    static func check(_ relative: String, edition: String = "2015", profile: String = "nominal",
                      body: Body? = nil, level: Level? = nil) throws -> CheckResult {
        var checker = try checker(book(edition))
        return try checker.check(roster(relative), profile: profiles.profile(profile)!, body: body, level: level)
    }
}

extension CheckResult {
    func finding(_ rule: String) -> Finding? { findings.first { $0.rule == rule } }
}
