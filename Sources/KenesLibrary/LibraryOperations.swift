import Foundation
import GRDB
import KenesAct
import KenesDiff
import KenesImport

/// What adding an act did.
public enum AddOutcome: Sendable, Equatable {
    /// A new expression (work × language × edition).
    case added(work: String, language: Language, edition: String?)
    /// The same units were there already: nothing written.
    case unchanged(work: String, language: Language, edition: String?)
    /// A different text for the same edition, replaced as asked.
    case replaced(work: String, language: Language, edition: String?)
}

/// An act made ready to be added, on any thread: its units as the library stores them, its
/// citations, and the hash of its units (what makes two texts "the same").
public struct PreparedAct: Sendable {
    public let act: Act
    let units: [ActLibrary.StoredUnit]
    let citations: [(EId, Citation)]
    let content: String

    public init(_ act: Act) {
        self.act = act
        units = ActLibrary.storedUnits(act)
        var citations: [(EId, Citation)] = []
        act.forEachUnit { u, _ in for c in act.citations(u) { citations.append((act.eId(u), c)) } }
        self.citations = citations
        content = ActLibrary.content(units)
    }
}

extension ActLibrary {
    /// Adds one parsed act read from `source` (its bytes, kept for a lossless re-read), in one
    /// transaction: a failure leaves the library as it was.
    public func add(_ act: Act, source: [UInt8], name: String, format: SourceFormat, edition: String? = nil,
                    replace: Bool = false) throws(LibraryError) -> AddOutcome {
        try add(PreparedAct(act), source: source, name: name, format: format, edition: edition, replace: replace)
    }

    public func add(_ prepared: PreparedAct, source: [UInt8], name: String, format: SourceFormat, edition: String? = nil,
                    replace: Bool = false) throws(LibraryError) -> AddOutcome {
        let act = prepared.act, units = prepared.units, citations = prepared.citations, content = prepared.content
        let m = act.metadata
        guard m.kind != .draft else {
            throw LibraryError(name, LibraryRefusals.draft)
        }
        let work = Self.workId(m), language = m.language
        let editionDate = edition ?? m.editionDate
        // The neighbouring editions are parsed and compared on another core from here on, while
        // this one's units are written; the transaction checks that they are still the
        // neighbours (another process may have added one since). Not when this edition is there
        // already: adding it again is most often a no-op.
        let early = try? pool.read { db -> NeighbourComparison? in
            let there = try Bool.fetchOne(db, sql: """
                SELECT count(*) > 0 FROM expression WHERE work = ? AND language = ? AND ifnull(edition, '') = ifnull(?, '')
                """, arguments: [work, language.rawValue, editionDate]) ?? false
            return there ? nil : try NeighbourComparison(db, try Self.neighbours(db, work: work, language: language, edition: editionDate),
                                                         act: act, recent: recent)
        }
        do {
            let (outcome, added) = try pool.write { db throws -> (AddOutcome, Int64?) in
                try db.execute(sql: """
                    INSERT INTO work (id, kind, number, date) VALUES (?, ?, ?, ?)
                    ON CONFLICT(id) DO NOTHING
                    """, arguments: [work, m.kind.rawValue, m.number, m.date])
                try db.execute(sql: "UPDATE work SET \(language == .ru ? "title_ru" : "title_kk") = ? WHERE id = ?", arguments: [m.title, work])
                let existing = try Row.fetchOne(db, sql: """
                    SELECT id, content FROM expression WHERE work = ? AND language = ? AND ifnull(edition, '') = ifnull(?, '')
                    """, arguments: [work, language.rawValue, editionDate])
                var outcome = AddOutcome.added(work: work, language: language, edition: editionDate)
                if let existing {
                    if existing["content"] as String == content { return (.unchanged(work: work, language: language, edition: editionDate), nil) }
                    guard replace else {
                        throw LibraryError(name, LibraryRefusals.otherText(work, language, editionDate))
                    }
                    try db.execute(sql: "DELETE FROM unit WHERE expression = ?", arguments: [existing["id"] as Int64])
                    // wordings no unit has any more, and their index rows
                    let orphans = try Row.fetchAll(db, sql: """
                        SELECT rowid, words FROM unit_fts WHERE rowid IN (SELECT id FROM wording WHERE id NOT IN (SELECT wording FROM unit))
                        """).map { (id: $0[0] as Int64, forms: $0[1] as String) }
                    try Self.removePostings(db, orphans)
                    try db.execute(sql: "DELETE FROM unit_fts WHERE rowid IN (\(orphans.map { String($0.id) }.joined(separator: ",")))")
                    try db.execute(sql: "DELETE FROM wording WHERE id NOT IN (SELECT wording FROM unit)")
                    try db.execute(sql: "DELETE FROM citation WHERE expression = ?", arguments: [existing["id"] as Int64])
                    try db.execute(sql: "DELETE FROM change WHERE expression = ?", arguments: [existing["id"] as Int64])
                    try db.execute(sql: "DELETE FROM source WHERE expression = ?", arguments: [existing["id"] as Int64])
                    try db.execute(sql: "DELETE FROM expression WHERE id = ?", arguments: [existing["id"] as Int64])
                    outcome = .replaced(work: work, language: language, edition: editionDate)
                }
                try db.execute(sql: """
                    INSERT INTO expression (work, language, edition, synthetic, excerpt, title, source_name, source_format, units, content)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [work, language.rawValue, editionDate, m.isSynthetic, m.isExcerpt, m.title, name,
                                     format.rawValue, units.count, content])
                let expression = db.lastInsertedRowID
                try db.execute(sql: "INSERT INTO source (expression, bytes) VALUES (?, ?)", arguments: [expression, Data(source)])
                let neighbours = try Self.neighbours(db, work: work, language: language, edition: editionDate)
                let comparison = try early.flatMap { $0.neighbours == neighbours ? $0 : nil }
                    ?? NeighbourComparison(db, neighbours, act: act, recent: recent)
                if let next = neighbours.first(where: \.isNewer) {
                    // compared again, with this edition as the one before it
                    try db.execute(sql: "DELETE FROM change WHERE expression = ?", arguments: [next.id])
                }
                var insert = try RowInserter(db, sql: """
                    INSERT INTO unit (expression, position, eid, kind, num, wording, status, parent, line, amendments)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
                let wordings = try Self.wordings(db, units: units, language: language)
                for (s, w) in zip(units, wordings) {
                    insert.bind(expression); insert.bind(s.position); insert.bind(s.eId.rawValue); insert.bind(s.kind.rawValue)
                    insert.bind(s.num); insert.bind(w); insert.bind(s.status.rawValue); insert.bind(s.parent); insert.bind(s.line)
                    insert.bind(s.amendments)
                    try insert.run(db)
                }
                try comparison.finish(db, added: expression)
                let cite = try db.makeStatement(sql: "INSERT INTO citation (expression, eid, text, targets, external, status) VALUES (?, ?, ?, ?, ?, ?)")
                for (eId, c) in citations {
                    try cite.execute(arguments: [expression, eId.rawValue, c.text, c.targets.map(\.rawValue).joined(separator: " "), c.external, c.status.rawValue])
                }
                return (outcome, expression)
            }
            // committed: the next edition added can be compared with this one as parsed
            if let added { recent.keep(act, id: added, content: content) }
            return outcome
        } catch let e as LibraryError {
            throw e
        } catch {
            throw LibraryError(path, LibraryRefusals.notWritten(error))
        }
    }

    /// Every work, its expressions in language and edition order.
    public func works() throws(LibraryError) -> [LibraryWork] { try works(matching: nil) }

    /// The works whose id or number is `key` (all when nil).
    func works(matching key: String?) throws(LibraryError) -> [LibraryWork] {
        do {
            return try pool.read { db in
                let expressions = try Row.fetchAll(db, sql: """
                    SELECT e.id, e.work, e.language, e.edition, e.synthetic, e.excerpt, e.units, e.source_name
                    FROM expression e JOIN work w ON w.id = e.work WHERE ?1 IS NULL OR w.id = ?1 OR w.number = ?1
                    ORDER BY e.work, e.language DESC, ifnull(e.edition, '')
                    """, arguments: [key])
                var byWork: [String: [LibraryExpression]] = [:]
                // columns by position: GRDB folds the case of a column's name at every lookup by name,
                // and every search and act page lists the works
                for r in expressions {
                    byWork[r[1], default: []].append(LibraryExpression(
                        id: r[0], language: Language(rawValue: r[2]) ?? .ru, edition: r[3], synthetic: r[4],
                        excerpt: r[5], units: r[6], source: r[7]))
                }
                return try Row.fetchAll(db, sql: """
                    SELECT id, kind, number, date, title_ru, title_kk FROM work WHERE ?1 IS NULL OR id = ?1 OR number = ?1 ORDER BY id
                    """, arguments: [key]).map { r in
                    var titles: [Language: String] = [:]
                    if let t: String = r[4] { titles[.ru] = t }
                    if let t: String = r[5] { titles[.kk] = t }
                    return LibraryWork(id: r[0], kind: ActKind(rawValue: r[1]) ?? .unknown, number: r[2], date: r[3],
                                       titles: titles, expressions: byWork[r[0]] ?? [])
                }
            }
        } catch { throw LibraryError(path, LibraryRefusals.cannotRead(error)) }
    }

    /// The act a reference names: `1-SYN`, `law-2015-01-01-1-SYN`, with `@2021-06-01` for the
    /// edition in force that day (else `asOf`, else `today`). Only expressions with a known
    /// edition date are chosen by date; with no date asked and none dated, the one undated
    /// expression is taken. Its source is read again, so it is exactly the act that was added.
    public func act(_ reference: String, language: Language, asOf: String?, today: String) throws(LibraryError) -> (Act, LibraryExpression) {
        let (work, chosen) = try expression(reference, language: language, asOf: asOf, today: today)
        return (try load(chosen, work: work.id, language: language), chosen)
    }

    /// The work and expression a reference names, chosen as `act(_:language:asOf:today:)` does.
    public func expression(_ reference: String, language: Language, asOf: String?, today: String) throws(LibraryError) -> (LibraryWork, LibraryExpression) {
        let parts = reference.split(separator: "@", maxSplits: 1).map(String.init)
        let key = parts[0]
        let askedDate = parts.count > 1 ? parts[1] : asOf
        guard askedDate.map({ LegalDates.numeric(Substring($0.replacingOccurrences(of: "-", with: "."))) != nil }) ?? true else {
            throw LibraryError(nil, LibraryRefusals.notADate(askedDate!))
        }
        let matches = try works(matching: key)
        guard !matches.isEmpty else {
            throw LibraryError(nil, LibraryRefusals.noWork(key, path))
        }
        guard matches.count == 1 else {
            throw LibraryError(nil, LibraryRefusals.severalWorks(key, matches.map(\.id)))
        }
        let work = matches[0]
        let inLanguage = work.expressions.filter { $0.language == language }
        guard !inLanguage.isEmpty else {
            let have = Set(work.expressions.map(\.language.rawValue)).sorted().joined(separator: ", ")
            throw LibraryError(nil, LibraryRefusals.otherLanguages(work.id, have: have, asked: language))
        }
        let day = askedDate ?? today
        guard let chosen = Self.inForce(inLanguage, edition: \.edition, on: day, dateAsked: askedDate != nil) else {
            throw LibraryError(nil, LibraryRefusals.noEditionInForce(work.id, language, on: day, editions: inLanguage.map(\.edition)))
        }
        return (work, chosen)
    }

    /// Of one work's expressions in one language, the edition in force on `day`: the latest
    /// dated on or before it; a text of unknown edition only when it is the work's only one
    /// and no date was asked (a date never picks an undated text).
    static func inForce<E>(_ expressions: [E], edition: (E) -> String?, on day: String, dateAsked: Bool) -> E? {
        if let dated = expressions.filter({ edition($0).map { $0 <= day } ?? false }).max(by: { edition($0)! < edition($1)! }) { return dated }
        return !dateAsked && expressions.count == 1 && edition(expressions[0]) == nil ? expressions[0] : nil
    }

    /// An expression's act, parsed again from its stored source; named `law-…@2021-01-10` in
    /// messages.
    func load(_ e: LibraryExpression, work: String, language: Language) throws(LibraryError) -> Act {
        do {
            let (bytes, options) = try pool.read { db in try Self.source(db, of: e.id, language: language) }
            return try Importer.load(bytes: bytes, file: "\(work)@\(e.edition ?? "undated")", options: options)
        } catch let e as ActInputError {
            throw LibraryError(e.place, e.text)
        } catch {
            throw LibraryError(path, LibraryRefusals.cannotRead(error))
        }
    }

    /// An expression's source bytes, as added, and how to read them.
    static func source(_ db: Database, of expression: Int64, language: Language) throws -> ([UInt8], ImportOptions) {
        let r = try Row.fetchOne(db, sql: """
            SELECT s.bytes, e.source_format FROM expression e JOIN source s ON s.expression = e.id WHERE e.id = ?
            """, arguments: [expression])!
        return ([UInt8](r["bytes"] as Data), ImportOptions(format: SourceFormat(rawValue: r["source_format"]), language: language))
    }

    /// SQLite's integrity check, and each stored source parsed again against the units stored
    /// for it: the problems found (none for a sound library).
    public func verify() throws(LibraryError) -> [Message] {
        var problems: [Message] = []
        let status = try integrityCheck()
        if status != "ok" { problems.append(Message(verbatim: "integrity_check: \(status)")) }
        // the postings by weight agree with FTS5's rows and with their own counts
        let (indexed, counted, miscounted): (Int, Int, Int)
        do {
            (indexed, counted, miscounted) = try pool.read { db in
                (try Int.fetchOne(db, sql: "SELECT count(*) FROM unit_fts") ?? 0,
                 try Int.fetchOne(db, sql: "SELECT wordings FROM search_size") ?? 0,
                 try Int.fetchOne(db, sql: """
                     SELECT (SELECT count(*) FROM search_term t
                             WHERE wordings != (SELECT sum(wordings) FROM posting_shape s WHERE s.term = t.id))
                          + (SELECT count(*) FROM posting_shape s
                             WHERE wordings != (SELECT count(*) FROM posting p
                                                WHERE p.term = s.term AND p.length = s.length AND p.occurrences = s.occurrences))
                     """) ?? 0)
            }
        } catch { throw LibraryError(path, LibraryRefusals.cannotRead(error)) }
        if indexed != counted || miscounted > 0 {
            problems.append(Message(ru: "поисковый указатель расходится со словами единиц (\(indexed) ≠ \(counted) или \(miscounted) слов)",
                                    kk: "іздеу көрсеткіші бірліктердің сөздерімен сәйкес емес (\(indexed) ≠ \(counted) немесе \(miscounted) сөз)",
                                    en: "the search index disagrees with the units' words (\(indexed) ≠ \(counted) or \(miscounted) words)"))
        }
        for w in try works() {
            for e in w.expressions {
                let act = try load(e, work: w.id, language: e.language)
                let stored: String?
                do { stored = try pool.read { db in try String.fetchOne(db, sql: "SELECT content FROM expression WHERE id = ?", arguments: [e.id]) } }
                catch { throw LibraryError(path, LibraryRefusals.cannotRead(error)) }
                if stored != Self.content(Self.storedUnits(act)) {
                    let name = "\(w.id)@\(e.edition ?? "undated") [\(e.language.rawValue)]"
                    problems.append(Message(ru: "\(name): его источник больше не даёт сохранённых для него единиц",
                                            kk: "\(name): оның дереккөзі ол үшін сақталған бірліктерді енді бермейді",
                                            en: "\(name): its source no longer gives the units stored for it"))
                }
            }
        }
        return problems
    }

    /// The editions just before and just after `edition` (when it is known), whose changes the
    /// library stores: from the one before to this one, and from this one to the one after.
    static func neighbours(_ db: Database, work: String, language: Language, edition: String?) throws -> [NeighbourComparison.Neighbour] {
        guard let edition else { return [] }
        let before = try Row.fetchOne(db, sql: """
            SELECT id, edition, content FROM expression WHERE work = ? AND language = ? AND edition < ? ORDER BY edition DESC LIMIT 1
            """, arguments: [work, language.rawValue, edition])
        let after = try Row.fetchOne(db, sql: """
            SELECT id, edition, content FROM expression WHERE work = ? AND language = ? AND edition > ? ORDER BY edition LIMIT 1
            """, arguments: [work, language.rawValue, edition])
        return [(before, false), (after, true)].compactMap { r, newer in
            r.map { .init(id: $0["id"], content: $0["content"], isNewer: newer, name: "\(work)@\(($0["edition"] as String))", language: language) }
        }
    }
}

/// The comparison of an edition being added with its neighbouring editions, run on a thread of
/// its own: the changes' kinds only (the library stores which unit changed how, not the words).
final class NeighbourComparison: @unchecked Sendable {
    struct Neighbour: Sendable, Equatable {
        var id: Int64
        /// The hash of its units (an id can be used again after a --replace).
        var content: String
        /// The edition after the one added (else the one before it).
        var isNewer: Bool
        var name: String
        var language: Language
    }
    struct Found: Sendable { var neighbour: Neighbour; var old: EId?; var new: EId?; var kind: ChangeKind }

    let neighbours: [Neighbour]
    private let done = DispatchSemaphore(value: 0)
    // written once by the worker before `done` is signalled, read after waiting on it
    private var result: Result<[Found], Error> = .success([])

    /// Starts comparing; a neighbour is parsed from its source in `db` unless it is `recent`
    /// (the act added just before, when a folder of editions is added in order).
    init(_ db: Database, _ neighbours: [Neighbour], act: Act, recent: RecentAct) throws {
        self.neighbours = neighbours
        let known = neighbours.map { recent.act(id: $0.id, content: $0.content) }
        let sources = try zip(neighbours, known).map { n, known in known == nil ? try ActLibrary.source(db, of: n.id, language: n.language) : nil }
        guard !neighbours.isEmpty else { done.signal(); return }
        Thread.detachNewThread { [self] in
            result = Result {
                try neighbours.indices.flatMap { i -> [Found] in
                    let n = neighbours[i]
                    let other = try known[i] ?? Importer.load(bytes: sources[i]!.0, file: n.name, options: sources[i]!.1)
                    let (old, new) = n.isNewer ? (act, other) : (other, act)
                    return ActDiffer.diff(old: old, new: new, options: DiffOptions(wordEdits: false)).changes.map {
                        Found(neighbour: n, old: $0.old, new: $0.new, kind: $0.kind)
                    }
                }
            }
            done.signal()
        }
    }
    /// Waits for the comparison and writes its change rows; `added` is the new expression's id.
    func finish(_ db: Database, added: Int64) throws {
        done.wait()
        let stmt = try db.makeStatement(sql: "INSERT INTO change (expression, previous, old_eid, new_eid, kind) VALUES (?, ?, ?, ?, ?)")
        for f in try result.get() {
            let (into, previous) = f.neighbour.isNewer ? (f.neighbour.id, added) : (added, f.neighbour.id)
            try stmt.execute(arguments: [into, previous, f.old?.rawValue, f.new?.rawValue, f.kind.rawValue])
        }
    }
}

/// The act added last, parsed: the next edition of the same work, added next from the same
/// folder, is compared with it without parsing it again.
final class RecentAct: @unchecked Sendable {
    private let lock = NSLock()
    private var kept: (id: Int64, content: String, act: Act)?

    func keep(_ act: Act, id: Int64, content: String) { lock.withLock { kept = (id, content, act) } }

    func act(id: Int64, content: String) -> Act? {
        lock.withLock { kept.flatMap { $0.id == id && $0.content == content ? $0.act : nil } }
    }
}
