import Foundation
import KenesAct
import KenesCLI
import KenesFormats
import KenesTestSupport
import KenesRender
import Testing

/// The command line as a user runs it: arguments in, exit code and output file out.
@Suite struct CLITests {
    let ru = Repo.root.appendingPathComponent("corpus/synthetic/public-councils-ru.txt").path

    func tempPath(_ name: String) -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kenes-cli-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir.appendingPathComponent(name).path
    }

    @Test func parseWritesJSONToAFile() throws {
        let out = tempPath("act.json")
        #expect(KenesCommand.run(["parse", ru, "--format", "json", "-o", out]) == 0)
        let written = try String(contentsOfFile: out, encoding: .utf8)
        let act = try ActParser.parse(path: ru)
        #expect(written == ActJSON.render(act))
        let json = try JSONSerialization.jsonObject(with: Data(written.utf8)) as? [String: Any]
        #expect(json?["schema"] as? String == "kenes-act/2")
    }

    /// Replacing a report keeps its permissions (a 600 file stayed 644 before), and nothing is
    /// left beside it.
    @Test func replacingAFileKeepsItsPermissions() throws {
        let out = tempPath("private.md")
        try "old".write(toFile: out, atomically: false, encoding: .utf8)
        chmod(out, 0o600)
        #expect(KenesCommand.run(["parse", ru, "--format", "markdown", "-o", out]) == 0)
        let attributes = try FileManager.default.attributesOfItem(atPath: out)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        #expect(try String(contentsOfFile: out, encoding: .utf8).hasPrefix("# "))
        let folder = URL(fileURLWithPath: out).deletingLastPathComponent().path
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["private.md"])
    }

    @Test func parseTextFormatGivesTheInputBack() throws {
        let out = tempPath("act.txt")
        #expect(KenesCommand.run(["parse", ru, "--format", "text", "-o", out]) == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: out)) == Data(contentsOf: URL(fileURLWithPath: ru)))
    }

    @Test func badInputExitsWith2AndWritesNothing() {
        let out = tempPath("never.json")
        let bad = Repo.root.appendingPathComponent("corpus/broken/truncated-utf8.txt").path
        #expect(KenesCommand.run(["parse", bad, "--format", "json", "-o", out]) == 2)
        #expect(!FileManager.default.fileExists(atPath: out))
        #expect(KenesCommand.run(["parse", "/nonexistent.txt"]) == 2)
    }

    @Test func usageErrorsExitWith2() {
        #expect(KenesCommand.run(["parse"]) == 2)
        #expect(KenesCommand.run(["parse", ru, "--format", "pdf"]) == 2)
        #expect(KenesCommand.run(["frobnicate"]) == 2)
        #expect(KenesCommand.run(["parse", ru, "--lang", "en"]) == 2)
    }

    @Test func showResolvesReferencesAndRefusesUnknownOnes() {
        #expect(KenesCommand.run(["show", ru, "ст. 8 п. 2", "art_1"]) == 0)
        #expect(KenesCommand.run(["show", ru, "ст. 8 п. 9"]) == 2)
        #expect(KenesCommand.run(["show", ru, "непонятно"]) == 2)
    }

    @Test func demoRunsOverTheBundledCorpus() {
        #expect(KenesCommand.run(["demo", "--corpus", Repo.corpus.path]) == 0)
        #expect(KenesCommand.run(["demo", "--corpus", "/nonexistent"]) == 2)
    }
}

/// Output errors are said in plain words with exit 2, never a crash: a full disk, a closed pipe.
/// Runs the `kenes` executable built beside the tests.
@Suite struct OutputErrorTests {
    static let kenes = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("kenes").path

    func run(stdout: FileHandle, _ arguments: [String] = ["parse", Repo.path("corpus/synthetic/public-councils-ru.txt"), "--format", "json"]) throws -> (Int32, String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: Self.kenes)
        p.arguments = arguments
        p.standardOutput = stdout
        let err = Pipe()
        p.standardError = err
        try p.run()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self))
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: kenes) && FileManager.default.fileExists(atPath: "/dev/full")))
    func aFullDisk() throws {
        let (status, message) = try run(stdout: try #require(FileHandle(forWritingAtPath: "/dev/full")))
        #expect(status == 2)
        #expect(message.contains("не удаётся писать в стандартный вывод: No space left on device"))
    }

    /// A DOCX part in a declared encoding its bytes do not follow: one line of Kenes', none of
    /// libxml2's own («encoding error : input conversion failed …»).
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: kenes)))
    func libxml2PrintsNothingItself() throws {
        let part = Array("<?xml version=\"1.0\" encoding=\"windows-1251\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>".utf8)
            + [0x98, 0x98] + Array("</w:t></w:r></w:p></w:body></w:document>".utf8)
        let docx = try ZipPackage.make([("word/document.xml", part)])
        let path = Repo.tempFile("cp1251.docx", "")
        try Data(docx).write(to: URL(fileURLWithPath: path))
        let (status, message) = try run(stdout: FileHandle.nullDevice, ["parse", path])
        #expect(status == 2)
        #expect(message.split(separator: "\n").count == 1, "\(message)")
        #expect(message.hasPrefix("\(path):1:1: ошибка:"))
    }

    /// Interrupted while writing `-o` (Ctrl-C, kill), the command leaves neither the temporary
    /// file nor a partial target. A large act keeps it writing long enough to be caught: the
    /// test waits for the temporary file to appear, then signals.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: kenes)), arguments: [SIGINT, SIGTERM])
    func anInterruptedWriteLeavesNothing(_ signal: Int32) throws {
        let dir = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("kenes-signal-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let act = dir.appendingPathComponent("act.txt")
        try Data(SyntheticAct.generate(.init(language: .ru, targetBytes: 30_000_000, seed: 5)).text.utf8).write(to: act)
        let target = dir.appendingPathComponent("act.json")
        let p = Process()
        p.executableURL = URL(fileURLWithPath: Self.kenes)
        p.arguments = ["parse", act.path, "--format", "json", "-o", target.path]
        p.standardError = FileHandle.nullDevice
        try p.run()
        func temporary() -> [String] {
            ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).filter { $0.contains(".kenes-tmp-") }
        }
        var seen = false
        while p.isRunning && !seen { seen = !temporary().isEmpty; if !seen { usleep(2_000) } }
        try #require(seen, "the command ended before it began writing: nothing to interrupt")
        kill(p.processIdentifier, signal)
        p.waitUntilExit()
        #expect(p.terminationStatus == 128 + signal)
        #expect(temporary().isEmpty)
        #expect(!FileManager.default.fileExists(atPath: target.path))
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: kenes)))
    func aClosedPipe() throws {
        let pipe = Pipe()
        try pipe.fileHandleForReading.close()
        let (status, message) = try run(stdout: pipe.fileHandleForWriting)
        #expect(status == 2)
        #expect(message.contains("не удаётся писать в стандартный вывод: Broken pipe"))
    }
}
