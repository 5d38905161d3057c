import Foundation
import HTTPTypes
import Hummingbird
import Logging
import KenesAct
import KenesCheck
import KenesService

/// How `kenes serve` runs: where it listens, which library it serves, who may use it.
public struct WorkspaceConfig: Sendable {
    public var host: String
    public var port: Int
    /// The act library the pages and the API read (and the library page adds to).
    public var library: String
    /// Needed when listening beyond this machine: `Authorization: Bearer` for the API, a
    /// sign-in form (an HttpOnly cookie) for the pages.
    public var token: String?
    /// The largest request body, in bytes (413 above).
    public var maxUpload: Int
    /// The folder relative paths are read from (the CLI's current folder).
    public var baseFolder: URL
    /// Today, asked on every request (an input, so that tests can fix it).
    public var clock: @Sendable () -> Date

    public init(host: String = "127.0.0.1", port: Int = 8080, library: String, token: String? = nil, maxUploadMB: Int = 20,
                baseFolder: URL, clock: @escaping @Sendable () -> Date = { Date() }) {
        self.host = host; self.port = port; self.library = library; self.token = token
        self.maxUpload = maxUploadMB * 1024 * 1024; self.baseFolder = baseFolder; self.clock = clock
    }

    /// Loopback only, or a token: a workspace reachable from the network is never open.
    public var isSafe: Bool { token != nil || ["127.0.0.1", "localhost", "::1"].contains(host) }

    /// The environment a use-case runs in for one request; `locale` as the API's `?locale=`.
    func environment(locale: String?) -> KenesEnvironment {
        KenesEnvironment(today: clock(), baseFolder: baseFolder, libraryPath: library, locale: locale)
    }
}

/// What a request carries through the workspace: the interface language, the form token.
public struct WorkspaceContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    var ui: ReportLocale = .ru
    var csrf: String = ""
    var cookies: [Cookie] = []
    /// The page's query without `ui`: the language switch keeps it.
    var query: [(String, String)] = []
    public init(source: Source) { coreContext = .init(source: source) }
}

/// The web workspace: every page and the JSON API, over the same use-cases as the CLI.
public enum Workspace {
    public static func router(_ config: WorkspaceConfig) -> Router<WorkspaceContext> {
        let router = Router(context: WorkspaceContext.self)
        let sessions = Sessions()
        router.add(middleware: Guard(config: config, sessions: sessions))
        router.get("/healthz") { _, _ in Response(status: .ok, headers: [.contentType: "text/plain"], body: .init(byteBuffer: ByteBuffer(string: "ok\n"))) }
        router.get("/assets/kenes.css") { _, _ in asset(Assets.css, type: "text/css; charset=utf-8") }
        router.get("/assets/kenes.js") { _, _ in asset(Assets.js, type: "text/javascript; charset=utf-8") }
        router.get("/openapi.yaml") { _, _ in asset(OpenAPI.document, type: "application/yaml; charset=utf-8") }
        router.get("/schema/:name") { _, context in
            // only the names compiled in: no path reaches the disk
            guard let name = context.parameters.get("name"), name.hasSuffix(".schema.json"), let text = Contracts.file(name) else { throw HTTPError(.notFound) }
            return asset(text, type: "application/schema+json")
        }
        router.get("/login") { _, context in LoginPage.form(context, failed: false) }
        Pages.post(router, "/login", config) { form, context in await LoginPage.submit(form, context, config: config, sessions: sessions) }
        LibraryPages.register(router, config)
        ComparePage.register(router, config)
        CheckPage.register(router, config)
        ExtractPage.register(router, config)
        API.register(router, config)
        return router
    }

    /// The server; `onRunning` is told the port once it listens (port 0: any free one).
    public static func application(_ config: WorkspaceConfig, onRunning: @escaping @Sendable (Int) -> Void = { _ in }) -> some ApplicationProtocol {
        // requests are not logged: a roster's file name is personal data too
        var logger = Logger(label: "kenes-serve")
        logger.logLevel = .warning
        // a connection that sends nothing for 30 s is closed (slow clients do not hold the server)
        return Application(router: router(config), server: .http1(configuration: .init(idleTimeout: .seconds(30))),
                           configuration: .init(address: .hostname(config.host, port: config.port), serverName: "Kenes"),
                           onServerRunning: { channel in onRunning(channel.localAddress?.port ?? 0) }, logger: logger)
    }

    static func asset(_ text: String, type: String) -> Response {
        Response(status: .ok, headers: [.contentType: type, .cacheControl: "max-age=3600"], body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}

/// Signed-in browsers, by the random value of their session cookie (kept in memory only).
actor Sessions {
    private var ids: Set<String> = []
    func open() -> String { let id = randomToken(); ids.insert(id); return id }
    func contains(_ id: String) -> Bool { ids.contains(id) }
}

/// 256 random bits as 64 hex digits (the system's generator: getrandom on Linux).
func randomToken() -> String {
    var g = SystemRandomNumberGenerator()
    return (0..<4).map { _ in
        let part = String(g.next() as UInt64, radix: 16)
        return String(repeating: "0", count: 16 - part.count) + part
    }.joined()
}

/// Every request passes here: the interface language, the form token, the access check, and
/// the security headers on every response.
struct Guard: RouterMiddleware {
    typealias Context = WorkspaceContext
    let config: WorkspaceConfig
    let sessions: Sessions

    func handle(_ request: Request, context: WorkspaceContext, next: (Request, WorkspaceContext) async throws -> Response) async throws -> Response {
        var context = context
        let query = request.uri.queryParameters
        context.query = query.filter { $0.key != "ui" }.map { (String($0.key), String($0.value)) }
        let cookies = request.cookies
        if let asked = query.get("ui").flatMap({ ReportLocale(rawValue: $0) }) {
            context.ui = asked
            context.cookies.append(Cookie(name: "kenes_ui", value: asked.rawValue, maxAge: 365 * 86400, path: "/", httpOnly: true, sameSite: .lax))
        } else if let kept = cookies["kenes_ui"].flatMap({ ReportLocale(rawValue: $0.value) }) {
            context.ui = kept
        } else {
            context.ui = Self.fromAcceptLanguage(request.headers[.acceptLanguage])
        }
        if let token = cookies["kenes_csrf"]?.value, token.count >= 16 {
            context.csrf = token
        } else {
            context.csrf = randomToken()
            context.cookies.append(Cookie(name: "kenes_csrf", value: context.csrf, path: "/", httpOnly: true, sameSite: .strict))
        }
        var response: Response
        let path = request.uri.path
        if try await !allowed(request, path: path) {
            response = path.hasPrefix("/api/") ? API.error(.unauthorized, Message(ru: "нужен ключ доступа: Authorization: Bearer …",
                                                                                kk: "қол жеткізу кілті қажет: Authorization: Bearer …",
                                                                                en: "an access token is needed: Authorization: Bearer …"), locale: nil)
                : Response(status: .seeOther, headers: [.location: "/login"])
        } else {
            do { response = try await next(request, context) }
            catch let e as any HTTPResponseError where e.status == .contentTooLarge {
                response = path.hasPrefix("/api/") ? API.error(.contentTooLarge, UI.tooLarge, locale: nil) : Pages.error(context, .contentTooLarge, UI.tooLarge[context.ui])
            } catch let e as HTTPError where e.status == .notFound || e.status == .badRequest {
                response = path.hasPrefix("/api/") ? API.error(e.status, Message(verbatim: e.body ?? "\(e.status)"), locale: nil)
                    : Pages.error(context, e.status, e.status == .notFound ? UI.notFound[context.ui] : (e.body ?? "\(e.status)"))
            }
        }
        for c in context.cookies { response.setCookie(c) }
        response.headers[.contentSecurityPolicy] = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'; base-uri 'none'"
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[HTTPField.Name("Referrer-Policy")!] = "same-origin"
        response.headers[HTTPField.Name("X-Frame-Options")!] = "DENY"
        return response
    }

    /// Open paths, then the token: a bearer header for the API, the session cookie for pages.
    func allowed(_ request: Request, path: String) async throws -> Bool {
        guard let token = config.token else { return true }
        if path == "/healthz" || path == "/login" || path.hasPrefix("/assets/") { return true }
        if path.hasPrefix("/api/") || path == "/openapi.yaml" {
            return request.headers[.authorization].map { constantTimeEqual($0, "Bearer " + token) } ?? false
        }
        guard let id = request.cookies["kenes_session"]?.value else { return false }
        return await sessions.contains(id)
    }

    /// The first of ru, kk, en the browser prefers; Russian otherwise.
    static func fromAcceptLanguage(_ header: String?) -> ReportLocale {
        let ranked = (header ?? "").split(separator: ",").enumerated().map { i, part -> (String, Double, Int) in
            let fields = part.split(separator: ";")
            let tag = fields[0].trimmingCharacters(in: .whitespaces).lowercased().split(separator: "-").first.map(String.init) ?? ""
            let q = fields.dropFirst().first { $0.trimmingCharacters(in: .whitespaces).hasPrefix("q=") }
                .flatMap { Double($0.trimmingCharacters(in: .whitespaces).dropFirst(2)) } ?? 1
            return (tag, q, i)
        }.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.2 < $1.2 }
        return ranked.lazy.compactMap { ReportLocale(rawValue: $0.0) }.first ?? .ru
    }
}

/// Compares without stopping at the first differing byte (the token is a secret).
func constantTimeEqual(_ a: String, _ b: String) -> Bool {
    let x = Array(a.utf8), y = Array(b.utf8)
    guard x.count == y.count else { return false }
    return zip(x, y).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
}
