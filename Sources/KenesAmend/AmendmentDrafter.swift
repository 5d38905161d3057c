import KenesAct
import KenesDiff

/// Writes the amending instructions that turn one version of an act into another, in the
/// customary style and order: word replacements where a phrase is changed and can be named
/// unambiguously, new wording of a clause where it cannot, insertions by number, exclusions,
/// and new wording of a whole article (or chapter) where units are deleted, renumbered or moved
/// inside it. `Amender` applied to the result gives the new version (notes aside).
public enum AmendmentDrafter {
    enum Step {
        case words(EId, old: String, new: String)
        case restate(EId)
        /// Only the heading of an article or chapter changed.
        case heading(EId)
        /// «статьи 19 и 20 считать соответственно статьями 20 и 21»: articles renumbered whole.
        case renumberArticles(from: [String], to: [String])
        case insert(parent: EId, unit: StructuralUnit)
        case exclude(EId)
        /// One paragraph of the closing words after a unit's subclauses (its part `part`, the
        /// words before the list being part one): a phrase replaced, or a new wording.
        case closing(EId, part: Int, phrase: (old: String, new: String)?, wording: String)
        var target: EId {
            switch self {
            case .words(let t, _, _), .restate(let t), .heading(let t), .exclude(let t), .closing(let t, _, _, _): t
            case .insert(let p, let u): p == .act ? u.eId : p
            case .renumberArticles: .act
            }
        }
    }

    /// The amending act as text, or nil when the versions do not differ. With a signature (ISO
    /// date and number) it is written as a signed law, otherwise as a bill.
    public static func draft(old: Act, new: Act, signature: (date: String, number: String)? = nil) throws(AmendmentError) -> String? {
        let d = ActDiffer.diff(old: old, new: new)
        if d.isEmpty { return nil }
        let oldTree = old.tree(), newTree = new.tree()
        let file = new.diagnostics.first?.location.file ?? (new.metadata.title ?? "new version")
        func fail(_ c: Change, _ why: Message) -> AmendmentError { AmendmentError(file, c.newLine ?? c.oldLine ?? 1, why) }
        let oldParents = parents(oldTree), newParents = parents(newTree)
        let oldUnits = units(oldTree), newUnits = units(newTree)
        func chapter(_ eId: EId, _ p: [EId: (eId: EId, kind: UnitKind)]) -> EId? {
            var id = eId
            while let parent = p[id] { if parent.kind == .chapter { return parent.eId }; id = parent.eId }
            return nil
        }
        var steps: [Step] = []
        var restatedChapters: Set<EId> = [], restatedArticles: Set<EId> = []
        // articles renumbered and otherwise unchanged, in the same chapter: one instruction
        // renumbers them all instead of a new wording of the chapter
        var renumbered: [(old: EId, new: EId)] = []
        // characters nobody sees are not amended by law
        for c in d.changes where c.kind != .invisible {
            // only the closing words after a list changed: instructions on them alone
            if let closing = closingSteps(c) { steps += closing; continue }
            let newArticle = c.kind == .deleted ? nil : c.path.first { $0.kind == .article }?.eId
            let oldArticle = c.oldPath?.first { $0.kind == .article }?.eId
            switch c.unitKind {
            case .article:
                switch c.kind {
                case .inserted: steps.append(.insert(parent: .act, unit: c.inserted!))
                case .excluded: steps.append(.exclude(c.new!))
                case .heading: steps.append(.heading(c.new!))
                case .modified: restatedArticles.insert(c.new!)
                case .renumbered where c.old.flatMap({ chapter($0, oldParents) }) == c.new.flatMap({ chapter($0, newParents) }):
                    renumbered.append((c.old!, c.new!))
                default:
                    // deleted, renumbered or moved articles: the chapter gets a new wording
                    guard let a = c.old.flatMap({ chapter($0, oldParents) }), let b = c.new.map({ chapter($0, newParents) }) ?? a, a == b else {
                        throw fail(c, AmendMessages.articleOutsideChapter((c.old ?? c.new)?.rawValue ?? "", c.kind))
                    }
                    restatedChapters.insert(a)
                }
            case .chapter where c.kind == .heading:
                steps.append(.heading(c.new!))
            case .chapter where c.kind == .modified:
                restatedChapters.insert(c.new!)
            case .paragraph, .point, .subparagraph:
                guard let article = newArticle ?? oldArticle else {
                    throw fail(c, AmendMessages.outsideArticles((c.old ?? c.new)?.rawValue ?? ""))
                }
                switch c.kind {
                case .modified where c.unitKind != .subparagraph:
                    let unit = oldUnits[c.old!]!
                    // changed closing words after the subclauses: the clause gets a new wording
                    if c.wrapUpEdits.isEmpty, !mostlyRewritten(c), let (x, y) = phrase(unit, newText: c.newText ?? "") { steps.append(.words(c.new!, old: x, new: y)) }
                    else { steps.append(.restate(c.new!)) }
                case .excluded where c.unitKind != .subparagraph:
                    steps.append(.exclude(c.new!))
                case .inserted where c.unitKind != .subparagraph && inOrder(c, newUnits):
                    steps.append(.insert(parent: c.parent!, unit: c.inserted!))
                default:
                    restatedArticles.insert(article)
                    if let oldArticle, oldArticle != article {
                        guard newUnits[oldArticle] != nil else { throw fail(c, AmendMessages.movedOut("\(oldArticle)")) }
                        restatedArticles.insert(oldArticle)
                    }
                }
            default:
                throw fail(c, AmendMessages.cannotDraft("\(c.unitKind.label(new.metadata.language)) \((c.new ?? c.old)?.rawValue ?? "")", c.kind))
            }
        }
        if !renumbered.isEmpty {
            steps.append(.renumberArticles(from: renumbered.map { String($0.old.number ?? "") }, to: renumbered.map { String($0.new.number ?? "") }))
        }
        // a new wording covers everything inside it
        for a in restatedArticles { steps.append(.restate(a)) }
        for ch in restatedChapters { steps.append(.restate(ch)) }
        let covering = steps.compactMap { s -> EId? in if case .restate(let t) = s { return t } else { return nil } }
        func inside(_ id: EId, _ outer: EId) -> Bool {
            outer.contains(id) || (outer.last?.prefix == "chp" && chapter(id, newParents) == outer)
        }
        steps = steps.filter { s in
            switch s {
            case .restate(let own): return !covering.contains { inside(own, $0) }
            case .insert(_, let u) where covering.contains(where: { $0 == u.eId || inside(u.eId, $0) }): return false
            default: return !covering.contains { s.target == $0 || inside(s.target, $0) }
            }
        }
        // document order of the new version
        var order: [EId: Int] = [:]
        var n = 0
        newTree.forEach { order[$0.eId] = n; n += 1 }
        // the renumbering goes before the first article it moves and before an article inserted
        // under one of the old numbers; what follows names the articles by their new numbers
        let renumberAt = renumbered.compactMap { order[$0.new] }.min().map { first in
            steps.compactMap { s -> Int? in
                guard case .insert(.act, let u) = s, u.kind == .article, renumbered.contains(where: { $0.old == u.eId }) else { return nil }
                return order[u.eId]
            }.reduce(first, min)
        }
        func position(_ s: Step) -> Double {
            if case .renumberArticles = s { return Double(renumberAt ?? Int.max) - 0.5 }
            if case .insert(_, let u) = s { return Double(order[u.eId] ?? Int.max) }
            return Double(order[s.target] ?? Int.max)
        }
        steps.sort { position($0) < position($1) }
        return DraftWriter(old: old, new: new, newUnits: newUnits, signature: signature).write(steps)
    }

    /// The instructions on a unit whose closing words changed and nothing else, line by line:
    /// nil when the words before the list changed too, or the closing paragraphs were added or
    /// taken out (the unit is then restated).
    static func closingSteps(_ c: Change) -> [Step]? {
        guard c.kind == .modified, c.edits.isEmpty, !c.wrapUpEdits.isEmpty, let id = c.new, c.old == c.new,
              c.unitKind == .paragraph || c.unitKind == .article,
              let a = c.oldWrapUp?.components(separatedBy: "\n"), let b = c.newWrapUp?.components(separatedBy: "\n"),
              a.count == b.count, a.count <= 9 else { return nil }
        return a.indices.filter { a[$0] != b[$0] }.map { k in
            .closing(id, part: k + 2, phrase: phrase(StructuralUnit(kind: .subparagraph, eId: "", text: a[k]), newText: b[k]), wording: b[k])
        }
    }

    /// More than half of a clause's words changed: it gets a new wording, not a list of word
    /// replacements (the threshold the README documents).
    static let rewrittenShare = 0.5

    static func mostlyRewritten(_ c: Change) -> Bool {
        func words(_ s: String) -> Int { s.split(whereSeparator: \.isWhitespace).count }
        let kept = c.edits.filter { $0.op == .equal }.reduce(0) { $0 + words($1.text) }
        let total = max(words(c.oldText ?? ""), 1)
        return Double(total - kept) / Double(total) > rewrittenShare
    }

    /// Every unit by eId (copies share their storage).
    static func units(_ root: StructuralUnit) -> [EId: StructuralUnit] {
        var all: [EId: StructuralUnit] = [:]
        root.forEach { all[$0.eId] = $0 }
        return all
    }

    /// Each unit's parent, by eId.
    static func parents(_ root: StructuralUnit) -> [EId: (eId: EId, kind: UnitKind)] {
        var p: [EId: (eId: EId, kind: UnitKind)] = [:]
        func walk(_ u: StructuralUnit) { for c in u.children { p[c.eId] = (u.eId, u.kind); walk(c) } }
        walk(root)
        return p
    }

    /// An insertion the amender puts in the same place: its siblings of its kind are in number order.
    static func inOrder(_ c: Change, _ newUnits: [EId: StructuralUnit]) -> Bool {
        guard let parent = c.parent.flatMap({ newUnits[$0] }), let u = c.inserted else { return false }
        let keys = parent.children.filter { $0.kind == u.kind }.map(Amender.key(of:))
        return zip(keys, keys.dropFirst()).allSatisfy { UnitNumber.less($0, $1) }
    }

    /// The changed phrase of a unit's own text, widened word by word until it occurs once in the
    /// unit (and under it) and is not empty on either side; nil when no such phrase exists. A
    /// final full stop both sides end with is left out of the quotes.
    static func phrase(_ unit: StructuralUnit, newText: String) -> (String, String)? {
        let a = unit.text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        let b = newText.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        guard !unit.text.contains("\n"), !newText.contains("\n") else { return nil }
        var p = 0
        while p < a.count && p < b.count && a[p] == b[p] { p += 1 }
        var s = 0
        while s < a.count - p && s < b.count - p && a[a.count - 1 - s] == b[b.count - 1 - s] { s += 1 }
        var lo = p, hiA = a.count - s, hiB = b.count - s
        var everything = ""
        unit.forEach { u in everything += (u.heading ?? "") + "\n" + u.text + "\n" }
        while true {
            let x = a[lo..<hiA].joined(separator: " "), y = b[lo..<hiB].joined(separator: " ")
            // quotes inside the phrase would end the instruction's own «…»
            if x.contains("«") || x.contains("»") || y.contains("«") || y.contains("»") { return nil }
            func once(_ x: String) -> Bool { !x.isEmpty && everything.components(separatedBy: x).count - 1 == 1 }
            if once(x) && !y.isEmpty && !x.trimmingCharacters(in: .whitespaces).isEmpty {
                // the sentence's final full stop stays outside the quotes when both sides end with it
                if x.hasSuffix("."), y.hasSuffix("."), x.count > 1, y.count > 1, once(String(x.dropLast())) { return (String(x.dropLast()), String(y.dropLast())) }
                return (x, y)
            }
            // widen: one word to the left, else one to the right
            if lo > 0 { lo -= 1 } else if hiA < a.count { hiA += 1; hiB += 1 } else { return nil }
        }
    }
}
