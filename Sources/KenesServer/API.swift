import Foundation
import Hummingbird
import HummingbirdCore
import KenesAct
import KenesCheck
import KenesFormats
import KenesService

/// The JSON API: the CLI's contracts (kenes-act, kenes-diff, kenes-check, the library's
/// reports) for other systems. `?locale=` chooses the language of the words in them as
/// `--locale` does; Accept-Language is never read, so the API answers exactly as the CLI.
enum API {
    static func register(_ router: Router<WorkspaceContext>, _ config: WorkspaceConfig) {
        let api = router.group("api")
        api.post("parse") { request, _ in
            try await run(request, config) { f, env throws(Failure) in
                let act = try f.act("act")
                return try json(ParseUseCase.run(.init(act: act, format: .json), env).output)
            }
        }
        api.post("diff") { request, _ in
            try await run(request, config) { f, env throws(Failure) in
                let versions: DiffUseCase.Versions
                if let law = f.upload("amendment") {
                    versions = .amendmentText(act: try f.act("act"), name: law.filename, text: law.bytes)
                } else {
                    versions = .files(old: try f.act("old"), new: try f.act("new"))
                }
                return try json(DiffUseCase.run(.init(versions: versions, format: .json, locale: env.locale), env).output)
            }
        }
        api.post("check") { request, _ in
            try await run(request, config) { f, env throws(Failure) in
                guard let roster = f.upload("roster") else { throw .missing("roster") }
                let o = CheckUseCase.Options(input: .rosterBytes(name: roster.filename, bytes: roster.bytes), edition: f["edition"] ?? "2015",
                                             profile: f["profile"] ?? "nominal", body: f["body"].flatMap(Body.init(rawValue:)),
                                             level: f["level"].flatMap(Level.init(rawValue:)), format: .json, locale: env.locale, redact: f["redact"] == "true")
                return try json(CheckUseCase.run(o, env).output)
            }
        }
        api.post("extract") { request, _ in
            try await run(request, config) { f, env throws(Failure) in
                guard let refs = f["refs"] else { throw .missing("refs") }
                let format = f["format"].flatMap(ExtractUseCase.Format.init(rawValue:)) ?? .markdown
                let parallel = f.upload("parallel") == nil ? nil : try f.act("parallel")
                let r: ExtractUseCase.Result
                do { r = try ExtractUseCase.run(.init(selection: .references(act: try f.act("act"), refs: refs, parallel: parallel), format: format), env) }
                catch { throw refused(error) }
                let type = switch format {
                case .markdown: "text/markdown; charset=utf-8"
                case .html: "text/html; charset=utf-8"
                case .docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                }
                return try respond(r.output, type: type)
            }
        }
        let library = api.group("library")
        library.get("works") { request, _ in
            try await query(request, config) { _, env throws(Failure) in try json(LibraryUseCase.list(library: config.library, format: .json, env)) }
        }
        library.get("search") { request, _ in
            try await query(request, config) { q, env throws(Failure) in
                guard let text = q.get("q"), !text.isEmpty else { throw .missing("q") }
                return try json(LibraryUseCase.search(text, language: q.get("lang").flatMap(Language.init(rawValue:)) ?? .ru, asOf: q.get("asOf"),
                                                      allEditions: false, work: q.get("work"), limit: Int(q.get("limit") ?? "") ?? 20,
                                                      library: config.library, format: .json, env).1)
            }
        }
        library.get("history") { request, _ in
            try await query(request, config) { q, env throws(Failure) in
                guard let work = q.get("work") else { throw .missing("work") }
                guard let ref = q.get("ref") else { throw .missing("ref") }
                return try json(LibraryUseCase.history(work: work, reference: ref, language: q.get("lang").flatMap(Language.init(rawValue:)) ?? .ru,
                                                       library: config.library, format: .json, env).1)
            }
        }
        library.get("cites") { request, _ in
            try await query(request, config) { q, env throws(Failure) in
                guard let work = q.get("work") else { throw .missing("work") }
                guard let ref = q.get("ref") else { throw .missing("ref") }
                return try json(LibraryUseCase.cites(work: work, reference: ref, language: q.get("lang").flatMap(Language.init(rawValue:)) ?? .ru,
                                                     asOf: q.get("asOf"), library: config.library, format: .json, env).1)
            }
        }
    }

    /// Why a request got no answer: a field missing (400) or an input refused (422).
    enum Failure: Error {
        case missing(String)
        case refused(ServiceError)
    }

    /// A use-case on a posted form; its refusal as JSON.
    static func run(_ request: Request, _ config: WorkspaceConfig, _ body: (Form, KenesEnvironment) throws(Failure) -> Response) async throws -> Response {
        let locale = request.uri.queryParameters.get("locale")
        if let bad = badLocale(locale) { return bad }
        var request = request
        let form: Form
        do { form = try await Form.read(&request, limit: config.maxUpload) }
        catch let e as HTTPError where e.status == .badRequest { return error(.badRequest, Message(verbatim: e.body ?? "bad request"), locale: locale.flatMap(ReportLocale.init(rawValue:))) }
        return answer(locale.flatMap(ReportLocale.init(rawValue:))) { () throws(Failure) in try body(form, config.environment(locale: locale)) }
    }

    /// A use-case on the query string.
    static func query(_ request: Request, _ config: WorkspaceConfig, _ body: (FlatDictionary<Substring, Substring>, KenesEnvironment) throws(Failure) -> Response) async throws -> Response {
        let q = request.uri.queryParameters
        let locale = q.get("locale")
        if let bad = badLocale(locale) { return bad }
        return answer(locale.flatMap(ReportLocale.init(rawValue:))) { () throws(Failure) in try body(q, config.environment(locale: locale)) }
    }

    static func badLocale(_ locale: String?) -> Response? {
        guard let locale, ReportLocale(rawValue: locale) == nil else { return nil }
        return error(.badRequest, Message(ru: "locale «\(locale)»: бывает ru, kk или en", kk: "locale «\(locale)»: ru, kk немесе en болады", en: "locale «\(locale)»: ru, kk or en"), locale: nil)
    }

    static func answer(_ l: ReportLocale?, _ body: () throws(Failure) -> Response) -> Response {
        do { return try body() } catch {
            switch error {
            case .missing(let field):
                return API.error(.badRequest, Message(ru: "нет поля «\(field)»", kk: "«\(field)» өрісі жоқ", en: "the field «\(field)» is missing"), locale: l)
            case .refused(let e):
                return API.error(.unprocessableContent, e.text, locale: l, place: e.place, fallback: e.messages.joined(separator: "\n"))
            }
        }
    }

    static func json(_ r: @autoclosure () throws -> Rendered) throws(Failure) -> Response {
        let rendered: Rendered
        do { rendered = try r() } catch { throw refused(error) }
        return try respond(rendered, type: "application/json")
    }

    static func refused(_ error: any Error) -> Failure { .refused((error as? ServiceError) ?? ServiceError(messages: ["\(error)"])) }

    static func respond(_ r: Rendered, type: String) throws(Failure) -> Response {
        do { return Response(status: .ok, headers: [.contentType: type], body: .init(byteBuffer: ByteBuffer(bytes: try r.bytes()))) }
        catch { throw refused(error) }
    }

    /// `{"error": {"message", "file", "line", "column"}}`: the place split into its parts.
    static func error(_ status: HTTPResponse.Status, _ text: Message, locale: ReportLocale?, place: String? = nil, fallback: String? = nil) -> Response {
        var file: String?, line: Int?, column: Int?
        if let place {
            var parts = place.split(separator: ":").map(String.init)
            if parts.count >= 2, let c = Int(parts.last!), parts.count >= 3, let l = Int(parts[parts.count - 2]) { column = c; line = l; parts.removeLast(2) }
            else if parts.count >= 2, let l = Int(parts.last!) { line = l; parts.removeLast() }
            file = parts.joined(separator: ":")
        }
        let message = text.isVerbatim && fallback != nil ? fallback! : text[locale ?? .ru]
        let body = String(writing: { out in
            out.json { w in
                w.object { o in
                    o.member("error") { w in
                        w.object { o in
                            o.member("message", message)
                            o.member("file", file)
                            o.member("line", line)
                            o.member("column", column)
                        }
                    }
                }
            }
        })
        return Response(status: status, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(string: body)))
    }
}

extension Form {
    /// An uploaded act, read in memory.
    func act(_ name: String) throws(API.Failure) -> ActSource {
        guard let u = upload(name) else { throw .missing(name) }
        var s = ActSource(path: u.filename)
        s.bytes = u.bytes
        return s
    }
}
