import Foundation
import KenesAct
import KenesLibrary
import KenesTestSupport

/// `kenes-bench library WORKS EDITIONS MB [DIR]`: a library of generated acts (each work a generated
/// act renumbered `N-SYN`, each edition the one before edited), built with one `kenes library add
/// FOLDER` per work and queried with whole `kenes` processes and inside this one: the time to add
/// (MB of text per second), search, a unit's history and `show --as-of`, and the database's size
/// per MB of text.
enum LibraryBench {
    static func main(_ args: [String]) throws {
        let works = args.count > 0 ? Int(args[0]) ?? 5 : 5, editions = args.count > 1 ? Int(args[1]) ?? 5 : 5
        let mb = args.count > 2 ? Int(args[2]) ?? 1 : 1
        let kenes = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("kenes").path
        // A fourth argument keeps the library and its texts in that folder, for profiling.
        let kept = args.count > 3 ? URL(fileURLWithPath: args[3]) : nil
        let dir = kept ?? FileManager.default.temporaryDirectory.appendingPathComponent("kenes-bench-library-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { if kept == nil { try? FileManager.default.removeItem(at: dir) } }
        let library = dir.appendingPathComponent("library.sqlite").path
        var textBytes = 0, addSeconds = 0.0
        for w in 1...works {
            // a folder per work, its editions named in order, each dated by its front matter:
            // one `kenes library add FOLDER` adds them all, as a corpus is loaded
            let folder = dir.appendingPathComponent(String(format: "w%03d", w))
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            var text = SyntheticAct.generate(.init(language: .ru, targetBytes: mb << 20, seed: UInt64(w))).text
                .replacingOccurrences(of: "№ 1-SYN", with: "№ \(w)-SYN")
            for e in 1...editions {
                if e > 1 { text = SyntheticAct.mutate(text, language: .ru, seed: UInt64(w * 100 + e), insertChapter: false) }
                let dated = text.replacingOccurrences(of: "synthetic: yes\n", with: String(format: "synthetic: yes\nedition: 20%02d-01-01\n", e))
                try Data(dated.utf8).write(to: folder.appendingPathComponent(String(format: "e%02d.txt", e)))
                textBytes += dated.utf8.count
            }
            let run = try CLIBench.run(kenes, ["library", "add", "--library", library, folder.path])
            guard run.exit == 0 else { FileHandle.standardError.write(Data("add failed: exit \(run.exit)\n".utf8)); exit(1) }
            addSeconds += run.seconds
            // the texts are in the library now
            if kept == nil { try FileManager.default.removeItem(at: folder) }
        }
        let q = try queries(kenes, library: library, works: works)
        var size = 0
        for suffix in ["", "-wal"] { size += (try? FileManager.default.attributesOfItem(atPath: library + suffix)[.size] as? Int) ?? 0 }
        let mbText = Double(textBytes) / 1_048_576
        print("| library | text | add (whole processes) | database | search p50 (5 queries) | history of a unit | show --as-of |")
        print("|---|---:|---:|---:|---:|---:|---:|")
        print(String(format: "| %d works × %d editions, whole commands | %.0f MB | %.1f s (%.1f MB/s) | %.0f MB (%.1f× the text) | %.3f s | %.3f s | %.3f s |",
                     works, editions, mbText, addSeconds, mbText / addSeconds, Double(size) / 1_048_576, Double(size) / Double(textBytes),
                     q.search[q.search.count / 2], q.history, q.show))
        printInProcess(q)
    }

    /// `kenes-bench library-queries LIBRARY WORKS`: the queries alone, on a library built before
    /// (by `library … DIR`), e.g. after a change to search.
    static func queriesOnly(_ args: [String]) throws {
        guard args.count == 2, let works = Int(args[1]) else { throw CocoaError(.featureUnsupported) }
        let kenes = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("kenes").path
        let q = try queries(kenes, library: args[0], works: works)
        print(String(format: "| whole commands | %.3f s | %.3f s | %.3f s |", q.search[q.search.count / 2], q.history, q.show))
        printInProcess(q)
    }

    static func printInProcess(_ q: Queries) {
        print(String(format: "| the same, in one process (median of 21) | | | | %.1f ms (%.1f-%.1f) | %.1f ms | %.1f ms |",
                     q.searchIn[q.searchIn.count / 2] * 1000, q.searchIn.first! * 1000, q.searchIn.last! * 1000, q.historyIn * 1000, q.showIn * 1000))
    }

    struct Queries { var search: [Double], history: Double, show: Double, searchIn: [Double], historyIn: Double, showIn: Double }

    /// Five searches, a history and `show --as-of`, each as a whole process (median of 9) and
    /// inside this one (median of 21 after one warm-up).
    static func queries(_ kenes: String, library: String, works: Int) throws -> Queries {
        func median(_ arguments: [String], _ n: Int = 9) throws -> Double {
            let t = try (0..<n).map { _ in try CLIBench.run(kenes, arguments).seconds }.sorted()
            return t[t.count / 2]
        }
        let queries = ["рабочая группа", "общественного совета", "\"государственного органа\"", "контроль", "решение принимается"]
        let search = try queries.map { try median(["library", "search", $0, "--library", library]) }.sorted()
        let history = try median(["library", "history", "\(works)-SYN", "ст. 3", "--library", library])
        let show = try median(["show", "\(works)-SYN", "ст. 3", "--as-of", "2003-06-01", "--library", library])
        // the same queries inside one process, as a server answers them (no process to start)
        let opened = try ActLibrary(path: library)
        func inProcess(_ n: Int = 21, _ body: () throws -> Void) rethrows -> Double {
            try body()   // warm: SQLite's page cache, as in a running server
            var t: [Double] = []
            for _ in 0..<n { let s = now(); try body(); t.append(now() - s) }
            return t.sorted()[n / 2]
        }
        let searchIn = try queries.map { q in try inProcess { _ = try opened.search(q, language: .ru, asOf: nil, today: "2026-11-27") } }.sorted()
        let historyIn = try inProcess { _ = try opened.history(of: "ст. 3", in: "\(works)-SYN", language: .ru) }
        // what `show` of a plain reference does: the expression in force, the unit from its rows
        let showIn = try inProcess {
            let e = try opened.expression("\(works)-SYN", language: .ru, asOf: "2003-06-01", today: "2026-11-27").1
            _ = try opened.storedUnit(EId(plainReference: "ст. 3")!, of: e.id)
        }
        return Queries(search: search, history: history, show: show, searchIn: searchIn, historyIn: historyIn, showIn: showIn)
    }
}
