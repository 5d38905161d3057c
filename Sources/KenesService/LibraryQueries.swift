// `kenes library search`, `cites` and `check`: queries over an existing library.
import Foundation
import KenesAct
import KenesFormats
import KenesLibrary

extension LibraryUseCase {
    /// `kenes library search`: units matching the words, best first.
    public static func search(_ query: String, language: Language, asOf: String?, allEditions: Bool, work: String?, limit: Int,
                              library path: String, format: Format, _ env: KenesEnvironment) throws(ServiceError) -> ([SearchHit], Rendered) {
        let hits: [SearchHit]
        do {
            hits = try existing(path).search(query, language: language, asOf: asOf, today: env.todayISO,
                                                     allEditions: allEditions, work: work, limit: limit)
        } catch { throw ServiceError(error.description) }
        return (hits, Rendered { out in
            switch format {
            case .text:
                for h in hits {
                    let first = h.editions.first.flatMap { $0 } ?? "undated", last = h.editions.last.flatMap { $0 } ?? "undated"
                    let editions = first == last ? first : "\(first)…\(last)"
                    out.append("\(h.work)@\(editions) [\(h.language.rawValue)]  \(h.label)  [\(h.eId)]\n  \(h.snippet)\n\n")
                }
                out.append("\(hits.count) hit\(hits.count == 1 ? "" : "s")\n")
            case .json:
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
        })
    }
}

extension LibraryUseCase {
    /// `kenes library check`: the problems found, none for a sound library.
    public static func verify(library path: String) throws(ServiceError) -> [String] {
        do { return try existing(path).verify() } catch { throw ServiceError(error.description) }
    }
}

extension LibraryUseCase {
    /// `kenes library cites WORK REF`: the units that cite it, within the act and from others.
    public static func cites(work: String, reference: String, language: Language, asOf: String?, library path: String,
                             format: Format, _ env: KenesEnvironment) throws(ServiceError) -> ([CitingUnit], Rendered) {
        let found: (target: EId, work: LibraryWork, citedBy: [CitingUnit])
        do { found = try existing(path).citing(reference, in: work, language: language, asOf: asOf, today: env.todayISO) }
        catch { throw ServiceError(error.description) }
        return (found.citedBy, Rendered { out in
            switch format {
            case .text:
                out.append("\(found.work.id) \(Vocabulary.shortCitation(found.target, language)) [\(found.target)] is cited by:\n")
                for c in found.citedBy { out.append("  \(c.work)@\(c.edition ?? "undated")  \(c.label)  [\(c.eId)]  «\(c.text)»\n") }
                out.append("\(found.citedBy.count) citing unit\(found.citedBy.count == 1 ? "" : "s")\n")
            case .json:
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
        })
    }
}
