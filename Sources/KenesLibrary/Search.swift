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
    /// bm25, lower is better (SQLite's convention).
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
        for (i, w) in zip(new, words) {
            let s = units[i]
            store.bind(hashes[i]); store.bind(s.heading); store.bind(s.text); store.bind(s.wrapUp)
            try store.run(db)
            ids[i] = db.lastInsertedRowID
            if !w.isEmpty { index.bind(ids[i]); index.bind(w); try index.run(db) }
        }
        // units whose words another unit of this act has, stored just now
        for (i, hash) in hashes.enumerated() where ids[i] == 0 { ids[i] = ids[firstWith[hash]!] }
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
        // the units found, best first, without their words: those are read for the hits kept
        do {
            return try pool.read { db in
                let rows = try Row.fetchAll(db, sql: """
                    SELECT u.eid, u.wording, e.work, e.edition, bm25(unit_fts) AS score
                    FROM unit_fts JOIN unit u ON u.wording = unit_fts.rowid JOIN expression e ON e.id = u.expression
                    WHERE unit_fts MATCH ? AND u.expression IN (\(scope.map(String.init).joined(separator: ",")))
                    ORDER BY score, e.work, u.position, e.edition
                    \(allEditions ? "" : "LIMIT \(limit)")
                    """, arguments: [match])
                var hits: [(SearchHit, wording: Int64)] = []
                var merged: [String: Int] = [:]   // work, eId and wording → hit
                for r in rows {
                    let wording: Int64 = r["wording"]
                    let eId = EId(r["eid"] as String), edition: String? = r["edition"]
                    let key = "\(r["work"] as String)|\(eId.rawValue)|\(wording)"
                    if allEditions, let k = merged[key] {
                        let all = (hits[k].0.editions + [edition]).sorted { ($0 ?? "") < ($1 ?? "") }
                        hits[k].0.editions = [all.first!, all.last!]
                        hits[k].0.edition = all.last!
                        continue
                    }
                    guard hits.count < limit else { continue }
                    merged[key] = hits.count
                    hits.append((SearchHit(work: r["work"], language: language, edition: edition, editions: [edition, edition], eId: eId,
                                           label: Vocabulary.shortCitation(eId, language), snippet: "", score: r["score"]), wording))
                }
                let read = try db.makeStatement(sql: "SELECT heading, text, wrap_up FROM wording WHERE id = ?")
                return try hits.map { hit, wording in
                    var hit = hit
                    if let w = try Row.fetchOne(read, arguments: [wording]) {
                        let text = [w["heading"] as String?, w["text"] as String?, w["wrap_up"] as String?].compactMap { $0 }.joined(separator: " ")
                        hit.snippet = Self.snippet(text, words, forms)
                    }
                    return hit
                }
            }
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
