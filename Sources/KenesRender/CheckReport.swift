import Foundation
import KenesAct
import KenesCheck
import KenesFormats

/// Check results in the report's language — Russian, Kazakh or English — as text (verdict
/// first), JSON, Markdown and HTML: a protocol annex a working group can attach to its minutes,
/// with every member, the side each counts on, the verdict under every profile and each finding
/// with its clause quoted.
public enum CheckReportRenderer {
    static func md(_ s: String) -> String { Escaping.markdown(s) }

    typealias Words = CheckMessages.Report

    static func mark(_ s: FindingStatus) -> String {
        switch s { case .ok: "✓"; case .violation: "✗"; case .info: "ℹ"; case .undetermined: "?" }
    }

    static func headline(_ r: CheckResult, _ l: ReportLocale) -> String {
        Words.verdict(r.compliant)[l].uppercased() + " — " + Words.headline(r)[l]
    }

    /// The lines about proposed categories and contradictions, for every format.
    static func inferenceLines(_ r: CheckResult, _ l: ReportLocale) -> [String] {
        var out: [String] = []
        if !r.inferred.isEmpty {
            out.append(Words.proposedCategories[l])
            for m in r.inferred { out.append("  " + Words.line(m.line)[l] + ": \(m.name) — \(m.inferred!.reason[l])") }
        }
        if !r.contradictions.isEmpty {
            out.append(Words.contradictionsHeading[l])
            for c in r.contradictions { out.append("  " + Words.line(c.member.line)[l] + ": \(c.member.name) — " + Words.listedAs(c.listed)[l] + "; \(c.workplace.reason[l])") }
        }
        return out
    }

    static func undeterminedReason(_ r: CheckResult) -> Message? {
        guard r.compliant == nil else { return nil }
        if let p = r.provisional { return Words.provisionalVerdict(r.inferred.count, Words.verdict(p)) }
        return Words.unreadRowsDecide(r.errors.filter(\.mayBeMember).count)
    }

    static func otherProfiles(_ r: CheckResult, _ l: ReportLocale) -> String? {
        guard !r.underOtherProfiles.isEmpty else { return nil }
        return Words.underOtherProfiles[l] + ": " + r.underOtherProfiles.map { "\($0.profile): \(Words.verdict($0.compliant)[l])" }.joined(separator: "; ")
    }

    /// The members' table: line, name, category, role, side under the profile.
    static func memberRows(_ r: CheckResult, _ l: ReportLocale, categories: (String) -> Message) -> [[String]] {
        r.members.map { m, side -> [String] in
            let category = categories(m.category)[l], role = CheckMessages.roleName(m.role)[l], counted = CheckMessages.sideOfMember(side)[l]
            return [String(m.line), m.name, category, role, counted]
        }
    }

    static func citation(_ f: Finding, _ c: CitedClause, _ l: ReportLocale) -> String {
        "\(c.label) — \(c.actTitle ?? c.act)" + (f.authority == .paraphrase ? " (\(Words.paraphrase[l]))" : "")
    }

    public static func text(_ r: CheckResult, locale: ReportLocale, categories: CategoryCatalog) -> String {
        String(writing: { writeText(r, locale: locale, categories: categories, into: &$0) })
    }

    public static func writeText(_ r: CheckResult, locale l: ReportLocale, categories: CategoryCatalog, into w: inout ByteWriter) {
        w.lines { out in
            out += [headline(r, l)]
            out.append("  \(r.editionTitle[l])")
            out.append("  " + Words.profile(r.profile.name)[l] + ": \(r.profile.description[l])")
            if let o = otherProfiles(r, l) { out.append("  " + o) }
            if let why = undeterminedReason(r) { out.append("  " + why[l]) }
            out.append("  " + Words.listedCounted(r.membersListed, r.membersCounted)[l])
            if !r.columns.isEmpty {
                out.append("  " + Words.columnsRead[l] + ": " + r.columns.map { "\(CheckMessages.fieldName($0.field)[l]) ← «\($0.header)» (\(Words.column($0.column)[l]))" }.joined(separator: "; "))
            }
            let inference = inferenceLines(r, l)
            if !inference.isEmpty { out.append(""); out += inference }
            for f in r.findings {
                out.append("")
                out.append("\(mark(f.status)) \(f.rule): \(f.title[l])")
                if let a = f.actual { out.append("  \(Words.actual[l]): \(a[l])") }
                if let q = f.required { out.append("  \(Words.required[l]): \(q[l])") }
                if let x = f.fix { out.append("  \(Words.smallestFix[l]): \(x[l])") }
                if let n = f.note { out.append("  \(Words.note[l]): \(n[l])") }
                if let c = f.cite {
                    out.append("  \(citation(f, c, l)) [\(c.eId), \(c.act)]:")
                    if let q = f.quote { out.append(contentsOf: q.split(separator: "\n").map { "  «\($0)»" }) }
                }
            }
            if !r.members.isEmpty {
                out.append("")
                out.append(Words.membersHeading(r.profile.name)[l] + ":")
                for row in memberRows(r, l, categories: categories.label) { out.append("  " + Words.line(Int(row[0])!)[l] + ": " + row.dropFirst().joined(separator: "; ")) }
            }
            if !r.errors.isEmpty {
                out.append("")
                out.append(Words.rowsNotCounted[l] + ":")
                for e in r.errors { out.append("  " + Words.line(e.line)[l] + ": \(e.message[l])") }
            }
            if !r.notes.isEmpty {
                out.append("")
                out.append(Words.notes[l] + ":")
                for n in r.notes { out.append("  \(n[l])") }
            }
        }
    }

    public static func json(_ r: CheckResult, locale: ReportLocale, categories: CategoryCatalog) -> String {
        String(writing: { writeJSON(r, locale: locale, categories: categories, into: &$0) })
    }

    /// `kenes-check/1`: keys and enum values as before; the words a person reads (titles,
    /// actual, required, fix, note, messages, reasons) in `locale`, which the document names.
    public static func writeJSON(_ r: CheckResult, locale l: ReportLocale, categories: CategoryCatalog, into out: inout ByteWriter) {
        out.json { w in
            w.object { o in
                o.member("schema", "kenes-check/1")
                o.member("locale", l.rawValue)
                o.member("compliant", r.compliant)
                o.member("verdict", r.compliant.map { $0 ? "compliant" : "violation" } ?? "undetermined")
                o.member("verdictLabel", Words.verdict(r.compliant)[l])
                o.member("edition", r.edition)
                o.member("profile") { w in
                    w.object { o in
                        o.member("name", r.profile.name)
                        o.member("description", r.profile.description[l])
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
                o.member("members") { w in
                    w.array(r.members) { w, m in
                        w.object { o in
                            o.member("line", m.member.line)
                            o.member("name", m.member.name)
                            o.member("category", m.member.category)
                            o.member("categoryLabel", categories.label(m.member.category)[l])
                            o.member("role", m.member.role.rawValue)
                            o.member("side", m.side.rawValue)
                        }
                    }
                }
                o.member("findings") { w in
                    w.array(r.findings) { w, f in
                        w.object { o in
                            o.member("rule", f.rule)
                            o.member("title", f.title[l])
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
                            o.member("actual", f.actual?[l])
                            o.member("required", f.required?[l])
                            o.member("fix", f.fix?[l])
                            o.member("note", f.note?[l])
                        }
                    }
                }
                o.member("errors") { w in
                    w.array(r.errors) { w, e in
                        w.object { o in
                            o.member("line", e.line)
                            o.member("message", e.message[l])
                            o.member("mayBeMember", e.mayBeMember)
                        }
                    }
                }
                o.member("notes") { w in w.array(r.notes) { w, n in w.string(n[l]) } }
                o.member("provisional", r.provisional)
                o.member("inferred") { w in
                    w.array(r.inferred) { w, m in
                        w.object { o in
                            o.member("line", m.line)
                            o.member("name", m.name)
                            o.member("category", m.category)
                            o.member("reason", m.inferred?.reason[l])
                        }
                    }
                }
                o.member("contradictions") { w in
                    w.array(r.contradictions) { w, c in
                        w.object { o in
                            o.member("line", c.member.line)
                            o.member("name", c.member.name)
                            o.member("listed", c.member.category)
                            o.member("listedAs", c.listed[l])
                            o.member("workplace", c.workplace.code)
                            o.member("reason", c.workplace.reason[l])
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

    public static func markdown(_ r: CheckResult, locale: ReportLocale, categories: CategoryCatalog) -> String {
        String(writing: { writeMarkdown(r, locale: locale, categories: categories, into: &$0) })
    }

    public static func writeMarkdown(_ r: CheckResult, locale l: ReportLocale, categories: CategoryCatalog, into w: inout ByteWriter) {
        w.lines { out in
            out += ["# \(md(headline(r, l)))", "", "_\(md(r.editionTitle[l]))_", "", "**\(md(Words.profile(r.profile.name)[l])):** \(md(r.profile.description[l]))"]
            if let o = otherProfiles(r, l) { out += ["", md(o)] }
            if let why = undeterminedReason(r) { out += ["", "**\(md(why[l]))**"] }
            out += ["", md(Words.listedCounted(r.membersListed, r.membersCounted)[l]) + ".", ""]
            out += ["| | \(Words.rule[l]) | \(Words.actual[l]) | \(Words.required[l]) | \(Words.smallestFix[l]) | \(Words.clause[l]) |", "|---|---|---|---|---|---|"]
            for f in r.findings {
                let cite = f.cite.map { "\(md($0.label)) (`\($0.eId)`)" + (f.authority == .paraphrase ? ", \(md(Words.paraphrase[l]))" : "") } ?? ""
                out.append("| \(mark(f.status)) | \(md(f.title[l])) | \(md(f.actual?[l] ?? "")) | \(md(f.required?[l] ?? "")) | \(md(f.fix?[l] ?? "")) | \(cite) |")
            }
            let inference = inferenceLines(r, l)
            if !inference.isEmpty { out += [""] + inference.map { $0.hasPrefix("  ") ? "- " + md(String($0.dropFirst(2))) : "**" + md($0) + "**" } }
            let quoted = r.findings.compactMap { f in f.cite.map { (f, $0) } }
            if !quoted.isEmpty {
                out += ["", "## \(Words.clauses[l])"]
                for (f, c) in quoted {
                    out += ["", "**\(md(c.label))** — \(md(c.actTitle ?? c.act))" + (f.authority == .paraphrase ? " (\(md(Words.paraphrase[l])))" : "") + ":", ""]
                    out += (f.quote ?? "").split(separator: "\n").map { "> \(md(String($0)))" }
                }
            }
            if !r.members.isEmpty {
                out += ["", "## \(md(Words.membersHeading(r.profile.name)[l]))", ""]
                out += ["| \(Words.lineHeader[l]) | \(Words.name[l]) | \(Words.category[l]) | \(Words.role[l]) | \(Words.side[l]) |", "|---:|---|---|---|---|"]
                for row in memberRows(r, l, categories: categories.label) { out.append("| " + row.map(md).joined(separator: " | ") + " |") }
            }
            if !r.errors.isEmpty {
                out += ["", "## \(Words.rowsNotCounted[l])", ""] + r.errors.map { "- " + md(Words.line($0.line)[l]) + ": \(md($0.message[l]))" }
            }
            if !r.notes.isEmpty { out += ["", "## \(Words.notes[l])", ""] + r.notes.map { "- \(md($0[l]))" } }
        }
    }

    /// A page for the minutes: A4 when printed, the members' table kept whole per row.
    public static func html(_ r: CheckResult, locale l: ReportLocale, categories: CategoryCatalog) -> String {
        func e(_ s: String) -> String { Escaping.xml(s) }
        var rows = ""
        for f in r.findings {
            let cite = f.cite.map { "<div class=\"cite\">\(e(citation(f, $0, l)))</div>" + (f.quote.map { "<blockquote>\(e($0).replacingOccurrences(of: "\n", with: "<br>"))</blockquote>" } ?? "") } ?? ""
            rows += "<tr class=\"\(f.status.rawValue)\"><td>\(mark(f.status))</td><td><b>\(e(f.title[l]))</b><br><code>\(e(f.rule))</code>\(cite)</td><td>\(e(f.actual?[l] ?? ""))</td><td>\(e(f.required?[l] ?? ""))</td><td>\(e(f.fix?[l] ?? ""))</td></tr>\n"
        }
        let members = r.members.isEmpty ? "" : "<h2>\(e(Words.membersHeading(r.profile.name)[l]))</h2><table class=\"members\"><tr><th>\(e(Words.lineHeader[l]))</th><th>\(e(Words.name[l]))</th><th>\(e(Words.category[l]))</th><th>\(e(Words.role[l]))</th><th>\(e(Words.side[l]))</th></tr>"
            + memberRows(r, l, categories: categories.label).map { "<tr>" + $0.map { "<td>\(e($0))</td>" }.joined() + "</tr>" }.joined(separator: "\n") + "</table>"
        let errors = r.errors.isEmpty ? "" : "<h2>\(e(Words.rowsNotCounted[l]))</h2><ul>" + r.errors.map { "<li>\(e(Words.line($0.line)[l])): \(e($0.message[l]))</li>" }.joined() + "</ul>"
        let notes = r.notes.isEmpty ? "" : "<h2>\(e(Words.notes[l]))</h2><ul>" + r.notes.map { "<li>\(e($0[l]))</li>" }.joined() + "</ul>"
        let inference = inferenceLines(r, l).map { $0.hasPrefix("  ") ? "<li>\(e(String($0.dropFirst(2))))</li>" : "<h2>\(e($0))</h2>" }.joined()
        return """
        <!DOCTYPE html>
        <html lang="\(l.rawValue)"><head><meta charset="utf-8"><title>\(e(headline(r, l)))</title>
        <style>
        body{font-family:"PT Serif","Liberation Serif",Georgia,serif;max-width:60em;margin:2em auto;color:#111}
        h1{font-size:1.3em} h2{font-size:1.1em} table{border-collapse:collapse;width:100%} td,th{border:1px solid #999;padding:.4em;vertical-align:top}
        tr.violation td:first-child{color:#b00;font-weight:bold} tr.ok td:first-child{color:#070}
        blockquote{margin:.4em 0 0 1em;font-style:italic} .cite{margin-top:.4em;font-size:.9em}
        @page{size:A4;margin:2cm} @media print{body{margin:0} tr{break-inside:avoid} h2{break-after:avoid}}
        </style></head><body>
        <h1>\(e(headline(r, l)))</h1>
        <p><i>\(e(r.editionTitle[l]))</i></p>
        <p><b>\(e(Words.profile(r.profile.name)[l])):</b> \(e(r.profile.description[l]))</p>
        \(otherProfiles(r, l).map { "<p>\(e($0))</p>" } ?? "")\(undeterminedReason(r).map { "<p><b>\(e($0[l]))</b></p>" } ?? "")
        <p>\(e(Words.listedCounted(r.membersListed, r.membersCounted)[l])).</p>
        <table><tr><th></th><th>\(e(Words.ruleAndClause[l]))</th><th>\(e(Words.actual[l]))</th><th>\(e(Words.required[l]))</th><th>\(e(Words.smallestFix[l]))</th></tr>
        \(rows)</table>
        \(inference)\(members)\(errors)\(notes)
        </body></html>

        """
    }

    // MARK: composition

    /// The composition check's verdict line.
    static func compositionHeadline(_ c: CompositionReport, profile: String, _ l: ReportLocale) -> String {
        let failing = c.failing(under: profile)
        return Words.verdict(failing.isEmpty)[l].uppercased() + " — " + CheckMessages.Report.compositionHeadline(
            threshold: c.threshold.description, profile: profile, failing: failing.count, of: c.groups.count)[l]
    }

    /// A region's share under each profile, ✗ below the threshold.
    static func compositionShares(_ c: CompositionReport, _ g: CompositionReport.Group, _ l: ReportLocale) -> [String] {
        c.profiles.map { p in
            let s = g.civilShare[p]!
            return s.percent(locale: l) + (s < c.threshold ? " ✗" : "")
        }
    }

    static func compositionHeader(_ c: CompositionReport, _ l: ReportLocale) -> [String] {
        let w = CheckMessages.Report.self
        return [w.region[l], w.year[l], w.members[l]] + c.profiles.map { w.civilSocietyUnder($0)[l] }
    }

    static func discrepancy(_ d: CompositionReport.Discrepancy, _ l: ReportLocale) -> String {
        "\(Words.line(d.line)[l]): \(d.region) \(d.year) \(d.category): \(d.members)/\(d.total) = \(d.computed.percent(locale: l, decimals: 2)), "
            + CheckMessages.Report.printed[l] + " \(d.reported)%"
    }

    public static func writeCompositionMarkdown(_ c: CompositionReport, profile: String, locale l: ReportLocale, into w: inout ByteWriter) {
        w.lines { out in
            out += ["# " + md(compositionHeadline(c, profile: profile, l)), ""]
            out.append("| " + compositionHeader(c, l).map(md).joined(separator: " | ") + " |")
            out.append("|---|---|---:|" + String(repeating: "---:|", count: c.profiles.count))
            for g in c.groups {
                out.append("| \(md(g.region)) | \(md(g.year)) | \(g.total) | " + compositionShares(c, g, l).joined(separator: " | ") + " |")
            }
            if !c.discrepancies.isEmpty {
                out += ["", "## " + CheckMessages.Report.discrepancies[l], ""]
                for d in c.discrepancies { out.append("- " + md(discrepancy(d, l))) }
            }
        }
    }

    public static func writeCompositionHTML(_ c: CompositionReport, profile: String, locale l: ReportLocale, into out: inout ByteWriter) {
        let e = Escaping.xml
        out.append("""
        <!DOCTYPE html>
        <html lang="\(l.rawValue)"><head><meta charset="utf-8"><title>\(e(compositionHeadline(c, profile: profile, l)))</title>
        <style>body{font-family:"PT Serif",Georgia,serif;max-width:60em;margin:2em auto} table{border-collapse:collapse} td,th{border:1px solid #999;padding:.3em .5em} td.n{text-align:right}</style>
        </head><body>
        <h1>\(e(compositionHeadline(c, profile: profile, l)))</h1>
        <table><tr>\(compositionHeader(c, l).map { "<th>\(e($0))</th>" }.joined())</tr>

        """)
        for g in c.groups {
            out.append("<tr><td>\(e(g.region))</td><td>\(e(g.year))</td><td class=\"n\">\(g.total)</td>"
                       + compositionShares(c, g, l).map { "<td class=\"n\">\(e($0))</td>" }.joined() + "</tr>\n")
        }
        out.append("</table>\n")
        if !c.discrepancies.isEmpty {
            out.append("<h2>\(e(CheckMessages.Report.discrepancies[l]))</h2><ul>\n")
            for d in c.discrepancies { out.append("<li>\(e(discrepancy(d, l)))</li>\n") }
            out.append("</ul>\n")
        }
        out.append("</body></html>\n")
    }

    public static func writeCompositionText(_ c: CompositionReport, profile: String, locale l: ReportLocale, into w: inout ByteWriter) {
        w.lines { out in
            out += [compositionHeadline(c, profile: profile, l), ""]
            out.append(compositionHeader(c, l).joined(separator: " | "))
            for g in c.groups {
                out.append("\(g.region) | \(g.year) | \(g.total) | " + compositionShares(c, g, l).joined(separator: " | "))
            }
            if !c.discrepancies.isEmpty {
                out += ["", CheckMessages.Report.discrepancies[l] + ":"]
                for d in c.discrepancies { out.append("  " + discrepancy(d, l)) }
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
