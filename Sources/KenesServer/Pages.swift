import Foundation
import Hummingbird
import KenesAct
import KenesService

/// What every page handler shares: the frame, forms with their token, downloads, refusals.
enum Pages {
    static func html(_ context: WorkspaceContext, title: Message, path: String, status: HTTPResponse.Status = .ok, _ content: String) -> Response {
        let page = PageFrame(ui: context.ui, title: title[context.ui], path: path, query: context.query).render(content)
        return Response(status: status, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
                        body: .init(byteBuffer: ByteBuffer(string: page)))
    }

    static func error(_ context: WorkspaceContext, _ status: HTTPResponse.Status, _ text: String) -> Response {
        html(context, title: Message(verbatim: "\(status.code)"), path: "/", status: status, "<p class=\"error\" role=\"alert\">\(h(text))</p>")
    }

    /// A refusal of a use-case, shown above the form it came from.
    static func refusal(_ e: ServiceError) -> String {
        "<div class=\"error\" role=\"alert\">" + e.messages.map { "<p>\(h($0))</p>" }.joined() + "</div>"
    }

    /// A file to save: never shown inline, named as the user will find it.
    static func download(_ bytes: [UInt8], name: String, type: String) -> Response {
        let ascii = name.unicodeScalars.map { $0.isASCII && $0 != "\"" && $0.value >= 0x20 ? String($0) : "_" }.joined()
        let encoded = name.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ascii
        return Response(status: .ok, headers: [.contentType: type, .contentDisposition: "attachment; filename=\"\(ascii)\"; filename*=UTF-8''\(encoded)",
                                                .cacheControl: "no-store"],
                        body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    /// The work a page's path names, as the library spells it (a browser sends «о» as %D0%BE).
    static func work(_ context: WorkspaceContext) -> String {
        let raw = context.parameters.get("work") ?? ""
        return raw.removingPercentEncoding ?? raw
    }

    /// What a query value may hold unescaped (eIds: letters, digits, `_`, `-`).
    static let queryValue = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-_."))

    /// The form token every form posts back; a POST without it (or with another) is refused.
    static func csrfField(_ context: WorkspaceContext) -> String { "<input type=\"hidden\" name=\"csrf\" value=\"\(h(context.csrf))\">" }

    /// A form's target: `handle` gets the posted form once its token is the browser's own; a
    /// form without it (or with another) is refused with 403.
    static func post(_ router: Router<WorkspaceContext>, _ path: RouterPath, _ config: WorkspaceConfig,
                     _ handle: @escaping @Sendable (Form, WorkspaceContext) async throws -> Response) {
        router.post(path) { request, context in
            var request = request
            let form = try await Form.read(&request, limit: config.maxUpload)
            guard let sent = form["csrf"], constantTimeEqual(sent, context.csrf) else { return error(context, .forbidden, UI.badForm[context.ui]) }
            return try await handle(form, context)
        }
    }

    /// A file carried back with the page that shows its result (see `Form.upload`).
    static func carry(_ name: String, _ upload: Form.Upload) -> String {
        "<input type=\"hidden\" name=\"\(h(name)).b64\" value=\"\(Data(upload.bytes).base64EncodedString())\">"
            + "<input type=\"hidden\" name=\"\(h(name)).name\" value=\"\(h(upload.filename))\">"
    }

    static func option(_ value: String, _ label: String, selected: Bool) -> String {
        "<option value=\"\(h(value))\"\(selected ? " selected" : "")>\(h(label))</option>"
    }

    /// The part of a rendered report inside its `<body>`, with its own style: a report Kenes
    /// writes for a file, shown inside a page.
    static func embed(_ report: String) -> String {
        let style = report.range(of: "<style>").flatMap { s in report.range(of: "</style>", range: s.upperBound..<report.endIndex).map { report[s.lowerBound..<$0.upperBound] } } ?? ""
        guard let open = report.range(of: "<body>"), let close = report.range(of: "</body>", options: .backwards) else { return String(report) }
        return "<div class=\"report\">\(scoped(String(style)))\(report[open.upperBound..<close.lowerBound])</div>"
    }

    /// A report's stylesheet limited to the report (its `body` rule would restyle the page).
    static func scoped(_ style: String) -> String {
        style.replacingOccurrences(of: "body{", with: ".report{").replacingOccurrences(of: "body {", with: ".report {")
    }
}

/// The sign-in form, when the workspace is served with a token.
enum LoginPage {
    static func form(_ context: WorkspaceContext, failed: Bool) -> Response {
        Pages.html(context, title: UI.login, path: "/login", status: failed ? .unauthorized : .ok, """
        \(failed ? "<p class=\"error\" role=\"alert\">\(h(UI.badToken[context.ui]))</p>" : "")
        <form method="post" action="/login">\(Pages.csrfField(context))
        <label>\(h(UI.token[context.ui])) <input type="password" name="token" autocomplete="current-password" required></label>
        <button>\(h(UI.login[context.ui]))</button></form>
        """)
    }

    static func submit(_ form: Form, _ context: WorkspaceContext, config: WorkspaceConfig, sessions: Sessions) async -> Response {
        guard let token = config.token, let given = form["token"], constantTimeEqual(given, token) else { return Self.form(context, failed: true) }
        var response = Response(status: .seeOther, headers: [.location: "/"])
        response.setCookie(Cookie(name: "kenes_session", value: await sessions.open(), path: "/", httpOnly: true, sameSite: .strict))
        return response
    }
}
