import Foundation
import GRDB
import KenesAct

/// A unit that cites the unit asked about (or something inside it).
public struct CitingUnit: Sendable, Equatable {
    public var work: String
    public var language: Language
    public var edition: String?
    public var eId: EId
    public var label: String
    /// The citation's words as they stand.
    public var text: String
}

extension ActLibrary {
    /// Every unit of the editions in force on `asOf` (else `today`) that cites the unit
    /// `reference` names in `work`, or anything inside it: within the act, and from other acts
    /// whose citation names this one («… статьи 8 Закона Республики Казахстан «Об общественных
    /// советах»») by its title in either language or its number. Answers "what else is touched
    /// if I change article 8". Synthetic and authentic acts are never linked to each other. The
    /// citations are the rows stored when each act was added.
    public func citing(_ reference: String, in work: String, language: Language, asOf: String?,
                       today: String) throws(LibraryError) -> (target: EId, work: LibraryWork, citedBy: [CitingUnit]) {
        let (act, expression) = try self.act(work + (asOf.map { "@" + $0 } ?? ""), language: language, asOf: nil, today: today)
        guard case .success(let ids) = act.lookup(reference), let target = ids.first, act.contains(target) else {
            throw LibraryError(nil, LibraryRefusals.notIn(reference, act.fileName))
        }
        let all = try works()
        let targetWork = all.first { w in w.expressions.contains { $0.id == expression.id } }!
        let day = asOf ?? today
        let titles = Set(targetWork.titles.values.map(Self.folded))
        func names(_ external: String) -> Bool {
            if let n = targetWork.number, external.contains(n) { return true }
            // the quoted title inside the name: «Закона Республики Казахстан «Об общественных советах»»
            guard let open = external.firstIndex(of: "«") else { return false }
            var inner = String(external[external.index(after: open)...])
            if inner.hasSuffix("»") { inner.removeLast() }
            return titles.contains { $0 == Self.folded(inner) || $0.hasPrefix(Self.folded(inner) + " (") }
        }
        func inside(_ e: EId) -> Bool { e == target || target.contains(e) }
        // the expressions in force, in the language asked, labelled as the target is
        var scope: [Int64: (work: String, edition: String?)] = [:]
        for w in all {
            let mine = w.expressions.filter { $0.language == language }
            guard let e = mine.filter({ ($0.edition ?? "") <= day }).max(by: { ($0.edition ?? "") < ($1.edition ?? "") }) ?? mine.first(where: { $0.edition == nil }),
                  e.synthetic == expression.synthetic else { continue }
            scope[e.id] = (w.id, e.edition)
        }
        guard !scope.isEmpty else { return (target, targetWork, []) }
        let rows: [Row]
        do {
            rows = try pool.read { db in
                try Row.fetchAll(db, sql: """
                    SELECT expression, eid, text, targets, external, status FROM citation
                    WHERE expression IN (\(scope.keys.map(String.init).joined(separator: ",")))
                      AND (external IS NOT NULL OR (expression = ? AND targets LIKE ?))
                    ORDER BY expression, rowid
                    """, arguments: [expression.id, "%" + target.rawValue + "%"])
            }
        } catch { throw LibraryError(path, LibraryRefusals.cannotRead(error)) }
        var out: [CitingUnit] = []
        for r in rows {
            let (w, edition) = scope[r["expression"]]!
            let text: String = r["text"], status: String = r["status"]
            let hit: Bool
            if let name: String = r["external"] {
                guard w != targetWork.id, names(name), let ref = InstructionReference(text) else { continue }
                var id = ref.article.map { EId.unit(.article, number: $0, under: nil) }
                if let p = ref.paragraph { id = EId.unit(.paragraph, number: p, under: id) }
                if let q = ref.point { id = id.map { EId.unit(.point, number: q, under: $0) } }
                hit = id.map(inside) ?? false
            } else {
                hit = status != "external" && (r["targets"] as String).split(separator: " ").contains { inside(EId(String($0))) }
            }
            if hit {
                let eId = EId(r["eid"] as String)
                out.append(CitingUnit(work: w, language: language, edition: edition, eId: eId, label: Vocabulary.shortCitation(eId, language), text: text))
            }
        }
        return (target, targetWork, out)
    }

    /// A title compared: lower case, ё as е, spaces single.
    static func folded(_ s: String) -> String {
        s.lowercased().replacingOccurrences(of: "ё", with: "е").split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
