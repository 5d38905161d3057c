import KenesAct
import KenesFormats
import KenesLibrary

/// What the act library's commands print: a unit's history, the works, search hits, the units
/// citing a unit — text, or JSON (documented in README).
public enum LibraryReport {
    /// «[synthetic, excerpt]»: how every listing labels an expression that is not an authentic
    /// whole act.
    static func labels(synthetic: Bool, excerpt: Bool, _ l: ReportLocale) -> String {
        let l = [synthetic ? LibraryMessages.synthetic[l] : nil, excerpt ? LibraryMessages.excerpt[l] : nil].compactMap { $0 }
        return l.isEmpty ? "" : "  [" + l.joined(separator: ", ") + "]"
    }

    public static func writeHistory(_ h: UnitHistory, reference: String, json: Bool, locale l: ReportLocale, into out: inout ByteWriter) {
        switch json {
        case false:
            out.append("\(h.work) [\(h.language.rawValue)] «\(reference)»\n")
            for e in h.editions {
                out.append("\n\(e.edition ?? LibraryMessages.undated[l])  \(e.eId?.rawValue ?? "—")  \(LibraryMessages.status(e.status)[l])\(e.change.map { "  (\(LibraryMessages.change($0)[l]))" } ?? "")")
                if let a = e.amendedBy { out.append("  " + LibraryMessages.amendedBy(number: a.number, date: a.date)[l]) }
                out.append(labels(synthetic: e.synthetic, excerpt: e.excerpt, l))
                out.append("\n")
                if let t = e.text { out.append("  " + t.replacingOccurrences(of: "\n", with: "\n  ") + "\n") }
            }
        case true:
            out.json { w in
                w.object { o in
                    o.member("work", h.work)
                    o.member("language", h.language.rawValue)
                    o.member("editions") { w in
                        w.array(h.editions) { w, e in
                            w.object { o in
                                o.member("edition", e.edition)
                                o.member("eId", e.eId?.rawValue)
                                o.member("status", e.status.rawValue)
                                o.member("change", e.change)
                                o.member("text", e.text)
                                o.member("amendedBy") { w in
                                    if let a = e.amendedBy {
                                        w.object { o in
                                            o.member("date", a.date)
                                            o.member("number", a.number)
                                        }
                                    } else { w.raw("null") }
                                }
                                o.member("synthetic", e.synthetic)
                                o.member("excerpt", e.excerpt)
                            }
                        }
                    }
                }
            }
        }
    }

    public static func writeWorks(_ works: [LibraryWork], json: Bool, locale l: ReportLocale, into out: inout ByteWriter) {
        switch json {
        case false:
            for w in works {
                out.append("\(w.id)  \(w.titles[.ru] ?? w.titles[.kk] ?? "")\n")
                for e in w.expressions {
                    out.append("  \(e.language.rawValue)  \(LibraryMessages.edition[l]) \(e.edition ?? LibraryMessages.unknown[l])  \(LibraryMessages.units(e.units)[l])\(labels(synthetic: e.synthetic, excerpt: e.excerpt, l))  ← \(e.source)\n")
                }
            }
        case true:
            out.json { w in
                w.object { o in
                    o.member("works") { w in
                        w.array(works) { w, work in
                            w.object { o in
                                o.member("id", work.id)
                                o.member("kind", work.kind.rawValue)
                                o.member("number", work.number)
                                o.member("date", work.date)
                                o.member("titles") { w in
                                    w.object { o in
                                        o.member("ru", work.titles[.ru])
                                        o.member("kk", work.titles[.kk])
                                    }
                                }
                                o.member("expressions") { w in
                                    w.array(work.expressions) { w, e in
                                        w.object { o in
                                            o.member("language", e.language.rawValue)
                                            o.member("edition", e.edition)
                                            o.member("synthetic", e.synthetic)
                                            o.member("excerpt", e.excerpt)
                                            o.member("units", e.units)
                                            o.member("source", e.source)
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    public static func writeHits(_ hits: [SearchHit], query: String, json: Bool, locale l: ReportLocale, into out: inout ByteWriter) {
        switch json {
        case false:
            for h in hits {
                let first = h.editions.first.flatMap { $0 } ?? LibraryMessages.undated[l], last = h.editions.last.flatMap { $0 } ?? LibraryMessages.undated[l]
                let editions = first == last ? first : "\(first)…\(last)"
                out.append("\(h.work)@\(editions) [\(h.language.rawValue)]  \(h.label)  [\(h.eId)]\n  \(h.snippet)\n\n")
            }
            out.append(LibraryMessages.hits(hits.count)[l] + "\n")
        case true:
            out.json { w in
                w.object { o in
                    o.member("query", query)
                    o.member("hits") { w in
                        w.array(hits) { w, h in
                            w.object { o in
                                o.member("work", h.work)
                                o.member("language", h.language.rawValue)
                                o.member("edition", h.edition)
                                o.member("editions") { w in w.array(h.editions) { w, e in w.value(e) } }
                                o.member("eId", h.eId.rawValue)
                                o.member("label", h.label)
                                o.member("snippet", h.snippet)
                                o.member("score") { $0.value(h.score, decimals: 4) }
                            }
                        }
                    }
                }
            }
        }
    }

    public static func writeCitedBy(_ found: (target: EId, work: LibraryWork, citedBy: [CitingUnit]), language: Language, json: Bool,
                                    locale l: ReportLocale, into out: inout ByteWriter) {
        switch json {
        case false:
            out.append("\(found.work.id) \(Vocabulary.shortCitation(found.target, language)) [\(found.target)] — \(LibraryMessages.citedBy[l]):\n")
            for c in found.citedBy { out.append("  \(c.work)@\(c.edition ?? LibraryMessages.undated[l])  \(c.label)  [\(c.eId)]  «\(c.text)»\n") }
            out.append(LibraryMessages.citing(found.citedBy.count)[l] + "\n")
        case true:
            out.json { w in
                w.object { o in
                    o.member("target") { w in
                        w.object { o in
                            o.member("work", found.work.id)
                            o.member("eId", found.target.rawValue)
                            o.member("label", Vocabulary.shortCitation(found.target, language))
                        }
                    }
                    o.member("citedBy") { w in
                        w.array(found.citedBy) { w, c in
                            w.object { o in
                                o.member("work", c.work)
                                o.member("language", c.language.rawValue)
                                o.member("edition", c.edition)
                                o.member("eId", c.eId.rawValue)
                                o.member("label", c.label)
                                o.member("text", c.text)
                            }
                        }
                    }
                }
            }
        }
    }
}
