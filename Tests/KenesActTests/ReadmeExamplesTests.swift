import Foundation
import KenesFormats
import KenesTestSupport
import Testing

/// README shows real commands with their real output: every `$ swift run kenes …` in a code
/// block is run, in README's order, with the `kenes` built beside the tests, in a scratch folder
/// that sees the corpus and holds the files README's examples name but the repository does not
/// have (a scanned PDF, a zip bomb, a page declaring entities); library commands share one new
/// library. The lines README shows must be the output's first lines (stdout or stderr), up to a
/// line «…» where README cuts it. A command on a file of the reader's own (`~/…`) is not run.
@Suite struct ReadmeExamplesTests {
    static let kenes = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("kenes").path

    struct Example { var line: Int; var command: String; var shown: [String] }

    static func examples() throws -> [Example] {
        let lines = try Repo.text("README.md").split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var out: [Example] = [], inCode = false, i = 0
        while i < lines.count {
            if lines[i].hasPrefix("```") { inCode.toggle(); i += 1; continue }
            guard inCode, lines[i].hasPrefix("$ swift run kenes ") else { i += 1; continue }
            var shown: [String] = [], j = i + 1
            while j < lines.count, !lines[j].hasPrefix("$ "), !lines[j].hasPrefix("```") { shown.append(lines[j]); j += 1 }
            if let cut = shown.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "…" }) { shown = Array(shown[..<cut]) }
            while shown.last?.isEmpty == true { shown.removeLast() }
            out.append(Example(line: i + 1, command: String(lines[i].dropFirst("$ swift run ".count)), shown: shown))
            i = j
        }
        return out
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: kenes)))
    func everyExampleIsWhatTheCommandPrints() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kenes-readme-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createSymbolicLink(at: dir.appendingPathComponent("corpus"), withDestinationURL: Repo.corpus)
        // the reader's own files in README's examples of refusals
        try Data("%PDF-1.4\n%\u{E2}\u{E3}\n1 0 obj\n<<>>\nendobj\n".utf8).write(to: dir.appendingPathComponent("scan.pdf"))
        try Data("<!DOCTYPE html [<!ENTITY a \"aaaaaaaaaa\">]>\n<html><body><p>&a;</p></body></html>\n".utf8)
            .write(to: dir.appendingPathComponent("entities.html"))
        let inflated = Array("<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>".utf8)
            + [UInt8](repeating: 0x20, count: 200 << 20) + Array("</w:body></w:document>".utf8)
        try Data(ZipPackage.make([("word/document.xml", inflated)])).write(to: dir.appendingPathComponent("bomb.docx"))

        let examples = try Self.examples()
        #expect(examples.count > 20)
        for example in examples where !example.command.contains("~/") {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/bin/sh")
            p.arguments = ["-c", Self.kenes + example.command.dropFirst("kenes".count)]
            p.currentDirectoryURL = dir
            var env = ProcessInfo.processInfo.environment
            env["KENES_LIBRARY"] = dir.appendingPathComponent("library.sqlite").path
            env["KENES_LOCALE"] = nil
            p.environment = env
            let out = Pipe(), err = Pipe()
            p.standardOutput = out
            p.standardError = err
            try p.run()
            let stdout = out.fileHandleForReading.readDataToEndOfFile(), stderr = err.fileHandleForReading.readDataToEndOfFile()
            p.waitUntilExit()
            func lines(_ d: Data) -> [String] {
                String(decoding: d, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
                    .map { String($0).replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) }
            }
            let shown = example.shown.map { $0.replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) }
            let printed = [lines(stdout), lines(stderr), lines(stderr) + lines(stdout)]
            #expect(printed.contains { Array($0.prefix(shown.count)) == shown },
                    "README.md:\(example.line): \(example.command)\nshown:\n\(shown.joined(separator: "\n"))\nprinted:\n\(String(decoding: stdout, as: UTF8.self).prefix(2000))\(String(decoding: stderr, as: UTF8.self).prefix(1000))")
        }
    }
}
