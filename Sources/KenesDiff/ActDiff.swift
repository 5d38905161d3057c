import KenesAct

/// What happened to a unit between two versions. One vocabulary everywhere: text, JSON, HTML
/// and the comparative table.
public enum ChangeKind: String, Sendable, Codable, CaseIterable {
    case inserted, deleted, excluded, modified, heading, renumbered, moved
}

/// One changed unit: the unit in each version that has it, and what changed between them.
public struct Change: Sendable {
    /// The unit as one version has it, and where it stands there.
    public struct Version: Sendable {
        /// The unit's own fields (eId, num, heading, text, notes, status, line).
        public var unit: StructuralUnit
        /// The units from the top of the act down to this one.
        public var path: [StructuralUnit]
    }

    public var kind: ChangeKind
    public var unitKind: UnitKind
    /// The unit in the old version (nil for insertions) and in the new one (nil for deletions).
    public var oldVersion: Version?
    public var newVersion: Version?
    /// Word-level edits of the text (modified and excluded units).
    public var edits: [WordEdit]
    /// For insertions and moves: the new parent and the sibling it follows (nil: first child).
    public var parent: EId?
    public var after: EId?
    /// For insertions: the whole unit as it stands in the new version (with its children).
    public var inserted: StructuralUnit?

    public init(kind: ChangeKind, unitKind: UnitKind, old: Version?, new: Version?, edits: [WordEdit] = [],
                parent: EId? = nil, after: EId? = nil, inserted: StructuralUnit? = nil) {
        self.kind = kind; self.unitKind = unitKind; self.oldVersion = old; self.newVersion = new
        self.edits = edits; self.parent = parent; self.after = after; self.inserted = inserted
    }

    /// eIds in the old and the new version.
    public var old: EId? { oldVersion?.unit.eId }
    public var new: EId? { newVersion?.unit.eId }
    public var oldNum: String? { oldVersion?.unit.num }
    public var newNum: String? { newVersion?.unit.num }
    public var oldHeading: String? { oldVersion?.unit.heading }
    public var newHeading: String? { newVersion?.unit.heading }
    public var oldText: String? { oldVersion?.unit.text }
    public var newText: String? { newVersion?.unit.text }
    /// The path in the version that has the unit (the new one, except for deletions).
    public var path: [StructuralUnit] { (newVersion ?? oldVersion)?.path ?? [] }
    public var oldPath: [StructuralUnit]? { oldVersion?.path }
    /// The unit's editorial notes in each version (compared only with `--notes`).
    public var oldNotes: [Note] { oldVersion?.unit.notes ?? [] }
    public var newNotes: [Note] { newVersion?.unit.notes ?? [] }
    public var newStatus: UnitStatus? { newVersion?.unit.status }
    /// Line in the old and new file.
    public var oldLine: Int? { oldVersion?.unit.line }
    public var newLine: Int? { newVersion?.unit.line }
}

public struct DiffOptions: Sendable {
    /// Compare editorial notes too (they are left out by default).
    public var notes: Bool
    /// « » and " ", dash kinds, NBSP count as the same.
    public var ignoreTypography: Bool
    public init(notes: Bool = false, ignoreTypography: Bool = false) { self.notes = notes; self.ignoreTypography = ignoreTypography }
}

/// The comparison of two versions of an act.
public struct ActDiff: Sendable {
    public var old: Act
    public var new: Act
    public var options: DiffOptions
    public var changes: [Change]
    public var unchanged: Int

    public var isEmpty: Bool { changes.isEmpty }
    public func count(_ kind: ChangeKind) -> Int { changes.filter { $0.kind == kind }.count }
    public var language: Language { new.metadata.language }
}

/// Aligns two parsed acts and names each change as a lawyer would.
///
/// 1. Anchors: units whose content (kind, heading, text) is identical and unique on both sides
///    are matched first, wherever they are — so a renumbered run of articles is renumbering, not
///    deletions and insertions.
/// 2. Units left with the same eId on both sides are matched.
/// 3. Units left under matched parents are matched by the similarity of their words.
/// Everything is hashing or work within one parent: no step compares every pair of units.
public enum ActDiffer {
    struct Node {
        var unit: StructuralUnit
        var parent: Int
        var index: Int
        var children: [Int] = []
    }

    /// The act's units in document order, each without its children (the records' order is
    /// the tree's pre-order, so no tree is built).
    static func flatten(_ act: Act) -> [Node] {
        var out: [Node] = []
        out.reserveCapacity(act.unitCount)
        act.forEachShallowUnit { unit, parent in
            let i = out.count
            out.append(Node(unit: unit, parent: parent, index: i))
            if parent >= 0 { out[parent].children.append(i) }
        }
        return out
    }

    public static func diff(old: Act, new: Act, options: DiffOptions = DiffOptions()) -> ActDiff {
        let a = flatten(old), b = flatten(new)
        let lang = new.metadata.language
        func norm(_ s: String) -> String { options.ignoreTypography ? LegalTokenizer.typographic(Substring(s)) : s }
        /// What "identical content" compares: kind, heading, text (and notes with --notes).
        func sameContent(_ x: StructuralUnit, _ y: StructuralUnit) -> Bool {
            x.kind == y.kind && norm(x.heading ?? "") == norm(y.heading ?? "") && norm(x.text) == norm(y.text)
                && (!options.notes || x.notes.map(\.text) == y.notes.map(\.text))
        }
        /// A hash of that content over its UTF-8 bytes (hashing a String normalizes Cyrillic first,
        /// which was most of the diff's time); only hashes are kept, not copies of every text.
        func contentHash(_ u: StructuralUnit) -> Int {
            var h = Hasher()
            h.combine(u.kind)
            for part in [norm(u.heading ?? ""), norm(u.text)] + (options.notes ? u.notes.map(\.text) : []) {
                var p = part
                p.withUTF8 { h.combine(bytes: UnsafeRawBufferPointer($0)) }
                h.combine(0x1F as UInt8)
            }
            return h.finalize()
        }

        var matchA = [Int](repeating: -1, count: a.count), matchB = [Int](repeating: -1, count: b.count)
        matchA[0] = 0; matchB[0] = 0
        // 1. unique identical content (a hash collision can only hide an anchor: pairs are compared)
        var countA: [Int: (Int, Int)] = [:], countB: [Int: (Int, Int)] = [:]
        for n in a.dropFirst() where !n.unit.text.isEmpty || n.unit.heading != nil {
            let k = contentHash(n.unit); countA[k] = (countA[k].map { $0.0 + 1 } ?? 1, n.index)
        }
        for n in b.dropFirst() where !n.unit.text.isEmpty || n.unit.heading != nil {
            let k = contentHash(n.unit); countB[k] = (countB[k].map { $0.0 + 1 } ?? 1, n.index)
        }
        for (k, (ca, ia)) in countA where ca == 1 {
            if let (cb, ib) = countB[k], cb == 1, sameContent(a[ia].unit, b[ib].unit) { matchA[ia] = ib; matchB[ib] = ia }
        }
        // 2. same eId
        var byId: [EId: Int] = [:]
        for n in b where matchB[n.index] < 0 { byId[n.unit.eId] = n.index }
        for n in a where matchA[n.index] < 0 {
            if let j = byId[n.unit.eId], matchB[j] < 0, b[j].unit.kind == n.unit.kind { matchA[n.index] = j; matchB[j] = n.index }
        }
        // 3. similar words under matched parents
        for n in a where matchA[n.index] < 0 && n.parent >= 0 && matchA[n.parent] >= 0 {
            let candidates = b[matchA[n.parent]].children.filter { matchB[$0] < 0 && b[$0].unit.kind == n.unit.kind }
            var best: (Double, Int)?
            for c in candidates {
                let s = similarity(n.unit, b[c].unit)
                if s >= 0.5 && (best == nil || s > best!.0) { best = (s, c) }
            }
            if let (_, c) = best { matchA[n.index] = c; matchB[c] = n.index }
        }

        // moves: a matched unit whose parent's match is not its new parent, or that is out of
        // order among its matched siblings (longest increasing run stays, the rest moved)
        var moved = Set<Int>()
        for n in b.dropFirst() where matchB[n.index] >= 0 {
            let o = a[matchB[n.index]]
            if o.parent >= 0 && matchA[o.parent] != n.parent { moved.insert(n.index) }
        }
        for n in b where n.children.count > 1 {
            let kept = n.children.filter { matchB[$0] >= 0 && !moved.contains($0) }
            let order = kept.map { matchB[$0] }
            let stay = Set(longestIncreasing(order).map { kept[$0] })
            for c in kept where !stay.contains(c) { moved.insert(c) }
        }

        var changes: [(key: Double, change: Change)] = []
        var unchanged = 0
        func path(_ nodes: [Node], _ i: Int) -> [StructuralUnit] {
            var out: [StructuralUnit] = []
            var j = i
            while j > 0 { out.append(nodes[j].unit); j = nodes[j].parent }
            return out.reversed()
        }
        func version(_ nodes: [Node], _ i: Int) -> Change.Version { Change.Version(unit: nodes[i].unit, path: path(nodes, i)) }
        func afterOf(_ i: Int) -> EId? {
            let p = b[i].parent
            guard p >= 0, let pos = b[p].children.firstIndex(of: i), pos > 0 else { return nil }
            return b[b[p].children[pos - 1]].unit.eId
        }
        /// An inserted unit with its inserted descendants; matched ones are reported as moved.
        func rebuild(_ i: Int) -> StructuralUnit {
            var u = b[i].unit
            u.children = b[i].children.filter { matchB[$0] < 0 }.map(rebuild)
            return u
        }
        // walk the new version in order, then the deletions in old order
        var insertedUnder = Set<Int>()
        for n in b.dropFirst() {
            let u = n.unit
            if matchB[n.index] < 0 {
                if insertedUnder.contains(n.parent) { insertedUnder.insert(n.index); continue } // inside an inserted unit
                insertedUnder.insert(n.index)
                changes.append((Double(n.index), Change(kind: .inserted, unitKind: u.kind, old: nil, new: version(b, n.index),
                                                        parent: n.parent > 0 ? b[n.parent].unit.eId : nil, after: afterOf(n.index),
                                                        inserted: rebuild(n.index))))
                continue
            }
            let o = a[matchB[n.index]].unit
            let textSame = norm(o.text) == norm(u.text)
            let headingSame = norm(o.heading ?? "") == norm(u.heading ?? "")
            let notesSame = !options.notes || o.notes == u.notes
            let numSame = o.num == u.num
            var kind: ChangeKind?
            if o.status != .excluded && u.status == .excluded { kind = .excluded }
            else if moved.contains(n.index) { kind = .moved }
            else if !textSame || !notesSame || o.status != u.status { kind = .modified }
            else if !headingSame { kind = .heading }
            else if !numSame { kind = .renumbered }
            guard let kind else { unchanged += 1; continue }
            var c = Change(kind: kind, unitKind: u.kind, old: version(a, matchB[n.index]), new: version(b, n.index))
            if kind == .excluded {
                // the whole wording gives way to «Исключен …»: a word-by-word diff would only be noise
                c.edits = [WordEdit(op: .delete, text: o.text), WordEdit(op: .insert, text: u.text)]
            } else if !textSame {
                c.edits = WordDiff.diff(o.text, u.text, language: lang, ignoreTypography: options.ignoreTypography)
            }
            if kind == .moved { c.parent = n.parent > 0 ? b[n.parent].unit.eId : nil; c.after = afterOf(n.index) }
            changes.append((Double(n.index), c))
        }
        var deletedUnder = Set<Int>()
        for n in a.dropFirst() where matchA[n.index] < 0 {
            if deletedUnder.contains(n.parent) { deletedUnder.insert(n.index); continue }
            deletedUnder.insert(n.index)
            let u = n.unit
            // listed where it stood: after the new place of the last kept unit before it
            var prev = n.index - 1
            while prev > 0 && matchA[prev] < 0 { prev -= 1 }
            let key = Double(max(matchA[max(prev, 0)], 0)) + 0.5 + Double(n.index) / Double(a.count + 1) / 4
            changes.append((key, Change(kind: .deleted, unitKind: u.kind, old: version(a, n.index), new: nil)))
        }
        let ordered = changes.enumerated().sorted { ($0.element.key, $0.offset) < ($1.element.key, $1.offset) }.map(\.element.change)
        return ActDiff(old: old, new: new, options: options, changes: ordered, unchanged: unchanged)
    }

    /// Dice coefficient of the two texts' word sets (headings count too).
    static func similarity(_ x: StructuralUnit, _ y: StructuralUnit) -> Double {
        func words(_ u: StructuralUnit) -> Set<Substring> {
            Set(((u.heading ?? "") + " " + u.text).split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "," || $0 == "." || $0 == ";" }))
        }
        let a = words(x), b = words(y)
        if a.isEmpty && b.isEmpty { return 1 }
        return 2 * Double(a.intersection(b).count) / Double(a.count + b.count)
    }

    /// Indices of a longest strictly increasing subsequence (patience sorting).
    static func longestIncreasing(_ xs: [Int]) -> [Int] {
        var tails: [Int] = [], prev = [Int](repeating: -1, count: xs.count)
        for (i, x) in xs.enumerated() {
            var lo = 0, hi = tails.count
            while lo < hi { let mid = (lo + hi) / 2; if xs[tails[mid]] < x { lo = mid + 1 } else { hi = mid } }
            if lo > 0 { prev[i] = tails[lo - 1] }
            if lo == tails.count { tails.append(i) } else { tails[lo] = i }
        }
        var out: [Int] = []
        var k = tails.last ?? -1
        while k >= 0 { out.append(k); k = prev[k] }
        return out.reversed()
    }
}
