import Foundation
import KenesAct

/// The repository the tests and benchmarks run in: its corpus, parsed acts named by their
/// repository paths (so messages and JSON are the same on every machine).
public enum Repository {
    public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    public static let corpus = root.appendingPathComponent("corpus")

    public static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    public static func text(_ relative: String) throws -> String { try String(contentsOfFile: path(relative), encoding: .utf8) }

    /// Parses a repository file, naming it by its relative path.
    public static func act(_ relative: String, language: Language? = nil) throws -> Act {
        let bytes = try [UInt8](Data(contentsOf: root.appendingPathComponent(relative)))
        return try ActParser.parse(bytes: bytes, options: ParseOptions(fileName: relative, language: language))
    }

    /// A new file with `contents` in a folder of its own under the temporary directory.
    public static func tempFile(_ name: String, _ contents: String) -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kenes-test-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let url = dir.appendingPathComponent(name)
        try! contents.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    /// Corpus text files relative to the repository root, e.g. `corpus/synthetic/public-councils-ru.txt`;
    /// the amending acts are instructions, not acts, and are left out, and so is the act in
    /// Windows-1251 (the parser takes UTF-8; the importer reads it, tested on its own).
    public static func corpusFiles(broken: Bool) -> [String] {
        let items = FileManager.default.enumerator(atPath: corpus.path)!.compactMap { $0 as? String }
        return items.filter { $0.hasSuffix(".txt") && $0.hasPrefix("broken/") == broken && !$0.hasPrefix("amendments/")
            && !(!broken && $0.contains("windows-1251")) }.sorted().map { "corpus/" + $0 }
    }
}

/// Golden files, reviewed by eye. `KENES_UPDATE_GOLDEN=1 swift test` rewrites them and fails
/// the run, so that a regeneration is always looked at and never passes silently.
public enum Golden {
    public static var updating: Bool { ProcessInfo.processInfo.environment["KENES_UPDATE_GOLDEN"] == "1" }

    /// nil when `actual` is the golden file at `relative` (a repository path); otherwise what
    /// differs, or that the file was regenerated.
    public static func mismatch(_ relative: String, _ actual: String) -> String? {
        let url = Repository.root.appendingPathComponent(relative)
        if updating {
            try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            do { try actual.write(to: url, atomically: true, encoding: .utf8) } catch { return "cannot write \(relative): \(error)" }
            return "regenerated \(relative): review it with git diff, then run the tests without KENES_UPDATE_GOLDEN"
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            return "golden file \(relative) is missing; run KENES_UPDATE_GOLDEN=1 swift test and review it"
        }
        if expected == actual { return nil }
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let i = zip(e, a).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(e.count, a.count)
        return "\(relative) differs at line \(i + 1):\n  golden: \(i < e.count ? String(e[i]) : "<end>")\n  actual: \(i < a.count ? String(a[i]) : "<end>")"
    }
}
