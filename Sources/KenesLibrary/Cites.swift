import Foundation
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
    /// if I change article 8". Synthetic and authentic acts are never linked to each other.
    public func citing(_ reference: String, in work: String, language: Language, asOf: String?,
                       today: String) throws(LibraryError) -> (target: EId, work: LibraryWork, citedBy: [CitingUnit]) {
        let (act, expression) = try self.act(work + (asOf.map { "@" + $0 } ?? ""), language: language, asOf: nil, today: today)
        guard case .success(let ids) = act.lookup(reference), let target = ids.first, act.contains(target) else {
            throw LibraryError("error: «\(reference)» is not in \(act.fileName)")
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
        var out: [CitingUnit] = []
        for w in all {
            let mine = w.expressions.filter { $0.language == language }
            guard let e = mine.filter({ ($0.edition ?? "") <= day }).max(by: { ($0.edition ?? "") < ($1.edition ?? "") }) ?? mine.first(where: { $0.edition == nil }),
                  e.synthetic == expression.synthetic else { continue }
            let citing = w.id == targetWork.id ? act : try load(e, work: w.id, language: language)
            citing.forEachUnit { u, _ in
                for c in citing.citations(u) {
                    let hit: Bool
                    if w.id == targetWork.id {
                        hit = c.status != .external && c.targets.contains(where: inside)
                    } else if let name = c.external, names(name), let r = InstructionReference(c.text) {
                        var id = r.article.map { EId.unit(.article, number: $0, under: nil) }
                        if let p = r.paragraph { id = EId.unit(.paragraph, number: p, under: id) }
                        if let q = r.point { id = id.map { EId.unit(.point, number: q, under: $0) } }
                        hit = id.map(inside) ?? false
                    } else { hit = false }
                    if hit {
                        let eId = citing.eId(u)
                        out.append(CitingUnit(work: w.id, language: language, edition: e.edition, eId: eId,
                                              label: Vocabulary.shortCitation(eId, language), text: c.text))
                    }
                }
            }
        }
        return (target, targetWork, out)
    }

    /// A title compared: lower case, ё as е, spaces single.
    static func folded(_ s: String) -> String {
        s.lowercased().replacingOccurrences(of: "ё", with: "е").split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
