import KenesAct

/// What happened to a unit between two versions. One vocabulary everywhere: text, JSON, HTML
/// and the comparative table.
public enum ChangeKind: String, Sendable, Codable, CaseIterable {
    case inserted, deleted, excluded, modified, heading, renumbered, moved
    /// Only characters nobody can see changed (a soft hyphen, a zero-width space, a Latin
    /// lookalike for a Cyrillic letter): listed by code point, never a row of the comparative table.
    case invisible
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
    /// Word-level edits of the closing words after the unit's subclauses (its wrap-up), when
    /// they changed; the unit is then `modified`.
    public var wrapUpEdits: [WordEdit] = []
    /// For insertions and moves: the new parent and the sibling it follows (nil: first child).
    public var parent: EId?
    public var after: EId?
    /// For insertions: the whole unit as it stands in the new version (with its children).
    public var inserted: StructuralUnit?
    /// The clause was too long for its words to be compared (`Limits.wordDiffTokens`): the
    /// edits show the changed part deleted and inserted whole.
    public var coarse = false
    /// For `invisible` changes: each character changed, old and new (nil where one side has
    /// none), in the order of the text, closing words after the text.
    public var characters: [(old: Unicode.Scalar?, new: Unicode.Scalar?)] = []

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
    public var oldWrapUp: String? { oldVersion?.unit.wrapUp }
    public var newWrapUp: String? { newVersion?.unit.wrapUp }
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
    /// The words changed in each modified unit; off when only the kinds of change are wanted
    /// (the act library stores those), which saves comparing the words.
    public var wordEdits: Bool
    public init(notes: Bool = false, ignoreTypography: Bool = false, wordEdits: Bool = true) {
        self.notes = notes; self.ignoreTypography = ignoreTypography; self.wordEdits = wordEdits
    }
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
        var index: Int
        var parent: Int
        var children: [Int] = []
        var kind: UnitKind
        var eId: EId
        var num: String?
        var status: UnitStatus
        /// Text or heading to compare: units without either are matched by eId only.
        var hasContent: Bool
        /// Hashes of what the comparison reads, over UTF-8 bytes (hashing a String normalizes
        /// Cyrillic first, which was most of a diff's time): kind + heading + text (+ notes with
        /// --notes) for the anchors, and the text, heading and notes apart.
        var content: Int, text: Int, heading: Int, notes: Int
    }

    /// One version's units read from the act's records; values are built only for the units a
    /// change shows or a similarity needs, so an unchanged unit's text is never copied.
    final class Side {
        let act: Act
        var nodes: [Node] = []
        private(set) var indices: [UnitIndex] = []
        private var units: [StructuralUnit?]

        init(_ act: Act, _ options: DiffOptions) {
            self.act = act
            units = Array(repeating: nil, count: act.unitCount)
            nodes.reserveCapacity(act.unitCount)
            indices.reserveCapacity(act.unitCount)
            act.forEachUnit { u, parent in
                let i = nodes.count
                let heading = act.heading(u).map { options.ignoreTypography ? LegalTokenizer.typographic(Substring($0)) : $0 }
                var textHasher = Hasher()
                // the closing words after the subclauses count as the unit's text, after a
                // separator no text holds
                if options.ignoreTypography {
                    var t = LegalTokenizer.typographic(Substring(act.text(u)))
                    if let w = act.wrapUp(u) { t += "\u{1E}" + LegalTokenizer.typographic(Substring(w)) }
                    t.withUTF8 { textHasher.combine(bytes: UnsafeRawBufferPointer($0)) }
                } else {
                    var first = true
                    act.forEachTextLine(u) { line in
                        if !first { textHasher.combine(0x0A as UInt8) }
                        first = false
                        textHasher.combine(bytes: UnsafeRawBufferPointer(line))
                    }
                    if act.hasWrapUp(u) {
                        textHasher.combine(0x1E as UInt8)
                        act.forEachWrapUpLine(u) { textHasher.combine(bytes: UnsafeRawBufferPointer($0)); textHasher.combine(0x0A as UInt8) }
                    }
                }
                let text = textHasher.finalize()
                var h = Hasher()
                h.combine(heading)
                let headingHash = h.finalize()
                h = Hasher()
                if options.notes { h.combine(act.notes(u).map(\.text)) }
                let notes = h.finalize()
                h = Hasher()
                h.combine(act.kind(u)); h.combine(headingHash); h.combine(text); h.combine(notes)
                nodes.append(Node(index: i, parent: parent, kind: act.kind(u), eId: act.eId(u), num: act.num(u), status: act.status(u),
                                  hasContent: act.hasText(u) || heading != nil || act.hasWrapUp(u), content: h.finalize(), text: text, heading: headingHash, notes: notes))
                indices.append(u)
                if parent >= 0 { nodes[parent].children.append(i) }
            }
        }

        subscript(_ i: Int) -> Node { nodes[i] }
        var count: Int { nodes.count }

        /// The unit's own fields as a value (built once).
        func unit(_ i: Int) -> StructuralUnit {
            if let u = units[i] { return u }
            let u = act.shallowUnit(indices[i])
            units[i] = u
            return u
        }

        /// The units from the top of the act down to unit `i`.
        func path(_ i: Int) -> [StructuralUnit] {
            var out: [StructuralUnit] = []
            var j = i
            while j > 0 { out.append(unit(j)); j = nodes[j].parent }
            return out.reversed()
        }

        func version(_ i: Int) -> Change.Version { Change.Version(unit: unit(i), path: path(i)) }
    }

    public static func diff(old: Act, new: Act, options: DiffOptions = DiffOptions()) -> ActDiff {
        let a = Side(old, options), b = Side(new, options)
        let lang = new.metadata.language
        func norm(_ s: String) -> String { options.ignoreTypography ? LegalTokenizer.typographic(Substring(s)) : s }
        /// What "identical content" compares, exactly (a hash can only suggest it): the bytes of
        /// the acts, without building values, unless typography is to be ignored.
        func sameContent(_ i: Int, _ j: Int) -> Bool {
            guard a[i].kind == b[j].kind else { return false }
            if options.ignoreTypography || options.notes {
                let x = a.unit(i), y = b.unit(j)
                return norm(x.heading ?? "") == norm(y.heading ?? "") && norm(x.text) == norm(y.text)
                    && norm(x.wrapUp ?? "") == norm(y.wrapUp ?? "")
                    && (!options.notes || x.notes.map(\.text) == y.notes.map(\.text))
            }
            return a.act.heading(a.indices[i]) == b.act.heading(b.indices[j]) && a.act.sameText(a.indices[i], as: b.act, b.indices[j])
        }

        var matchA = [Int](repeating: -1, count: a.count), matchB = [Int](repeating: -1, count: b.count)
        matchA[0] = 0; matchB[0] = 0
        // 1. unique identical content (a hash collision can only hide an anchor: pairs are compared)
        var countA: [Int: (Int, Int)] = [:], countB: [Int: (Int, Int)] = [:]
        for n in a.nodes.dropFirst() where n.hasContent { countA[n.content] = (countA[n.content].map { $0.0 + 1 } ?? 1, n.index) }
        for n in b.nodes.dropFirst() where n.hasContent { countB[n.content] = (countB[n.content].map { $0.0 + 1 } ?? 1, n.index) }
        var anchored = [Bool](repeating: false, count: a.count)
        for (k, (ca, ia)) in countA where ca == 1 {
            if let (cb, ib) = countB[k], cb == 1, sameContent(ia, ib) { matchA[ia] = ib; matchB[ib] = ia; anchored[ia] = true }
        }
        // 2. same eId
        var byId: [EId: Int] = [:]
        for n in b.nodes where matchB[n.index] < 0 { byId[n.eId] = n.index }
        for n in a.nodes where matchA[n.index] < 0 {
            if let j = byId[n.eId], matchB[j] < 0, b[j].kind == n.kind { matchA[n.index] = j; matchB[j] = n.index }
        }
        // 3. similar words under matched parents, among the nearest unmatched siblings (comparing
        // each with all of them was quadratic: 1,000 renumbered and edited clauses took 38 s)
        var positionA = [Int](repeating: 0, count: a.count), positionB = [Int](repeating: 0, count: b.count)
        for n in a.nodes { for (k, c) in n.children.enumerated() { positionA[c] = k } }
        for n in b.nodes { for (k, c) in n.children.enumerated() { positionB[c] = k } }
        /// Each new parent's children of a kind still unmatched before this step, in order.
        var unmatchedUnder: [Int: [UnitKind: [Int]]] = [:]
        for n in a.nodes where matchA[n.index] < 0 && n.parent >= 0 && matchA[n.parent] >= 0 {
            let p = matchA[n.parent]
            if unmatchedUnder[p] == nil {
                var byKind: [UnitKind: [Int]] = [:]
                for c in b[p].children where matchB[c] < 0 { byKind[b[c].kind, default: []].append(c) }
                unmatchedUnder[p] = byKind
            }
            let siblings = unmatchedUnder[p]?[n.kind] ?? []
            // the window of siblings nearest its own position (they are in order of position)
            var lo = 0, hi = siblings.count
            while lo < hi { let mid = (lo + hi) / 2; if positionB[siblings[mid]] < positionA[n.index] { lo = mid + 1 } else { hi = mid } }
            let half = Limits.siblingCandidates / 2
            let candidates = siblings[max(0, lo - half)..<min(siblings.count, lo + half)].filter { matchB[$0] < 0 }
            var best: (Double, Int)?
            for c in candidates {
                let s = similarity(a.unit(n.index), b.unit(c))
                if s >= 0.5 && (best == nil || s > best!.0) { best = (s, c) }
            }
            if let (_, c) = best { matchA[n.index] = c; matchB[c] = n.index }
        }

        // moves: a matched unit whose parent's match is not its new parent, or that is out of
        // order among its matched siblings (longest increasing run stays, the rest moved)
        var moved = Set<Int>()
        for n in b.nodes.dropFirst() where matchB[n.index] >= 0 {
            let o = a[matchB[n.index]]
            if o.parent >= 0 && matchA[o.parent] != n.parent { moved.insert(n.index) }
        }
        for n in b.nodes where n.children.count > 1 {
            let kept = n.children.filter { matchB[$0] >= 0 && !moved.contains($0) }
            let order = kept.map { matchB[$0] }
            let stay = Set(longestIncreasing(order).map { kept[$0] })
            for c in kept where !stay.contains(c) { moved.insert(c) }
        }

        var changes: [(key: Double, change: Change)] = []
        var unchanged = 0
        func afterOf(_ i: Int) -> EId? {
            let p = b[i].parent
            guard p >= 0, let pos = b[p].children.firstIndex(of: i), pos > 0 else { return nil }
            return b[b[p].children[pos - 1]].eId
        }
        /// An inserted unit with its inserted descendants; matched ones are reported as moved.
        func rebuild(_ i: Int) -> StructuralUnit {
            var u = b.unit(i)
            u.children = b[i].children.filter { matchB[$0] < 0 }.map(rebuild)
            return u
        }
        // walk the new version in order, then the deletions in old order
        var insertedUnder = Set<Int>()
        for n in b.nodes.dropFirst() {
            if matchB[n.index] < 0 {
                if insertedUnder.contains(n.parent) { insertedUnder.insert(n.index); continue } // inside an inserted unit
                insertedUnder.insert(n.index)
                changes.append((Double(n.index), Change(kind: .inserted, unitKind: n.kind, old: nil, new: b.version(n.index),
                                                        parent: n.parent > 0 ? b[n.parent].eId : nil, after: afterOf(n.index),
                                                        inserted: rebuild(n.index))))
                continue
            }
            let m = a[matchB[n.index]]
            // a pair anchored by identical content was compared on its values; for the others
            // different hashes mean different texts, and equal ones are confirmed on the values
            var textSame = anchored[m.index] || m.text == n.text, headingSame = anchored[m.index] || m.heading == n.heading
            if !anchored[m.index] && (textSame || headingSame) {
                let x = a.unit(m.index), y = b.unit(n.index)
                textSame = norm(x.text) == norm(y.text) && norm(x.wrapUp ?? "") == norm(y.wrapUp ?? "")
                headingSame = norm(x.heading ?? "") == norm(y.heading ?? "")
            }
            // notes: compared as values when the hashes agree (and only with --notes)
            let notesSame = !options.notes || anchored[m.index] || (m.notes == n.notes && a.unit(m.index).notes == b.unit(n.index).notes)
            var kind: ChangeKind?
            if m.status != .excluded && n.status == .excluded { kind = .excluded }
            else if moved.contains(n.index) { kind = .moved }
            else if !textSame || !notesSame || m.status != n.status { kind = .modified }
            else if !headingSame { kind = .heading }
            else if m.num != n.num { kind = .renumbered }
            guard let kind else { unchanged += 1; continue }
            let o = a.unit(m.index), u = b.unit(n.index)
            var c = Change(kind: kind, unitKind: n.kind, old: a.version(m.index), new: b.version(n.index))
            if (kind == .modified || kind == .heading) && o.status == u.status && notesSame && !options.ignoreTypography
                && TextIntegrity.lookTheSame(o.text, u.text) && TextIntegrity.lookTheSame(o.wrapUp ?? "", u.wrapUp ?? "")
                && TextIntegrity.lookTheSame(o.heading ?? "", u.heading ?? "") {
                // the same text to the eye: say which characters, not a word edit that looks like none
                c.kind = .invisible
                c.characters = TextIntegrity.invisibleChanges(o.heading ?? "", u.heading ?? "")
                    + TextIntegrity.invisibleChanges(o.text, u.text) + TextIntegrity.invisibleChanges(o.wrapUp ?? "", u.wrapUp ?? "")
                changes.append((Double(n.index), c))
                continue
            }
            if kind == .excluded {
                // the whole wording gives way to «Исключен …»: a word-by-word diff would only be noise
                c.edits = [WordEdit(op: .delete, text: o.text), WordEdit(op: .insert, text: u.text)]
            } else if !textSame && options.wordEdits {
                if norm(o.text) != norm(u.text) {
                    (c.edits, c.coarse) = WordDiff.compare(o.text, u.text, language: lang, ignoreTypography: options.ignoreTypography)
                }
                if norm(o.wrapUp ?? "") != norm(u.wrapUp ?? "") {
                    let (edits, coarse) = WordDiff.compare(o.wrapUp ?? "", u.wrapUp ?? "", language: lang, ignoreTypography: options.ignoreTypography)
                    c.wrapUpEdits = edits
                    c.coarse = c.coarse || coarse
                }
            }
            if kind == .moved { c.parent = n.parent > 0 ? b[n.parent].eId : nil; c.after = afterOf(n.index) }
            changes.append((Double(n.index), c))
        }
        var deletedUnder = Set<Int>()
        for n in a.nodes.dropFirst() where matchA[n.index] < 0 {
            if deletedUnder.contains(n.parent) { deletedUnder.insert(n.index); continue }
            deletedUnder.insert(n.index)
            // listed where it stood: after the new place of the last kept unit before it
            var prev = n.index - 1
            while prev > 0 && matchA[prev] < 0 { prev -= 1 }
            let key = Double(max(matchA[max(prev, 0)], 0)) + 0.5 + Double(n.index) / Double(a.count + 1) / 4
            changes.append((key, Change(kind: .deleted, unitKind: n.kind, old: a.version(n.index), new: nil)))
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
