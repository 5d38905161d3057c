import Foundation
import Hummingbird
import KenesAct
import KenesLibrary
import KenesParity
import KenesRender
import KenesService

/// The library (works, upload, search) and the act page (contents, units by eId, editions,
/// history and citing units of a clause).
enum LibraryPages {
    static func register(_ router: Router<WorkspaceContext>, _ config: WorkspaceConfig) {
        router.get("/") { _, context in index(context, config, message: nil) }
        Pages.post(router, "/library", config) { form, context in
            guard let file = form.upload("act") else { return index(context, config, message: "<p class=\"error\" role=\"alert\">\(h(UI.chooseFile[context.ui]))</p>", status: .badRequest) }
            let env = config.environment(locale: context.ui.rawValue)
            do {
                let edition = try form["edition"].map { d throws(ServiceError) in
                    guard d.range(of: #"^\d{4}-\d{2}-\d{2}$"#, options: .regularExpression) != nil else {
                        throw ServiceError(Message(ru: "дата редакции пишется как ГГГГ-ММ-ДД", kk: "редакция күні ЖЖЖЖ-АА-КК түрінде жазылады",
                                                   en: "write the edition date as YYYY-MM-DD"), context.ui)
                    }
                    return d
                }
                let outcome = try LibraryUseCase.add(name: file.filename, bytes: file.bytes, edition: edition, replace: form["replace"] != nil,
                                                     library: config.library, env)
                let (word, work, language, date): (Message, String, Language, String?) = switch outcome {
                case .added(let w, let l, let d): (LibraryMessages.added, w, l, d)
                case .unchanged(let w, let l, let d): (LibraryMessages.unchanged, w, l, d)
                case .replaced(let w, let l, let d): (LibraryMessages.replaced, w, l, d)
                }
                let link = "<a href=\"/works/\(h(work))?lang=\(language.rawValue)\">\(h(work))</a>"
                return index(context, config, message: "<p class=\"banner\" role=\"status\">\(h(word[context.ui])): \(link) [\(language.rawValue)] \(h(date ?? ""))</p>")
            } catch let e as ServiceError {
                return index(context, config, message: Pages.refusal(e), status: .unprocessableContent)
            }
        }
        router.get("/search") { request, context in search(request, context, config) }
        router.get("/works/:work") { request, context in actPage(request, context, config) }
        router.get("/works/:work/history") { request, context in history(request, context, config) }
        router.get("/works/:work/cites") { request, context in cites(request, context, config) }
    }

    static func flags(_ e: LibraryExpression, _ ui: ReportLocale) -> String {
        (e.synthetic ? "<span class=\"flag\">\(h(LibraryMessages.synthetic[ui]))</span>" : "") + (e.excerpt ? "<span class=\"flag\">\(h(LibraryMessages.excerpt[ui]))</span>" : "")
    }

    static func index(_ context: WorkspaceContext, _ config: WorkspaceConfig, message: String?, status: HTTPResponse.Status = .ok) -> Response {
        let ui = context.ui
        let env = config.environment(locale: ui.rawValue)
        var rows = ""
        do {
            for w in try LibraryUseCase.works(library: config.library, env) {
                let title = w.titles[.ru] ?? w.titles[.kk] ?? w.id
                let editions = w.expressions.map { e -> String in
                    "<li><a href=\"/works/\(h(w.id))?lang=\(e.language.rawValue)\(e.edition.map { "&amp;asOf=\($0)" } ?? "")\">\(e.language.rawValue) · \(h(e.edition ?? UI.undated[ui]))</a>\(flags(e, ui))</li>"
                }.joined()
                rows += "<tr><td><a href=\"/works/\(h(w.id))\">\(h(title))</a><br><small>\(h(w.id))</small></td><td><ul>\(editions)</ul></td></tr>\n"
            }
        } catch { rows = "<tr><td colspan=\"2\">\(Pages.refusal(error))</td></tr>" }
        let works = rows.isEmpty ? "<p>\(h(UI.noWorks[ui]))</p>"
            : "<table><caption class=\"no-print\">\(h(UI.works[ui]))</caption><thead><tr><th scope=\"col\">\(h(UI.work[ui]))</th><th scope=\"col\">\(h(UI.editions[ui]))</th></tr></thead><tbody>\(rows)</tbody></table>"
        return Pages.html(context, title: UI.library, path: "/", status: status, """
        \(message ?? "")
        <form method="get" action="/search" role="search"><fieldset><legend>\(h(UI.search[ui]))</legend>
        <label>\(h(UI.words[ui])) <input type="search" name="q" required></label>
        <label>\(h(UI.language[ui])) <select name="lang"><option value="ru">ru</option><option value="kk">kk</option></select></label>
        <button>\(h(UI.find[ui]))</button></fieldset></form>
        \(works)
        <form method="post" action="/library" enctype="multipart/form-data"><fieldset><legend>\(h(UI.addAct[ui]))</legend>\(Pages.csrfField(context))
        <label>\(h(UI.actFile[ui])) <input type="file" name="act" required></label>
        <label>\(h(UI.editionDate[ui])) <input type="date" name="edition"></label>
        <button>\(h(UI.add[ui]))</button></fieldset></form>
        """)
    }

    static func search(_ request: Request, _ context: WorkspaceContext, _ config: WorkspaceConfig) -> Response {
        let ui = context.ui, q = request.uri.queryParameters
        let query = q.get("q") ?? ""
        let language = q.get("lang").flatMap(Language.init(rawValue:)) ?? .ru
        var body = ""
        do {
            let (hits, _) = try LibraryUseCase.search(query, language: language, asOf: q.get("asOf"), allEditions: false, work: nil, limit: 50,
                                                      library: config.library, format: .text, locale: ui.rawValue, config.environment(locale: ui.rawValue))
            body = hits.isEmpty ? "<p>\(h(UI.noHits[ui]))</p>" : "<ol>" + hits.map { hit -> String in
                let at = hit.edition.map { "&amp;asOf=\($0)" } ?? ""
                return "<li><a href=\"/works/\(h(hit.work))?lang=\(hit.language.rawValue)\(at)#\(h(hit.eId.rawValue))\">\(h(hit.label))</a> — \(h(hit.work)) \(h(hit.edition ?? ""))<br>\(highlighted(hit.snippet))</li>"
            }.joined() + "</ol>"
        } catch { body = Pages.refusal(error) }
        return Pages.html(context, title: UI.search, path: "/", """
        <form method="get" action="/search" role="search"><label>\(h(UI.words[ui])) <input type="search" name="q" value="\(h(query))" required></label>
        <input type="hidden" name="lang" value="\(language.rawValue)"> <button>\(h(UI.find[ui]))</button></form>
        \(body)
        """)
    }

    /// A search snippet with the words found («**группы**») marked.
    static func highlighted(_ snippet: String) -> String {
        snippet.components(separatedBy: "**").enumerated().map { $0.offset % 2 == 1 ? "<mark>\(h($0.element))</mark>" : h($0.element) }.joined()
    }

    /// The act as in force on a date: contents, every unit an element with its eId as `id`,
    /// citations as links, the editions, the other language beside it when asked.
    static func actPage(_ request: Request, _ context: WorkspaceContext, _ config: WorkspaceConfig) -> Response {
        let ui = context.ui, q = request.uri.queryParameters
        let work = Pages.work(context)
        let language = q.get("lang").flatMap(Language.init(rawValue:)) ?? .ru
        let env = config.environment(locale: ui.rawValue)
        func source(_ l: Language) -> ActSource { .work(work, language: l, asOf: q.get("asOf"), library: config.library) }
        func load(_ l: Language) throws(ServiceError) -> (Act, LibraryExpression) {
            guard source(l).namesWork else { throw ServiceError(Message(verbatim: work), ui) }
            return try source(l).loadWork(env)
        }
        let (act, expression): (Act, LibraryExpression)
        do { (act, expression) = try load(language) } catch {
            return Pages.html(context, title: Message(verbatim: work), path: "/", status: .notFound, Pages.refusal(error))
        }
        let notes = q.get("notes") == "1"
        let other: Language = language == .ru ? .kk : .ru
        let parallel = q.get("parallel") == "1" ? try? load(other).0 : nil
        // side by side, the units where the two texts disagree (numbers, dates, references…) are marked
        var disagreements: [EId: [String]] = [:]
        if let p = parallel {
            for f in ParityUseCase.report(act, p).findings { disagreements[f.eId, default: []].append(f.explanation[ui]) }
        }
        let works = (try? LibraryUseCase.works(library: config.library, env)) ?? []
        let timeline = (works.first { $0.id == work }?.expressions ?? []).filter { $0.language == language }.map { e -> String in
            let current = e.id == expression.id
            return "<li>\(current ? "<strong>" : "")<a href=\"/works/\(h(work))?lang=\(language.rawValue)\(e.edition.map { "&amp;asOf=\($0)" } ?? "")\"\(current ? " aria-current=\"true\"" : "")>\(h(e.edition ?? UI.undated[ui]))</a>\(current ? "</strong>" : "")</li>"
        }.joined()
        let tree = act.tree()
        var toc = ""
        tree.forEach { u in
            if [.part, .chapter, .subchapter, .article].contains(u.kind) {
                toc += "<li><a href=\"#\(h(u.eId.rawValue))\">\(h(([PlainText.label(u, language: language), u.heading ?? ""]).filter { !$0.isEmpty }.joined(separator: " ")))</a></li>"
            }
        }
        let base = "/works/\(h(work))"
        // another act a citation names, when the library holds it: «Закона … «О некоммерческих организациях»»
        let titled = works.flatMap { w in w.titles.map { (title: $0.value, id: w.id, language: $0.key) } }
        let elsewhere: @Sendable (String) -> String? = { named in
            titled.first { t in named.contains("«\(t.title)»") || named.contains(t.title) }.map { "/works/\($0.id)?lang=\($0.language.rawValue)" }
        }
        let text = unitsHTML(tree, act: act, work: work, language: language, notes: notes, ui: ui, base: base, marks: disagreements, elsewhere: elsewhere)
        let body = parallel.map { p -> String in
            "<div class=\"parallel\"><div lang=\"\(language.rawValue)\">\(text)</div><div lang=\"\(other.rawValue)\">\(unitsHTML(p.tree(), act: p, work: work, language: other, notes: notes, ui: ui, base: base, ids: false, marks: disagreements, elsewhere: elsewhere))</div></div>"
        } ?? "<div lang=\"\(language.rawValue)\">\(text)</div>"
        let asOf = q.get("asOf") ?? ""
        return Pages.html(context, title: Message(verbatim: act.metadata.title ?? work), path: "/", """
        <p class="banner">\(h(UI.asAt[ui])): <strong>\(h(expression.edition ?? UI.undated[ui]))</strong> · \(h(work)) [\(language.rawValue)]\(flags(expression, ui))</p>
        <form method="get" action="\(base)" class="no-print"><input type="hidden" name="lang" value="\(language.rawValue)">
        <label>\(h(UI.date[ui])) <input type="date" name="asOf" value="\(h(asOf))"></label>
        <label><input type="checkbox" name="notes" value="1"\(notes ? " checked" : "")> \(h(UI.showNotes[ui]))</label>
        <label><input type="checkbox" name="parallel" value="1"\(parallel != nil ? " checked" : "")> \(h(UI.sideBySide[ui]))</label>
        <button>\(h(UI.show[ui]))</button></form>
        <nav aria-label="\(h(UI.editions[ui]))"><h2>\(h(UI.editions[ui]))</h2><ul>\(timeline)</ul></nav>
        <nav aria-label="\(h(UI.contents[ui]))"><h2>\(h(UI.contents[ui]))</h2><ul class="toc">\(toc)</ul></nav>
        <article class="act">\(body)</article>
        """)
    }

    /// Units as HTML: headings for articles and above, paragraphs for the rest; each element
    /// has the unit's eId as its `id` (a permalink: `…#art_8__para_2`).
    static func unitsHTML(_ root: StructuralUnit, act: Act, work: String, language: Language, notes: Bool, ui: ReportLocale, base: String, ids: Bool = true,
                          marks: [EId: [String]] = [:], elsewhere: (String) -> String? = { _ in nil }) -> String {
        var out = ""
        func walk(_ u: StructuralUnit, depth: Int) {
            if u.kind != .act {
                let id = ids ? " id=\"\(h(u.eId.rawValue))\"" : ""
                let label = PlainText.label(u, language: language)
                let ref = u.eId.rawValue.addingPercentEncoding(withAllowedCharacters: Pages.queryValue) ?? ""
                let tools = ids ? "<span class=\"tools no-print\"><a href=\"\(base)/history?lang=\(language.rawValue)&amp;ref=\(ref)\">\(h(UI.history[ui]))</a> · <a href=\"\(base)/cites?lang=\(language.rawValue)&amp;ref=\(ref)\">\(h(UI.citedBy[ui]))</a></span>" : ""
                if [.part, .chapter, .subchapter, .article].contains(u.kind) {
                    out += "<h3\(id)>\(h([label, u.heading ?? ""].filter { !$0.isEmpty }.joined(separator: " ")))\(tools)</h3>"
                    if !u.text.isEmpty { out += "<p class=\"unit\">\(linked(u.text, u.citations.filter { !$0.inWrapUp }, elsewhere))</p>" }
                } else {
                    out += "<p class=\"unit\"\(id) style=\"margin-left:\(Double(max(depth - 1, 0)) * 1.5)em\">\(label.isEmpty ? "" : "<b>\(h(label))</b> ")\(linked(u.text, u.citations.filter { !$0.inWrapUp }, elsewhere))\(tools)</p>"
                }
                if notes { for n in u.notes { out += "<p class=\"note\">\(h(n.text))</p>" } }
                for m in marks[u.eId] ?? [] { out += "<p class=\"parity\" role=\"note\">⚠ \(h(m))</p>" }
            }
            let below = [.part, .chapter, .subchapter, .article, .act].contains(u.kind) ? depth : depth + 1
            for c in u.children { walk(c, depth: below) }
            if let w = u.wrapUp { out += "<p class=\"unit\">\(linked(w, u.citations.filter(\.inWrapUp), elsewhere))</p>" }
        }
        walk(root, depth: 0)
        return out
    }

    /// A unit's words with its citations as links: to the units of this act they name, or to the
    /// other act of the library they name (`elsewhere` finds it by its title).
    static func linked(_ text: String, _ citations: [Citation], _ elsewhere: (String) -> String?) -> String {
        // most units cite nothing: their words are only escaped
        if citations.isEmpty { return h(text) }
        let scalars = Array(text.unicodeScalars)
        var out = "", at = 0
        for c in citations.sorted(by: { $0.start < $1.start }) where c.start >= at && c.end <= scalars.count {
            out += h(String(String.UnicodeScalarView(scalars[at..<c.start])))
            let words = h(String(String.UnicodeScalarView(scalars[c.start..<c.end])))
            if c.status == .resolved, let target = c.target ?? c.targets.first {
                out += "<a href=\"#\(h(target.rawValue))\">\(words)</a>"
            } else if c.status == .external, let named = c.external, let page = elsewhere(named) {
                out += "<a href=\"\(h(page))\">\(words)</a>"
            } else { out += words }
            at = c.end
        }
        return out + h(String(String.UnicodeScalarView(scalars[min(at, scalars.count)...])))
    }

    static func history(_ request: Request, _ context: WorkspaceContext, _ config: WorkspaceConfig) -> Response {
        let ui = context.ui, q = request.uri.queryParameters
        let work = Pages.work(context), ref = q.get("ref") ?? ""
        let language = q.get("lang").flatMap(Language.init(rawValue:)) ?? .ru
        do {
            let (_, report) = try LibraryUseCase.history(work: work, reference: ref, language: language, library: config.library, format: .text,
                                                         locale: ui.rawValue, config.environment(locale: ui.rawValue))
            return Pages.html(context, title: Message(verbatim: "\(work) — \(ref)"), path: "/", "<pre>\(h(String(decoding: try report.bytes(), as: UTF8.self)))</pre>")
        } catch let e as ServiceError {
            return Pages.html(context, title: Message(verbatim: work), path: "/", status: .notFound, Pages.refusal(e))
        } catch { return Pages.error(context, .internalServerError, "\(error)") }
    }

    static func cites(_ request: Request, _ context: WorkspaceContext, _ config: WorkspaceConfig) -> Response {
        let ui = context.ui, q = request.uri.queryParameters
        let work = Pages.work(context), ref = q.get("ref") ?? ""
        let language = q.get("lang").flatMap(Language.init(rawValue:)) ?? .ru
        do {
            let (units, _) = try LibraryUseCase.cites(work: work, reference: ref, language: language, asOf: q.get("asOf"), library: config.library,
                                                      format: .text, locale: ui.rawValue, config.environment(locale: ui.rawValue))
            let list = units.isEmpty ? "<p>\(h(UI.noHits[ui]))</p>" : "<ul>" + units.map { u -> String in
                "<li><a href=\"/works/\(h(u.work))?lang=\(u.language.rawValue)#\(h(u.eId.rawValue))\">\(h(u.label))</a> — \(h(u.work)): \(h(u.text))</li>"
            }.joined() + "</ul>"
            return Pages.html(context, title: Message(verbatim: "\(UI.citedBy[ui]): \(ref)"), path: "/", list)
        } catch { return Pages.html(context, title: Message(verbatim: work), path: "/", status: .notFound, Pages.refusal(error)) }
    }
}
