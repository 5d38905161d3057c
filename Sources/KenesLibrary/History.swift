import GRDB
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
    /// found in the first edition that has it (the only edition parsed) and followed through the
    /// later ones by the changes stored when each edition was added, so a renumbered unit keeps
    /// its history; its words and notes are read from the stored units.
    public func history(of reference: String, in work: String, language: Language) throws(LibraryError) -> UnitHistory {
        let matches = try works(matching: work)
        guard matches.count == 1 else {
            throw LibraryError(nil, matches.isEmpty ? LibraryRefusals.noWork(work, path) : LibraryRefusals.severalWorks(work, matches.map(\.id)))
        }
        let w = matches[0]
        // dated editions in order; an undated text stands alone at the end
        let expressions = w.expressions.filter { $0.language == language }
            .sorted { ($0.edition ?? "9999") < ($1.edition ?? "9999") }
        guard !expressions.isEmpty else { throw LibraryError(nil, LibraryRefusals.noText(w.id, language)) }
        // the first edition where the reference names a unit: a plain one («ст. 8 п. 2») read
        // from the stored units, anything else by parsing the editions in turn
        var start: (index: Int, eId: EId)?
        if let id = EId(plainReference: reference) {
            do {
                start = try pool.read { db in
                    try expressions.indices.first { try Self.unitRow(db, expressions[$0].id, id) != nil }.map { ($0, id) }
                }
            } catch { throw LibraryError(path, LibraryRefusals.cannotRead(error)) }
        }
        for (k, e) in expressions.enumerated() where start == nil {
            let act = try load(e, work: w.id, language: language)
            if case .success(let ids) = act.lookup(reference), let id = ids.first, act.contains(id) { start = (k, id); break }
        }
        guard let start else { throw LibraryError(nil, LibraryRefusals.inNoEdition(reference, w.id, language)) }
        do {
            return try pool.read { db in
                var out: [UnitHistory.Edition] = []
                var tracked: EId?
                for (k, e) in expressions.enumerated() {
                    var change: String?
                    if k == start.index {
                        tracked = start.eId
                        if k > 0 { change = "inserted" }
                    } else if k > start.index, let t = tracked {
                        if let c = try Row.fetchOne(db.cachedStatement(sql: "SELECT new_eid, kind FROM change WHERE expression = ? AND old_eid = ?"),
                                                    arguments: [e.id, t.rawValue]) {
                            tracked = (c[0] as String?).map { EId($0) }
                            change = tracked == nil ? "deleted" : c[1]
                        } else if try Self.unitRow(db, e.id, t) != nil {
                            // its own words the same, but something inside it changed (`…__*`: «`» sorts right after «_»)
                            let inside = try Bool.fetchOne(db.cachedStatement(sql: """
                                SELECT 1 FROM change WHERE expression = ?1 AND ((old_eid > ?2 AND old_eid < ?3) OR (new_eid > ?2 AND new_eid < ?3))
                                """), arguments: [e.id, t.rawValue + "__", t.rawValue + "_`"]) != nil
                            change = inside ? ChangeKind.modified.rawValue : "unchanged"
                        } else {
                            tracked = nil
                            change = "deleted"
                        }
                    }
                    let row = try tracked.flatMap { try Self.unitRow(db, e.id, $0) }
                    var status: UnitHistory.Edition.Status = .absent
                    if let row { status = (row["status"] as String) == UnitStatus.excluded.rawValue ? .excluded : .inForce }
                    else if e.excerpt { status = .notInExcerpt }
                    var named = row.map { Self.amendments($0["amendments"]) } ?? []
                    if let t = tracked, let a = t.article, a != t, let article = try Self.unitRow(db, e.id, a) { named += Self.amendments(article["amendments"]) }
                    let amendedBy = named.filter { e.edition == nil || $0.date <= e.edition! }.max { $0.date < $1.date }
                    out.append(.init(edition: e.edition, eId: row.map { EId($0["eid"] as String) }, status: status, change: k == 0 ? nil : change,
                                     text: try row.map { _ in try Self.wording(db, e.id, tracked!) }, amendedBy: amendedBy,
                                     synthetic: e.synthetic, excerpt: e.excerpt))
                }
                return UnitHistory(work: w.id, language: language, editions: out)
            }
        } catch let e as LibraryError { throw e } catch { throw LibraryError(path, LibraryRefusals.cannotRead(error)) }
    }

    static func unitRow(_ db: Database, _ expression: Int64, _ eId: EId) throws -> Row? {
        try Row.fetchOne(db.cachedStatement(sql: "SELECT eid, status, amendments FROM unit WHERE expression = ? AND eid = ?"), arguments: [expression, eId.rawValue])
    }

    /// `date number kind;…` back to amendments.
    static func amendments(_ stored: String) -> [Amendment] {
        stored.split(separator: ";").compactMap { item in
            let p = item.split(separator: " ", omittingEmptySubsequences: false)
            guard p.count >= 2 else { return nil }
            return Amendment(date: String(p[0]), number: String(p[1]), actKind: p.count > 2 ? ActKind(rawValue: String(p[2])) : nil)
        }
    }

    /// A unit's words with everything inside it, a line per unit, numbers as printed (the
    /// heading of an article on its first line), read from the stored units (those inside it by
    /// their eIds, `…__*`: «`» sorts right after «_»).
    static func wording(_ db: Database, _ expression: Int64, _ eId: EId) throws -> String {
        let rows = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT u.eid, u.num, w.heading, w.text, w.wrap_up, u.parent, u.position FROM unit u JOIN wording w ON w.id = u.wording
            WHERE u.expression = ?1 AND u.eid >= ?2 AND u.eid < ?4 AND (u.eid = ?2 OR u.eid > ?3) ORDER BY u.position
            """), arguments: [expression, eId.rawValue, eId.rawValue + "__", eId.rawValue + "_`"])
        // rows are in document order: a unit's closing words follow the units inside it, so they
        // wait until a row no deeper than their unit comes
        var depth: [Int: Int] = [:]
        var lines: [String] = []
        var closing: [(depth: Int, words: String)] = []
        for r in rows {
            let pos: Int = r["position"], parent: Int? = r["parent"]
            let d = parent.flatMap { depth[$0] }.map { $0 + 1 } ?? 0
            depth[pos] = d
            while let last = closing.last, last.depth >= d { lines.append(last.words); closing.removeLast() }
            let top = (r["eid"] as String) == eId.rawValue
            let head = [top ? nil : r["num"] as String?, r["heading"] as String?, (r["text"] as String).isEmpty ? nil : r["text"] as String]
                .compactMap { $0 }.joined(separator: " ")
            if !head.isEmpty { lines.append(head) }
            if let w: String = r["wrap_up"] { closing.append((d, w)) }
        }
        while let last = closing.popLast() { lines.append(last.words) }
        return lines.joined(separator: "\n")
    }

    /// A unit of an expression with everything inside it, and the units it is in (outermost
    /// first, itself last, without their children), built from the stored units: what `kenes
    /// show` prints, without parsing the edition. Notes and citations are not stored with the
    /// units; nil when the expression has no such unit.
    public func storedUnit(_ eId: EId, of expression: Int64) throws(LibraryError) -> (unit: StructuralUnit, path: [StructuralUnit])? {
        do {
            return try pool.read { db in
                let columns = "u.position, u.parent, u.eid, u.kind, u.num, w.heading, w.text, w.wrap_up, u.status, u.line"
                func unit(_ r: Row) -> StructuralUnit {
                    StructuralUnit(kind: UnitKind(rawValue: r[3]) ?? .paragraph, eId: EId(r[2] as String), num: r[4], heading: r[5], text: r[6],
                                   wrapUp: r[7], status: UnitStatus(rawValue: r[8]) ?? .inForce, line: r[9])
                }
                guard let top = try Row.fetchOne(db, sql: """
                    SELECT \(columns) FROM unit u JOIN wording w ON w.id = u.wording WHERE u.expression = ? AND u.eid = ?
                    """, arguments: [expression, eId.rawValue]) else { return nil }
                // the units are stored in document order: those inside it follow it
                let start: Int = top[0]
                var inside: [Int: StructuralUnit] = [start: unit(top)], children: [Int: [Int]] = [:]
                let rows = try Row.fetchCursor(db, sql: """
                    SELECT \(columns) FROM unit u JOIN wording w ON w.id = u.wording
                    WHERE u.expression = ? AND u.position > ? ORDER BY u.position
                    """, arguments: [expression, start])
                while let r = try rows.next() {
                    guard let parent: Int = r[1], inside[parent] != nil else { break }
                    inside[r[0]] = unit(r)
                    children[parent, default: []].append(r[0])
                }
                func built(_ position: Int) -> StructuralUnit {
                    var u = inside[position]!
                    u.children = (children[position] ?? []).map(built)
                    return u
                }
                var path = [unit(top)], parent: Int? = top[1]
                while let p = parent, let r = try Row.fetchOne(db, sql: """
                    SELECT \(columns) FROM unit u JOIN wording w ON w.id = u.wording WHERE u.expression = ? AND u.position = ?
                    """, arguments: [expression, p]) {
                    path.insert(unit(r), at: 0)
                    parent = r[1]
                }
                return (built(start), path)
            }
        } catch { throw LibraryError(path, LibraryRefusals.cannotRead(error)) }
    }

    /// The title an expression was added with.
    public func title(of expression: Int64) throws(LibraryError) -> String? {
        do { return try pool.read { db in try String.fetchOne(db, sql: "SELECT title FROM expression WHERE id = ?", arguments: [expression]) } }
        catch { throw LibraryError(path, LibraryRefusals.cannotRead(error)) }
    }
}
