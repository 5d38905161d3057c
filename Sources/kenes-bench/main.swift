import Foundation
import KenesAct
import KenesAmend
import KenesCheck
import KenesDiff
import KenesImport
import ZIPFoundation
import KenesRender
import KenesTestSupport

/// kenes-bench: parse throughput and peak memory on generated acts (release build):
///
///     swift run -c release kenes-bench            # 1, 10 and 100 MB, Russian and Kazakh
///     swift run -c release kenes-bench 1 10       # only these sizes (MB)
///     kenes-bench generate 10 kk act.txt          # write a generated 10 MB act
///     kenes-bench check                           # 100,000-row rosters and the composition table
///     kenes-bench diff 1 10                       # an act against its edited version
///     kenes-bench import 10                       # the same act as text, HTML and DOCX
///     kenes-bench cli 1 10 100                    # whole kenes commands as users run them
///     kenes-bench cli-inputs 10 DIR               # the inputs `cli` uses, kept for profiling
///     kenes-bench library 50 20 1 [DIR]           # a library of 50 works × 20 editions of 1 MB
///     kenes-bench library-queries DIR/library.sqlite 50   # its queries again
///     kenes-bench serve [SECONDS]                 # the web workspace under wrk on loopback
///
/// Each measurement runs in a child process (`kenes-bench parse-one FILE`), so that its peak
/// resident memory is the parser's alone, not the generator's.

/// Peak resident memory of this process image, from /proc (VmHWM). getrusage's ru_maxrss
/// would carry the parent's peak over the fork and exec.
func rss() -> Int {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
          let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
          let kb = Int(line.split(separator: " ").dropFirst().first ?? "") else { return 0 }
    return kb * 1024
}

func now() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_MONOTONIC, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
}

/// Runs this executable with `arguments` (a `*-one` mode) and returns the numbers it prints, so
/// that each measurement starts from a fresh process.
func measureInChild(_ arguments: [String]) throws -> [Double] {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
    p.arguments = arguments
    let pipe = Pipe()
    p.standardOutput = pipe
    try p.run()
    p.waitUntilExit()
    let line = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    return line.split(separator: " ").compactMap { Double($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
}

let args = Array(CommandLine.arguments.dropFirst())

if args.first == "cli-run", args.count >= 2 {
    let r = try CLIBench.run(args[1], Array(args.dropFirst(2)))
    print("\(r.seconds) \(r.peakBytes) \(r.exit)")
    exit(0)
}

if args.first == "cli-inputs", args.count == 3, let mb = Int(args[1]) {
    // the inputs `cli` runs on, kept in a folder for profiling one command
    let dir = URL(fileURLWithPath: args[2])
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    _ = try CLIBench.inputs(mb, in: dir)
    exit(0)
}

/// The benchmarks that time whole commands and requests, each with its own arguments.
let wholeRuns: [String: ([String]) throws -> Void] = [
    "serve": ServeBench.main, "library-queries": LibraryBench.queriesOnly, "library": LibraryBench.main, "cli": CLIBench.main,
]
if let first = args.first, let run = wholeRuns[first] {
    try run(Array(args.dropFirst()))
    exit(0)
}

if args.first == "parse-one", args.count == 2 {
    // child: read, then parse from memory (normalization, classification, tree, citations)
    let baseline = rss()
    let t0 = now()
    let bytes = try! SourceText.read(path: args[1])
    let t1 = now()
    let act = try! ActParser.parse(bytes: bytes, options: ParseOptions(fileName: args[1]))
    let t2 = now()
    let parsePeak = rss()
    let units = act.unitCount
    let tree = act.tree()
    let t3 = now()
    var citations = 0
    tree.forEach { citations += $0.citations.count }
    print("\(bytes.count) \(t1 - t0) \(t2 - t1) \(t3 - t2) \(parsePeak) \(units) \(citations) \(rss()) \(baseline)")
    exit(0)
}

if args.first == "generate", args.count == 4, let mb = Int(args[1]), let lang = Language(rawValue: args[2]) {
    // a generated (synthetic) act of about this many MB, for profiling or trying kenes on a large act
    let g = SyntheticAct.generate(.init(language: lang, targetBytes: mb << 20, seed: 42, noise: true))
    try Data(g.text.utf8).write(to: URL(fileURLWithPath: args[3]))
    exit(0)
}

if args.first == "diff-one", args.count == 3 {
    // child: parse both versions, then diff them; report times and this process's peak memory
    let t0 = now()
    let a = try ActParser.parse(path: args[1]), b = try ActParser.parse(path: args[2])
    let t1 = now()
    let d = ActDiffer.diff(old: a, new: b)
    let t2 = now()
    // the word-level diff alone, and plain Myers on the same tokens without the prefix/suffix trim
    let pairs = d.changes.compactMap { c -> (String, String)? in
        guard c.kind == .modified, let o = c.oldText, let n = c.newText else { return nil }
        return (o, n)
    }
    var tokens = 0
    let t3 = now()
    var ids: [String: Int] = [:]
    var arrays: [([Int], [Int])] = []
    for (o, n) in pairs {
        let x = LegalTokenizer.tokens(o, language: a.metadata.language), y = LegalTokenizer.tokens(n, language: a.metadata.language)
        tokens += x.count + y.count
        func id(_ t: WordToken) -> Int { let k = String(t.text); if let v = ids[k] { return v }; ids[k] = ids.count; return ids.count - 1 }
        arrays.append((x.map(id), y.map(id)))
    }
    let t4 = now()
    for (o, n) in pairs { _ = WordDiff.diff(o, n, language: a.metadata.language) }
    let t5 = now()
    for (x, y) in arrays { _ = WordDiff.myers(x, y) }
    let t6 = now()
    print("\(t1 - t0) \(t2 - t1) \(d.changes.count) \(pairs.count) \(tokens) \(t4 - t3) \(t5 - t4) \(t6 - t5) \(rss()) \(a.unitCount)")
    exit(0)
}

if args.first == "diff" {
    let sizes = args.count > 1 ? args.dropFirst().compactMap(Int.init) : [1, 10]
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kenes-bench-diff-\(getpid())")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    print("| act | size | units | changes | parse both | diff | modified units | word diff (tokenize + Myers) | tokenize alone | plain Myers on the tokens | peak RSS |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for mb in sizes {
        for lang in [Language.ru, .kk] {
            let g = SyntheticAct.generate(.init(language: lang, targetBytes: mb << 20, seed: 42))
            let a = dir.appendingPathComponent("a.txt"), b = dir.appendingPathComponent("b.txt")
            try Data(g.text.utf8).write(to: a)
            try Data(SyntheticAct.mutate(g.text, language: lang, seed: 42).utf8).write(to: b)
            var results = try (0..<3).map { _ in try measureInChild(["diff-one", a.path, b.path]) }
            results.sort { $0[1] < $1[1] }
            let r = results[1]
            print(String(format: "| %@ | %d MB | %.0f | %.0f | %.3f s | %.3f s | %.0f (%.0f tokens) | %.3f s | %.3f s | %.3f s | %.0f MB |",
                         lang.rawValue, mb, r[9], r[2], r[0], r[1], r[3], r[4], r[6], r[5], r[7], r[8] / 1_048_576))
        }
    }
    exit(0)
}

if args.first == "amend" {
    // a generated act and a generated later version: draft the amending law, then apply it
    let sizes = args.count > 1 ? args.dropFirst().compactMap(Int.init) : [1, 10]
    print("| act | units | changes | draft-amendment | instructions (bill) | amend (read + apply + write + parse) |")
    print("|---|---:|---:|---:|---:|---:|")
    for mb in sizes {
        let g = SyntheticAct.generate(.init(language: .ru, targetBytes: mb << 20, seed: 11))
        let old = try ActParser.parse(text: g.text)
        let new = try ActParser.parse(text: SyntheticAct.mutate(g.text, language: .ru, seed: 11, insertChapter: false))
        let changes = ActDiffer.diff(old: old, new: new).changes.count
        var t0 = now()
        let bill = try AmendmentDrafter.draft(old: old, new: new, signature: ("2022-02-01", "13-SYN"))!
        let tDraft = now() - t0
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("kenes-bench-bill-\(getpid()).txt")
        try bill.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        t0 = now()
        _ = try Amender.amend(old, withFileAt: file.path)
        let tAmend = now() - t0
        print(String(format: "| %d MB | %d | %d | %.3f s | %d lines | %.3f s |", mb, old.unitCount, changes, tDraft,
                     bill.split(separator: "\n").count, tAmend))
    }
    exit(0)
}

if args.first == "import" {
    // the same generated act as plain text, as portal-like HTML and as DOCX
    let sizes = args.count > 1 ? args.dropFirst().compactMap(Int.init) : [10]
    print("| format | act | file size | text | import (read + convert + parse) | MB/s of file | units |")
    print("|---|---|---:|---:|---:|---:|---:|")
    for mb in sizes {
        let g = SyntheticAct.generate(.init(language: .ru, targetBytes: mb << 20, seed: 7))
        let lines = g.text.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(4)   // no front matter
        func esc(_ s: Substring) -> String { s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;") }
        let html = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body><div class=\"main\">\n"
            + lines.map { "<p>&nbsp;&nbsp;&nbsp;\(esc($0))</p>" }.joined(separator: "\n") + "\n</div></body></html>\n"
        let body = lines.map { "<w:p><w:r><w:t xml:space=\"preserve\">\(esc($0))</w:t></w:r></w:p>" }.joined()
        let document = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>\(body)</w:body></w:document>"
        let archive = try Archive(accessMode: .create)
        let docData = Data(document.utf8)
        try archive.addEntry(with: "word/document.xml", type: .file, uncompressedSize: Int64(docData.count), compressionMethod: .deflate) { pos, size in
            docData.subdata(in: Int(pos)..<Int(pos) + size)
        }
        let inputs: [(String, [UInt8])] = [("text", Array(g.text.utf8)), ("html", Array(html.utf8)), ("docx", [UInt8](archive.data!))]
        for (name, bytes) in inputs {
            var best = Double.infinity, units = 0
            for _ in 0..<3 {
                let t0 = now()
                let act = try Importer.load(bytes: bytes, file: "bench.\(name)")
                best = min(best, now() - t0)
                units = act.unitCount
            }
            print(String(format: "| %@ | %d MB | %.1f MB | %.1f MB | %.3f s | %.0f | %d |", name, mb, Double(bytes.count) / 1_048_576,
                         Double(g.text.utf8.count) / 1_048_576, best, Double(bytes.count) / 1_048_576 / best, units))
        }
    }
    exit(0)
}

if args.first == "check" {
    // roster checks: 100,000 rows in each format, and the report's composition table
    let bundled = RuleFiles.bundled
    let categories = try CategoryCatalog(csv: bundled.read(RuleFiles.categories), file: RuleFiles.categories)
    let profiles = try ProfileSet.load(RuleFiles.profiles, from: bundled, categories: categories)
    let book = try RuleBook.load(RuleFiles.rules2015, from: bundled, categories: categories)
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kenes-bench-check-\(getpid())")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let rows = SyntheticRoster.rows(100_000)
    let files: [(String, URL)] = [("CSV", dir.appendingPathComponent("r.csv")), ("XLSX", dir.appendingPathComponent("r.xlsx")),
                                  ("JSON", dir.appendingPathComponent("r.json")), ("YAML", dir.appendingPathComponent("r.yaml"))]
    try Data(SyntheticRoster.csv(rows).utf8).write(to: files[0].1)
    try SyntheticRoster.writeXLSX(rows, to: files[1].1)
    try Data(SyntheticRoster.json(rows).utf8).write(to: files[2].1)
    try Data(SyntheticRoster.yaml(rows).utf8).write(to: files[3].1)
    print("| input | rows | file size | read | check (3 profiles) | total |")
    print("|---|---:|---:|---:|---:|---:|")
    var checker = try QuotaChecker(book: book, profiles: profiles, categories: categories, today: Date())
    for (name, url) in files {
        var best = (Double.infinity, 0.0, 0)
        for _ in 0..<3 {
            let t0 = now()
            let roster = try RosterReader(categories: categories, currentYear: 2026).read(path: url.path)
            let t1 = now()
            _ = try checker.check(roster, profile: profiles.profile("nominal")!, body: .council)
            let t2 = now()
            if t2 - t0 < best.0 + best.1 { best = (t1 - t0, t2 - t1, roster.members.count) }
        }
        let size = (try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
        print(String(format: "| %@ | %d | %.1f MB | %.3f s | %.3f s | %.3f s |", name, best.2, Double(size) / 1_048_576, best.0, best.1, best.0 + best.1))
    }
    let table = "corpus/data/local-councils-composition-by-region.csv"   // run from the repository
    var bestC = Double.infinity
    for _ in 0..<5 {
        let t0 = now()
        _ = try CompositionReport.read(path: table, categories: categories, profiles: profiles)
        bestC = min(bestC, now() - t0)
    }
    print(String(format: "| composition table (550 rows, 50 region-years) | 550 | — | — | — | %.4f s |", bestC))
    exit(0)
}

let sizes = args.isEmpty ? [1, 10, 100] : args.compactMap(Int.init)
let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kenes-bench-\(getpid())")
try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: dir) }

print("| act | size | units | citations | read | parse | parse MB/s | peak RSS (parse) | RSS / input | net of runtime | tree() | peak RSS (with tree) |")
print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
for mb in sizes {
    for lang in [Language.ru, .kk] {
        let g = SyntheticAct.generate(.init(language: lang, targetBytes: mb << 20, seed: 42, noise: true))
        let file = dir.appendingPathComponent("act-\(lang.rawValue)-\(mb).txt")
        try Data(g.text.utf8).write(to: file)
        let runs = mb >= 100 ? 1 : 3
        var results = try (0..<runs).map { _ in try measureInChild(["parse-one", file.path]) }
        results.sort { $0[2] < $1[2] }
        let r = results[results.count / 2]
        let bytes = r[0]
        let mbs = bytes / 1_048_576
        // "net of runtime": minus the child's resident size before it read the act (Swift runtime,
        // Foundation, ICU data), which a 1 MB act would otherwise be dwarfed by
        print(String(format: "| %@ | %.1f MB | %.0f | %.0f | %.3f s | %.3f s | %.0f | %.0f MB | %.2f× | %.2f× | %.3f s | %.0f MB |",
                     lang.rawValue, mbs, r[5], r[6], r[1], r[2], mbs / r[2], r[4] / 1_048_576, r[4] / bytes,
                     (r[4] - r[8]) / bytes, r[3], r[7] / 1_048_576))
    }
}
