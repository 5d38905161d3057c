import Foundation
import KenesCheck
import KenesFormats

/// Check results as text (verdict first), JSON, Markdown and HTML for the minutes.
public enum CheckReportRenderer {
    static func md(_ s: String) -> String { Escaping.markdown(s) }

    static func verdict(_ c: Bool?) -> String {
        switch c { case true?: "COMPLIANT"; case false?: "VIOLATION"; case nil: "UNDETERMINED" }
    }

    static func mark(_ s: FindingStatus) -> String {
        switch s { case .ok: "✓"; case .violation: "✗"; case .info: "ℹ"; case .undetermined: "?" }
    }

    static func headline(_ r: CheckResult) -> String {
        var s = "\(verdict(r.compliant)) — \(r.body == .council ? "public council" : "working group")"
        if let l = r.level { s += ", \(l.rawValue) level" }
        s += "; edition \(r.edition); profile «\(r.profile.name)»"
        return s
    }

    /// The lines about proposed categories and contradictions, for every format.
    static func inferenceLines(_ r: CheckResult) -> [String] {
        var out: [String] = []
        if !r.inferred.isEmpty {
            out.append("Categories proposed from the place of work, to confirm (--assign FILE with «row,category» lines):")
            for m in r.inferred { out.append("  line \(m.line): \(m.name) — \(m.inferred!.reason)") }
        }
        if !r.contradictions.isEmpty {
            out.append("Listed on the civil-society side, but the place of work says otherwise:")
            for c in r.contradictions { out.append("  line \(c.member.line): \(c.member.name) — listed as \(c.listed); \(c.workplace.reason)") }
        }
        return out
    }

    static func undeterminedReason(_ r: CheckResult) -> String? {
        guard r.compliant == nil else { return nil }
        if let p = r.provisional {
            return "\(r.inferred.count) member(s) have a category proposed from the place of work that nobody has confirmed: provisionally \(verdict(p)); confirm them and check again"
        }
        let n = r.errors.filter(\.mayBeMember).count
        return "\(n) row(s) could not be read, and counting them on one side or the other changes the verdict: fix them and check again"
    }

    public static func text(_ r: CheckResult) -> String { String(writing: { writeText(r, into: &$0) }) }

    public static func writeText(_ r: CheckResult, into w: inout ByteWriter) {
        w.lines { out in
            out += [headline(r)]
            out.append("  \(r.editionTitle)")
            out.append("  Profile «\(r.profile.name)»: \(r.profile.description)")
            if !r.underOtherProfiles.isEmpty {
                out.append("  Under the other profiles: " + r.underOtherProfiles.map { "\($0.profile): \(verdict($0.compliant).lowercased())" }.joined(separator: "; "))
            }
            if let why = undeterminedReason(r) { out.append("  " + why) }
            out.append("  Members listed \(r.membersListed), counted \(r.membersCounted)")
            if !r.columns.isEmpty {
                out.append("  Columns read: " + r.columns.map { "\($0.field.rawValue) ← «\($0.header)» (column \($0.column))" }.joined(separator: "; "))
            }
            let inference = inferenceLines(r)
            if !inference.isEmpty { out.append(""); out += inference }
            for f in r.findings {
                out.append("")
                out.append("\(mark(f.status)) \(f.rule): \(f.title)")
                if let a = f.actual { out.append("  actual: \(a)") }
                if let q = f.required { out.append("  required: \(q)") }
                if let x = f.fix { out.append("  smallest fix: \(x)") }
                if let n = f.note { out.append("  note: \(n)") }
                if let c = f.cite {
                    out.append("  \(c.label) — \(c.actTitle ?? c.act) [\(c.eId), \(c.act)]\(f.authority == .paraphrase ? " (report's paraphrase, not statutory text)" : ""):")
                    if let q = f.quote { out.append(contentsOf: q.split(separator: "\n").map { "  «\($0)»" }) }
                }
            }
            if !r.errors.isEmpty {
                out.append("")
                out.append("Rows not counted:")
                for e in r.errors { out.append("  line \(e.line): \(e.message)") }
            }
            if !r.notes.isEmpty {
                out.append("")
                out.append("Notes:")
                for n in r.notes { out.append("  \(n)") }
            }
        }
    }

    public static func json(_ r: CheckResult) -> String { String(writing: { writeJSON(r, into: &$0) }) }

    public static func writeJSON(_ r: CheckResult, into out: inout ByteWriter) {
        out.json { w in
            w.object { o in
                o.member("schema", "kenes-check/1")
                o.member("compliant", r.compliant)
                o.member("verdict", verdict(r.compliant).lowercased())
                o.member("edition", r.edition)
                o.member("profile") { w in
                    w.object { o in
                        o.member("name", r.profile.name)
                        o.member("description", r.profile.description)
                    }
                }
                o.member("otherProfiles") { w in
                    w.array(r.underOtherProfiles) { w, p in
                        w.object { o in
                            o.member("name", p.profile)
                            o.member("compliant", p.compliant)
                        }
                    }
                }
                o.member("body", r.body.rawValue)
                o.member("level", r.level?.rawValue)
                o.member("membersListed", r.membersListed)
                o.member("membersCounted", r.membersCounted)
                o.member("findings") { w in
                    w.array(r.findings) { w, f in
                        w.object { o in
                            o.member("rule", f.rule)
                            o.member("title", f.title)
                            o.member("status", f.status.rawValue)
                            o.member("cite") { w in
                                if let c = f.cite {
                                    w.object { o in
                                        o.member("act", c.act)
                                        o.member("actTitle", c.actTitle)
                                        o.member("eId", c.eId)
                                        o.member("label", c.label)
                                    }
                                } else { w.raw("null") }
                            }
                            o.member("quote", f.quote)
                            o.member("authority", f.authority?.rawValue)
                            o.member("actual", f.actual)
                            o.member("required", f.required)
                            o.member("fix", f.fix)
                            o.member("note", f.note)
                        }
                    }
                }
                o.member("errors") { w in
                    w.array(r.errors) { w, e in
                        w.object { o in
                            o.member("line", e.line)
                            o.member("message", e.message)
                            o.member("mayBeMember", e.mayBeMember)
                        }
                    }
                }
                o.member("notes") { w in w.array(r.notes) { w, n in w.string(n) } }
                o.member("provisional", r.provisional)
                o.member("inferred") { w in
                    w.array(r.inferred) { w, m in
                        w.object { o in
                            o.member("line", m.line)
                            o.member("name", m.name)
                            o.member("category", m.category)
                            o.member("reason", m.inferred?.reason)
                        }
                    }
                }
                o.member("contradictions") { w in
                    w.array(r.contradictions) { w, c in
                        w.object { o in
                            o.member("line", c.member.line)
                            o.member("name", c.member.name)
                            o.member("listed", c.member.category)
                            o.member("listedAs", c.listed)
                            o.member("workplace", c.workplace.code)
                            o.member("reason", c.workplace.reason)
                        }
                    }
                }
                o.member("columns") { w in
                    w.array(r.columns) { w, c in
                        w.object { o in
                            o.member("field", c.field.rawValue)
                            o.member("header", c.header)
                            o.member("column", c.column)
                        }
                    }
                }
            }
        }
    }

    public static func markdown(_ r: CheckResult) -> String { String(writing: { writeMarkdown(r, into: &$0) }) }

    public static func writeMarkdown(_ r: CheckResult, into w: inout ByteWriter) {
        w.lines { out in
            out += ["# \(md(headline(r)))", "", "_\(md(r.editionTitle))_", "", "**Profile «\(r.profile.name)»:** \(md(r.profile.description))"]
            if !r.underOtherProfiles.isEmpty {
                out += ["", "Under the other profiles: " + r.underOtherProfiles.map { "\($0.profile): \(verdict($0.compliant).lowercased())" }.joined(separator: "; ")]
            }
            if let why = undeterminedReason(r) { out += ["", "**\(why)**"] }
            out += ["", "Members listed \(r.membersListed), counted \(r.membersCounted).", "", "| | rule | actual | required | smallest fix | clause |", "|---|---|---|---|---|---|"]
            for f in r.findings {
                let cite = f.cite.map { "\($0.label) (`\($0.eId)`)" + (f.authority == .paraphrase ? ", report's paraphrase" : "") } ?? ""
                out.append("| \(mark(f.status)) | \(md(f.title)) | \(md(f.actual ?? "")) | \(md(f.required ?? "")) | \(md(f.fix ?? "")) | \(cite) |")
            }
            let inference = inferenceLines(r)
            if !inference.isEmpty { out += [""] + inference.map { $0.hasPrefix("  ") ? "- " + md(String($0.dropFirst(2))) : "**" + md($0) + "**" } }
            let quoted = r.findings.compactMap { f in f.cite.map { (f, $0) } }
            if !quoted.isEmpty {
                out += ["", "## Clauses"]
                for (f, c) in quoted {
                    out += ["", "**\(md(c.label))** — \(md(c.actTitle ?? c.act))\(f.authority == .paraphrase ? " (paraphrase in the 2020 report, not statutory text)" : ""):", ""]
                    out += (f.quote ?? "").split(separator: "\n").map { "> \(md(String($0)))" }
                }
            }
            if !r.errors.isEmpty {
                out += ["", "## Rows not counted", ""] + r.errors.map { "- line \($0.line): \(md($0.message))" }
            }
            if !r.notes.isEmpty { out += ["", "## Notes", ""] + r.notes.map { "- \(md($0))" } }
        }
    }

    public static func html(_ r: CheckResult) -> String {
        func e(_ s: String) -> String { Escaping.xml(s) }
        var rows = ""
        for f in r.findings {
            let cite = f.cite.map { "<div class=\"cite\">\(e($0.label)) — \(e($0.actTitle ?? $0.act))\(f.authority == .paraphrase ? " <em>(paraphrase in the 2020 report, not statutory text)</em>" : "")</div>" + (f.quote.map { "<blockquote>\(e($0).replacingOccurrences(of: "\n", with: "<br>"))</blockquote>" } ?? "") } ?? ""
            rows += "<tr class=\"\(f.status.rawValue)\"><td>\(mark(f.status))</td><td><b>\(e(f.title))</b><br><code>\(e(f.rule))</code>\(cite)</td><td>\(e(f.actual ?? ""))</td><td>\(e(f.required ?? ""))</td><td>\(e(f.fix ?? ""))</td></tr>\n"
        }
        let errors = r.errors.isEmpty ? "" : "<h2>Rows not counted</h2><ul>" + r.errors.map { "<li>line \($0.line): \(e($0.message))</li>" }.joined() + "</ul>"
        let notes = r.notes.isEmpty ? "" : "<h2>Notes</h2><ul>" + r.notes.map { "<li>\(e($0))</li>" }.joined() + "</ul>"
        let inference = inferenceLines(r).map { $0.hasPrefix("  ") ? "<li>\(e(String($0.dropFirst(2))))</li>" : "<h2>\(e($0))</h2>" }.joined()
        let others = r.underOtherProfiles.isEmpty ? "" : "<p>Under the other profiles: " + e(r.underOtherProfiles.map { "\($0.profile): \(verdict($0.compliant).lowercased())" }.joined(separator: "; ")) + "</p>"
        return """
        <!DOCTYPE html>
        <html lang="ru"><head><meta charset="utf-8"><title>\(e(headline(r)))</title>
        <style>
        body{font-family:"PT Serif",Georgia,serif;max-width:60em;margin:2em auto;color:#111}
        h1{font-size:1.3em} table{border-collapse:collapse;width:100%} td,th{border:1px solid #999;padding:.4em;vertical-align:top}
        tr.violation td:first-child{color:#b00;font-weight:bold} tr.ok td:first-child{color:#070}
        blockquote{margin:.4em 0 0 1em;font-style:italic} .cite{margin-top:.4em;font-size:.9em}
        @media print{body{margin:0} tr{break-inside:avoid}}
        </style></head><body>
        <h1>\(e(headline(r)))</h1>
        <p><i>\(e(r.editionTitle))</i></p>
        <p><b>Profile «\(e(r.profile.name))»:</b> \(e(r.profile.description))</p>
        \(others)\(undeterminedReason(r).map { "<p><b>\(e($0))</b></p>" } ?? "")
        <p>Members listed \(r.membersListed), counted \(r.membersCounted).</p>
        <table><tr><th></th><th>Rule and clause</th><th>Actual</th><th>Required</th><th>Smallest fix</th></tr>
        \(rows)</table>
        \(inference)\(errors)\(notes)
        </body></html>

        """
    }

    // MARK: composition

    public static func compositionText(_ c: CompositionReport, profile: String) -> String { String(writing: { writeCompositionText(c, profile: profile, into: &$0) }) }

    /// The composition check's verdict line.
    static func compositionHeadline(_ c: CompositionReport, profile: String) -> String {
        let failing = c.failing(under: profile)
        return "\(failing.isEmpty ? "COMPLIANT" : "VIOLATION") — civil society ≥ \(c.threshold) of local public councils (п. 7 ст. 1), profile «\(profile)»: \(failing.count) of \(c.groups.count) region-years below"
    }

    /// A region's share under each profile, ✗ below the threshold.
    static func compositionShares(_ c: CompositionReport, _ g: CompositionReport.Group) -> [String] {
        c.profiles.map { p in
            let s = g.civilShare[p]!
            return s.percent() + (s < c.threshold ? " ✗" : "")
        }
    }

    public static func writeCompositionMarkdown(_ c: CompositionReport, profile: String, into w: inout ByteWriter) {
        w.lines { out in
            out += ["# " + md(compositionHeadline(c, profile: profile)), ""]
            out.append("| region | year | members | " + c.profiles.map { "civil society (\(md($0)))" }.joined(separator: " | ") + " |")
            out.append("|---|---|---:|" + String(repeating: "---:|", count: c.profiles.count))
            for g in c.groups {
                out.append("| \(md(g.region)) | \(md(g.year)) | \(g.total) | " + compositionShares(c, g).joined(separator: " | ") + " |")
            }
            if !c.discrepancies.isEmpty {
                out += ["", "## Percentages the report's own numbers do not give", ""]
                for d in c.discrepancies {
                    out.append("- line \(d.line): \(md(d.region)) \(md(d.year)) \(md(d.category)): \(d.members)/\(d.total) = \(d.computed.percent(decimals: 2)), printed \(md(d.reported))%")
                }
            }
        }
    }

    public static func writeCompositionHTML(_ c: CompositionReport, profile: String, into out: inout ByteWriter) {
        let e = Escaping.xml
        out.append("""
        <!DOCTYPE html>
        <html lang="ru"><head><meta charset="utf-8"><title>\(e(compositionHeadline(c, profile: profile)))</title>
        <style>body{font-family:"PT Serif",Georgia,serif;max-width:60em;margin:2em auto} table{border-collapse:collapse} td,th{border:1px solid #999;padding:.3em .5em} td.n{text-align:right}</style>
        </head><body>
        <h1>\(e(compositionHeadline(c, profile: profile)))</h1>
        <table><tr><th>region</th><th>year</th><th>members</th>\(c.profiles.map { "<th>civil society (\(e($0)))</th>" }.joined())</tr>

        """)
        for g in c.groups {
            out.append("<tr><td>\(e(g.region))</td><td>\(e(g.year))</td><td class=\"n\">\(g.total)</td>"
                       + compositionShares(c, g).map { "<td class=\"n\">\(e($0))</td>" }.joined() + "</tr>\n")
        }
        out.append("</table>\n")
        if !c.discrepancies.isEmpty {
            out.append("<h2>Percentages the report's own numbers do not give</h2><ul>\n")
            for d in c.discrepancies {
                out.append("<li>line \(d.line): \(e(d.region)) \(e(d.year)) \(e(d.category)): \(d.members)/\(d.total) = \(d.computed.percent(decimals: 2)), printed \(e(d.reported))%</li>\n")
            }
            out.append("</ul>\n")
        }
        out.append("</body></html>\n")
    }

    public static func writeCompositionText(_ c: CompositionReport, profile: String, into w: inout ByteWriter) {
        w.lines { out in
            out += [compositionHeadline(c, profile: profile)]
            let header = "region | year | members | " + c.profiles.map { "civil society (\($0))" }.joined(separator: " | ")
            out.append("")
            out.append(header)
            for g in c.groups {
                out.append("\(g.region) | \(g.year) | \(g.total) | " + compositionShares(c, g).joined(separator: " | "))
            }
            if !c.discrepancies.isEmpty {
                out.append("")
                out.append("Percentages printed in the report that its own numbers do not give (beyond printing precision):")
                for d in c.discrepancies {
                    out.append("  line \(d.line): \(d.region) \(d.year) \(d.category): \(d.members)/\(d.total) = \(d.computed.percent(decimals: 2)), printed \(d.reported)%")
                }
            }
        }
    }

    public static func compositionJSON(_ c: CompositionReport, profile: String) -> String { String(writing: { writeCompositionJSON(c, profile: profile, into: &$0) }) }

    public static func writeCompositionJSON(_ c: CompositionReport, profile: String, into out: inout ByteWriter) {
        out.json { w in
            w.object { o in
                o.member("schema", "kenes-composition/1")
                o.member("profile", profile)
                o.member("threshold", c.threshold.description)
                o.member("compliant", c.failing(under: profile).isEmpty)
                o.member("groups") { w in
                    w.array(c.groups) { w, g in
                        w.object { o in
                            o.member("region", g.region)
                            o.member("year", g.year)
                            o.member("members", g.total)
                            o.member("civilSociety") { w in
                                w.object { o in
                                    for p in c.profiles {
                                        o.member(dynamic: p) { w in
                                            w.object { o in
                                                o.member("share", g.civilShare[p]!.description)
                                                o.member("percent", g.civilShare[p]!.percent())
                                                o.member("meetsQuota", !(g.civilShare[p]! < c.threshold))
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
                o.member("discrepancies") { w in
                    w.array(c.discrepancies) { w, d in
                        w.object { o in
                            o.member("line", d.line)
                            o.member("region", d.region)
                            o.member("year", d.year)
                            o.member("category", d.category)
                            o.member("computed", d.computed.percent(decimals: 2))
                            o.member("reported", d.reported)
                        }
                    }
                }
            }
        }
    }
}
