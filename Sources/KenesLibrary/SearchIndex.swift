import Foundation
import GRDB

/// Ranking without scoring every match. FTS5 finds the wordings a query matches, but ranks them
/// by computing bm25 for each one: 0.33 s for a word found in 127,000 wordings of a 1 GB library.
/// Beside FTS5 the library keeps each word's postings by their shape — the wording's length in
/// words and how often the word occurs in it — which is all BM25 needs besides the word's idf.
/// A search weighs the shapes, not the wordings: it visits the combinations of shapes its words
/// can have together, best first, and reads the wordings of each until no combination left can
/// outrank the hits kept (`Ranking`).
enum Relevance {
    static let k1 = 1.2, b = 0.75

    /// The weight of a word found `occurrences` times among the `length` words of a wording, when
    /// the library's wordings have `average` words: BM25's term-frequency part, in ten-thousandths,
    /// whole, so that every way of weighing a wording gives the same number.
    static func weight(occurrences: Int, length: Int, average: Double) -> Int {
        let f = Double(occurrences)
        return Int((f * (k1 + 1) / (f + k1 * (1 - b + b * Double(length) / average)) * 10_000).rounded())
    }

    /// How telling a word found in `found` of the library's `all` wordings is.
    static func idf(found: Int, all: Int) -> Double {
        log(1 + (Double(max(all - found, 0)) + 0.5) / (Double(found) + 0.5))
    }
}

/// The words of a wording's search forms (as `SearchForms.indexed` writes them) and how often
/// each occurs.
struct FormCounts {
    let words: [Substring]
    var occurrences: [Substring: Int] = [:]

    init(_ forms: String) {
        words = forms.split(separator: " ")
        for w in words { occurrences[w, default: 0] += 1 }
    }

    func weight(_ word: Substring, average: Double) -> Int {
        Relevance.weight(occurrences: occurrences[word] ?? 0, length: words.count, average: average)
    }
}

extension ActLibrary {
    /// The postings of wordings just stored (id and search forms), the count of wordings of each
    /// shape and of each word: inside the adding transaction.
    static func addPostings(_ db: Database, _ wordings: [(id: Int64, forms: String)]) throws {
        try changePostings(db, wordings, by: 1)
    }

    /// The postings of wordings about to be deleted (their forms as when they were added).
    static func removePostings(_ db: Database, _ wordings: [(id: Int64, forms: String)]) throws {
        try changePostings(db, wordings, by: -1)
    }

    private struct Shape: Hashable { var word: Substring, length: Int, occurrences: Int }

    private static func changePostings(_ db: Database, _ wordings: [(id: Int64, forms: String)], by sign: Int) throws {
        guard !wordings.isEmpty else { return }
        let counted = wordings.map { FormCounts($0.forms) }
        var words: [Substring: Int] = [:], shapes: [Shape: Int] = [:]
        for c in counted {
            for (w, n) in c.occurrences {
                words[w, default: 0] += sign
                shapes[Shape(word: w, length: c.words.count, occurrences: n), default: 0] += sign
            }
        }
        let upsert = try db.makeStatement(sql: """
            INSERT INTO search_term (term, wordings) VALUES (?, ?)
            ON CONFLICT (term) DO UPDATE SET wordings = wordings + excluded.wordings RETURNING id
            """)
        var term: [Substring: Int64] = [:]
        for (w, n) in words { term[w] = try Int64.fetchOne(upsert, arguments: [String(w), n]) }
        let shape = try db.makeStatement(sql: """
            INSERT INTO posting_shape (term, length, occurrences, wordings) VALUES (?, ?, ?, ?)
            ON CONFLICT (term, length, occurrences) DO UPDATE SET wordings = wordings + excluded.wordings
            """)
        for (s, n) in shapes { try shape.execute(arguments: [term[s.word]!, s.length, s.occurrences, n]) }
        var rows: [(term: Int64, length: Int, occurrences: Int, wording: Int64)] = []
        for (w, c) in zip(wordings, counted) {
            for (word, n) in c.occurrences { rows.append((term[word]!, c.words.count, n, w.id)) }
        }
        // in the index's order, so that each page of the postings is visited once rather than once per row
        rows.sort { ($0.term, $0.length, $0.occurrences, $0.wording) < ($1.term, $1.length, $1.occurrences, $1.wording) }
        var posting = try RowInserter(db, sql: sign > 0
            ? "INSERT INTO posting (term, length, occurrences, wording) VALUES (?, ?, ?, ?)"
            : "DELETE FROM posting WHERE term = ? AND length = ? AND occurrences = ? AND wording = ?")
        for r in rows {
            posting.bind(r.term); posting.bind(r.length); posting.bind(r.occurrences); posting.bind(r.wording)
            try posting.run(db)
        }
        if sign < 0 {
            try db.execute(sql: "DELETE FROM posting_shape WHERE wordings <= 0; DELETE FROM search_term WHERE wordings <= 0")
        }
        try db.execute(sql: "UPDATE search_size SET wordings = wordings + ?, words = words + ?",
                       arguments: [sign * wordings.count, sign * counted.reduce(0) { $0 + $1.words.count }])
    }

    /// Migration v4: the postings of every wording already indexed by FTS5.
    static func createPostings(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE search_term (id INTEGER PRIMARY KEY, term TEXT NOT NULL UNIQUE, wordings INTEGER NOT NULL);
            CREATE TABLE posting (
                term INTEGER NOT NULL,
                length INTEGER NOT NULL,
                occurrences INTEGER NOT NULL,
                wording INTEGER NOT NULL,
                PRIMARY KEY (term, length, occurrences, wording)
            ) WITHOUT ROWID;
            CREATE TABLE posting_shape (
                term INTEGER NOT NULL,
                length INTEGER NOT NULL,
                occurrences INTEGER NOT NULL,
                wordings INTEGER NOT NULL,
                PRIMARY KEY (term, length, occurrences)
            ) WITHOUT ROWID;
            -- how many wordings the index holds and their words in all: BM25's average length
            CREATE TABLE search_size (wordings INTEGER NOT NULL, words INTEGER NOT NULL);
            INSERT INTO search_size VALUES (0, 0);
            """)
        let rows = try Row.fetchCursor(db, sql: "SELECT rowid, words FROM unit_fts")
        var batch: [(id: Int64, forms: String)] = []
        while let r = try rows.next() {
            batch.append((r[0], r[1]))
            if batch.count == 10_000 { try addPostings(db, batch); batch.removeAll(keepingCapacity: true) }
        }
        try addPostings(db, batch)
    }
}
