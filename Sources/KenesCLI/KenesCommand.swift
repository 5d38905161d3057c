import ArgumentParser
import Foundation
import KenesAct
import KenesImport
import KenesRender

/// The `kenes` command line. `run(_:)` is the whole program: the executable only passes its
/// arguments and exits with the code it returns, so tests call it directly.
public struct KenesCommand: ParsableCommand {
    public init() {}
    public static let configuration = CommandConfiguration(
        commandName: "kenes",
        abstract: "Laws of Kazakhstan on public councils: parse acts, show clauses.",
        discussion: "Exit codes: 0 ok, 1 differences or violations, 2 usage or input error.",
        version: "0.1.0",
        subcommands: [Parse.self, Show.self, Diff.self, Amend.self, DraftAmendment.self, Check.self, ExtractCommand.self, Demo.self]
    )

    /// Runs with `arguments` (without the program name) and returns the exit code: usage errors
    /// give 2 (ArgumentParser's own default would be 64); commands that find differences or
    /// violations throw `ExitCode(1)`.
    public static func run(_ arguments: [String]) -> Int32 {
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
            return 0
        } catch let code as ExitCode {
            return code.rawValue
        } catch {
            if exitCode(for: error) == .success {
                print(fullMessage(for: error))
                return 0
            }
            Output.error(fullMessage(for: error))
            return 2
        }
    }
}

/// Options every command that reads an act shares.
struct ActInput: ParsableArguments {
    @Option(help: "Language of the act: ru or kk (default: detected from the text).")
    var lang: Language?

    @Option(help: "Format of the act: text, html (the portal page), docx or akn (Akoma Ntoso XML) (default: told by the content).")
    var from: SourceFormat?

    @Flag(help: "DOCX: read the text as it was before its tracked changes (default: with them accepted).")
    var original = false

    func load(_ path: String) throws -> Act {
        do {
            var options = ImportOptions(format: from, language: lang)
            options.acceptTrackedChanges = !original
            let act = try Importer.load(path: path, options: options)
            for d in act.diagnostics { Output.error(d.description) }
            return act
        } catch {
            Output.error(error.description)
            throw ExitCode(2)
        }
    }
}

extension Language: ExpressibleByArgument {}
extension SourceFormat: ExpressibleByArgument {}

enum Output {
    static func error(_ message: String) {
        FileHandle.standardError.write(Data((message.hasSuffix("\n") ? message : message + "\n").utf8))
    }

    /// Writes to stdout, or to `path` through a temporary file renamed into place, so that a
    /// failed run never leaves a partial output file.
    static func write(_ bytes: [UInt8], to path: String?) throws {
        guard let path else {
            FileHandle.standardOutput.write(Data(bytes))
            return
        }
        let url = URL(fileURLWithPath: path)
        let tmp = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).kenes-tmp-\(getpid())")
        do {
            try Data(bytes).write(to: tmp)
            // rename(2) replaces the target atomically: readers see the old file or the new one
            guard rename(tmp.path, url.path) == 0 else { throw CocoaError(.fileWriteUnknown) }
        } catch {
            try? FileManager.default.removeItem(at: tmp)
            Output.error("\(path): error: cannot write output: \(error.localizedDescription)")
            throw ExitCode(2)
        }
    }
}
