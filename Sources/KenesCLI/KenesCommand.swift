import ArgumentParser
#if canImport(Glibc)
import Glibc
private let posixWrite = Glibc.write
#else
import Darwin
private let posixWrite = Darwin.write
#endif
import Foundation
import KenesAct
import KenesFormats
import KenesImport
import KenesRender
import KenesService

/// The `kenes` command line. `run(_:)` is the whole program: the executable only passes its
/// arguments and exits with the code it returns, so tests call it directly.
public struct KenesCommand: ParsableCommand {
    public init() {}
    public static let configuration = CommandConfiguration(
        commandName: "kenes",
        abstract: "Laws of Kazakhstan on public councils: parse acts, show clauses.",
        discussion: "Exit codes: 0 ok, 1 differences or violations, 2 usage or input error.",
        version: "0.1.0",
        subcommands: [Parse.self, Show.self, Diff.self, Amend.self, DraftAmendment.self, Check.self, ExtractCommand.self, Lint.self, Parity.self, LibraryCommand.self, Serve.self, Demo.self]
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

    @Flag(help: "Refuse a plain-text act that is not UTF-8 (default: Windows-1251 is read, with a warning).")
    var strictUTF8 = false

    @Option(help: "For a work of the library (an act number or id instead of a file): the edition in force on this date, YYYY-MM-DD (default: today).")
    var asOf: String?

    @Option(help: "The act library works are read from (default: $KENES_LIBRARY, else the XDG data folder's kenes/library.sqlite).")
    var library: String?

    @Option(help: "The language of reports, warnings and errors: ru, kk or en (default: KENES_LOCALE, else the act's language, else Russian).")
    var locale: String?

    func source(_ path: String) -> ActSource {
        var s = ActSource(path: path, format: from, language: lang, acceptTrackedChanges: !original, strictUTF8: strictUTF8)
        s.asOf = asOf
        s.library = library
        return s
    }
}

/// The process's clock, current folder and the language asked for (`--locale`, else
/// `KENES_LOCALE`): the only place the CLI reads them.
func currentEnvironment(locale: String? = nil) -> KenesEnvironment {
    KenesEnvironment(today: Date(), baseFolder: URL(fileURLWithPath: FileManager.default.currentDirectoryPath), libraryPath: libraryPath(),
                     locale: locale ?? ProcessInfo.processInfo.environment["KENES_LOCALE"])
}

/// Runs a use-case: its refusal goes to stderr with exit 2.
func perform<T>(locale: String? = nil, _ body: (KenesEnvironment) throws(ServiceError) -> T) throws -> T {
    do { return try body(currentEnvironment(locale: locale)) }
    catch {
        for m in error.messages { Output.error(m) }
        throw ExitCode(2)
    }
}

/// Parser warnings (numbering, unresolved citations) on stderr; they do not change the exit code.
/// Warnings in the language of their act, or the one `--locale` or `KENES_LOCALE` asks for.
func report(_ warnings: [Diagnostic], locale: String? = nil) {
    let asked = currentEnvironment(locale: locale).askedLocale
    for d in warnings { Output.error(d.description(asked)) }
}

extension Language: ExpressibleByArgument {}
extension SourceFormat: ExpressibleByArgument {}

enum Output {
    static func error(_ message: String) {
        let line = message.hasSuffix("\n") ? message : message + "\n"
        _ = try? writeAll(2, Array(line.utf8)[...])
    }

    /// A write(2) that failed, in plain words.
    struct WriteFailure: Error, CustomStringConvertible {
        let code: Int32
        var description: String { String(cString: strerror(code)) }
    }

    static func writeAll(_ fd: Int32, _ bytes: ArraySlice<UInt8>) throws(WriteFailure) {
        try bytes.withUnsafeBufferPointer { (b: UnsafeBufferPointer<UInt8>) throws(WriteFailure) in try writeAll(fd, b) }
    }

    static func writeAll(_ fd: Int32, _ b: UnsafeBufferPointer<UInt8>) throws(WriteFailure) {
        var done = 0
        while done < b.count {
            let n = posixWrite(fd, b.baseAddress! + done, b.count - done)
            if n < 0 {
                if errno == EINTR { continue }
                throw WriteFailure(code: errno)
            }
            done += n
        }
    }

    /// Writes a use-case's output; binary outputs need a file.
    static func write(_ rendered: Rendered, to path: String?, binaryName: String = "DOCX", locale: String? = nil) throws {
        if rendered.isBinary && path == nil { throw usage(CLIMessages.binaryNeedsFile(binaryName), locale) }
        try write(to: path, locale: locale) { try rendered.write(&$0) }
    }

    /// Streams what `body` writes to stdout, or to `path` through a temporary file renamed into
    /// place, so that a failed run never leaves a partial output file.
    static func write(to path: String?, locale: String? = nil, _ body: (inout ByteWriter) throws -> Void) throws {
        let l = currentEnvironment(locale: locale).refusalLocale()
        guard let path else {
            var w = ByteWriter { b throws(WriteFailure) in try writeAll(1, b) }
            do {
                try body(&w)
                try w.finish()
            } catch let e as WriteFailure {
                Output.error(CLIMessages.cannotWriteStdout("\(e)").refusal(at: nil, l))
                throw ExitCode(2)
            }
            return
        }
        let url = URL(fileURLWithPath: path)
        let tmp = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).kenes-tmp-\(getpid())").path
        // interrupted (Ctrl-C, kill), the temporary file goes too: the handler is in place before
        // the file exists, so that no signal falls between them
        InterruptCleanup.remove(tmp)
        defer { InterruptCleanup.clear() }
        let fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else {
            Output.error(CLIMessages.cannotWrite(String(cString: strerror(errno))).refusal(at: path, l))
            throw ExitCode(2)
        }
        // a file replaced keeps its permissions (a 600 report stays 600)
        var existing = stat()
        if stat(url.path, &existing) == 0 { fchmod(fd, existing.st_mode & 0o7777) }
        var w = ByteWriter { b throws(WriteFailure) in try writeAll(fd, b) }
        do {
            try body(&w)
            try w.finish()
            guard close(fd) == 0 else { throw WriteFailure(code: errno) }
            // rename(2) replaces the target atomically: readers see the old file or the new one
            guard rename(tmp, url.path) == 0 else { throw WriteFailure(code: errno) }
        } catch let e as WriteFailure {
            close(fd)
            unlink(tmp)
            Output.error(CLIMessages.cannotWrite("\(e)").refusal(at: path, l))
            throw ExitCode(2)
        } catch {
            close(fd)
            unlink(tmp)
            throw error
        }
    }
}

extension ParseUseCase.Format: ExpressibleByArgument {}
extension ShowUseCase.Format: ExpressibleByArgument {}
extension DiffUseCase.Format: ExpressibleByArgument {}
extension AmendUseCase.Format: ExpressibleByArgument {}
extension CheckUseCase.Format: ExpressibleByArgument {}
extension ExtractUseCase.Format: ExpressibleByArgument {}

/// The temporary output file to delete if the process is interrupted before renaming it. A
/// signal handler can reach only global state: this is the one place the CLI keeps any.
enum InterruptCleanup {
    nonisolated(unsafe) static var path: UnsafeMutablePointer<CChar>?
    nonisolated(unsafe) static var installed = false

    static func remove(_ temporary: String) {
        clear()
        path = strdup(temporary)
        guard !installed else { return }
        installed = true
        var handled = sigset_t()
        sigemptyset(&handled)
        for sig in [SIGINT, SIGTERM, SIGHUP] {
            signal(sig) { sig in
                if let p = InterruptCleanup.path { unlink(p) }
                // the conventional exit status of a process ended by a signal
                _exit(128 + sig)
            }
            sigaddset(&handled, sig)
        }
        // a parent may hand down these signals blocked (Foundation's Process does): they would
        // wait, pending, until the output was complete
        sigprocmask(SIG_UNBLOCK, &handled, nil)
    }

    static func clear() {
        if let p = path { free(p) }
        path = nil
    }
}
