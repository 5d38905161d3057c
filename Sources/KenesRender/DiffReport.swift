import Foundation
import KenesAct
import KenesFormats
import KenesDiff

/// Diffs as text (like `git diff --word-diff`), JSON, Markdown and self-contained HTML.
public enum DiffRenderer {
    static func label(_ c: Change, _ lang: Language) -> String { Vocabulary.citation(path: c.path, lang) }

    /// «дополнено: 2, удалено: 1, …; без изменений: 76»
    public static func summary(_ d: ActDiff, locale: ReportLocale) -> String { DiffMessages.summary(d)[locale] }

    /// Word edits inline: [-deleted-]{+inserted+}, or red and green when `color`.
    static func inline(_ edits: [WordEdit], color: Bool) -> String {
        edits.map { e in
            switch e.op {
            case .equal: e.text
            case .delete: color ? "\u{1B}[31m[-\(e.text)-]\u{1B}[0m" : "[-\(e.text)-]"
            case .insert: color ? "\u{1B}[32m{+\(e.text)+}\u{1B}[0m" : "{+\(e.text)+}"
            }
        }.joined()
    }

    static func unitText(_ u: StructuralUnit, language: Language) -> String {
        PlainText.unit(u, language: language)
    }

    public static func text(_ d: ActDiff, color: Bool = false, locale: ReportLocale) -> String {
        String(writing: { writeText(d, color: color, locale: locale, into: &$0) })
    }

    public static func writeText(_ d: ActDiff, color: Bool = false, locale: ReportLocale, into w: inout ByteWriter) {
        w.lines { out in text(d, color: color, locale: locale, into: &out) }
    }

    static func text(_ d: ActDiff, color: Bool, locale l: ReportLocale, into out: inout LineWriter) {
        let lang = d.language
        func ids(_ c: Change) -> String {
            switch (c.old, c.new) {
            case let (o?, n?) where o != n: "[\(o) → \(n)]"
            case let (o?, _): "[\(o)]"
            case let (_, n?): "[\(n)]"
            default: ""
            }
        }
        for c in d.changes {
            out.append("\(DiffMessages.kind(c.kind)[l])  \(label(c, lang))  \(ids(c))")
            switch c.kind {
            case .invisible:
                out += characters(c, l).map { "  " + $0 }
            case .inserted:
                let body = c.inserted.map { unitText($0, language: lang) } ?? (c.newText ?? "")
                out += body.split(separator: "\n").map { "  " + (color ? "\u{1B}[32m{+\($0)+}\u{1B}[0m" : "{+\($0)+}") }
                out.append("  (\(DiffMessages.place(parent: c.parent, after: c.after)[l]))")
            case .deleted:
                out += ((c.oldHeading.map { [$0] } ?? []) + ((c.oldText ?? "") + (c.oldWrapUp.map { "\n" + $0 } ?? "")).split(separator: "\n").map(String.init))
                    .map { "  " + (color ? "\u{1B}[31m[-\($0)-]\u{1B}[0m" : "[-\($0)-]") }
            case .renumbered:
                out.append("  \(c.oldNum ?? "") → \(c.newNum ?? "")")
            case .heading:
                out.append("  " + inline([WordEdit(op: .delete, text: c.oldHeading ?? ""), WordEdit(op: .insert, text: c.newHeading ?? "")], color: color))
            case .moved:
                out.append("  \(DiffMessages.nowUnder[l]) \(DiffMessages.place(parent: c.parent, after: c.after)[l])\(c.oldNum != c.newNum ? "; \(c.oldNum ?? "") → \(c.newNum ?? "")" : "")")
                if !c.edits.isEmpty { out.append("  " + inline(c.edits, color: color)) }
            case .modified, .excluded:
                if c.oldHeading != c.newHeading {
                    out.append("  " + inline([WordEdit(op: .delete, text: c.oldHeading ?? ""), WordEdit(op: .insert, text: c.newHeading ?? "")], color: color))
                }
                if c.coarse { out.append("  (\(DiffMessages.coarse[l]))") }
                if !c.edits.isEmpty { out.append("  " + inline(c.edits, color: color).replacingOccurrences(of: "\n", with: "\n  ")) }
                if !c.wrapUpEdits.isEmpty {
                    out.append("  \(DiffMessages.closingWords[l]): " + inline(c.wrapUpEdits, color: color).replacingOccurrences(of: "\n", with: "\n  "))
                }
                if c.oldNotes != c.newNotes && d.options.notes {
                    out.append("  \(DiffMessages.notes[l]): " + inline([WordEdit(op: .delete, text: c.oldNotes.map(\.text).joined(separator: " ")),
                                                     WordEdit(op: .insert, text: c.newNotes.map(\.text).joined(separator: " "))], color: color))
                }
            }
            out.append("")
        }
        out.append(summary(d, locale: l))
    }

    public static func json(_ d: ActDiff, locale: ReportLocale? = nil) -> String { String(writing: { writeJSON(d, locale: locale, into: &$0) }) }

    /// `locale` names the language of the words a person reads (`summaryText`, `kindLabel`);
    /// keys and enumerations stay as they are.
    public static func writeJSON(_ d: ActDiff, locale: ReportLocale? = nil, into out: inout ByteWriter) {
        out.json { w in json(d, locale: locale ?? ReportLocale(d.language), into: &w) }
    }

    static func json(_ d: ActDiff, locale: ReportLocale, into w: inout JSONWriter) {
        w.object { o in
            o.member("schema", "kenes-diff/1")
            o.member("locale", locale.rawValue)
            o.member("old") { w in meta(&w, d.old) }
            o.member("new") { w in meta(&w, d.new) }
            o.member("options") { w in
                w.object { o in
                    o.member("notes", d.options.notes)
                    o.member("ignoreTypography", d.options.ignoreTypography)
                }
            }
            o.member("summary") { w in
                w.object { o in
                    for k in ChangeKind.allCases { o.member(dynamic: k.rawValue) { $0.value(d.count(k)) } }
                    o.member("unchanged", d.unchanged)
                }
            }
            o.member("summaryText", DiffMessages.summary(d)[locale])
            o.member("changes") { w in
                w.array(d.changes) { w, c in
                    w.object { o in
                        o.member("kind", c.kind.rawValue)
                        o.member("kindLabel", DiffMessages.kind(c.kind)[locale])
                        o.member("type", c.unitKind.rawValue)
                        o.member("label", label(c, d.language))
                        o.member("old", c.old)
                        o.member("new", c.new)
                        o.member("oldNum", c.oldNum)
                        o.member("newNum", c.newNum)
                        o.member("oldHeading", c.oldHeading)
                        o.member("newHeading", c.newHeading)
                        o.member("oldText", c.oldText)
                        o.member("newText", c.newText)
                        o.member("edits") { w in edits(&w, c.edits) }
                        o.member("oldWrapUp", c.oldWrapUp)
                        o.member("newWrapUp", c.newWrapUp)
                        o.member("wrapUpEdits") { w in edits(&w, c.wrapUpEdits) }
                        o.member("characters") { w in
                            w.array(c.characters.indices) { w, k in
                                w.object { o in
                                    o.member("old", c.characters[k].old.map(TextIntegrity.describe))
                                    o.member("new", c.characters[k].new.map(TextIntegrity.describe))
                                }
                            }
                        }
                        o.member("coarse", c.coarse)
                        o.member("parent", c.parent)
                        o.member("after", c.after)
                        o.member("oldLine", c.oldLine)
                        o.member("newLine", c.newLine)
                        if d.options.notes {
                            o.member("oldNotes") { w in w.array(c.oldNotes) { w, n in ActJSON.note(&w, n) } }
                            o.member("newNotes") { w in w.array(c.newNotes) { w, n in ActJSON.note(&w, n) } }
                        }
                        if let u = c.inserted { o.member("unit") { w in ActJSON.unit(&w, UnitValueTree(), u) } }
                    }
                }
            }
        }
    }

    static func edits(_ w: inout JSONWriter, _ edits: [WordEdit]) {
        w.array(edits) { w, e in
            w.object { o in
                o.member("op", e.op.rawValue)
                o.member("text", e.text)
            }
        }
    }

    static func meta(_ w: inout JSONWriter, _ act: Act) {
        w.object { o in
            o.member("file", act.fileName)
            o.member("title", act.metadata.title)
            o.member("number", act.metadata.number)
            o.member("date", act.metadata.date)
            o.member("editionDate", act.metadata.editionDate)
            o.member("language", act.metadata.language.rawValue)
        }
    }

    /// Markdown emphasis must hug its words: white space goes outside the markers.
    static func wrap(_ t: String, _ marker: String) -> String {
        let core = t.trimmingCharacters(in: .whitespaces)
        guard !core.isEmpty else { return t }
        let lead = t.prefix { $0 == " " }, trail = String(t.reversed().prefix { $0 == " " })
        return lead + marker + core + marker + trail
    }

    static func md(_ edits: [WordEdit]) -> String {
        edits.map { e in
            let t = Escaping.markdown(e.text.replacingOccurrences(of: "\n", with: " "))
            switch e.op {
            case .equal: return t
            case .delete: return wrap(t, "~~")
            case .insert: return wrap(t, "**")
            }
        }.joined()
    }

    static func mdBlock(_ text: String, _ marker: String) -> String {
        text.split(separator: "\n").map { wrap(Escaping.markdown(String($0)), marker).trimmingCharacters(in: .whitespaces) }.joined(separator: "  \n")
    }

    public static func markdown(_ d: ActDiff, locale: ReportLocale) -> String { String(writing: { writeMarkdown(d, locale: locale, into: &$0) }) }

    public static func writeMarkdown(_ d: ActDiff, locale: ReportLocale, into w: inout ByteWriter) {
        w.lines { out in markdown(d, locale: locale, into: &out) }
    }

    static func markdown(_ d: ActDiff, locale l: ReportLocale, into out: inout LineWriter) {
        let lang = d.language
        out += ["# \(Escaping.markdown(d.new.metadata.title ?? d.new.fileName)): \(DiffMessages.changes[l])", "",
                "_\(Escaping.markdown(d.old.fileName)) → \(Escaping.markdown(d.new.fileName)) · \(summary(d, locale: l))_"]
        for c in d.changes {
            out += ["", "## \(DiffMessages.kind(c.kind)[l]): \(label(c, lang))", ""]
            switch c.kind {
            case .invisible: out.append(characters(c, l).map { "- " + Escaping.markdown($0) }.joined(separator: "\n"))
            case .inserted: out.append(mdBlock(c.inserted.map { unitText($0, language: lang) } ?? c.newText ?? "", "**"))
            case .deleted: out.append(mdBlock(c.oldText ?? c.oldHeading ?? "", "~~"))
            case .renumbered: out.append("\(c.oldNum ?? "") → \(c.newNum ?? "") (`\(c.old ?? "")` → `\(c.new ?? "")`)")
            case .heading: out.append("~~\(Escaping.markdown(c.oldHeading ?? ""))~~ **\(Escaping.markdown(c.newHeading ?? ""))**")
            case .moved: out.append(DiffMessages.movedFrom(c.old, to: c.new)[l] + (c.edits.isEmpty ? "" : " " + md(c.edits)))
            case .modified, .excluded:
                if !c.edits.isEmpty || c.wrapUpEdits.isEmpty { out.append((c.coarse ? "_\(DiffMessages.coarse[l])_ " : "") + md(c.edits)) }
                if !c.wrapUpEdits.isEmpty { out += ["", "_\(DiffMessages.closingWords[l]):_ " + md(c.wrapUpEdits)] }
            }
        }
    }


    /// «U+00AD SOFT HYPHEN removed», «U+0043 LATIN CAPITAL LETTER C → U+0421 CYRILLIC CAPITAL
    /// LETTER ES»: an invisible change, character by character.
    static func characters(_ c: Change, _ l: ReportLocale) -> [String] {
        c.characters.map { old, new in
            switch (old, new) {
            case let (o?, n?): "\(TextIntegrity.describe(o)) → \(TextIntegrity.describe(n))"
            case let (o?, nil): "\(TextIntegrity.describe(o)) \(DiffMessages.removed[l])"
            case let (nil, n?): "\(TextIntegrity.describe(n)) \(DiffMessages.added[l])"
            default: ""
            }
        }
    }

    static func htmlEdits(_ edits: [WordEdit], side: WordEdit.Op?) -> String {
        edits.compactMap { e -> String? in
            let t = Escaping.xml(e.text).replacingOccurrences(of: "\n", with: "<br>")
            switch e.op {
            case .equal: return t
            case .delete: return side == .insert ? nil : "<del>\(t)</del>"
            case .insert: return side == .delete ? nil : "<ins>\(t)</ins>"
            }
        }.joined()
    }

    static let css = """
    body{font-family:"PT Serif",Georgia,serif;max-width:70em;margin:2em auto;color:#111;line-height:1.4}
    h1{font-size:1.3em} h2{font-size:1.05em;margin-top:1.6em;border-top:1px solid #ccc;padding-top:.6em}
    ins{background:#dfd;text-decoration:none;font-weight:bold} del{background:#fdd}
    table{border-collapse:collapse;width:100%} td,th{border:1px solid #888;padding:.4em;vertical-align:top;text-align:left}
    .kind{font-variant:small-caps;color:#555} nav li{margin:.1em 0} code{font-size:.85em;color:#555}
    @media print{body{margin:1cm;max-width:none} nav{display:none} tr,h2{break-inside:avoid} ins{background:none} del{background:none}}
    """

    /// One self-contained page: a table of contents of the changed units, then each change side by side.
    public static func html(_ d: ActDiff, locale: ReportLocale) -> String { String(writing: { writeHTML(d, locale: locale, into: &$0) }) }

    public static func writeHTML(_ d: ActDiff, locale l: ReportLocale, into out: inout ByteWriter) {
        let lang = d.language
        let title = Escaping.xml(d.new.metadata.title ?? d.new.fileName)
        out.append("""
        <!DOCTYPE html>
        <html lang="\(l.rawValue)"><head><meta charset="utf-8"><title>\(title)</title>
        <style>\(css)</style></head><body>
        <h1>\(title)</h1>
        <p>\(Escaping.xml(d.old.fileName)) → \(Escaping.xml(d.new.fileName))<br>\(Escaping.xml(summary(d, locale: l)))</p>
        <nav><ol>

        """)
        for (i, c) in d.changes.enumerated() {
            out.append("<li><a href=\"#c\(i + 1)\">\(Escaping.xml(label(c, lang)))</a> <span class=\"kind\">\(Escaping.xml(DiffMessages.kind(c.kind)[l]))</span></li>\n")
        }
        out.append("</ol></nav>\n")
        for (i, c) in d.changes.enumerated() {
            var left = "", right = ""
            switch c.kind {
            case .inserted: right = "<ins>\(Escaping.xml(c.inserted.map { unitText($0, language: lang) } ?? c.newText ?? "").replacingOccurrences(of: "\n", with: "<br>"))</ins>"
            case .deleted: left = "<del>\(Escaping.xml([c.oldHeading, c.oldText].compactMap { $0 }.joined(separator: "\n")).replacingOccurrences(of: "\n", with: "<br>"))</del>"
            case .renumbered: left = Escaping.xml(c.oldNum ?? ""); right = Escaping.xml(c.newNum ?? "")
            case .heading: left = "<del>\(Escaping.xml(c.oldHeading ?? ""))</del>"; right = "<ins>\(Escaping.xml(c.newHeading ?? ""))</ins>"
            case .invisible:
                left = Escaping.xml(c.oldText ?? "")
                right = characters(c, l).map(Escaping.xml).joined(separator: "<br>")
            default:
                left = c.edits.isEmpty ? Escaping.xml(c.oldText ?? "") : htmlEdits(c.edits, side: .delete)
                right = c.edits.isEmpty ? Escaping.xml(c.newText ?? "") : htmlEdits(c.edits, side: .insert)
                if !c.wrapUpEdits.isEmpty {
                    // the subclauses between are unchanged: an ellipsis stands for them
                    left += "<br>…<br>" + htmlEdits(c.wrapUpEdits, side: .delete)
                    right += "<br>…<br>" + htmlEdits(c.wrapUpEdits, side: .insert)
                }
            }
            out.append("""
            <h2 id="c\(i + 1)">\(Escaping.xml(label(c, lang))) <span class="kind">\(Escaping.xml(DiffMessages.kind(c.kind)[l]))</span> <code>\(Escaping.xml(c.old == c.new ? (c.new?.rawValue ?? "") : [c.old, c.new].compactMap { $0?.rawValue }.joined(separator: " → ")))</code></h2>
            <table><tr><th>\(DiffMessages.inForce[l])</th><th>\(DiffMessages.proposed[l])</th></tr>
            <tr><td>\(left)</td><td>\(right)</td></tr></table>

            """)
        }
        out.append("</body></html>\n")
    }
}
