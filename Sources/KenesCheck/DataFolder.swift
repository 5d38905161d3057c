import Foundation

/// Where the bundled `rules/` and `corpus/` are: `$KENES_HOME`, the current folder, or a
/// folder above the executable (a build inside the repository).
public enum DataFolder {
    public static func find(executable: String = CommandLine.arguments.first ?? "") -> URL? {
        let fm = FileManager.default
        func holdsRules(_ u: URL) -> Bool { fm.fileExists(atPath: u.appendingPathComponent("rules/law-2015.yaml").path) }
        if let home = ProcessInfo.processInfo.environment["KENES_HOME"] {
            let u = URL(fileURLWithPath: home)
            if holdsRules(u) { return u }
        }
        let cwd = URL(fileURLWithPath: fm.currentDirectoryPath)
        if holdsRules(cwd) { return cwd }
        var dir = URL(fileURLWithPath: executable).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            if holdsRules(dir) { return dir }
            dir = dir.deletingLastPathComponent()
        }
        return nil
    }
}
