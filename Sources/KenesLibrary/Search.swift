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
    func forms(_ text: String) -> [String] { indexed([text]).split(separator: " ").map(String.init) }

    /// The search forms of the words of `texts`, separated by spaces, as the index holds them:
    /// letter runs (digits too: «8-1» gives «8», «1»), lower case, ё → е, each in its search
    /// form. Built as UTF-8 bytes, with no string per word: every unit of every act added goes
    /// through here.
    func indexed(_ texts: [String]) -> String {
        var out: [UInt8] = [], word: [UInt8] = []
        out.reserveCapacity(texts.reduce(0) { $0 + $1.utf8.count })
        func flush() {
            guard !word.isEmpty else { return }
            if !out.isEmpty { out.append(0x20) }
            appendForm(of: word, to: &out)
            word.removeAll(keepingCapacity: true)
        }
        for text in texts {
            for c in text.unicodeScalars {
                guard Letters.isLetter(c) || Letters.isMark(c) || (c.value >= 0x30 && c.value <= 0x39) else { flush(); continue }
                let l = Letters.lower(c)
                appendUTF8(l == "ё" ? "е" : l, to: &word)
            }
            flush()
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The search forms of many texts (each a list of fields), made in chunks on every core,
    /// each chunk with its own stemmer.
    static func indexed(_ texts: [[String]], language: Language) -> [String] {
        let chunks = min(ProcessInfo.processInfo.activeProcessorCount, max(1, texts.count / 256))
        var out = [String](repeating: "", count: texts.count)
        out.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let results = buffer
            DispatchQueue.concurrentPerform(iterations: chunks) { c in
                let forms = SearchForms(language)
                defer { forms.close() }
                // each chunk writes its own slice of the results
                for i in stride(from: c, to: texts.count, by: chunks) { results[i] = forms.indexed(texts[i]) }
            }
        }
        return out
    }

    /// `word` (lower-case UTF-8) in its search form, appended to `out`: Snowball's stem of a
    /// Russian word; a Kazakh word without its ending, as long as 4 letters stay.
    private func appendForm(of word: [UInt8], to out: inout [UInt8]) {
        if language == .ru, let stemmer {
            let stem = word.withUnsafeBufferPointer { sb_stemmer_stem(stemmer, $0.baseAddress, Int32($0.count)) }
            guard let stem else { out += word; return }
            out.append(contentsOf: UnsafeBufferPointer(start: stem, count: Int(sb_stemmer_length(stemmer))))
            return
        }
        if language == .kk {
            let letters = word.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
            for (e, n) in Self.kazakhEndingBytes where letters - n >= 4 && word.count >= e.count && word[(word.count - e.count)...].elementsEqual(e) {
                out += word[..<(word.count - e.count)]
                return
            }
        }
        out += word
    }

    @inline(__always) private func appendUTF8(_ c: Unicode.Scalar, to bytes: inout [UInt8]) {
        // byte by byte: an array literal here would allocate for every letter
        let v = c.value
        if v < 0x80 { bytes.append(UInt8(v)); return }
        if v < 0x800 { bytes.append(UInt8(0xC0 | v >> 6)); bytes.append(UInt8(0x80 | v & 0x3F)); return }
        if v < 0x10000 { bytes.append(UInt8(0xE0 | v >> 12)) } else {
            bytes.append(UInt8(0xF0 | v >> 18)); bytes.append(UInt8(0x80 | v >> 12 & 0x3F))
        }
        bytes.append(UInt8(0x80 | v >> 6 & 0x3F)); bytes.append(UInt8(0x80 | v & 0x3F))
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
    /// BM25 (k1 = 1.2, b = 0.75, the library's average unit length), negative as SQLite's
    /// bm25() gives it: lower is better.
    public var score: Double
}

extension ActLibrary {
    /// The wording row of each unit, in order: found by its hash when an edition (or another
    /// unit) already has the same words, else stored and indexed for search (inside the adding
    /// transaction). The search forms of the new wordings are made on every core.
    static func wordings(_ db: Database, units: [StoredUnit], language: Language) throws -> [Int64] {
        let hashes = units.map { s in
            var h = ContentHash()
            for field in [language.rawValue, s.heading ?? "\u{0}", s.text, s.wrapUp ?? "\u{0}"] { h.add(field) }
            return h.hex
        }
        let find = try db.makeStatement(sql: "SELECT id FROM wording WHERE hash = ?")
        var ids = [Int64](repeating: 0, count: units.count)
        var new: [Int] = [], firstWith: [String: Int] = [:]
        for (i, hash) in hashes.enumerated() {
            if let id = try Int64.fetchOne(find, arguments: [hash]) { ids[i] = id }
            else if firstWith[hash] == nil { firstWith[hash] = i; new.append(i) }
        }
        let words = SearchForms.indexed(new.map { [units[$0].heading ?? "", units[$0].text, units[$0].wrapUp ?? ""] }, language: language)
        var store = try RowInserter(db, sql: "INSERT INTO wording (hash, heading, text, wrap_up) VALUES (?, ?, ?, ?)")
        var index = try RowInserter(db, sql: "INSERT INTO unit_fts (rowid, words) VALUES (?, ?)")
        var indexed: [(id: Int64, forms: String)] = []
        for (i, w) in zip(new, words) {
            let s = units[i]
            store.bind(hashes[i]); store.bind(s.heading); store.bind(s.text); store.bind(s.wrapUp)
            try store.run(db)
            ids[i] = db.lastInsertedRowID
            if !w.isEmpty { index.bind(ids[i]); index.bind(w); try index.run(db); indexed.append((ids[i], w)) }
        }
        try addPostings(db, indexed)
        // units whose words another unit of this act has, stored just now
        for (i, hash) in hashes.enumerated() where ids[i] == 0 { ids[i] = ids[firstWith[hash]!] }
        return ids
    }

    /// Units matching `query`, best first: over the edition of each work in force on `asOf`
    /// (else `today`), or over every edition with `allEditions`, a unit that reads the same in
    /// several editions merged into one hit.
    public func search(_ query: String, language: Language, asOf: String?, today: String, allEditions: Bool = false,
                       work: String? = nil, limit: Int = 20) throws(LibraryError) -> [SearchHit] {
        try search(query, language: language, asOf: asOf, today: today, allEditions: allEditions, work: work, limit: limit,
                   weighingAllUpTo: Ranking.fewWordings).hits
    }

    /// The search, and how many wordings were weighed: every one FTS5 finds when a term is in
    /// no more than `few` wordings, else those of the combinations of shapes visited.
    func search(_ query: String, language: Language, asOf: String?, today: String, allEditions: Bool, work: String?, limit: Int,
                weighingAllUpTo few: Int) throws(LibraryError) -> (hits: [SearchHit], weighed: Int) {
        let forms = SearchForms(language)
        defer { forms.close() }
        guard let query = SearchQuery(query, forms) else { return ([], 0) }
        let day = asOf ?? today
        do {
            return try pool.read { db in
                // the expressions searched: of each work, the edition in force on the day, or every edition
                var editions: [String: [(id: Int64, edition: String?)]] = [:]
                let rows = try Row.fetchCursor(db, sql: """
                    SELECT e.id, e.work, e.edition FROM expression e JOIN work w ON w.id = e.work
                    WHERE e.language = ? AND (?2 IS NULL OR w.id = ?2 OR w.number = ?2)
                    """, arguments: [language.rawValue, work])
                while let r = try rows.next() { editions[r[1], default: []].append((r[0], r[2])) }
                var scope: [Int64: (work: String, edition: String?)] = [:]
                for (w, mine) in editions {
                    if allEditions { for e in mine { scope[e.id] = (w, e.edition) }; continue }
                    if let e = Self.inForce(mine, edition: \.edition, on: day, dateAsked: asOf != nil) { scope[e.id] = (w, e.edition) }
                }
                guard !scope.isEmpty, limit > 0 else { return ([], 0) }
                var ranking = try Ranking(db, query: query, scope: scope, language: language)
                let found = try ranking.best(limit, weighingAllUpTo: few)
                // the words of the hits kept, for their snippets
                let read = try db.makeStatement(sql: "SELECT heading, text, wrap_up FROM wording WHERE id = ?")
                return (try found.map { f in
                    var hit = f.hit
                    hit.label = Vocabulary.shortCitation(hit.eId, language)
                    if let w = try Row.fetchOne(read, arguments: [f.wording]) {
                        let text = [w["heading"] as String?, w["text"] as String?, w["wrap_up"] as String?].compactMap { $0 }.joined(separator: " ")
                        hit.snippet = Self.snippet(text, query.words, forms)
                    }
                    return hit
                }, ranking.weighed)
            }
        } catch let e as LibraryError {
            throw e
        } catch { throw LibraryError(path, LibraryRefusals.searchFailed(error)) }
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
