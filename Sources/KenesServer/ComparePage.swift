import Foundation
import Hummingbird
import KenesAct
import KenesDiff
import KenesLibrary
import KenesRender
import KenesService

/// Two editions from the library, two uploaded files, or an act and an amending law: the
/// changes side by side, a navigator, the rationale typed per row, and the сравнительная
/// таблица to download.
enum ComparePage {
    static func register(_ router: Router<WorkspaceContext>, _ config: WorkspaceConfig) {
        router.get("/compare") { _, context in form(context, config, result: "") }
        Pages.post(router, "/compare", config) { f, context in
            return compare(f, context, config)
        }
        Pages.post(router, "/compare/download", config) { f, context in
            return download(f, context, config)
        }
    }

    /// Every edition the library holds, as `work@date|lang` (the form's value for a version).
    static func editionOptions(_ config: WorkspaceConfig, _ ui: ReportLocale, selected: String?) -> String {
        let works = (try? LibraryUseCase.works(library: config.library, config.environment(locale: ui.rawValue))) ?? []
        return works.flatMap { w in
            w.expressions.filter { $0.edition != nil }.map { e -> String in
                let value = "\(w.id)@\(e.edition!)|\(e.language.rawValue)"
                return Pages.option(value, "\(w.titles[e.language] ?? w.id) — \(e.edition!) [\(e.language.rawValue)]", selected: value == selected)
            }
        }.joined()
    }

    static func form(_ context: WorkspaceContext, _ config: WorkspaceConfig, result: String, status: HTTPResponse.Status = .ok) -> Response {
        let ui = context.ui
        let editions = editionOptions(config, ui, selected: nil)
        return Pages.html(context, title: UI.compareTitle, path: "/compare", status: status, """
        <form method="post" action="/compare" enctype="multipart/form-data" class="no-print">\(Pages.csrfField(context))
        <fieldset><legend><label><input type="radio" name="mode" value="editions" checked> \(h(UI.twoEditions[ui]))</label></legend>
        <label>\(h(UI.oldVersion[ui])) <select name="old.edition">\(editions)</select></label>
        <label>\(h(UI.newVersion[ui])) <select name="new.edition">\(editions)</select></label></fieldset>
        <fieldset><legend><label><input type="radio" name="mode" value="files"> \(h(UI.twoFiles[ui]))</label></legend>
        <label>\(h(UI.oldVersion[ui])) <input type="file" name="old"></label>
        <label>\(h(UI.newVersion[ui])) <input type="file" name="new"></label></fieldset>
        <fieldset><legend><label><input type="radio" name="mode" value="amendment"> \(h(UI.actAndLaw[ui]))</label></legend>
        <label>\(h(UI.oldVersion[ui])) <input type="file" name="act"></label>
        <label>\(h(UI.amendingLaw[ui])) <input type="file" name="law"></label></fieldset>
        <button>\(h(UI.compareButton[ui]))</button></form>
        \(result)
        """)
    }

    /// The versions a form names, and the hidden fields that carry them to the download form.
    static func versions(_ f: Form, _ config: WorkspaceConfig) -> (DiffUseCase.Versions, String)? {
        func edition(_ value: String?) -> ActSource? {
            guard let value, let bar = value.lastIndex(of: "|") else { return nil }
            return .work(String(value[..<bar]), language: Language(rawValue: String(value[value.index(after: bar)...])), library: config.library)
        }
        func upload(_ u: Form.Upload) -> ActSource {
            var s = ActSource(path: u.filename)
            s.bytes = u.bytes
            return s
        }
        switch f["mode"] ?? "editions" {
        case "files":
            guard let a = f.upload("old"), let b = f.upload("new") else { return nil }
            return (.files(old: upload(a), new: upload(b)), "<input type=\"hidden\" name=\"mode\" value=\"files\">" + Pages.carry("old", a) + Pages.carry("new", b))
        case "amendment":
            guard let a = f.upload("act"), let law = f.upload("law") else { return nil }
            return (.amendmentText(act: upload(a), name: law.filename, text: law.bytes),
                    "<input type=\"hidden\" name=\"mode\" value=\"amendment\">" + Pages.carry("act", a) + Pages.carry("law", law))
        default:
            guard let a = edition(f["old.edition"]), let b = edition(f["new.edition"]) else { return nil }
            return (.files(old: a, new: b), "<input type=\"hidden\" name=\"mode\" value=\"editions\">"
                    + "<input type=\"hidden\" name=\"old.edition\" value=\"\(h(f["old.edition"]!))\"><input type=\"hidden\" name=\"new.edition\" value=\"\(h(f["new.edition"]!))\">")
        }
    }

    /// The key of a row's rationale: the unit as the act in force numbers it, or as the
    /// proposed text does for an insertion (see `ComparativeTable`).
    static func rationaleKey(_ c: Change) -> String? {
        c.kind == .inserted ? c.new.map { "new:\($0)" } : c.old.map { "old:\($0)" }
    }

    static func compare(_ f: Form, _ context: WorkspaceContext, _ config: WorkspaceConfig) -> Response {
        let ui = context.ui
        guard let (versions, carried) = versions(f, config) else {
            return form(context, config, result: "<p class=\"error\" role=\"alert\">\(h(UI.chooseFile[ui]))</p>", status: .badRequest)
        }
        let env = config.environment(locale: ui.rawValue)
        let result: DiffUseCase.Result
        do { result = try DiffUseCase.run(.init(versions: versions, format: .html, locale: ui.rawValue), env) }
        catch { return form(context, config, result: Pages.refusal(error), status: .unprocessableContent) }
        let inline = f["view"] == "inline"
        let report = inline ? inlineView(result.diff, ui) : (try? result.output.bytes()).map { String(decoding: $0, as: UTF8.self) } ?? ""
        let table = ComparativeTable(result.diff, locale: ui)
        let changes = result.diff.changes.filter { $0.kind != .invisible }
        let rows = zip(table.rows, changes).map { row, change -> String in
            let key = rationaleKey(change) ?? ""
            return "<tr><td>\(row.number)</td><td>\(h(row.element))</td><td><label><span class=\"sr\">\(h(UI.rationale[ui])) — \(h(row.element))</span><textarea name=\"rationale.\(h(key))\" rows=\"2\"></textarea></label></td></tr>"
        }.joined()
        let kinds = Set(changes.map(\.kind)).sorted { $0.rawValue < $1.rawValue }
        let filter = "<label>\(h(UI.show[ui])) <select id=\"kind-filter\"><option value=\"\">—</option>"
            + kinds.map { Pages.option(DiffMessages.kind($0)[ui], DiffMessages.kind($0)[ui], selected: false) }.joined() + "</select></label>"
        let buttons = [("table-docx", "DOCX"), ("table-html", "HTML"), ("markdown", "Markdown"), ("json", "JSON")].map { pair -> String in
            "<button name=\"format\" value=\"\(pair.0)\">\(h(UI.download[ui])) \(pair.1)</button>"
        }.joined(separator: " ")
        return form(context, config, result: """
        <form method="post" action="/compare" class="no-print">\(Pages.csrfField(context))\(carried)
        <input type="hidden" name="view" value="\(inline ? "table" : "inline")"><button>\(h((inline ? UI.sideBySideView : UI.inlineView)[ui]))</button></form>
        <div class="changes-nav no-print"><button type="button" id="prev-change">← \(h(UI.previousChange[ui]))</button>
        <button type="button" id="next-change">\(h(UI.nextChange[ui])) →</button> \(filter)</div>
        \(Pages.embed(report))
        <form method="post" action="/compare/download" class="no-print">\(Pages.csrfField(context))\(carried)
        <h2>\(h(UI.table[ui]))</h2><table><thead><tr><th>№</th><th scope="col">\(h(table.headers[1]))</th><th scope="col">\(h(UI.rationale[ui]))</th></tr></thead>
        <tbody>\(rows)</tbody></table><p>\(buttons)</p></form>
        """)
    }

    /// The changes inline: each unit once, deleted words struck through and inserted ones
    /// marked in the same text (the side-by-side view is the report's own).
    static func inlineView(_ d: ActDiff, _ ui: ReportLocale) -> String {
        var out = "<body>"
        for (i, c) in d.changes.filter({ $0.kind != .invisible }).enumerated() {
            let label = Vocabulary.citation(path: c.path, d.language)
            out += "<h2 id=\"c\(i + 1)\">\(h(label)) <span class=\"kind\">\(h(DiffMessages.kind(c.kind)[ui]))</span></h2><p>"
            if c.kind == .inserted { out += "<ins>\(h(c.newText ?? ""))</ins>" }
            else if c.kind == .deleted || c.kind == .excluded { out += "<del>\(h(c.oldText ?? ""))</del>" }
            else if c.edits.isEmpty { out += h(c.newText ?? c.oldText ?? "") }
            for e in c.edits + c.wrapUpEdits {
                switch e.op {
                case .equal: out += h(e.text)
                case .delete: out += "<del>\(h(e.text))</del>"
                case .insert: out += "<ins>\(h(e.text))</ins>"
                }
            }
            out += "</p>"
        }
        return out + "</body>"
    }

    static func download(_ f: Form, _ context: WorkspaceContext, _ config: WorkspaceConfig) -> Response {
        let ui = context.ui
        guard let (versions, _) = versions(f, config), let format = f["format"].flatMap(DiffUseCase.Format.init(rawValue:)) else {
            return form(context, config, result: "<p class=\"error\" role=\"alert\">\(h(UI.chooseFile[ui]))</p>", status: .badRequest)
        }
        let rationale = f.prefixed("rationale.")
        do {
            var options = DiffUseCase.Options(versions: versions, format: format, locale: ui.rawValue)
            options.rationaleEntries = rationale
            let r = try DiffUseCase.run(options, config.environment(locale: ui.rawValue))
            let (ext, type) = switch format {
            case .tableDOCX: ("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
            case .tableHTML, .html: ("html", "text/html; charset=utf-8")
            case .markdown: ("md", "text/markdown; charset=utf-8")
            case .json: ("json", "application/json")
            case .text: ("txt", "text/plain; charset=utf-8")
            }
            let name = format == .tableDOCX || format == .tableHTML ? "comparative-table" : "comparison"
            return Pages.download(try r.output.bytes(), name: "\(name).\(ext)", type: type)
        } catch let e as ServiceError {
            return form(context, config, result: Pages.refusal(e), status: .unprocessableContent)
        } catch { return Pages.error(context, .internalServerError, "\(error)") }
    }
}
