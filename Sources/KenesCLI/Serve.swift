import ArgumentParser
import Dispatch
import Foundation
import Hummingbird
import KenesAct
import KenesServer
import KenesService

struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The web workspace: the library, compare, roster check and extracts as pages, and the JSON API.",
        discussion: "Binds 127.0.0.1 unless told; any other host needs --token or --token-file. Open the address it prints.")

    @Option(help: "The address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "The port (0: any free one).")
    var port = 8080

    @Option(help: "The act library to serve (default: $KENES_LIBRARY, else the XDG data folder's kenes/library.sqlite).")
    var library: String?

    @Option(help: "The access token: the API needs «Authorization: Bearer TOKEN», the pages a sign-in.")
    var token: String?

    @Option(help: "A file holding the access token (not shown in the process list).")
    var tokenFile: String?

    @Option(help: "The largest upload, in MB.")
    var maxUpload = 20

    @Flag(help: "Serve a temporary library built from the corpus's acts (synthetic and excerpts, labelled as they are); the user's library is not touched.")
    var demo = false

    @Option(help: "The corpus folder, for --demo.")
    var corpus = "corpus"

    @Option(help: "The language of the command's own messages: ru, kk or en.")
    var locale: String?

    func run() throws {
        let env = currentEnvironment(locale: locale)
        let l = env.refusalLocale()
        var secret = token
        if let tokenFile {
            guard let text = try? String(contentsOfFile: tokenFile, encoding: .utf8) else {
                throw usage(Message(ru: "не удаётся прочитать \(tokenFile)", kk: "\(tokenFile) оқу мүмкін емес", en: "cannot read \(tokenFile)"), locale)
            }
            secret = text.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        if let s = secret, s.count < 16 {
            throw usage(Message(ru: "ключ доступа короче 16 знаков", kk: "қол жеткізу кілті 16 таңбадан қысқа", en: "the access token is shorter than 16 characters"), locale)
        }
        var path = library ?? libraryPath()
        var folder: URL?
        if demo {
            let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kenes-serve-demo-\(getpid())")
            try? FileManager.default.removeItem(at: dir)
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            folder = dir
            path = dir.appendingPathComponent("library.sqlite").path
            let built = try perform(locale: locale) { env throws(ServiceError) in try DemoLibrary.build(corpus: corpus, library: path, env) }
            if built.refused { Output.error(String(decoding: try built.output.bytes(), as: UTF8.self)); throw ExitCode(2) }
        }
        defer { if let folder { try? FileManager.default.removeItem(at: folder) } }
        let config = WorkspaceConfig(host: host, port: port, library: path, token: secret, maxUploadMB: maxUpload, baseFolder: env.baseFolder)
        guard config.isSafe else {
            Output.error(Message(ru: "--host \(host) открывает рабочее место сети: дайте --token или --token-file",
                                 kk: "--host \(host) жұмыс орнын желіге ашады: --token немесе --token-file беріңіз",
                                 en: "--host \(host) opens the workspace to the network: give --token or --token-file").refusal(at: nil, l))
            throw ExitCode(2)
        }
        let app = Workspace.application(config) { port in
            let shown = host.contains(":") ? "[\(host)]" : host
            let line = Message(ru: "Kenes: откройте http://\(shown):\(port)/ (Ctrl-C — остановить)", kk: "Kenes: http://\(shown):\(port)/ ашыңыз (тоқтату — Ctrl-C)",
                               en: "Kenes: open http://\(shown):\(port)/ (Ctrl-C to stop)")[l] + "\n"
            // written at once, not buffered: a script waits for this line to know the port
            _ = try? Output.writeAll(1, Array(line.utf8)[...])
        }
        let done = DispatchSemaphore(value: 0)
        let failure = Failure()
        Task {
            do { try await app.runService() } catch { failure.error = "\(error)" }
            done.signal()
        }
        done.wait()
        if let e = failure.error {
            Output.error(Message(ru: "сервер не запустился: \(e)", kk: "сервер іске қосылмады: \(e)", en: "the server did not start: \(e)").refusal(at: nil, l))
            throw ExitCode(2)
        }
    }

    /// The server task's error, read once the task is over.
    final class Failure: @unchecked Sendable { var error: String? }
}
