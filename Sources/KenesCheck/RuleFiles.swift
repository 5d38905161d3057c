import Foundation

/// Where rule files, counting profiles, the category catalogue and the acts the rules cite are
/// read from: the copies compiled into Kenes (`bundled`, so a copied binary works from any
/// folder), or files on disk that the user names (`--rules`, `--profiles`), with paths relative
/// to a base folder the caller gives.
public struct RuleFiles: Sendable {
    enum Source: Sendable { case bundled, disk(base: URL) }
    let source: Source

    /// The files of `rules/` and the corpus excerpts they cite, as compiled in.
    public static let bundled = RuleFiles(source: .bundled)
    /// Files on disk; relative paths are taken from `base`.
    public static func disk(base: URL) -> RuleFiles { RuleFiles(source: .disk(base: base)) }

    public static let rules2015 = "rules/law-2015.yaml"
    public static let profiles = "rules/profiles.yaml"
    public static let categories = "rules/categories.csv"
    public static func rules(edition: String) -> String { "rules/law-\(edition).yaml" }

    public func read(_ path: String) throws(CheckInputError) -> [UInt8] {
        switch source {
        case .bundled:
            guard let text = BundledFiles.files[path] else {
                throw CheckInputError(file: path, line: 1, CheckMessages.RuleFile.notBundled(BundledFiles.files.keys.sorted().filter { $0.hasPrefix("rules/") }.joined(separator: ", ")))
            }
            return Array(text.utf8)
        case .disk(let base):
            let url = path.hasPrefix("/") ? URL(fileURLWithPath: path) : base.appendingPathComponent(path)
            guard let data = FileManager.default.contents(atPath: url.path) else {
                throw CheckInputError(file: path, line: 1, CheckMessages.Input.unreadable)
            }
            return [UInt8](data)
        }
    }

    /// Whether `path` can be read (bundled: is compiled in).
    public func exists(_ path: String) -> Bool {
        switch source {
        case .bundled: BundledFiles.files[path] != nil
        case .disk(let base): FileManager.default.fileExists(atPath: path.hasPrefix("/") ? path : base.appendingPathComponent(path).path)
        }
    }

    /// `relative` taken from the folder of `file`, `.` and `..` folded: `rules/law-2015.yaml` +
    /// `../corpus/x.txt` → `corpus/x.txt`.
    public static func resolve(_ relative: String, relativeTo file: String) -> String {
        if relative.hasPrefix("/") { return relative }
        var parts = file.split(separator: "/", omittingEmptySubsequences: false).dropLast().map(String.init)
        for p in relative.split(separator: "/") {
            if p == "." { continue }
            if p == "..", let last = parts.last, last != "..", !last.isEmpty { parts.removeLast() } else { parts.append(String(p)) }
        }
        return parts.joined(separator: "/")
    }
}

/// The JSON schemas and the OpenAPI document of `schema/`, compiled in: the web workspace
/// serves them wherever the binary is copied.
public enum Contracts {
    /// `act.schema.json`, `openapi.yaml`, …; nil for a name that is not one.
    public static func file(_ name: String) -> String? { BundledFiles.files["schema/" + name] }
}
