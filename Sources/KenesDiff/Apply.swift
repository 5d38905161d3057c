import KenesAct

extension ActDiff {
    /// The old version's tree with the reported changes applied: equal to the new version's
    /// tree (editorial notes included when the diff compared them). This is what makes the
    /// change list complete — nothing the new version says is missing from it.
    public func applied() -> StructuralUnit {
        var tree = EditableTree(old.tree())
        // 1. new wording, numbers and statuses, while every unit still has its old eId
        for c in changes where c.kind != .deleted && c.kind != .inserted {
            tree.update(c.old!) { u in
                u.num = c.newNum
                u.heading = c.newHeading
                u.text = c.newText ?? u.text
                if c.newVersion != nil { u.wrapUp = c.newWrapUp }
                u.status = c.newStatus ?? u.status
                if options.notes { u.notes = c.newNotes }
            }
        }
        // 2. moved units leave their old place (before deletions, which may be their old parents)
        var moving: [EId: StructuralUnit] = [:]
        for c in changes where c.kind == .moved {
            if let u = tree.detach(c.old!) { moving[c.new!] = u; continue }
            // inside a unit that moved too
            for (k, var held) in moving {
                if let u = held.detachDescendant(c.old!) { moving[k] = held; moving[c.new!] = u; break }
            }
        }
        // 3. deletions, then eIds from the new numbers
        for c in changes where c.kind == .deleted { tree.remove(c.old!) }
        tree.renumber()
        // 4. moves and insertions in the new version's order: a sibling or parent they name is
        // already in its place
        for c in changes where c.kind == .moved || c.kind == .inserted {
            guard let unit = c.kind == .moved ? moving[c.new!] : c.inserted else { continue }
            tree.insert(unit, under: c.parent, after: c.after)
            tree.renumber()
        }
        if !options.notes { tree.root.stripNotes() }
        return tree.root
    }

    /// The new version's tree as the diff compares it (notes left out unless compared).
    public func comparedNew() -> StructuralUnit {
        var t = new.tree()
        if !options.notes { t.stripNotes() }
        return t
    }
}

extension StructuralUnit {
    /// Removes and returns the descendant with this eId.
    mutating func detachDescendant(_ eId: EId) -> StructuralUnit? {
        if let i = children.firstIndex(where: { $0.eId == eId }) { return children.remove(at: i) }
        for i in children.indices { if let u = children[i].detachDescendant(eId) { return u } }
        return nil
    }

    /// Drops the editorial notes of this unit and all under it (trees compared with notes aside).
    public mutating func stripNotes() {
        notes = []
        for i in children.indices { children[i].stripNotes() }
    }
}

/// A tree edited in place by eId (the diff's `applied()`, amending instructions).
public struct EditableTree {
    public var root: StructuralUnit
    public init(_ root: StructuralUnit) { self.root = root }

    /// Index path to the unit with this eId. eIds nest (`art_8__para_2` is under `art_8`) except
    /// under containers (parts, chapters), so only containers and the units whose eId prefixes
    /// the one sought are entered: a lookup costs about the number of articles, not of units.
    /// Units whose eIds do not nest (a parsed fragment before `renumber`) are found by a full walk.
    public func find(_ eId: EId) -> [Int]? {
        func walk(_ u: StructuralUnit, _ path: [Int], pruned: Bool) -> [Int]? {
            if u.eId == eId { return path }
            if pruned {
                let enter = u.kind == .act || u.kind == .part || u.kind == .chapter || u.kind == .subchapter
                    || u.eId.contains(eId)
                guard enter else { return nil }
            }
            for (i, c) in u.children.enumerated() { if let p = walk(c, path + [i], pruned: pruned) { return p } }
            return nil
        }
        return walk(root, [], pruned: true) ?? walk(root, [], pruned: false)
    }

    /// The unit at an index path.
    public func unit(at path: [Int]) -> StructuralUnit {
        var u = root
        for i in path { u = u.children[i] }
        return u
    }

    public mutating func modify(_ path: [Int], _ body: (inout StructuralUnit) -> Void) {
        func go(_ u: inout StructuralUnit, _ rest: ArraySlice<Int>) {
            if let i = rest.first { go(&u.children[i], rest.dropFirst()) } else { body(&u) }
        }
        go(&root, path[...])
    }

    public mutating func update(_ eId: EId, _ body: (inout StructuralUnit) -> Void) {
        guard let p = find(eId) else { return }
        modify(p, body)
    }

    public mutating func remove(_ eId: EId) { _ = detach(eId) }

    public mutating func detach(_ eId: EId) -> StructuralUnit? {
        guard let p = find(eId), let last = p.last else { return nil }
        var removed: StructuralUnit?
        modify(Array(p.dropLast())) { parent in removed = parent.children.remove(at: last) }
        return removed
    }

    public mutating func insert(_ unit: StructuralUnit, under parent: EId?, after: EId?) {
        guard let p = parent.map({ find($0) }) ?? [] else { return }
        modify(p) { u in
            let at = after.flatMap { a in u.children.firstIndex { $0.eId == a }.map { $0 + 1 } } ?? 0
            u.children.insert(unit, at: at)
        }
    }

    /// eIds from the structure under the unit at `path` (whose own eId is right), as the parser
    /// makes them: after an edit only the edited part needs it.
    public mutating func renumber(under path: [Int]) {
        var sub = EditableTree(unit(at: path))
        sub.renumber()
        let fixed = sub.root
        modify(path) { $0.children = fixed.children }
    }

    /// eIds of the child at `index` of the unit at `path`, and of everything under it, after it
    /// was put there: its siblings keep theirs (eIds follow numbers, not places), unless it is an
    /// unnumbered part (часть), whose count moves the parts after it.
    public mutating func renumber(under path: [Int], child index: Int) {
        // the parent's copy is let go before the edit, or the edit would copy all its children
        let (parentId, isPart): (EId, Bool) = { let p = unit(at: path); return (p.eId, p.children[index].kind == .subparagraph) }()
        guard !isPart else { renumber(under: path); return }
        modify(path + [index]) { c in
            c.eId = EId.unit(c.kind, number: c.num ?? "", under: parentId)
            var sub = EditableTree(c)
            sub.renumber()
            c = sub.root
        }
    }

    /// eIds from the structure, as the parser makes them.
    public mutating func renumber() {
        func walk(_ u: inout StructuralUnit) {
            var subpara = 0
            for i in u.children.indices {
                let c = u.children[i]
                switch c.kind {
                case .part, .chapter, .subchapter, .article, .paragraph, .point:
                    u.children[i].eId = EId.unit(c.kind, number: c.num ?? "", under: u.eId)
                case .subparagraph:
                    subpara += 1
                    u.children[i].eId = EId.unit(c.kind, number: String(subpara), under: u.eId)
                default: break
                }
                walk(&u.children[i])
            }
        }
        walk(&root)
    }
}
