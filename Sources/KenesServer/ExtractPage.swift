import Foundation
import Hummingbird
import KenesAct
import KenesExtract
import KenesLibrary
import KenesRender
import KenesService

/// Clauses for a course: tick articles or type references, in one language or both side by
/// side, with a glossary; preview, then DOCX, HTML, Markdown or the course file.
enum ExtractPage {
    static func register(_ router: Router<WorkspaceContext>, _ config: WorkspaceConfig) {
        router.get("/extract") { request, context in
            let q = request.uri.queryParameters
            return page(context, config, work: q.get("work"), language: q.get("lang").flatMap(Language.init(rawValue:)) ?? .ru, form: Form(), result: "")
        }
        Pages.post(router, "/extract", config) { f, context in
            return extract(f, context, config)
        }
    }

    static func source(_ work: String, _ language: Language, _ config: WorkspaceConfig) -> ActSource {
        .work(work, language: language, library: config.library)
    }

    static func page(_ context: WorkspaceContext, _ config: WorkspaceConfig, work: String?, language: Language, form f: Form, result: String,
                     status: HTTPResponse.Status = .ok) -> Response {
        let ui = context.ui
        let env = config.environment(locale: ui.rawValue)
        let works = (try? LibraryUseCase.works(library: config.library, env)) ?? []
        let choose = """
        <form method="get" action="/extract" class="no-print"><label>\(h(UI.work[ui])) <select name="work">\(works.map { Pages.option($0.id, $0.titles[.ru] ?? $0.titles[.kk] ?? $0.id, selected: $0.id == work) }.joined())</select></label>
        <label>\(h(UI.language[ui])) <select name="lang">\(Pages.option("ru", "ru", selected: language == .ru))\(Pages.option("kk", "kk", selected: language == .kk))</select></label>
        <button>\(h(UI.show[ui]))</button></form>
        """
        guard let work, let act = try? source(work, language, config).load(env) else {
            return Pages.html(context, title: UI.extractTitle, path: "/extract", status: status, choose + result)
        }
        let ticked = Set(f.all("ref"))
        var boxes = ""
        act.tree().forEach { u in
            guard u.kind == .article else { return }
            let label = [PlainText.label(u, language: language), u.heading ?? ""].filter { !$0.isEmpty }.joined(separator: " ")
            boxes += "<li><label><input type=\"checkbox\" name=\"ref\" value=\"\(h(u.eId.rawValue))\"\(ticked.contains(u.eId.rawValue) ? " checked" : "")> \(h(label))</label></li>"
        }
        return Pages.html(context, title: UI.extractTitle, path: "/extract", status: status, """
        \(choose)
        <form method="post" action="/extract" class="no-print">\(Pages.csrfField(context))
        <input type="hidden" name="work" value="\(h(work))"><input type="hidden" name="lang" value="\(language.rawValue)">
        <fieldset><legend>\(h(UI.tick[ui]))</legend><ul class="toc">\(boxes)</ul>
        <label>\(h(UI.references[ui])) <input type="text" name="refs" value="\(h(f["refs"] ?? ""))"></label>
        <label><input type="checkbox" name="parallel" value="1"\(f["parallel"] != nil ? " checked" : "")> \(h(UI.parallel[ui]))</label>
        <label><input type="checkbox" name="glossary" value="1"\(f["glossary"] != nil ? " checked" : "")> \(h(UI.glossary[ui]))</label></fieldset>
        <button name="format" value="preview">\(h(UI.preview[ui]))</button>
        <button name="format" value="docx">\(h(UI.download[ui])) DOCX</button> <button name="format" value="html">\(h(UI.download[ui])) HTML</button>
        <button name="format" value="markdown">\(h(UI.download[ui])) Markdown</button> <button name="format" value="course">\(h(UI.courseYAML[ui]))</button>
        </form>
        \(result)
        """)
    }

    static func extract(_ f: Form, _ context: WorkspaceContext, _ config: WorkspaceConfig) -> Response {
        let ui = context.ui
        let language = f["lang"].flatMap(Language.init(rawValue:)) ?? .ru
        guard let work = f["work"] else { return page(context, config, work: nil, language: language, form: f, result: "", status: .badRequest) }
        let refs = (f.all("ref") + [f["refs"] ?? ""]).filter { !$0.isEmpty }.joined(separator: "; ")
        guard !refs.isEmpty else {
            return page(context, config, work: work, language: language, form: f, result: "<p class=\"error\" role=\"alert\">\(h(UI.tick[ui]))</p>", status: .badRequest)
        }
        let other: Language = language == .ru ? .kk : .ru
        let parallel = f["parallel"] != nil ? source(work, other, config) : nil
        let format = f["format"] ?? "preview"
        if format == "course" {
            // the course file names the library's work: `kenes extract --course` reads it with --library
            let yaml = """
            # Kenes course: kenes extract --course course.yaml --library LIBRARY --format docx -o course.docx
            # (`act` is a work of the library; for the other language side by side, name its file in `parallel`)
            title: "\(work)"
            act: \(work)
            glossary: \(f["glossary"] != nil ? "used" : "none")
            modules:
              - title: "\(refs.replacingOccurrences(of: "\"", with: "'"))"
                refs: "\(refs.replacingOccurrences(of: "\"", with: "'"))"

            """
            return Pages.download(Array(yaml.utf8), name: "course.yaml", type: "application/yaml; charset=utf-8")
        }
        let rendered: ExtractUseCase.Format = format == "docx" ? .docx : format == "markdown" ? .markdown : .html
        do {
            let r = try ExtractUseCase.run(.init(selection: .references(act: source(work, language, config), refs: refs, parallel: parallel),
                                                 glossary: f["glossary"] != nil ? .used : .none, format: rendered), config.environment(locale: ui.rawValue))
            let bytes = try r.output.bytes()
            switch format {
            case "docx": return Pages.download(bytes, name: "extract.docx", type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
            case "html": return Pages.download(bytes, name: "extract.html", type: "text/html; charset=utf-8")
            case "markdown": return Pages.download(bytes, name: "extract.md", type: "text/markdown; charset=utf-8")
            default: return page(context, config, work: work, language: language, form: f, result: Pages.embed(String(decoding: bytes, as: UTF8.self)))
            }
        } catch let e as ServiceError {
            return page(context, config, work: work, language: language, form: f, result: Pages.refusal(e), status: .unprocessableContent)
        } catch { return Pages.error(context, .internalServerError, "\(error)") }
    }
}
