import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import KenesAct
import KenesCLI
import KenesTestSupport
import Testing
import Yams

/// The JSON API answers as the CLI does, and every answer follows the OpenAPI document.
@Suite struct APITests {
    /// The OpenAPI document as JSON values, and a validator knowing its component schemas.
    static let openAPI: (doc: JSONValue, validator: SchemaValidator) = {
        let yaml = try! String(contentsOfFile: Repo.path("schema/openapi.yaml"), encoding: .utf8)
        let object = try! Yams.load(yaml: yaml)!
        let data = try! JSONSerialization.data(withJSONObject: object)
        let doc = try! JSONDecoder().decode(JSONValue.self, from: data)
        var v = try! SchemaValidator()
        if case .object(let schemas)? = doc["components"]?["schemas"] { for (k, s) in schemas { v.add("#/components/schemas/\(k)", s) } }
        return (doc, v)
    }()

    /// Fails unless `response` is one the document lists for `path`, with a body its schema allows.
    func conforms(_ response: TestResponse, _ path: String, _ method: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let (doc, validator) = Self.openAPI
        let status = "\(response.status.code)"
        var declared = try #require(doc["paths"]?[path]?[method]?["responses"]?[status], "\(method) \(path) \(status) is not in the OpenAPI document", sourceLocation: sourceLocation)
        if let ref = declared["$ref"]?.string { declared = try #require(doc["components"]?["responses"]?[String(ref.split(separator: "/").last!)]) }
        guard let schema = declared["content"]?["application/json"]?["schema"] else { return }
        let ref = try #require(schema["$ref"]?.string)
        let name = ref.hasPrefix("#") ? ref : ref
        let errors = try validator.errors(response.text, schema: name)
        #expect(errors.isEmpty, "\(path) \(status): \(errors.prefix(5))", sourceLocation: sourceLocation)
    }

    /// The CLI's JSON for the same file, named as the upload is.
    func cli(_ arguments: [String], file: String) throws -> String {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("kenes-api-\(UUID().uuidString).json").path
        #expect(KenesCommand.run(arguments + ["--format", "json", "-o", out]) <= 1)
        let text = try String(contentsOfFile: out, encoding: .utf8)
        return text.replacingOccurrences(of: Repo.path(file), with: URL(fileURLWithPath: file).lastPathComponent)
    }

    @Test func parseAnswersAsTheCLI() async throws {
        let file = "corpus/synthetic/public-councils-kk.txt"
        try await Fixture.app().test(.router) { client in
            let r = try await client.post("/api/parse", Post(files: [Post.file("act", file)], csrf: false))
            #expect(r.status == .ok && r.headers[.contentType] == "application/json")
            try conforms(r, "/api/parse", "post")
            #expect(r.text == (try cli(["parse", Repo.path(file)], file: file)))
        }
    }

    @Test func diffAnswersAsTheCLI() async throws {
        let old = "corpus/synthetic/public-councils-ru.txt", new = "corpus/synthetic/public-councils-ru-draft.txt"
        try await Fixture.app().test(.router) { client in
            let r = try await client.post("/api/diff?locale=en", Post(files: [Post.file("old", old), Post.file("new", new)], csrf: false))
            #expect(r.status == .ok)
            try conforms(r, "/api/diff", "post")
            let expected = try cli(["diff", Repo.path(old), Repo.path(new), "--locale", "en"], file: old)
                .replacingOccurrences(of: Repo.path(new), with: "public-councils-ru-draft.txt")
            #expect(r.text == expected)
            #expect(r.json?["locale"] as? String == "en")
            let amended = try await client.post("/api/diff", Post(files: [Post.file("act", old), Post.file("amendment", "corpus/amendments/law-2022-ru.txt")], csrf: false))
            #expect(amended.status == .ok)
            try conforms(amended, "/api/diff", "post")
        }
    }

    @Test func checkAnswersAsTheCLI() async throws {
        let roster = "corpus/rosters/working-group-local.csv"
        try await Fixture.app().test(.router) { client in
            let r = try await client.post("/api/check", Post([("body", "working_group"), ("level", "local")], files: [Post.file("roster", roster)], csrf: false))
            #expect(r.status == .ok)
            try conforms(r, "/api/check", "post")
            #expect(r.text == (try cli(["check", Repo.path(roster), "--body", "working_group", "--level", "local"], file: roster)))
            // the API does not follow the browser's language: the same answer under any Accept-Language
            let kk = try await client.post("/api/check", Post([("body", "working_group"), ("level", "local")], files: [Post.file("roster", roster)], csrf: false),
                                           headers: [.acceptLanguage: "kk"])
            #expect(kk.text == r.text)
        }
    }

    @Test func extractAndLibrary() async throws {
        try await Fixture.app().test(.router) { client in
            let md = try await client.post("/api/extract", Post([("refs", "ст. 8 п. 1")], files: [Post.file("act", "corpus/synthetic/public-councils-ru.txt")], csrf: false))
            #expect(md.status == .ok && md.text.contains("Общественный совет формируется"))
            let works = try await client.get("/api/library/works")
            try conforms(works, "/api/library/works", "get")
            #expect(works.text.contains("law-2015-01-01-1-SYN"))
            let search = try await client.get("/api/library/search?q=%D1%80%D0%B0%D0%B1%D0%BE%D1%87%D0%B5%D0%B9%20%D0%B3%D1%80%D1%83%D0%BF%D0%BF%D0%BE%D0%B9&lang=ru")
            try conforms(search, "/api/library/search", "get")
            #expect((search.json?["hits"] as? [Any])?.isEmpty == false)
            let history = try await client.get("/api/library/history?work=1-SYN&ref=art_8__para_5&lang=ru")
            try conforms(history, "/api/library/history", "get")
            #expect(history.text.contains("2022-03-25"))
            let cites = try await client.get("/api/library/cites?work=1-SYN&ref=art_8&lang=ru")
            try conforms(cites, "/api/library/cites", "get")
        }
    }

    /// Refusals: JSON naming the file and line; 400 for a request, 422 for an input.
    @Test func refusals() async throws {
        try await Fixture.app().test(.router) { client in
            let broken = try await client.post("/api/parse?locale=kk", Post(files: [Post.file("act", "corpus/broken/truncated-utf8.txt")], csrf: false))
            #expect(broken.status == .unprocessableContent)
            try conforms(broken, "/api/parse", "post")
            let error = try #require(broken.json?["error"] as? [String: Any])
            #expect(error["file"] as? String == "truncated-utf8.txt" && error["line"] as? Int == 3 && error["column"] as? Int == 12)
            #expect((error["message"] as? String)?.contains("UTF-8 ретінде сақтаңыз") == true)
            let missing = try await client.post("/api/parse", Post(csrf: false))
            #expect(missing.status == .badRequest)
            try conforms(missing, "/api/parse", "post")
            let locale = try await client.get("/api/library/works?locale=fr")
            #expect(locale.status == .badRequest)
            let noWork = try await client.get("/api/library/history?work=no-such&ref=art_1")
            #expect(noWork.status == .unprocessableContent)
            try conforms(noWork, "/api/library/history", "get")
            let noRef = try await client.get("/api/library/history?work=1-SYN")
            #expect(noRef.status == .badRequest)
        }
    }

    /// The served document is the repository's, its references pointing to the served schemas;
    /// the document is valid OpenAPI 3.1 by the pinned openapi-spec-validator.
    @Test func theDocumentIsServedAndValid() async throws {
        try await Fixture.app().test(.router) { client in
            let doc = try await client.get("/openapi.yaml")
            #expect(doc.status == .ok && doc.text.contains("$ref: \"/schema/act.schema.json\""))
            let schema = try await client.get("/schema/act.schema.json")
            #expect(schema.status == .ok && schema.text.contains("kenes-act/2"))
        }
        let script = """
        from openapi_spec_validator import validate
        from openapi_spec_validator.readers import read_from_filename
        spec, url = read_from_filename('\(Repo.path("schema/openapi.yaml"))')
        validate(spec, base_uri=url)
        """
        let (status, message) = try Subprocess.run("/usr/bin/env", ["python3", "-c", script], errors: true)
        #expect(status == 0, "\(message.suffix(800))")
    }
}
