import Foundation
import Hummingbird
import KenesAct
import KenesCheck
import KenesLibrary
import KenesService

/// A roster against the law: the verdict, every member with the side counted, each finding
/// with its clause, inferred categories to confirm, the report to download. The roster lives in
/// this request only: the page carries it back with its forms, the server keeps nothing.
enum CheckPage {
    static func register(_ router: Router<WorkspaceContext>, _ config: WorkspaceConfig) {
        router.get("/check") { _, context in form(context, Form(), result: "") }
        Pages.post(router, "/check", config) { f, context in
            return check(f, context, config)
        }
        Pages.post(router, "/check/download", config) { f, context in
            return download(f, context, config)
        }
    }

    /// The categories and profiles compiled into the binary: read once, they never change.
    static let choices = try? CheckUseCase.choices()

    /// The choices of the form, as the last request made them.
    static func settings(_ f: Form, _ ui: ReportLocale) -> String {
        let profiles = choices?.profiles ?? []
        func select(_ name: String, _ label: Message, _ options: [(String, String)]) -> String {
            "<label>\(h(label[ui])) <select name=\"\(name)\">" + options.map { Pages.option($0.0, $0.1, selected: f[name] == $0.0) }.joined() + "</select></label>"
        }
        return select("body", UI.body, [("", UI.fromFile[ui]), ("council", UI.council[ui]), ("working_group", UI.workingGroup[ui])])
            + select("level", UI.level, [("", UI.fromFile[ui]), ("republican", UI.republican[ui]), ("local", UI.local[ui])])
            + select("edition", UI.lawEdition, [("2015", "2015"), ("2021", "2021")])
            + select("profile", UI.profile, profiles.map { ($0.name, "\($0.name) — \($0.description[ui])") })
    }

    static func form(_ context: WorkspaceContext, _ f: Form, result: String, status: HTTPResponse.Status = .ok) -> Response {
        let ui = context.ui
        return Pages.html(context, title: UI.checkTitle, path: "/check", status: status, """
        <form method="post" action="/check" enctype="multipart/form-data" class="no-print">\(Pages.csrfField(context))
        <fieldset><legend>\(h(UI.check[ui]))</legend>
        <label>\(h(UI.rosterFile[ui])) <input type="file" name="roster" accept=".xlsx,.csv,.json,.yaml,.yml" required></label>
        \(settings(f, ui))
        <button>\(h(UI.checkButton[ui]))</button></fieldset><p><small>\(h(UI.privacy[ui]))</small></p></form>
        \(result)
        """)
    }

    /// The options a form asks for; `assign.LINE` fields confirm or correct categories.
    static func options(_ f: Form, _ roster: Form.Upload, _ ui: ReportLocale, format: CheckUseCase.Format) -> CheckUseCase.Options {
        var o = CheckUseCase.Options(input: .rosterBytes(name: roster.filename, bytes: roster.bytes), edition: f["edition"] ?? "2015",
                                     profile: f["profile"] ?? "nominal", body: f["body"].flatMap(Body.init(rawValue:)),
                                     level: f["level"].flatMap(Level.init(rawValue:)), format: format, locale: ui.rawValue, redact: f["redact"] != nil)
        let assigned = f.prefixed("assign.").reduce(into: [Int: String]()) { out, kv in if let line = Int(kv.key) { out[line] = kv.value } }
        if !assigned.isEmpty { o.assignments = assigned }
        return o
    }

    /// The form's settings and the roster, carried to the next form of the page.
    static func carried(_ f: Form, _ roster: Form.Upload) -> String {
        Pages.carry("roster", roster) + ["body", "level", "edition", "profile"].compactMap { k in
            f[k].map { "<input type=\"hidden\" name=\"\(k)\" value=\"\(h($0))\">" }
        }.joined()
    }

    static func check(_ f: Form, _ context: WorkspaceContext, _ config: WorkspaceConfig) -> Response {
        let ui = context.ui
        guard let roster = f.upload("roster") else { return form(context, f, result: "<p class=\"error\" role=\"alert\">\(h(UI.chooseFile[ui]))</p>", status: .badRequest) }
        let result: CheckUseCase.Result
        do { result = try CheckUseCase.run(options(f, roster, ui, format: .html), config.environment(locale: ui.rawValue)) }
        catch { return form(context, f, result: Pages.refusal(error), status: .unprocessableContent) }
        let report = (try? result.output.bytes()).map { String(decoding: $0, as: UTF8.self) } ?? ""
        var confirm = ""
        if let r = result.check, !r.inferred.isEmpty, let categories = choices?.categories {
            let label: (Category) -> String = { c in Message(ru: c.ru, kk: c.kk, en: c.en)[ui] }
            let given = f.prefixed("assign.")
            let rows = r.inferred.map { m in
                let chosen = given["\(m.line)"] ?? categories.first { $0.code == (m.inferred?.code ?? m.category) }?.ru
                let options = categories.map { Pages.option($0.ru, label($0), selected: $0.ru == chosen) }.joined()
                return "<tr><td>\(m.line)</td><td>\(h(m.name))</td><td>\(h(m.organisation ?? ""))</td><td><label>\(h(UI.category[ui])) <select name=\"assign.\(m.line)\">\(options)</select></label><br><small>\(h(m.inferred?.reason[ui] ?? ""))</small></td></tr>"
            }.joined()
            confirm = """
            <form method="post" action="/check" class="no-print">\(Pages.csrfField(context))\(carried(f, roster))
            <h2>\(h(UI.confirm[ui]))</h2><table><thead><tr><th scope="col">\(h(UI.line[ui]))</th><th scope="col">—</th><th scope="col">—</th><th scope="col">\(h(UI.category[ui]))</th></tr></thead>
            <tbody>\(rows)</tbody></table><p><button>\(h(UI.recheck[ui]))</button></p></form>
            """
        }
        let keep = f.prefixed("assign.").map { "<input type=\"hidden\" name=\"assign.\(h($0.key))\" value=\"\(h($0.value))\">" }.joined()
        let downloads = """
        <form method="post" action="/check/download" class="no-print">\(Pages.csrfField(context))\(carried(f, roster))\(keep)
        <label><input type="checkbox" name="redact" value="1"> \(h(UI.redact[ui]))</label>
        \(["html": "HTML", "markdown": "Markdown", "json": "JSON"].sorted { $0.key < $1.key }.map { "<button name=\"format\" value=\"\($0.key)\">\(h(UI.download[ui])) \($0.value)</button>" }.joined(separator: " "))
        </form>
        """
        return form(context, f, result: Pages.embed(report) + clauses(result.check, context, config) + confirm + downloads)
    }

    /// The clauses the findings rest on, linked to the act's page when the library holds the
    /// text they are quoted from.
    static func clauses(_ r: CheckResult?, _ context: WorkspaceContext, _ config: WorkspaceConfig) -> String {
        let cited = (r?.findings ?? []).compactMap(\.cite)
        guard !cited.isEmpty else { return "" }
        let works = (try? LibraryUseCase.works(library: config.library, config.environment(locale: context.ui.rawValue))) ?? []
        var seen = Set<String>()
        let items = cited.filter { seen.insert($0.act + "#" + $0.eId.rawValue).inserted }.map { c -> String in
            let file = URL(fileURLWithPath: c.act).lastPathComponent
            let title = c.actTitle.map { " — \(h($0))" } ?? ""
            for w in works {
                if let e = w.expressions.first(where: { URL(fileURLWithPath: $0.source).lastPathComponent == file }) {
                    return "<li><a href=\"/works/\(h(w.id))?lang=\(e.language.rawValue)\(e.edition.map { "&amp;asOf=\($0)" } ?? "")#\(h(c.eId.rawValue))\">\(h(c.label))</a>\(title)</li>"
                }
            }
            return "<li>\(h(c.label))\(title)</li>"
        }.joined()
        return "<h2>\(h(UI.citedClauses[context.ui]))</h2><ul>\(items)</ul>"
    }

    static func download(_ f: Form, _ context: WorkspaceContext, _ config: WorkspaceConfig) -> Response {
        let ui = context.ui
        guard let roster = f.upload("roster"), let format = f["format"].flatMap(CheckUseCase.Format.init(rawValue:)) else {
            return form(context, f, result: "<p class=\"error\" role=\"alert\">\(h(UI.chooseFile[ui]))</p>", status: .badRequest)
        }
        do {
            let r = try CheckUseCase.run(options(f, roster, ui, format: format), config.environment(locale: ui.rawValue))
            let (ext, type) = switch format {
            case .html: ("html", "text/html; charset=utf-8")
            case .markdown: ("md", "text/markdown; charset=utf-8")
            case .json: ("json", "application/json")
            case .text: ("txt", "text/plain; charset=utf-8")
            }
            return Pages.download(try r.output.bytes(), name: "roster-check.\(ext)", type: type)
        } catch let e as ServiceError {
            return form(context, f, result: Pages.refusal(e), status: .unprocessableContent)
        } catch { return Pages.error(context, .internalServerError, "\(error)") }
    }
}
