import KenesAct
import KenesFormats
import KenesParity

/// The findings of `kenes parity`: text, JSON (`kenes-parity/1`, schema/parity.schema.json),
/// Markdown and one self-contained HTML page with the two texts' words side by side.
public enum ParityRenderer {
    /// «расхождений: 2 (числа: 1, даты: 1); сравнено единиц на обоих языках: 84».
    public static func summary(_ r: ParityReport, locale: ReportLocale) -> String { ParityMessages.summary(r)[locale] }

    static func label(_ f: ParityFinding) -> String {
        [f.label.ru, f.label.kk].compactMap { $0 }.joined(separator: " | ")
    }

    public static func writeText(_ r: ParityReport, locale l: ReportLocale, into out: inout ByteWriter) {
        // which two texts (for a work of the library: which editions)
        let edition = ParityMessages.edition[l]
        out.append("ru: \(r.ru.fileName)\(r.ru.metadata.editionDate.map { " (\(edition) \($0))" } ?? "")\n")
        out.append("kk: \(r.kk.fileName)\(r.kk.metadata.editionDate.map { " (\(edition) \($0))" } ?? "")\n\n")
        for f in r.findings {
            out.append("\(ParityMessages.kind(f.kind)[l])  \(label(f))  [\(f.eId)]\n")
            if let s = f.ru { out.append("  ru: \(s)\n") }
            if let s = f.kk { out.append("  kk: \(s)\n") }
            out.append("  \(f.explanation[l])\n\n")
        }
        out.append(summary(r, locale: l) + "\n")
    }

    public static func writeJSON(_ r: ParityReport, locale l: ReportLocale, into out: inout ByteWriter) {
        out.json { w in
            w.object { o in
                o.member("schema", "kenes-parity/1")
                o.member("locale", l.rawValue)
                o.member("ru") { w in meta(&w, r.ru) }
                o.member("kk") { w in meta(&w, r.kk) }
                o.member("summary") { w in
                    w.object { o in
                        for k in ParityFinding.Kind.allCases { o.member(dynamic: k.rawValue) { $0.value(r.count(k)) } }
                        o.member("compared", r.compared)
                    }
                }
                o.member("findings") { w in
                    w.array(r.findings) { w, f in
                        w.object { o in
                            o.member("kind", f.kind.rawValue)
                            o.member("eId", f.eId.rawValue)
                            o.member("label") { w in
                                w.object { o in
                                    o.member("ru", f.label.ru)
                                    o.member("kk", f.label.kk)
                                }
                            }
                            o.member("ru", f.ru)
                            o.member("kk", f.kk)
                            o.member("explanation", f.explanation[l])
                        }
                    }
                }
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
            o.member("synthetic", act.metadata.isSynthetic)
            o.member("excerpt", act.metadata.isExcerpt)
        }
    }

    public static func writeMarkdown(_ r: ParityReport, locale l: ReportLocale, into out: inout ByteWriter) {
        out.append("# \(Escaping.markdown(r.ru.metadata.title ?? r.ru.fileName)) | \(Escaping.markdown(r.kk.metadata.title ?? r.kk.fileName)): \(ParityMessages.parity[l])\n\n")
        out.append("_\(Escaping.markdown(r.ru.fileName)) ↔ \(Escaping.markdown(r.kk.fileName)) · \(Escaping.markdown(summary(r, locale: l)))_\n")
        guard !r.findings.isEmpty else { return }
        out.append("\n| | \(ParityMessages.unit[l]) | ru | kk | |\n|---|---|---|---|---|\n")
        for f in r.findings {
            // the escaping covers «|», which would end a cell; an eId is letters, digits, _ and -
            let cells = [ParityMessages.kind(f.kind)[l], Escaping.markdown(label(f)) + " `\(f.eId)`"] + [f.ru ?? "—", f.kk ?? "—", f.explanation[l]].map(Escaping.markdown)
            out.append("| " + cells.joined(separator: " | ") + " |\n")
        }
    }

    public static func writeHTML(_ r: ParityReport, locale l: ReportLocale, into out: inout ByteWriter) {
        let x = Escaping.xml
        let title = x(r.ru.metadata.title ?? r.ru.fileName)
        out.append("""
        <!DOCTYPE html>
        <html lang="\(l.rawValue)"><head><meta charset="utf-8"><title>\(title): \(x(ParityMessages.parity[l]))</title>
        <style>
        body{font-family:"PT Serif",Georgia,serif;max-width:80em;margin:2em auto;color:#111;line-height:1.4}
        table{border-collapse:collapse;width:100%} td,th{border:1px solid #888;padding:.4em;vertical-align:top;text-align:left}
        .kind{font-variant:small-caps;color:#555} code{font-size:.85em;color:#555}
        @media print{body{margin:1cm;max-width:none} tr{break-inside:avoid}}
        </style></head><body>
        <h1>\(title) | <span lang="kk">\(x(r.kk.metadata.title ?? r.kk.fileName))</span></h1>
        <p>\(x(r.ru.fileName)) ↔ \(x(r.kk.fileName))<br>\(x(summary(r, locale: l)))</p>

        """)
        if !r.findings.isEmpty {
            out.append("<table><tr><th></th><th>\(x(ParityMessages.unit[l]))</th><th>Русский текст</th><th lang=\"kk\">Қазақ тіліндегі мәтін</th><th></th></tr>\n")
            for f in r.findings {
                out.append("<tr><td class=\"kind\">\(x(ParityMessages.kind(f.kind)[l]))</td><td>\(x(label(f)))<br><code>\(x(f.eId.rawValue))</code></td>")
                out.append("<td>\(x(f.ru ?? "—"))</td><td lang=\"kk\">\(x(f.kk ?? "—"))</td><td>\(x(f.explanation[l]))</td></tr>\n")
            }
            out.append("</table>\n")
        }
        out.append("</body></html>\n")
    }
}
