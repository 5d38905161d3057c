import GRDB
import GRDBSQLite
import KenesAct

/// A query as the index reads it: words and "quoted phrases" in their search forms, never FTS5
/// syntax. Every part must be found (AND); a Kazakh word outside a phrase matches the forms it
/// begins (its endings were taken off, others may follow).
struct SearchQuery {
    struct Part { var words: [String]; var isPhrase: Bool }
    let parts: [Part]
    let prefixes: Bool
    /// The same query for FTS5.
    let match: String
    /// Every word of the query, for marking them in snippets.
    let words: Set<String>
    /// What is weighed: each distinct word once, a phrase's words each on its own.
    let terms: [(word: String, prefix: Bool)]
    var hasPhrase: Bool { parts.contains(where: \.isPhrase) }

    init?(_ query: String, _ forms: SearchForms) {
        var parts: [Part] = []
        for (k, chunk) in query.split(separator: "\"", omittingEmptySubsequences: false).enumerated() {
            let f = forms.forms(String(chunk))
            guard !f.isEmpty else { continue }
            if k % 2 == 1 { parts.append(Part(words: f, isPhrase: true)) } else { parts += f.map { Part(words: [$0], isPhrase: false) } }
        }
        guard !parts.isEmpty else { return nil }
        let prefixes = forms.language == .kk
        self.parts = parts
        self.prefixes = prefixes
        match = parts.map { p in
            p.isPhrase ? "\"" + p.words.joined(separator: " ") + "\"" : (prefixes ? "\"\(p.words[0])\"*" : "\"\(p.words[0])\"")
        }.joined(separator: " AND ")
        words = Set(parts.flatMap(\.words))
        var terms: [(word: String, prefix: Bool)] = []
        for p in parts {
            for w in p.words where !terms.contains(where: { $0.word == w && $0.prefix == (prefixes && !p.isPhrase) }) {
                terms.append((w, prefixes && !p.isPhrase))
            }
        }
        self.terms = terms
    }

    /// Whether a wording's words hold every part, as FTS5 would find them.
    func matches(_ c: FormCounts) -> Bool {
        parts.allSatisfy { p in
            if p.isPhrase {
                let n = p.words.count
                guard c.words.count >= n else { return false }
                return (0...(c.words.count - n)).contains { i in (0..<n).allSatisfy { c.words[i + $0] == p.words[$0] } }
            }
            return prefixes ? c.occurrences.keys.contains { $0.utf8.starts(with: p.words[0].utf8) } : c.occurrences[Substring(p.words[0])] != nil
        }
    }

    /// Each term's weight in a wording: for a prefix, that of the best word it begins.
    func weights(_ c: FormCounts, average: Double) -> [Int] {
        terms.map { t in
            t.prefix ? c.occurrences.keys.filter { $0.utf8.starts(with: t.word.utf8) }.map { c.weight($0, average: average) }.max() ?? 0
                     : c.weight(Substring(t.word), average: average)
        }
    }
}

/// The best units for a query over the expressions in scope. When a term is rare, FTS5 finds
/// the few wordings holding the query and each is weighed. When every term is frequent, the
/// combinations of shapes (a length, and how often each term occurs) that the terms' postings
/// have are weighed instead and visited best first: the wordings holding every term in one
/// combination's shapes are read, until the hits kept outrank the next combination.
struct Ranking {
    /// A hit, its gain (BM25 in the ten-thousandths the weights are counted in: compared with the
    /// combinations' gains exactly), its wording and its place in the act.
    struct Found { var hit: SearchHit; var gain: Double; var wording: Int64; var position: Int }

    /// A term in no more wordings than this: FTS5 finds the query's wordings, and each is weighed.
    static let fewWordings = 300
    /// Combinations visited before giving up on them: two frequent words on 1 GB need about 200;
    /// five that are seldom together, thousands, each holding none of the wordings.
    static let manyCombinations = 1_500

    let db: Database
    let query: SearchQuery
    let scope: [Int64: (work: String, edition: String?)]
    let language: Language
    /// Each term's words in the index (a prefix: every word it begins) and its idf.
    private var termIds: [[Int64]] = []
    private var idf: [Double] = []
    /// In how many wordings each term is (a prefix: at most).
    private var termFound: [Int] = []
    /// Words in a wording of the library on average.
    private let average: Double
    private let unitsOf: Statement, formsOf: Statement
    /// How many wordings were weighed.
    private(set) var weighed = 0

    init(_ db: Database, query: SearchQuery, scope: [Int64: (work: String, edition: String?)], language: Language) throws {
        self.db = db
        self.query = query
        self.scope = scope
        self.language = language
        unitsOf = try db.makeStatement(sql: "SELECT expression, eid, position FROM unit WHERE wording = ?")
        formsOf = try db.makeStatement(sql: "SELECT words FROM unit_fts WHERE rowid = ?")
        let size = try Row.fetchOne(db, sql: "SELECT wordings, words FROM search_size")
        let all: Int = size?[0] ?? 0, words: Int = size?[1] ?? 0
        average = all > 0 ? Double(words) / Double(all) : 1
        for t in query.terms {
            let rows = t.prefix
                ? try Row.fetchAll(db, sql: "SELECT id, wordings FROM search_term WHERE term >= ? AND term < ?", arguments: [t.word, t.word + "\u{10FFFF}"])
                : try Row.fetchAll(db, sql: "SELECT id, wordings FROM search_term WHERE term = ?", arguments: [t.word])
            termIds.append(rows.map { $0[0] })
            termFound.append(min(rows.reduce(0) { $0 + ($1[1] as Int) }, all))
            idf.append(Relevance.idf(found: termFound.last!, all: all))
        }
    }

    mutating func best(_ limit: Int, weighingAllUpTo few: Int = Ranking.fewWordings) throws -> [Found] {
        guard termIds.allSatisfy({ !$0.isEmpty }) else { return [] }
        var found: [Found] = []
        // a rare term: FTS5 finds its few wordings at once; all terms frequent: shapes are weighed,
        // unless so many combinations hold none of the wordings (many frequent words rarely
        // together) that weighing what FTS5 finds is quicker
        if termFound.min()! > few, let byShape = try byShape(try combinations(), limit) {
            found = byShape
        } else {
            weighed = 0
            let all = try Int64.fetchCursor(db, sql: "SELECT rowid FROM unit_fts WHERE unit_fts MATCH ?", arguments: [query.match])
            while let w = try all.next() { found += try weigh(w) }
        }
        found.sort(by: Self.before)
        return Array(found.prefix(limit))
    }

    /// The shapes of each term's words: length → occurrences → the words having it, and in how
    /// many wordings.
    typealias Shapes = [Int: [Int: [(word: Int64, wordings: Int)]]]
    struct Combination { var length: Int; var occurrences: [Int]; var gain: Double }

    /// The combinations of the terms' shapes of one length, best first, made as they are asked
    /// for: of one length, a term's shapes weigh more the more often it occurs, so from each
    /// combination the next best differ in one term by one step (a heap of them; a combination
    /// is reached from one other only, stepping terms in order). Many frequent terms have
    /// millions of combinations; a search visits a few hundred.
    struct Combinations: Sequence, IteratorProtocol {
        let shapes: [Shapes]
        /// Per length, each term's occurrences there, most first.
        private let steps: [Int: [[Int]]]
        private let weigh: (Int, [Int]) -> Double
        private var heap: [(gain: Double, length: Int, at: [Int], from: Int)] = []

        init(_ shapes: [Shapes], weigh: @escaping (_ length: Int, _ occurrences: [Int]) -> Double) {
            self.shapes = shapes
            self.weigh = weigh
            var steps: [Int: [[Int]]] = [:]
            for length in shapes[0].keys where shapes.allSatisfy({ $0[length] != nil }) {
                steps[length] = shapes.map { $0[length]!.keys.sorted(by: >) }
            }
            self.steps = steps
            for (length, s) in steps { push(length, Array(repeating: 0, count: s.count), from: 0) }
        }

        private mutating func push(_ length: Int, _ at: [Int], from: Int) {
            let s = steps[length]!
            heap.append((weigh(length, at.indices.map { s[$0][at[$0]] }), length, at, from))
            var i = heap.count - 1
            while i > 0, heap[(i - 1) / 2].gain < heap[i].gain { heap.swapAt(i, (i - 1) / 2); i = (i - 1) / 2 }
        }

        mutating func next() -> Combination? {
            guard let top = heap.first else { return nil }
            heap.swapAt(0, heap.count - 1)
            heap.removeLast()
            var i = 0
            while true {
                let l = 2 * i + 1, r = l + 1
                var m = i
                if l < heap.count, heap[l].gain > heap[m].gain { m = l }
                if r < heap.count, heap[r].gain > heap[m].gain { m = r }
                if m == i { break }
                heap.swapAt(i, m)
                i = m
            }
            let s = steps[top.length]!
            for t in top.from..<top.at.count where top.at[t] + 1 < s[t].count {
                var at = top.at
                at[t] += 1
                push(top.length, at, from: t)
            }
            return Combination(length: top.length, occurrences: top.at.indices.map { s[$0][top.at[$0]] }, gain: top.gain)
        }
    }

    /// The terms' shapes, read from the index, and their combinations best first.
    private func combinations() throws -> Combinations {
        var shapes: [Shapes] = []
        for ids in termIds {
            var mine: Shapes = [:]
            for id in ids {
                let rows = try Row.fetchCursor(db, sql: "SELECT length, occurrences, wordings FROM posting_shape WHERE term = ?", arguments: [id])
                while let r = try rows.next() { mine[r[0], default: [:]][r[1], default: []].append((id, r[2])) }
            }
            shapes.append(mine)
        }
        let (idf, average) = (idf, average)
        return Combinations(shapes) { length, occurrences in
            zip(idf, occurrences).reduce(0.0) { $0 + $1.0 * Double(Relevance.weight(occurrences: $1.1, length: length, average: average)) }
        }
    }

    /// The wordings of each combination in turn, best first, until the hits kept outrank the next.
    /// A wording is met first in the combination of its true shapes (for a prefix, its best
    /// word's): any other it is in weighs less.
    private mutating func byShape(_ c: Combinations, _ limit: Int) throws -> [Found]? {
        let plateau = try PostingQuery(db, "SELECT wording FROM posting WHERE term = ? AND length = ? AND occurrences = ?")
        let member = try PostingQuery(db, "SELECT wording FROM posting WHERE term = ? AND length = ? AND occurrences = ? AND wording = ?")
        // a term's wordings of one shape, read once: combinations share them (by wording, as stored)
        var read: [[Int64]: [Int64]] = [:]
        func wordings(_ words: [(word: Int64, wordings: Int)], _ length: Int, _ occurrences: Int) throws -> [Int64] {
            let key = [Int64(length), Int64(occurrences)] + words.map(\.word)
            if let known = read[key] { return known }
            var all: [Int64] = []
            for w in words { all += try plateau.wordings(w.word, Int64(length), Int64(occurrences)) }
            if words.count > 1 { all = Array(Set(all)).sorted() }
            read[key] = all
            return all
        }
        var seen = Set<Int64>(), found: [Found] = []
        for (visited, combination) in c.enumerated() {
            if visited == Self.manyCombinations { return nil }
            if found.count >= limit {
                found.sort(by: Self.before)
                found.removeLast(found.count - limit)
                // of equal weight, a wording of this combination could still come first
                if found[limit - 1].gain > combination.gain { break }
            }
            let (length, occurrences) = (combination.length, combination.occurrences)
            let words = c.shapes.indices.map { c.shapes[$0][length]![occurrences[$0]]! }
            let sizes = words.map { $0.reduce(0) { $0 + $1.wordings } }
            // the wordings of the term with the fewest of this shape, kept when the others have them
            // too: read and searched when they are not many more, else looked up one by one
            let driver = sizes.indices.min { sizes[$0] < sizes[$1] }!
            var candidates = try wordings(words[driver], length, occurrences[driver]).filter { !seen.contains($0) }
            for t in words.indices where t != driver && !candidates.isEmpty {
                if sizes[t] <= 8 * candidates.count {
                    let theirs = try wordings(words[t], length, occurrences[t])
                    candidates = candidates.filter { Self.contains(theirs, $0) }
                } else {
                    candidates = try candidates.filter { w in
                        try words[t].contains { try !member.wordings($0.word, Int64(length), Int64(occurrences[t]), w).isEmpty }
                    }
                }
            }
            let weights = occurrences.map { Relevance.weight(occurrences: $0, length: length, average: average) }
            for w in candidates {
                seen.insert(w)
                found += try weigh(w, weights: weights)
            }
        }
        return found
    }

    /// Binary search of a sorted array.
    static func contains(_ sorted: [Int64], _ value: Int64) -> Bool {
        var (low, high) = (0, sorted.count)
        while low < high {
            let mid = (low + high) / 2
            if sorted[mid] < value { low = mid + 1 } else { high = mid }
        }
        return low < sorted.count && sorted[low] == value
    }

    /// The hits of one wording: its units in the expressions of the scope, if its words hold the
    /// query; in every edition, a unit that reads the same in several is one hit spanning them.
    /// `weights`, when read from the postings, spare reading its words but for a phrase.
    private mutating func weigh(_ wording: Int64, weights known: [Int]? = nil) throws -> [Found] {
        weighed += 1
        var units: [(work: String, edition: String?, eId: String, position: Int)] = []
        let s = unitsOf.sqliteStatement
        sqlite3_reset(s)
        sqlite3_bind_int64(s, 1, wording)
        while sqlite3_step(s) == SQLITE_ROW {
            // the unit's expression first: most rows are of editions out of scope
            guard let e = scope[sqlite3_column_int64(s, 0)] else { continue }
            units.append((e.work, e.edition, String(cString: sqlite3_column_text(s, 1)), Int(sqlite3_column_int64(s, 2))))
        }
        guard !units.isEmpty else { return [] }
        var weights = known ?? []
        if known == nil || query.hasPhrase {
            guard let words = try String.fetchOne(formsOf, arguments: [wording]) else { return [] }
            let counts = FormCounts(words)
            guard query.matches(counts) else { return [] }
            if known == nil { weights = query.weights(counts, average: average) }
        }
        let gain = zip(idf, weights).reduce(0.0) { $0 + $1.0 * Double($1.1) }
        // one hit per unit (work and eId); placed where its first edition has it
        var out: [Found] = [], hitOf: [String: Int] = [:]
        for u in units.sorted(by: { ($0.work, $0.position, $0.edition ?? "") < ($1.work, $1.position, $1.edition ?? "") }) {
            if let k = hitOf[u.work + "|" + u.eId] {
                let all = (out[k].hit.editions + [u.edition]).sorted { ($0 ?? "") < ($1 ?? "") }
                out[k].hit.editions = [all.first!, all.last!]
                out[k].hit.edition = all.last!
                continue
            }
            hitOf[u.work + "|" + u.eId] = out.count
            let eId = EId(u.eId)
            out.append(Found(hit: SearchHit(work: u.work, language: language, edition: u.edition, editions: [u.edition, u.edition], eId: eId,
                                            label: "", snippet: "", score: -gain / 10_000),
                             gain: gain, wording: wording, position: u.position))
        }
        return out
    }

    /// Best first (bm25 as SQLite gives it: lower is better); of equal weight, the wording the
    /// library stored first (for one act: its order), then the order of the acts.
    static func before(_ a: Found, _ b: Found) -> Bool {
        (-a.gain, a.wording, a.hit.work, a.position, a.hit.eId.rawValue) < (-b.gain, b.wording, b.hit.work, b.position, b.hit.eId.rawValue)
    }
}

/// A query of the postings run through SQLite's C API: a search asks thousands of them, and
/// GRDB's arguments and rows cost more than SQLite's own work.
struct PostingQuery {
    private let statement: Statement

    init(_ db: Database, _ sql: String) throws { statement = try db.makeStatement(sql: sql) }

    /// The wordings (first column) of the rows for these integer arguments.
    func wordings(_ arguments: Int64...) throws -> [Int64] {
        let s = statement.sqliteStatement
        sqlite3_reset(s)
        for (i, a) in arguments.enumerated() { sqlite3_bind_int64(s, Int32(i + 1), a) }
        var out: [Int64] = []
        while true {
            switch sqlite3_step(s) {
            case SQLITE_ROW: out.append(sqlite3_column_int64(s, 0))
            case SQLITE_DONE: return out
            case let code: throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(sqlite3_db_handle(s))))
            }
        }
    }
}
