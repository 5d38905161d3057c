import Foundation
import KenesAct
import KenesAmend
import KenesTestSupport

/// `kenes-bench cli`: whole `kenes` processes as users run them, on generated inputs of 1, 10
/// and 100 MB: wall time and the child's peak resident memory (wait4's rusage is the child's
/// own), the median of three runs below 100 MB and one run at 100 MB, and the 10 MB / 1 MB
/// time ratio of each command (linear: about 10).
enum CLIBench {
    struct Run { var seconds: Double; var peakBytes: Int; var exit: Int32 }

    /// Runs `kenes` through `kenes-bench cli-run`, a small process of its own: a child spawned
    /// from this one shares its memory until exec, and Linux would report this process's peak
    /// (the generated inputs) as the child's.
    static func measured(_ kenes: String, _ arguments: [String]) throws -> Run {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
        p.arguments = ["cli-run", kenes] + arguments
        let pipe = Pipe()
        p.standardOutput = pipe
        try p.run()
        let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        let f = text.split(separator: " ").map { String($0).trimmingCharacters(in: .whitespacesAndNewlines) }
        guard f.count == 3, let t = Double(f[0]), let m = Int(f[1]), let e = Int32(f[2]) else { throw CocoaError(.executableLoad) }
        return Run(seconds: t, peakBytes: m, exit: e)
    }

    /// Runs `kenes` with `arguments`, stdout and stderr to /dev/null.
    static func run(_ kenes: String, _ arguments: [String]) throws -> Run {
        var pid: pid_t = 0
        var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([kenes] + arguments).map { strdup($0) } + [nil]
        defer { for a in argv { free(a) } }
        let t0 = now()
        guard posix_spawn(&pid, kenes, &actions, nil, argv, environ) == 0 else { throw CocoaError(.executableLoad) }
        var status: Int32 = 0
        var usage = rusage()
        wait4(pid, &status, 0, &usage)
        let t = now() - t0
        return Run(seconds: t, peakBytes: usage.ru_maxrss * 1024, exit: (status >> 8) & 0xFF)
    }

    struct Inputs {
        var act: URL, edited: URL, amended: URL, law: URL, roster: URL, ru: URL, kk: URL, megabytes: Int
    }

    /// A generated act, its edited version (about 1 % of the words, a few clauses in and out,
    /// no chapter inserted so the amending law restates little), the amending law between them,
    /// a roster of about the same size (one member per 100 bytes), and the Russian and Kazakh text
    /// of one act of that size.
    static func inputs(_ mb: Int, in dir: URL) throws -> Inputs {
        let g = SyntheticAct.generate(.init(language: .ru, targetBytes: mb << 20, seed: 42, noise: true))
        let act = dir.appendingPathComponent("act-\(mb).txt"), edited = dir.appendingPathComponent("edited-\(mb).txt")
        try Data(g.text.utf8).write(to: act)
        try Data(SyntheticAct.mutate(g.text, language: .ru, seed: 42, insertChapter: false).utf8).write(to: edited)
        // the amending law is drafted from a pair without portal noise (as `kenes-bench amend`):
        // on noisy text the mutation can glue a word before a clause number or pick a phrase the
        // amender finds ambiguous, and the drafted law does not apply (drafter limits, not timed here)
        let clean = SyntheticAct.generate(.init(language: .ru, targetBytes: mb << 20, seed: 11))
        let cleanEdited = SyntheticAct.mutate(clean.text, language: .ru, seed: 11, insertChapter: false)
        let amended = dir.appendingPathComponent("amended-\(mb).txt"), law = dir.appendingPathComponent("law-\(mb).txt")
        try Data(clean.text.utf8).write(to: amended)
        let bill = try AmendmentDrafter.draft(old: ActParser.parse(text: clean.text), new: ActParser.parse(text: cleanEdited),
                                              signature: ("2022-02-01", "13-SYN")) ?? ""
        try Data(bill.utf8).write(to: law)
        let roster = dir.appendingPathComponent("roster-\(mb).csv")
        try Data(SyntheticRoster.csv(SyntheticRoster.rows(max(100, (mb << 20) / 100))).utf8).write(to: roster)
        // the two language versions of one generated act, for parity
        let (ruText, kkText) = SyntheticAct.pair(targetBytes: mb << 20, seed: 42)
        let ru = dir.appendingPathComponent("ru-\(mb).txt"), kk = dir.appendingPathComponent("kk-\(mb).txt")
        try Data(ruText.text.utf8).write(to: ru)
        try Data(kkText.text.utf8).write(to: kk)
        return Inputs(act: act, edited: edited, amended: amended, law: law, roster: roster, ru: ru, kk: kk, megabytes: mb)
    }

    static func commands(_ i: Inputs, out: String) -> [(String, [String])] {
        var list: [(String, [String])] = []
        for f in ["json", "akn", "markdown", "tree", "text"] {
            list.append(("parse --format \(f)", ["parse", "--format", f, i.act.path, "-o", out]))
        }
        for f in ["json", "html", "table-docx"] {
            list.append(("diff --format \(f) (1 % edited)", ["diff", "--format", f, i.act.path, i.edited.path, "-o", out]))
        }
        list.append(("amend (drafted law)", ["amend", i.amended.path, i.law.path, "-o", out]))
        list.append(("check (CSV roster, JSON report)", ["check", i.roster.path, "--body", "council", "--format", "json", "-o", out]))
        list.append(("extract (chapters 1-3, Markdown)", ["extract", i.act.path, "--refs", "гл. 1-3", "-o", out]))
        list.append(("parity (RU and KK, each of the size)", ["parity", i.ru.path, i.kk.path, "--format", "json", "-o", out]))
        list.append(("lint", ["lint", i.act.path]))
        return list
    }

    static func main(_ args: [String]) throws {
        let sizes = args.isEmpty ? [1, 10, 100] : args.compactMap(Int.init)
        let kenes = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("kenes").path
        guard FileManager.default.isExecutableFile(atPath: kenes) else {
            FileHandle.standardError.write(Data("kenes-bench: build kenes first (swift build -c release)\n".utf8)); exit(2)
        }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kenes-bench-cli-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("out").path
        var table: [String: [Int: (Run, Int)]] = [:]
        var order: [String] = []
        for mb in sizes {
            let i = try inputs(mb, in: dir)
            let inputBytes = (try? FileManager.default.attributesOfItem(atPath: i.act.path)[.size] as? Int) ?? 0
            for (name, arguments) in commands(i, out: out) {
                if !order.contains(name) { order.append(name) }
                var runs = try (0..<(mb >= 100 ? 1 : 3)).map { _ in try measured(kenes, arguments) }
                runs.sort { $0.seconds < $1.seconds }
                table[name, default: [:]][mb] = (runs[runs.count / 2], inputBytes)
            }
        }
        var header = "| command |"
        var rule = "|---|"
        for mb in sizes { header += " \(mb) MB | MB/s | peak RSS |"; rule += "---:|---:|---:|" }
        if sizes.contains(1) && sizes.contains(10) { header += " 10 MB / 1 MB |"; rule += "---:|" }
        print(header); print(rule)
        for name in order {
            var line = "| `kenes \(name)` |"
            for mb in sizes {
                guard let (r, bytes) = table[name]?[mb] else { line += " | | |"; continue }
                let flag = r.exit > 1 ? " (exit \(r.exit))" : ""
                line += String(format: " %.3f s%@ | %.0f | %.0f MB (%.1f×) |", r.seconds, flag, Double(bytes) / 1_048_576 / r.seconds,
                               Double(r.peakBytes) / 1_048_576, Double(r.peakBytes) / Double(max(bytes, 1)))
            }
            if let a = table[name]?[1], let b = table[name]?[10] { line += String(format: " %.1f |", b.0.seconds / a.0.seconds) }
            print(line)
        }
    }
}
