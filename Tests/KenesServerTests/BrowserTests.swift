import Foundation
import Hummingbird
import KenesServer
import KenesTestSupport
import Testing

/// The workspace in a real browser: a live server on a free port, and Tests/Browser/workspace.py
/// doing the three jobs through Debian's chromium and chromedriver with Selenium. Under
/// `CI=true` a missing browser fails the test rather than skipping it.
@Suite struct BrowserTests {
    static let available = FileManager.default.isExecutableFile(atPath: "/usr/bin/chromedriver")
    static let required = ProcessInfo.processInfo.environment["CI"] == "true"

    @Test(.enabled(if: available || required), .timeLimit(.minutes(5)))
    func theThreeJobsInABrowser() async throws {
        #expect(Self.available, "chromium-driver is not installed (.ci/run installs it)")
        // the files the jobs upload; the roster as a working group keeps it: XLSX, no category column
        let files = FileManager.default.temporaryDirectory.appendingPathComponent("kenes-browser-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: files, withIntermediateDirectories: true)
        for f in ["corpus/synthetic/public-councils-ru.txt", "corpus/synthetic/public-councils-ru-draft.txt"] {
            try FileManager.default.copyItem(atPath: Repo.path(f), toPath: files.appendingPathComponent(URL(fileURLWithPath: f).lastPathComponent).path)
        }
        let csv = try String(contentsOfFile: Repo.path("corpus/rosters/council-no-category.csv"), encoding: .utf8)
        let rows = csv.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.split(separator: ";", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\"\r")) }
        }
        try SyntheticRoster.writeWorkbook([("Лист1", rows)], to: files.appendingPathComponent("no-category.xlsx"))
        let screenshots = ProcessInfo.processInfo.environment["KENES_UPDATE_SCREENSHOTS"] == "1" ? Repo.root.appendingPathComponent("docs/screenshots") : files

        let port = Port()
        var config = Fixture.config()
        config.port = 0
        let app = Workspace.application(config) { port.set($0) }
        let server = Task { try await app.runService(gracefulShutdownSignals: []) }
        defer { server.cancel() }
        let address = try await port.wait()

        let (status, text) = try Subprocess.run("/usr/bin/env", ["python3", Repo.path("Tests/Browser/workspace.py"), "http://127.0.0.1:\(address)",
                                                                 files.path, screenshots.path], errors: true)
        #expect(status == 0, "\(text.suffix(4000))")
    }

    /// The port the server listens on, once it does.
    final class Port: @unchecked Sendable {
        private let lock = NSLock()
        private var value: Int?
        func set(_ v: Int) { lock.withLock { value = v } }
        func wait() async throws -> Int {
            for _ in 0..<600 {
                if let v = lock.withLock({ value }) { return v }
                try await Task.sleep(nanoseconds: 50_000_000)
            }
            throw CancellationError()
        }
    }
}
