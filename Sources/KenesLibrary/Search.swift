import CStemmer
import Foundation
import GRDB
import KenesAct

/// Words as the search index holds them: lower case, «ё» as «е», Russian words stemmed by
/// Snowball's Russian stemmer, Kazakh words with their endings taken off. The index holds these
/// search forms (FTS5 over them), and a query is turned into the same forms, so «национальным
/// докладом» finds «национальный доклад». Kazakh letters stay distinct (ә ≠ а, і ≠ и, ү ≠ у).
struct SearchForms {
    let language: Language
    /// libstemmer's stemmer is not thread-safe: one per `SearchForms`, used by one caller.
    private let stemmer: OpaquePointer?

    init(_ language: Language) {
        self.language = language
        stemmer = language == .ru ? sb_stemmer_new("russian", "UTF_8") : nil
    }

    func close() { if let stemmer { sb_stemmer_delete(stemmer) } }

    /// Kazakh endings taken off a word, longest first (case endings, plural, possessive), as long
    /// as 4 letters stay; the rest is matched as a prefix. Kazakh has no Snowball stemmer.
    static let kazakhEndings: [String] = [
        "ларының", "лерінің", "дарының", "дерінің", "тарының", "терінің",
        "ларына", "леріне", "дарына", "деріне", "тарына", "теріне", "ларын", "лерін", "дарын", "дерін", "тарын", "терін",
        "ының", "інің", "ның", "нің", "дың", "дің", "тың", "тің",
        "ларда", "лерде", "дарда", "дерде", "тарда", "терде", "лар", "лер", "дар", "дер", "тар", "тер",
        "ынан", "інен", "нан", "нен", "дан", "ден", "тан", "тен",
        "ында", "інде", "нда", "нде", "да", "де", "та", "те",
        "ына", "іне", "на", "не", "ға", "ге", "қа", "ке", "а", "е",
        "ын", "ін", "ны", "ні", "ды", "ді", "ты", "ті",
        "мен", "бен", "пен", "сы", "сі", "ы", "і",
    ]

    static let kazakhEndingBytes: [([UInt8], Int)] = kazakhEndings.map { (Array($0.utf8), $0.unicodeScalars.count) }

    /// The words of `text` in their search forms.
    func forms(_ text: String) -> [String] { words(text).map { form($0) } }

    /// Letters runs of `text`, lower case, ё → е.
    func words(_ text: String) -> [String] { Letters.words(text) { $0 == "ё" ? "е" : $0 } }

    func form(_ word: String) -> String {
        if language == .ru, let stemmer {
            let bytes = Array(word.utf8)
            guard let out = bytes.withUnsafeBufferPointer({ b in
                sb_stemmer_stem(stemmer, b.baseAddress, Int32(b.count))
            }) else { return word }
            let n = Int(sb_stemmer_length(stemmer))
            return String(decoding: UnsafeBufferPointer(start: out, count: n), as: UTF8.self)
        }
        guard language == .kk else { return word }
        // compared as UTF-8 bytes (String's hasSuffix is per Character)
        let bytes = Array(word.utf8), letters = word.unicodeScalars.count
        for (e, n) in Self.kazakhEndingBytes where letters - n >= 4 && bytes.count >= e.count && bytes[(bytes.count - e.count)...].elementsEqual(e) {
            return String(decoding: bytes[..<(bytes.count - e.count)], as: UTF8.self)
        }
        return word
    }
}

/// One unit found.
public struct SearchHit: Sendable, Equatable {
    public var work: String
    public var language: Language
    /// The edition the hit is in (the latest of `editions` when merged).
    public var edition: String?
    /// With `allEditions`: the first and last edition in which the unit reads the same.
    public var editions: [String?]
    public var eId: EId
    public var label: String
    /// The unit's words around the match, the matched words in ** **.
    public var snippet: String
    /// bm25, lower is better (SQLite's convention).
    public var score: Double
}

extension ActLibrary {
    /// The wording row of each unit, in order: found by its hash when an edition (or another
    /// unit) already has the same words, else stored and indexed for search (inside the adding
    /// transaction).
    static func wordings(_ db: Database, units: [StoredUnit], language: Language) throws -> [Int64] {
        let forms = SearchForms(language)
        defer { forms.close() }
        let find = try db.makeStatement(sql: "SELECT id FROM wording WHERE hash = ?")
        let store = try db.makeStatement(sql: "INSERT INTO wording (hash, heading, text, wrap_up) VALUES (?, ?, ?, ?)")
        let index = try db.makeStatement(sql: "INSERT INTO unit_fts (rowid, words) VALUES (?, ?)")
        var ids: [Int64] = []
        ids.reserveCapacity(units.count)
        for s in units {
            var h = ContentHash()
            for field in [language.rawValue, s.heading ?? "\u{0}", s.text, s.wrapUp ?? "\u{0}"] { h.add(field) }
            let hash = h.hex
            if let id = try Int64.fetchOne(find, arguments: [hash]) { ids.append(id); continue }
            try store.execute(arguments: [hash, s.heading, s.text, s.wrapUp])
            let id = db.lastInsertedRowID
            ids.append(id)
            let words = forms.forms([s.heading ?? "", s.text, s.wrapUp ?? ""].joined(separator: " "))
            if !words.isEmpty { try index.execute(arguments: [id, words.joined(separator: " ")]) }
        }
        return ids
    }

    /// Words and "quoted phrases" (never FTS5 syntax) in the index's forms, as an FTS5 query:
    /// Russian forms match whole, Kazakh ones as prefixes.
    static func ftsQuery(_ query: String, _ forms: SearchForms) -> (match: String, words: Set<String>)? {
        var parts: [String] = [], all: Set<String> = []
        for (k, chunk) in query.split(separator: "\"", omittingEmptySubsequences: false).enumerated() {
            let f = forms.forms(String(chunk))
            guard !f.isEmpty else { continue }
            all.formUnion(f)
            if k % 2 == 1 {
                parts.append("\"" + f.joined(separator: " ") + "\"")
            } else {
                parts += f.map { forms.language == .kk ? "\"\($0)\"*" : "\"\($0)\"" }
            }
        }
        return parts.isEmpty ? nil : (parts.joined(separator: " AND "), all)
    }

    /// Units matching `query`, best first: over the edition of each work in force on `asOf`
    /// (else `today`), or over every edition with `allEditions`, a unit that reads the same in
    /// several editions merged into one hit.
    public func search(_ query: String, language: Language, asOf: String?, today: String, allEditions: Bool = false,
                       work: String? = nil, limit: Int = 20) throws(LibraryError) -> [SearchHit] {
        let forms = SearchForms(language)
        defer { forms.close() }
        guard let (match, words) = Self.ftsQuery(query, forms) else { return [] }
        let day = asOf ?? today
        var scope: [Int64] = []
        for w in try works() where work == nil || w.id == work || w.number == work {
            let mine = w.expressions.filter { $0.language == language }
            if allEditions { scope += mine.map(\.id); continue }
            // the edition in force on the day; an undated text when the work has nothing else
            if let e = mine.filter({ $0.edition != nil && $0.edition! <= day }).max(by: { $0.edition! < $1.edition! }) { scope.append(e.id) }
            else if asOf == nil, mine.count == 1, mine[0].edition == nil { scope.append(mine[0].id) }
        }
        guard !scope.isEmpty else { return [] }
        let rows: [Row]
        do {
            rows = try pool.read { db in
                try Row.fetchAll(db, sql: """
                    SELECT u.eid, w.heading, w.text, w.wrap_up, e.work, e.language, e.edition, bm25(unit_fts) AS score
                    FROM unit_fts JOIN wording w ON w.id = unit_fts.rowid JOIN unit u ON u.wording = w.id
                    JOIN expression e ON e.id = u.expression
                    WHERE unit_fts MATCH ? AND e.id IN (\(scope.map(String.init).joined(separator: ",")))
                    ORDER BY score, e.work, u.position, e.edition
                    """, arguments: [match])
            }
        } catch { throw LibraryError("error: the search failed: \(error)") }
        var hits: [SearchHit] = []
        var merged: [String: Int] = [:]   // work, eId and text → hit
        for r in rows {
            let text = [r["heading"] as String?, r["text"] as String?, r["wrap_up"] as String?].compactMap { $0 }.joined(separator: " ")
            let eId = EId(r["eid"] as String), edition: String? = r["edition"]
            let key = "\(r["work"] as String)|\(eId.rawValue)|\(text)"
            if allEditions, let k = merged[key] {
                let all = (hits[k].editions + [edition]).sorted { ($0 ?? "") < ($1 ?? "") }
                hits[k].editions = [all.first!, all.last!]
                hits[k].edition = all.last!
                continue
            }
            guard hits.count < limit else { continue }
            merged[key] = hits.count
            hits.append(SearchHit(work: r["work"], language: language, edition: edition, editions: [edition, edition], eId: eId,
                                  label: Vocabulary.shortCitation(eId, language), snippet: Self.snippet(text, words, forms),
                                  score: r["score"]))
        }
        return hits
    }

    /// Up to 30 words around the first match, the matching words in ** **.
    static func snippet(_ text: String, _ query: Set<String>, _ forms: SearchForms) -> String {
        let tokens = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        func matches(_ t: String) -> Bool {
            forms.forms(t).contains { f in query.contains(f) || (forms.language == .kk && query.contains { f.hasPrefix($0) }) }
        }
        let first = tokens.firstIndex(where: matches) ?? 0
        let from = max(0, first - 10), to = min(tokens.count, from + 30)
        let marked = tokens[from..<to].map { matches($0) ? "**\($0)**" : $0 }
        return (from > 0 ? "… " : "") + marked.joined(separator: " ") + (to < tokens.count ? " …" : "")
    }
}
