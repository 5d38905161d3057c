import Foundation
#if canImport(Glibc)
import Glibc
#endif
import GRDB
import KenesAct
import KenesImport

/// The act library: an SQLite database (WAL, one transaction per act added) of works — an act
/// identified by kind, number and date — and their expressions, one per language and edition,
/// each with its source bytes (re-read losslessly) and its units.
///
/// Authentic or labelled, always: every expression keeps `synthetic`, `excerpt` and `edition`
/// (nil when unknown); an expression with no known edition is never picked for a date.
public final class ActLibrary: Sendable {
    let pool: DatabasePool
    public let path: String
    let recent = RecentAct()

    /// Opens (creating it and its folder when missing) the library at `path`.
    public init(path: String) throws(LibraryError) {
        self.path = path
        do {
            // a bare file name («library.sqlite») has no folder to create
            let folder = (path as NSString).deletingLastPathComponent
            if !folder.isEmpty { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
            var config = Configuration()
            // two processes adding at once wait for each other instead of failing
            config.busyMode = .timeout(10)
            // An act of 10 MB is one transaction of tens of thousands of rows: with SQLite's
            // default 2 MB page cache its pages spilled to disk mid-transaction (adding it took
            // three times as long).
            // In WAL mode `synchronous = NORMAL` syncs at checkpoints, not at every commit: a
            // transaction is still whole or absent after a crash (only the last ones may be lost
            // on a power cut), and adding a folder of editions no longer waits for a sync each.
            config.prepareDatabase { db in try db.execute(sql: "PRAGMA cache_size = -65536; PRAGMA synchronous = NORMAL") }
            // GRDB's migrator checks what is applied, then migrates in a deferred transaction:
            // two processes opening a new library at once would both create it. A lock file
            // beside the database makes opening and migrating one process at a time.
            let lock = open(path + ".lock", O_CREAT | O_RDWR, 0o644)
            if lock >= 0 { flock(lock, LOCK_EX) }
            defer { if lock >= 0 { flock(lock, LOCK_UN); close(lock) } }
            pool = try DatabasePool(path: path, configuration: config)
            let applied = try pool.read { db in try Self.migrator.appliedIdentifiers(db) }
            try Self.migrator.migrate(pool)
            // moving the sources out of the expression rows left their pages free: give them back
            if !applied.isEmpty && !applied.contains("v3-sources-apart") { try pool.vacuum() }
        } catch let e as LibraryError {
            throw e
        } catch {
            throw LibraryError(path, LibraryRefusals.cannotOpen(error))
        }
    }

    /// `$KENES_LIBRARY`, else `$XDG_DATA_HOME/kenes/library.sqlite`, else
    /// `~/.local/share/kenes/library.sqlite`.
    public static func defaultPath(environment: [String: String]) -> String {
        if let p = environment["KENES_LIBRARY"], !p.isEmpty { return p }
        let data = environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? ((environment["HOME"] ?? NSHomeDirectory()) + "/.local/share")
        return data + "/kenes/library.sqlite"
    }

    /// How many units the library holds over all editions, and how many distinct wordings they
    /// share (a unit unchanged from one edition to the next is stored once).
    public func storage() throws(LibraryError) -> (units: Int, wordings: Int) {
        do {
            return try pool.read { db in
                (try Int.fetchOne(db, sql: "SELECT count(*) FROM unit") ?? 0, try Int.fetchOne(db, sql: "SELECT count(*) FROM wording") ?? 0)
            }
        } catch { throw LibraryError(path, LibraryRefusals.cannotRead(error)) }
    }

    /// SQLite's own `integrity_check`: «ok» for a sound database.
    public func integrityCheck() throws(LibraryError) -> String {
        do { return try pool.read { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") ?? "" } }
        catch { throw LibraryError(path, LibraryRefusals.cannotRead(error)) }
    }

    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE work (
                    id TEXT PRIMARY KEY,
                    kind TEXT NOT NULL,
                    number TEXT,
                    date TEXT,
                    title_ru TEXT,
                    title_kk TEXT
                );
                CREATE INDEX work_number ON work(number);
                CREATE TABLE expression (
                    id INTEGER PRIMARY KEY,
                    work TEXT NOT NULL REFERENCES work(id),
                    language TEXT NOT NULL,
                    edition TEXT,
                    synthetic INTEGER NOT NULL,
                    excerpt INTEGER NOT NULL,
                    title TEXT,
                    source_name TEXT NOT NULL,
                    source_format TEXT NOT NULL,
                    source BLOB NOT NULL,
                    units INTEGER NOT NULL,
                    content TEXT NOT NULL
                );
                CREATE UNIQUE INDEX expression_edition ON expression(work, language, ifnull(edition, ''));
                -- a unit's words, stored once for every edition (and unit) that has them
                CREATE TABLE wording (
                    id INTEGER PRIMARY KEY,
                    hash TEXT NOT NULL UNIQUE,
                    heading TEXT,
                    text TEXT NOT NULL,
                    wrap_up TEXT
                );
                CREATE TABLE unit (
                    expression INTEGER NOT NULL REFERENCES expression(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    eid TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    num TEXT,
                    wording INTEGER NOT NULL REFERENCES wording(id),
                    status TEXT NOT NULL,
                    parent INTEGER,
                    line INTEGER NOT NULL,
                    amendments TEXT NOT NULL DEFAULT '',
                    PRIMARY KEY (expression, position)
                );
                CREATE INDEX unit_eid ON unit(expression, eid);
                CREATE INDEX unit_wording ON unit(wording);
                """)
            // the wordings' words in their search forms (see SearchForms), by the wording's id
            try db.execute(sql: "CREATE VIRTUAL TABLE unit_fts USING fts5(words, tokenize = 'unicode61 remove_diacritics 0')")
            // each citation of each unit, as the parser resolved it: `kenes library cites` reads
            // these rows instead of parsing the acts again
            try db.execute(sql: """
                CREATE TABLE citation (
                    expression INTEGER NOT NULL REFERENCES expression(id) ON DELETE CASCADE,
                    eid TEXT NOT NULL,
                    text TEXT NOT NULL,
                    targets TEXT NOT NULL,
                    external TEXT,
                    status TEXT NOT NULL
                );
                CREATE INDEX citation_expression ON citation(expression);
                """)
            // what changed from the edition before (KenesDiff), stored when an edition is added:
            // a unit's history reads these rows
            try db.execute(sql: """
                CREATE TABLE change (
                    expression INTEGER NOT NULL REFERENCES expression(id) ON DELETE CASCADE,
                    previous INTEGER NOT NULL,
                    old_eid TEXT,
                    new_eid TEXT,
                    kind TEXT NOT NULL
                );
                CREATE INDEX change_expression ON change(expression);
                """)
        }
        // The index holds search forms already split and lower-cased (SearchForms), letters
        // and digits separated by spaces: FTS5's `ascii` tokenizer, which takes every non-ASCII
        // byte as part of a word, splits them as well as `unicode61` and indexes faster.
        m.registerMigration("v2-search-forms-ascii") { db in
            try db.execute(sql: """
                CREATE VIRTUAL TABLE unit_fts_ascii USING fts5(words, tokenize = 'ascii');
                INSERT INTO unit_fts_ascii (rowid, words) SELECT rowid, words FROM unit_fts;
                DROP TABLE unit_fts;
                ALTER TABLE unit_fts_ascii RENAME TO unit_fts;
                """)
        }
        // The source bytes apart from the expression's row: SQLite reads a row's columns in
        // order, and `units` and `content` came after the source's overflow pages, so listing the
        // works read every source (0.1 s on a library of 100 MB).
        m.registerMigration("v3-sources-apart") { db in
            try db.execute(sql: """
                CREATE TABLE source (
                    expression INTEGER PRIMARY KEY REFERENCES expression(id) ON DELETE CASCADE,
                    bytes BLOB NOT NULL
                );
                INSERT INTO source (expression, bytes) SELECT id, source FROM expression;
                ALTER TABLE expression DROP COLUMN source;
                """)
            // a search joins the wordings found to the units of the editions in force: with the
            // expression and eId in the index, without reading a row of every edition
            try db.execute(sql: """
                DROP INDEX unit_wording;
                CREATE INDEX unit_wording ON unit(wording, expression, eid, position);
                """)
        }
        // Each word's postings by shape, so that a search stops early (see Relevance).
        m.registerMigration("v4-postings-by-shape") { db in try ActLibrary.createPostings(db) }
        return m
    }
}

/// One work of the library and its expressions.
public struct LibraryWork: Sendable, Equatable {
    public var id: String
    public var kind: ActKind
    public var number: String?
    public var date: String?
    public var titles: [Language: String]
    public var expressions: [LibraryExpression]
}

public struct LibraryExpression: Sendable, Equatable {
    public var id: Int64
    public var language: Language
    public var edition: String?
    public var synthetic: Bool
    public var excerpt: Bool
    public var units: Int
    /// The file it was added from, as named then.
    public var source: String
}

extension ActLibrary {
    /// `law-2015-11-02-383-V`: kind, date and number; the title's words when there is no number.
    public static func workId(_ m: ActMetadata) -> String {
        var parts = [m.kind == .unknown ? "act" : m.kind.rawValue]
        if let d = m.date { parts.append(d) }
        if let n = m.number {
            parts.append(n.replacingOccurrences(of: "/", with: "-").replacingOccurrences(of: " ", with: "-"))
        } else {
            let words = (m.title ?? "untitled").lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).prefix(6)
            parts.append(words.joined(separator: "-"))
        }
        return parts.joined(separator: "-")
    }

    /// A unit's fields the library stores, read from the parsed records (no notes or citations
    /// are built for it).
    struct StoredUnit: Sendable {
        var position: Int, parent: Int?
        var eId: EId, kind: UnitKind, num: String?, heading: String?, text: String, wrapUp: String?, status: UnitStatus, line: Int
        /// The amending acts its notes and exclusion line name: `date number kind;…`.
        var amendments: String
    }

    static func storedUnits(_ act: Act) -> [StoredUnit] {
        var out: [StoredUnit] = []
        out.reserveCapacity(act.unitCount)
        act.forEachUnit { u, parent in
            guard u.position > 0 else { return }
            out.append(StoredUnit(position: Int(u.position), parent: parent > 0 ? parent : nil, eId: act.eId(u), kind: act.kind(u),
                                  num: act.num(u), heading: act.heading(u), text: act.text(u), wrapUp: act.wrapUp(u),
                                  status: act.status(u), line: act.line(u),
                                  amendments: act.amendments(u).map { "\($0.date) \($0.number) \($0.actKind?.rawValue ?? "")" }.joined(separator: ";")))
        }
        return out
    }

    /// What "the same text" means: the parsed units (eId, kind, number, heading, text, closing
    /// words, status), hashed — the same edition added again as HTML or DOCX is the same.
    static func content(_ units: [StoredUnit]) -> String {
        var h = ContentHash()
        for s in units {
            for field in [s.eId.rawValue, s.kind.rawValue, s.num ?? "", s.heading ?? "", s.text, s.wrapUp ?? "", s.status.rawValue] {
                h.add(field)
            }
        }
        return h.hex
    }
}

/// A stable 128-bit FNV-1a over the fields, each followed by a separator: an identity for
/// "the same units", not a security measure.
struct ContentHash {
    var a: UInt64 = 0xcbf29ce484222325, b: UInt64 = 0x84222325cbf29ce4
    mutating func add(_ s: String) {
        for byte in s.utf8 {
            a = (a ^ UInt64(byte)) &* 0x100000001b3
            b = (b ^ UInt64(byte)) &* 0x100000001b3 &+ 0x9e3779b97f4a7c15
        }
        a = (a ^ 0x1F) &* 0x100000001b3
        b = (b ^ 0x1F) &* 0x100000001b3
    }
    var hex: String { String(a, radix: 16) + String(b, radix: 16) }
}
