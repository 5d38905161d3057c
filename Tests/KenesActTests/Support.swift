import Foundation
import KenesAct
import KenesRender
import Testing

/// Paths and helpers shared by the tests.
enum Repo {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let corpus = root.appendingPathComponent("corpus")
    static let golden = root.appendingPathComponent("Tests/KenesActTests/Golden")

    /// Corpus files relative to the repository root, e.g. `corpus/synthetic/public-councils-ru.txt`.
    static func corpusFiles(broken: Bool) -> [String] {
        let items = FileManager.default.enumerator(atPath: corpus.path)!.compactMap { $0 as? String }
        // amending acts are instructions, not acts to parse as such (KenesAmendTests reads them)
        return items.filter { $0.hasSuffix(".txt") && $0.hasPrefix("broken/") == broken && !$0.hasPrefix("amendments/") }.sorted().map { "corpus/" + $0 }
    }

    /// Parses a repository file, naming it by its relative path (so messages and JSON are stable).
    static func parse(_ relative: String, language: Language? = nil) throws -> Act {
        let bytes = try [UInt8](Data(contentsOf: root.appendingPathComponent(relative)))
        return try ActParser.parse(bytes: bytes, options: ParseOptions(fileName: relative, language: language))
    }

    /// Compares `actual` with the golden file; `KENES_UPDATE_GOLDEN=1 swift test` rewrites it
    /// (then review the change by eye before committing).
    static func checkGolden(_ name: String, _ actual: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let url = golden.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["KENES_UPDATE_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("golden file \(name) is missing; run KENES_UPDATE_GOLDEN=1 swift test and review it", sourceLocation: sourceLocation)
            return
        }
        if expected != actual {
            let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let i = zip(e, a).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(e.count, a.count)
            Issue.record("\(name) differs at line \(i + 1):\n  golden: \(i < e.count ? String(e[i]) : "<end>")\n  actual: \(i < a.count ? String(a[i]) : "<end>")", sourceLocation: sourceLocation)
        }
    }

    static func goldenName(_ relative: String, _ ext: String) -> String {
        relative.replacingOccurrences(of: "corpus/", with: "").replacingOccurrences(of: "/", with: "__")
            .replacingOccurrences(of: ".txt", with: ".\(ext)")
    }
}

extension StructuralUnit {
    /// All eIds in document order.
    var allEIds: [EId] {
        var out: [EId] = []
        forEach { out.append($0.eId) }
        return out
    }
}
