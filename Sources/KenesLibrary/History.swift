import KenesAct
import KenesDiff

/// A unit of a work through its editions: in each, the eId it has there (it may be renumbered),
/// whether it is in force, excluded, absent or outside the excerpt, what changed since the
/// edition before, its text and the amending act its notes name.
public struct UnitHistory: Sendable {
    public struct Edition: Sendable {
        public enum Status: String, Sendable { case inForce = "in_force", excluded, absent, notInExcerpt = "not_in_excerpt" }
        public var edition: String?
        public var eId: EId?
        public var status: Status
        /// What happened since the edition before: a diff kind, `unchanged`, or nil for the first.
        public var change: String?
        public var text: String?
        /// «Законом РК от 10.01.2021 № 12-SYN»: the newest amending act the unit's notes (or its
        /// article's) name up to this edition.
        public var amendedBy: Amendment?
        public var synthetic: Bool
        public var excerpt: Bool
    }
    public var work: String
    public var language: Language
    public var editions: [Edition]
}

extension ActLibrary {
    /// The history of the unit `reference` names («ст. 8 п. 2», an eId) in `work`: the unit is
    /// found in the first edition that has it and followed through the later ones by comparing
    /// each edition with the one before (so a renumbered unit keeps its history).
    public func history(of reference: String, in work: String, language: Language) throws(LibraryError) -> UnitHistory {
        let all = try works()
        let matches = all.filter { $0.id == work || $0.number == work }
        guard matches.count == 1 else {
            throw LibraryError(matches.isEmpty ? "error: no work «\(work)» in the library \(path)"
                                               : "error: «\(work)» names \(matches.count) works: " + matches.map(\.id).joined(separator: ", "))
        }
        let w = matches[0]
        // dated editions in order; an undated text stands alone at the end
        let expressions = w.expressions.filter { $0.language == language }
            .sorted { ($0.edition ?? "9999") < ($1.edition ?? "9999") }
        guard !expressions.isEmpty else { throw LibraryError("error: the library has no \(language.rawValue) text of \(w.id)") }
        var acts: [Act] = []
        for e in expressions { acts.append(try load(e, work: w.id, language: language)) }
        var out: [UnitHistory.Edition] = []
        var tracked: EId?
        var found = false
        for (k, act) in acts.enumerated() {
            let e = expressions[k]
            var change: String?
            if k > 0 {
                let previous = acts[k - 1]
                if let t = tracked {
                    let d = ActDiffer.diff(old: previous, new: act)
                    if let c = d.changes.first(where: { $0.old == t }) {
                        tracked = c.new
                        change = c.kind.rawValue
                    } else if act.contains(t) {
                        // its own words the same, but something inside it changed
                        let inside = d.changes.contains { c in [c.old, c.new].contains { $0.map { t.contains($0) && $0 != t } ?? false } }
                        change = inside ? ChangeKind.modified.rawValue : "unchanged"
                    } else {
                        tracked = nil
                        change = "deleted"
                    }
                }
            }
            if tracked == nil, case .success(let ids) = act.lookup(reference), let id = ids.first, act.contains(id) {
                if found || k > 0 { change = "inserted" }
                tracked = id
            }
            let unit = tracked.flatMap { act.unit($0) }
            if unit != nil { found = true }
            var status: UnitHistory.Edition.Status = .absent
            if let u = unit { status = u.status == .excluded ? .excluded : .inForce }
            else if act.metadata.isExcerpt { status = .notInExcerpt }
            let text = unit.map(Self.wording)
            // the newest amending act named by the unit or the article it is in, up to this edition
            var named: [Amendment] = unit?.amendments ?? []
            if let t = tracked, let a = t.article, a != t, let article = act.unit(a) { named += article.amendments }
            let amendedBy = named.filter { e.edition == nil || $0.date <= e.edition! }.max { $0.date < $1.date }
            out.append(.init(edition: e.edition, eId: unit?.eId, status: status, change: k == 0 ? nil : change, text: text,
                             amendedBy: amendedBy, synthetic: e.synthetic, excerpt: e.excerpt))
        }
        guard found else { throw LibraryError("error: «\(reference)» is in no edition of \(w.id) [\(language.rawValue)] the library has") }
        return UnitHistory(work: w.id, language: language, editions: out)
    }

    /// A unit's words with everything inside it, a line per unit, numbers as printed (the
    /// heading of an article on its first line).
    static func wording(_ u: StructuralUnit) -> String {
        var lines: [String] = []
        func walk(_ x: StructuralUnit, top: Bool) {
            let head = [top ? nil : x.num, x.heading, x.text.isEmpty ? nil : x.text].compactMap { $0 }.joined(separator: " ")
            if !head.isEmpty { lines.append(head) }
            for c in x.children { walk(c, top: false) }
            if let w = x.wrapUp { lines.append(w) }
        }
        walk(u, top: true)
        return lines.joined(separator: "\n")
    }
}
