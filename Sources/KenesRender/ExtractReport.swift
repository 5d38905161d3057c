import Foundation
import KenesAct
import KenesFormats
import KenesExtract

/// Extracts and whole courses as Markdown, print-ready HTML (A4, a page per module) and DOCX.
public enum ExtractRenderer {
    /// One extract as a course of one module.
    public static func course(of e: Extract, title: String? = nil) -> Course {
        Course(title: title ?? e.main.title, audience: nil, modules: [Course.Module(title: "", note: nil, refs: "", extract: e)])
    }

    /// The furniture of an extract: in `locale` when one is asked for, else in the language of
    /// the act (or glossary) it describes.
    static func words(_ lang: Language, _ locale: ReportLocale?) -> (glossary: String, noTerms: String, asOf: String, synthetic: String, excerpt: String, contents: String, only: String) {
        switch locale ?? ReportLocale(lang) {
        case .kk: ("Терминдер", "анықтамалары бар терминдер жоқ", "редакциясы", "СИНТЕТИКАЛЫҚ МӘТІН — нақты акт емес", "үзінді", "Мазмұны", "тек бір тілде")
        case .ru: ("Глоссарий", "определений терминов нет", "редакция", "СИНТЕТИЧЕСКИЙ ТЕКСТ — не действующий акт", "извлечение", "Содержание", "только на одном языке")
        case .en: ("Glossary", "no defined terms", "text as at", "SYNTHETIC TEXT — not an act in force", "excerpt", "Contents", "in one language only")
        }
    }

    /// «Закон «…» № 383-V от 2015-11-02 · текст по состоянию на … · извлечение»
    static func card(_ c: ActCard, _ locale: ReportLocale?) -> String {
        let w = words(c.language, locale)
        var parts = [c.title]
        if let n = c.number { parts[0] += " № \(n)" }
        if let d = c.date { parts[0] += [ReportLocale.ru: " от \(d)", .kk: ", \(d)", .en: " of \(d)"][locale ?? ReportLocale(c.language)]! }
        if let e = c.edition { parts.append("\(w.asOf): \(e)") }
        if c.excerpt { parts.append(w.excerpt) }
        if c.synthetic { parts.append(w.synthetic) }
        return parts.joined(separator: " · ")
    }

    /// A unit and its children as lines: (depth, label, heading-or-text) — what every format lays out.
    static func lines(_ u: StructuralUnit, _ lang: Language, depth: Int = 0) -> [(Int, String, String, Bool)] {
        var out: [(Int, String, String, Bool)] = []
        let label = PlainText.label(u, language: lang)
        let isHeading = [.part, .chapter, .subchapter, .article].contains(u.kind)
        if isHeading { out.append((depth, label, u.heading ?? "", true)) }
        let text = u.text.split(separator: "\n").map(String.init)
        if !isHeading, let first = text.first { out.append((depth, label, first, false)) }
        for t in (isHeading ? text : Array(text.dropFirst())) { out.append((depth, "", t, false)) }
        if !isHeading && text.isEmpty && !label.isEmpty { out.append((depth, label, "", false)) }
        for n in u.notes { out.append((depth, "", "⟨\(n.text)⟩", false)) }
        for c in u.children { out += lines(c, lang, depth: depth + (isHeading ? 0 : 1)) }
        // closing words after the subclauses, at the unit's own depth
        for t in u.wrapUp?.split(separator: "\n") ?? [] { out.append((depth, "", String(t), false)) }
        return out
    }

    static func glossaryEntries(_ g: Glossary?) -> [(Glossary, [Glossary.Entry])] {
        guard let g else { return [] }
        return [(g, g.entries)] + (g.parallel.map { [($0, $0.entries)] } ?? [])
    }

    /// The article an item sits in, when the item is a clause of it: the extract names it once
    /// before its first clause.
    static func article(of item: ExtractItem) -> StructuralUnit? {
        guard item.main?.kind != .article, let a = item.path.last(where: { $0.kind == .article }) else { return nil }
        return a
    }

    static func articleTitle(_ a: StructuralUnit, _ lang: Language) -> String {
        [PlainText.label(a, language: lang), a.heading ?? ""].filter { !$0.isEmpty }.joined(separator: " ")
    }

    // MARK: Markdown

    static func md(_ s: String) -> String { Escaping.markdown(s) }

    public static func markdown(_ c: Course, locale: ReportLocale? = nil) -> String { String(writing: { writeMarkdown(c, locale: locale, into: &$0) }) }

    public static func writeMarkdown(_ c: Course, locale: ReportLocale? = nil, into w: inout ByteWriter) {
        w.lines { out in
            out += ["# \(md(c.title))"]
            if let a = c.audience { out += ["", "_\(md(a))_"] }
            for m in c.modules {
                let e = m.extract
                if !m.title.isEmpty { out += ["", "## \(md(m.title))"] }
                if let n = m.note { out += ["", md(n)] }
                out += ["", "_" + md(card(e.main, locale)) + "_"]
                if let p = e.parallel { out += ["", "_" + md(card(p, locale)) + "_"] }
                var lastArticle: EId?
                for item in e.items {
                    out.append("")
                    if let a = article(of: item), a.eId != lastArticle {
                        out += ["### " + md(articleTitle(a, e.main.language)) + (e.parallel.map { " / " + PlainText.label(a, language: $0.language) } ?? ""), ""]
                    }
                    lastArticle = article(of: item)?.eId ?? item.main?.eId
                    if let p = e.parallel {
                        out += ["| \(e.main.language.rawValue) | \(p.language.rawValue) |", "|---|---|"]
                        let l = item.main.map { lines($0, e.main.language) } ?? [], r = item.parallel.map { lines($0, p.language) } ?? []
                        for i in 0..<max(l.count, r.count) {
                            func cell(_ x: [(Int, String, String, Bool)]) -> String {
                                guard i < x.count else { return "—" }
                                let (_, label, text, heading) = x[i]
                                let s = [label.isEmpty ? "" : "**\(md(label))**", md(text)].filter { !$0.isEmpty }.joined(separator: " ")
                                return heading ? "**\(s)**" : s
                            }
                            out.append("| \(cell(l)) | \(cell(r)) |")
                        }
                    } else if let u = item.main {
                        for (depth, label, text, heading) in lines(u, e.main.language) {
                            if heading { out += ["### " + md([label, text].filter { !$0.isEmpty }.joined(separator: " ")), ""]; continue }
                            let indent = String(repeating: "  ", count: depth)
                            out.append(indent + [label.isEmpty ? "" : "**\(md(label))**", md(text)].filter { !$0.isEmpty }.joined(separator: " ") + "  ")
                        }
                    }
                }
                if !e.mismatches.isEmpty {
                    out += ["", "> " + words(e.main.language, locale).only + ": " + md(e.mismatches.joined(separator: "; "))]
                }
            }
            for (title, g) in glossaries(c) {
                let w = words(g.language, locale)
                out += ["", "## \(w.glossary): \(md(title)) (\(g.language.rawValue))", ""]
                if g.entries.isEmpty { out.append("_\(w.noTerms)_") }
                out += g.entries.map { "- **\(md($0.term))** — \(md($0.definition))" }
            }
        }
    }

    /// The course's glossaries, one per act and language, terms of all its modules merged.
    public static func glossaries(_ c: Course) -> [(String, Glossary)] {
        var order: [String] = []
        var merged: [String: (String, Glossary)] = [:]
        for m in c.modules {
            let e = m.extract
            let cards = [e.main] + (e.parallel.map { [$0] } ?? [])
            for (card, g) in zip(cards, glossaryEntries(e.glossary).map(\.0)) {
                if case (let title, var have)? = merged[card.file] {
                    for en in g.entries where !have.entries.contains(en) { have.entries.append(en) }
                    merged[card.file] = (title, have)
                    _ = title
                } else {
                    merged[card.file] = (card.title, g); order.append(card.file)
                }
            }
        }
        return order.map { merged[$0]! }
    }

    // MARK: HTML


    static func htmlUnit(_ u: StructuralUnit, _ lang: Language) -> String {
        lines(u, lang).map { depth, label, text, heading in
            if heading { return "<h3>\(Escaping.xml([label, text].filter { !$0.isEmpty }.joined(separator: " ")))</h3>" }
            let note = text.hasPrefix("⟨")
            return "<p class=\"\(note ? "note" : "unit")\" style=\"margin-left:\(Double(depth) * 1.5)em\">" + (label.isEmpty ? "" : "<b>\(Escaping.xml(label))</b> ") + Escaping.xml(text) + "</p>"
        }.joined(separator: "\n")
    }

    public static func html(_ c: Course, locale: ReportLocale? = nil) -> String {
        let lang = c.modules.first?.extract.main.language ?? .ru
        let w = words(lang, locale)
        var toc = "", body = ByteWriter()
        for (i, m) in c.modules.enumerated() {
            let e = m.extract
            let id = "m\(i + 1)"
            if !m.title.isEmpty { toc += "<li><a href=\"#\(id)\">\(Escaping.xml(m.title))</a></li>\n" }
            body.append("<section class=\"module\" id=\"\(id)\">\n")
            if !m.title.isEmpty { body.append("<h2>\(i + 1). \(Escaping.xml(m.title))</h2>\n") }
            if let n = m.note { body.append("<p class=\"lead\">\(Escaping.xml(n))</p>\n") }
            body.append("<p class=\"card\">\(Escaping.xml(card(e.main, locale)))" + (e.parallel.map { "<br>\(Escaping.xml(card($0, locale)))" } ?? "") + "</p>\n")
            var lastArticle: EId?
            // side by side: one table per module, a heading row for each article
            if let p = e.parallel {
                body.append("<table class=\"parallel\"><tr><th>\(e.main.language == .kk ? "Қазақша" : "На русском языке")</th><th>\(p.language == .kk ? "Қазақша" : "На русском языке")</th></tr>\n")
            }
            for item in e.items {
                if let a = article(of: item), a.eId != lastArticle {
                    if let p = e.parallel {
                        body.append("<tr class=\"article\"><td>\(Escaping.xml(articleTitle(a, e.main.language)))</td><td>\(Escaping.xml(PlainText.label(a, language: p.language)))</td></tr>\n")
                    } else {
                        body.append("<h3>\(Escaping.xml(articleTitle(a, e.main.language)))</h3>\n")
                    }
                }
                lastArticle = article(of: item)?.eId ?? item.main?.eId
                if let p = e.parallel {
                    body.append("<tr><td>\(item.main.map { htmlUnit($0, e.main.language) } ?? "—")</td><td>\(item.parallel.map { htmlUnit($0, p.language) } ?? "—")</td></tr>\n")
                } else if let u = item.main {
                    body.append(htmlUnit(u, e.main.language) + "\n")
                }
            }
            if e.parallel != nil { body.append("</table>\n") }
            if !e.mismatches.isEmpty { body.append("<p class=\"warn\">\(Escaping.xml(words(e.main.language, locale).only)): \(Escaping.xml(e.mismatches.joined(separator: "; ")))</p>\n") }
            body.append("</section>\n")
        }
        let glossary = glossaries(c)
        if !glossary.isEmpty {
            body.append("<section class=\"module\" id=\"glossary\"><h2>\(Escaping.xml(w.glossary))</h2>\n")
            for (title, g) in glossary {
                let gw = words(g.language, locale)
                body.append("<h3>\(Escaping.xml(title)) (\(g.language.rawValue))</h3>\n")
                body.append(g.entries.isEmpty ? "<p><i>\(Escaping.xml(gw.noTerms))</i></p>\n"
                    : "<dl>" + g.entries.map { "<dt>\(Escaping.xml($0.term))</dt><dd>\(Escaping.xml($0.definition))</dd>" }.joined() + "</dl>\n")
            }
            body.append("</section>\n")
            toc += "<li><a href=\"#glossary\">\(Escaping.xml(w.glossary))</a></li>\n"
        }
        return """
        <!DOCTYPE html>
        <html lang="\(lang.rawValue)"><head><meta charset="utf-8"><title>\(Escaping.xml(c.title))</title>
        <style>
        body{font-family:"PT Serif","Times New Roman",serif;font-size:12pt;max-width:48em;margin:2em auto;color:#111;line-height:1.45}
        h1{font-size:18pt;margin-bottom:.2em} h2{font-size:14pt;margin-top:0} h3{font-size:12pt;margin:1em 0 .3em}
        .audience{font-style:italic} .card{font-size:10pt;color:#444;border-left:3px solid #999;padding-left:.6em}
        .lead{font-style:italic} p.unit{margin:.25em 0} p.note{font-size:10pt;color:#555;margin:.2em 0}
        .warn{color:#a00} dt{font-weight:bold} dd{margin:0 0 .5em 1.5em}
        table.parallel{border-collapse:collapse;width:100%;margin:.5em 0;table-layout:fixed} tr.article td{font-weight:bold;background:#f3f3f3} table.parallel td,table.parallel th{border:1px solid #999;vertical-align:top;padding:.3em .5em}
        nav{margin:1em 0 2em} section.module{margin-top:2em}
        @page{size:A4;margin:2cm} @media print{body{max-width:none;margin:0} section.module{break-before:page} nav{break-after:page} tr,dd,p{break-inside:avoid}}
        </style></head><body>
        <h1>\(Escaping.xml(c.title))</h1>
        \(c.audience.map { "<p class=\"audience\">\(Escaping.xml($0))</p>" } ?? "")
        \(toc.isEmpty ? "" : "<nav><h2>\(Escaping.xml(w.contents))</h2><ol>\n\(toc)</ol></nav>")

        """ + body.string + "</body></html>\n"
    }

    // MARK: DOCX

    public static func docx(_ c: Course, locale: ReportLocale? = nil) throws -> Data {
        var body = ByteWriter()
        let w0 = words(c.modules.first?.extract.main.language ?? .ru, locale)
        body.append(Docx.documentStart)
        body.append(Docx.paragraph(Docx.run(c.title, bold: true), center: true, keepNext: true))
        if let a = c.audience { body.append(Docx.paragraph(Docx.run(a, italic: true), center: true)) }
        // the table of contents: the modules by number, as the HTML's
        let titled = c.modules.enumerated().filter { !$0.element.title.isEmpty }
        if titled.count > 1 {
            body.append(Docx.paragraph(Docx.run(w0.contents, bold: true), keepNext: true))
            for (i, m) in titled { body.append(Docx.paragraph(Docx.run("\(i + 1). \(m.title)"), indentTwips: 360)) }
        }
        for (i, m) in c.modules.enumerated() {
            let e = m.extract
            if !m.title.isEmpty { body.append(Docx.paragraph(Docx.run("\(i + 1). \(m.title)", bold: true), pageBreakBefore: i > 0 || titled.count > 1, keepNext: true)) }
            if let n = m.note { body.append(Docx.paragraph(Docx.run(n, italic: true), keepNext: true)) }
            body.append(Docx.paragraph(Docx.run(card(e.main, locale), italic: true), keepNext: true))
            if let p = e.parallel { body.append(Docx.paragraph(Docx.run(card(p, locale), italic: true), keepNext: true)) }
            func paragraphs(_ u: StructuralUnit, _ lang: Language) -> String {
                lines(u, lang).map { depth, label, text, heading in
                    // no keep-with-next inside a table cell: LibreOffice then keeps the whole row
                    // on one page, leaving the page before it half empty
                    if heading { return Docx.paragraph(Docx.run([label, text].filter { !$0.isEmpty }.joined(separator: " "), bold: true)) }
                    return Docx.paragraph((label.isEmpty ? "" : Docx.run(label + " ", bold: true)) + Docx.run(text), indentTwips: depth * 360)
                }.joined()
            }
            // one table per module: the article's title spanning the columns, then its units;
            // side by side with the other language under its own heading
            var rows: [[String]] = []
            var lastArticle: EId?
            for item in e.items {
                if let a = article(of: item), a.eId != lastArticle {
                    rows.append([Docx.paragraph(Docx.run(articleTitle(a, e.main.language) + (e.parallel.map { " / " + PlainText.label(a, language: $0.language) } ?? ""), bold: true))])
                }
                lastArticle = article(of: item)?.eId ?? item.main?.eId
                if let p = e.parallel {
                    rows.append([item.main.map { paragraphs($0, e.main.language) } ?? "", item.parallel.map { paragraphs($0, p.language) } ?? ""])
                } else {
                    rows.append([item.main.map { paragraphs($0, e.main.language) } ?? ""])
                }
            }
            let textHeading = { (l: Language) in l == .kk ? "Қазақ тіліндегі мәтін" : "Текст на русском языке" }
            if let p = e.parallel {
                body.append(Docx.table(widths: [4800, 4800], header: [textHeading(e.main.language), textHeading(p.language)], rows: rows))
            } else {
                body.append(Docx.table(widths: [9600], header: [textHeading(e.main.language)], rows: rows))
            }
            body.append(Docx.paragraph(""))
        }
        for (title, g) in glossaries(c) {
            let w = words(g.language, locale)
            body.append(Docx.paragraph(Docx.run("\(w.glossary): \(title) (\(g.language.rawValue))", bold: true), keepNext: true))
            if g.entries.isEmpty { body.append(Docx.paragraph(Docx.run(w.noTerms, italic: true))) }
            for en in g.entries { body.append(Docx.paragraph(Docx.run(en.term, bold: true) + Docx.run(" — " + en.definition))) }
        }
        body.append(Docx.documentEnd(landscape: false))
        return try Docx.package(body.bytes)
    }
}
