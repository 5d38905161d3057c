import ArgumentParser
import Foundation
import KenesAct
import KenesRender

struct Demo: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run Kenes over the bundled corpus: parse every act and show what it found.",
        discussion: "Files under corpus/broken/ are expected to be refused; the demo fails if one is accepted or a good file is refused.")

    @Option(help: "The corpus folder.")
    var corpus = "corpus"

    func run() throws {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: corpus, isDirectory: &isDir), isDir.boolValue, let items = fm.enumerator(atPath: corpus) else {
            Output.error("\(corpus): error: no such folder (run from the repository root or pass --corpus)")
            throw ExitCode(2)
        }
        let files = items.compactMap { $0 as? String }.filter { $0.hasSuffix(".txt") }.sorted()
        var failures = 0
        print("Parsing \(files.count) acts in \(corpus)/\n")
        for f in files {
            let path = "\(corpus)/\(f)"
            let expectBroken = f.hasPrefix("broken/")
            do {
                let act = try ActParser.parse(path: path)
                let tree = act.tree()
                var articles = 0, clauses = 0, notes = act.notes.count, citations = 0, resolved = 0
                tree.forEach { u in
                    if u.kind == .article { articles += 1 }
                    if u.kind == .paragraph || u.kind == .point { clauses += 1 }
                    notes += u.kind == .act ? 0 : u.notes.count
                    citations += u.citations.count
                    resolved += u.citations.filter { $0.status == .resolved }.count
                }
                let roundTrip = PlainText.lossless(act) == act.source
                let m = act.metadata
                print("✓ \(f)  [\(m.language.rawValue), \(m.kind.rawValue)\(m.isSynthetic ? ", synthetic" : "")\(m.isExcerpt ? ", excerpt" : "")]")
                print("    \(m.title ?? "—")")
                print("    \(articles) articles, \(clauses) clauses/subclauses, \(notes) notes, \(citations) citations (\(resolved) resolved), \(act.diagnostics.count) warnings, round trip \(roundTrip ? "ok" : "FAILED")")
                for d in act.diagnostics.prefix(3) { print("    warning: line \(d.location.line): \(d.message)") }
                if !roundTrip || expectBroken { failures += 1; print("    ✗ expected \(expectBroken ? "a refusal" : "a lossless round trip")") }
            } catch {
                if expectBroken { print("✓ \(f)  refused as expected:\n    \(error.description)") }
                else { failures += 1; print("✗ \(f)\n    \(error.description)") }
            }
        }
        print("")
        if failures > 0 {
            print("\(failures) file(s) did not behave as expected")
            throw ExitCode(2)
        }
        print("All \(files.count) corpus files behaved as expected.")
    }
}
