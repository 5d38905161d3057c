import Foundation
import Hummingbird
import HummingbirdTesting
import KenesAct
import KenesServer
import KenesService
import KenesTestSupport
import HTTPTypes

typealias Repo = Repository

/// The demo library (the corpus's acts and the synthetic act's 2022 edition), built once for
/// every test that reads it, and a workspace over it.
enum Fixture {
    static let folder: URL = {
        let d = FileManager.default.temporaryDirectory.appendingPathComponent("kenes-server-tests-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: d, withIntermediateDirectories: true)
        return d
    }()

    static let library: String = {
        let path = folder.appendingPathComponent("demo.sqlite").path
        let env = KenesEnvironment(today: today, baseFolder: Repo.root)
        _ = try! DemoLibrary.build(corpus: Repo.path("corpus"), library: path, env)
        return path
    }()

    /// A fixed today: the editions in force do not move under the tests.
    static let today = ISO8601DateFormatter().date(from: "2026-11-27T12:00:00Z")!

    static func config(library: String = library, token: String? = nil, maxUploadMB: Int = 20) -> WorkspaceConfig {
        WorkspaceConfig(library: library, token: token, maxUploadMB: maxUploadMB, baseFolder: Repo.root, clock: { today })
    }

    static func app(_ config: WorkspaceConfig = config()) -> some ApplicationProtocol {
        Workspace.application(config)
    }

    /// A fresh, empty library (tests that add to one).
    static func emptyLibrary() -> String { folder.appendingPathComponent("\(UUID().uuidString).sqlite").path }
}

/// A form as a browser posts it: fields and files, with the form token both as cookie and as
/// field (what the workspace compares).
struct Post {
    var fields: [(String, String)] = []
    var files: [(String, String, [UInt8])] = []
    var csrf = "0123456789abcdef0123456789abcdef"
    let boundary = "KenesTestBoundary7MA4YWxkTrZu0gW"

    init(_ fields: [(String, String)] = [], files: [(String, String, [UInt8])] = [], csrf: Bool = true) {
        self.fields = (csrf ? [("csrf", self.csrf)] : []) + fields
        self.files = files
    }

    static func file(_ field: String, _ relative: String) -> (String, String, [UInt8]) {
        (field, URL(fileURLWithPath: relative).lastPathComponent, [UInt8](FileManager.default.contents(atPath: Repo.path(relative))!))
    }

    var body: ByteBuffer {
        var b = ByteBuffer()
        for (name, value) in fields {
            b.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n")
        }
        for (name, filename, bytes) in files {
            b.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"; filename=\"\(filename)\"\r\nContent-Type: application/octet-stream\r\n\r\n")
            b.writeBytes(bytes)
            b.writeString("\r\n")
        }
        b.writeString("--\(boundary)--\r\n")
        return b
    }

    var headers: HTTPFields {
        [.contentType: "multipart/form-data; boundary=\(boundary)", .cookie: "kenes_csrf=\(csrf)"]
    }
}

extension TestClientProtocol {
    func post(_ uri: String, _ form: Post, headers extra: HTTPFields = [:]) async throws -> TestResponse {
        var headers = form.headers
        for f in extra { headers.append(f) }
        return try await execute(uri: uri, method: .post, headers: headers, body: form.body)
    }

    func get(_ uri: String, headers: HTTPFields = [:]) async throws -> TestResponse {
        try await execute(uri: uri, method: .get, headers: headers)
    }
}

extension TestResponse {
    var text: String { String(buffer: body) }
    var json: [String: Any]? { try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] }
}
