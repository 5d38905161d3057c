import Foundation
import KenesCheck
import KenesTestSupport
import Testing

/// The rules, profiles, categories and cited acts compiled into Kenes are the repository's
/// files: a change to rules/ or to a cited corpus act without regenerating fails here.
@Suite struct BundledFilesTests {
    @Test func generatedSourceMatchesTheFiles() throws {
        let expected = try BundledFilesSource.generate(root: Repo.root)
        let url = Repo.root.appendingPathComponent(BundledFilesSource.generatedPath)
        if ProcessInfo.processInfo.environment["KENES_UPDATE_GOLDEN"] == "1" {
            try expected.write(to: url, atomically: true, encoding: .utf8)
            Issue.record("regenerated \(BundledFilesSource.generatedPath): review the change, commit it, and run the tests again")
            return
        }
        let actual = try String(contentsOf: url, encoding: .utf8)
        #expect(actual == expected, "\(BundledFilesSource.generatedPath) is stale: run KENES_UPDATE_GOLDEN=1 swift test --filter BundledFilesTests")
    }

    @Test func bundledCopiesReadAsTheFilesDo() throws {
        for path in try BundledFilesSource.paths(root: Repo.root) {
            #expect(try RuleFiles.bundled.read(path) == Repo.files.read(path), "\(path)")
        }
        #expect(try BundledFilesSource.paths(root: Repo.root).contains("corpus/excerpts/law-2015-public-councils-ru.txt"))
    }

    @Test func pathsResolveAgainstTheRuleFile() {
        #expect(RuleFiles.resolve("../corpus/excerpts/a.txt", relativeTo: "rules/law-2015.yaml") == "corpus/excerpts/a.txt")
        #expect(RuleFiles.resolve("./b.txt", relativeTo: "/home/u/rules.yaml") == "/home/u/b.txt")
        #expect(RuleFiles.resolve("/abs/c.txt", relativeTo: "rules/x.yaml") == "/abs/c.txt")
    }
}
