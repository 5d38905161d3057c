import CICUShim

/// Finds the citations in every unit's text and resolves them to eIds of the same act.
struct CitationResolver {
    let source: [UInt8]
    let records: [UnitRecord]
    let pieces: [Piece]
    let index: [EId: Int32]
    let articleless: Bool
    var warnings: [(offset: Int32, message: Message)] = []
    /// Articles, chapters and parts sorted by number, for ranges over them (built when needed).
    var sortedByKind: [UnitKind: [([Int], EId)]] = [:]

    init(source: [UInt8], records: [UnitRecord], pieces: [Piece], index: [EId: Int32]) {
        self.source = source; self.records = records; self.pieces = pieces; self.index = index
        self.articleless = !records.contains { $0.kind == .article }
    }

    func pieceRange(_ u: Int) -> Range<Int> {
        Int(records[u].pieceStart)..<(u + 1 < records.count ? Int(records[u + 1].pieceStart) : pieces.count)
    }

    mutating func resolveAll() -> [CitationRecord] {
        var out: [CitationRecord] = []
        source.withUnsafeBufferPointer { src in
            for u in 1..<records.count where records[u].kind != .conclusions {
                resolve(in: pieces[pieceRange(u)], .text, of: u, src, into: &out)
                if records[u].wrapUpEnd > records[u].wrapUpStart {
                    resolve(in: pieces[Int(records[u].wrapUpStart)..<Int(records[u].wrapUpEnd)], .wrapUp, of: u, src, into: &out)
                }
            }
        }
        return out
    }

    /// The citations in one unit's text or wrap-up (the pieces of `role` among `candidates`),
    /// offsets counted in those lines joined with "\n".
    mutating func resolve(in candidates: ArraySlice<Piece>, _ role: PieceRole, of u: Int, _ src: UnsafeBufferPointer<UInt8>,
                          into out: inout [CitationRecord]) {
        // only text with a digit can hold a citation
        var hasDigit = false
        for p in candidates where p.role == role && !hasDigit {
            hasDigit = kenes_first_digit(src.baseAddress! + Int(p.start), p.end - p.start) >= 0
        }
        guard hasDigit else { return }
        var bytes: [UInt8] = []
        var starts: [(text: Int, source: Int32)] = []
        for p in candidates where p.role == role {
            if !bytes.isEmpty { bytes.append(0x0A) }
            starts.append((bytes.count, p.start))
            bytes.append(contentsOf: src[Int(p.start)..<Int(p.end)])
        }
        let inWrapUp = role == .wrapUp
        let refs = bytes.withUnsafeBufferPointer { ReferenceGrammar($0).scanAll() }
        for ref in refs {
            let items = ref.groups.reduce(0) { $0 + $1.items.count }
            if items > Limits.citationItems {
                // resolving is linear in the items, but a range each may cost a pass over
                // the act: a list this long is not read
                out.append(CitationRecord(unit: Int32(u), start: Int32(ref.start), end: Int32(ref.end),
                                          targets: [], external: nil, status: .unresolved, inWrapUp: inWrapUp))
                let piece = starts.last { $0.text <= ref.start }!
                warnings.append((piece.source + Int32(ref.start - piece.text),
                                 Message(ru: "ссылка перечисляет \(items) единиц (предел \(Limits.citationItems)) и остаётся неразрешённой",
                                         kk: "сілтеме \(items) бірлікті атайды (шегі \(Limits.citationItems)) және шешілмей қалады",
                                         en: "a citation listing \(items) items (the limit is \(Limits.citationItems)) is left unresolved")))
                continue
            }
            let (targets, status) = resolve(ref, from: u)
            var external: String?
            if case .external(let name) = ref.scope { external = name }
            out.append(CitationRecord(unit: Int32(u), start: Int32(ref.start), end: Int32(ref.end),
                                      targets: targets, external: external, status: status, inWrapUp: inWrapUp))
            if status == .unresolved || status == .ambiguous {
                let piece = starts.last { $0.text <= ref.start }!
                let words = String(decoding: bytes[ref.start..<ref.end], as: UTF8.self)
                let what = targets.isEmpty ? "a unit" : targets.map(\.rawValue).joined(separator: ", ")
                let message = status == .ambiguous ? ParseMessages.citationAmbiguous(words, what) : ParseMessages.citationNowhere(words, what)
                warnings.append((piece.source + Int32(ref.start - piece.text), message))
            }
        }
    }

    /// The eIds of the nearest enclosing units of each kind.
    func context(_ u: Int) -> (article: EId?, paragraph: EId?, chapter: EId?) {
        var article: EId?, paragraph: EId?, chapter: EId?
        var i = u
        while i > 0 {
            let r = records[i]
            switch r.kind {
            case .article where article == nil: article = r.eId
            case .paragraph where paragraph == nil: paragraph = r.eId
            case .chapter where chapter == nil: chapter = r.eId
            default: break
            }
            i = Int(r.parent)
        }
        return (article, paragraph, chapter)
    }

    mutating func resolve(_ ref: ParsedReference, from u: Int) -> ([EId], CitationStatus) {
        if case .external = ref.scope { return ([], .external) }
        let ctx = context(u)
        var groups: [RefLevel: [RefItem]] = [:]
        for g in ref.groups { groups[g.level] = g.items }
        let lowest = ref.groups.map(\.level).max()!
        var ambiguous = false

        // containers and articles: their eIds do not nest
        var bases: [EId?]
        if let items = groups[.article] {
            bases = expand(items, parent: nil, kind: .article, ambiguous: &ambiguous).map { $0 }
        } else if lowest <= .subchapter {
            var out: [EId] = []
            if let items = groups[.part] { out = expand(items, parent: nil, kind: .part, ambiguous: &ambiguous) }
            if let items = groups[.chapter] { out = expand(items, parent: nil, kind: .chapter, ambiguous: &ambiguous) }
            if let items = groups[.subchapter] {
                let chapter = groups[.chapter] != nil ? out.first : ctx.chapter
                out = expand(items, parent: chapter, kind: .subchapter, ambiguous: &ambiguous)
            }
            return finish(out, ambiguous)
        } else if ref.scope == .thisParagraph || (groups[.paragraph] == nil && lowest == .point && ctx.paragraph != nil && ref.scope != .thisArticle) {
            guard let p = ctx.paragraph else { return ([], .unresolved) }
            let out = expand(groups[.point] ?? [], parent: p, kind: .point, ambiguous: &ambiguous)
            return finish(out, ambiguous)
        } else if let a = ctx.article {
            bases = [a]
        } else if articleless {
            bases = [nil]
        } else {
            return ([], .unresolved)
        }
        if lowest == .article { return finish(bases.compactMap { $0 }, ambiguous) }

        var out: [EId] = []
        for base in bases {
            var paras: [EId?] = [base]
            if let items = groups[.paragraph] {
                paras = expand(items, parent: base, kind: .paragraph, ambiguous: &ambiguous).map { $0 }
            }
            if let items = groups[.subparagraph] {
                for p in paras {
                    guard let p else { continue }
                    out += expand(items, parent: p, kind: .subparagraph, ambiguous: &ambiguous).map { partOrWrapUp($0, of: p) }
                }
            } else if let items = groups[.point] {
                for p in paras {
                    guard let p else { continue }
                    out += expand(items, parent: p, kind: .point, ambiguous: &ambiguous)
                }
            } else {
                out += paras.compactMap { $0 }
            }
        }
        return finish(out, ambiguous)
    }

    /// «часть вторая пункта 3» where clause 3 has no parts but closing words after its
    /// subclauses: those words, which have no eId, are clause 3's.
    func partOrWrapUp(_ part: EId, of parent: EId) -> EId {
        guard index[part] == nil, let p = index[parent].map(Int.init), records[p].wrapUpEnd > records[p].wrapUpStart,
              let n = part.number.flatMap({ Int($0) }), n >= 2 else { return part }
        return parent
    }

    func finish(_ targets: [EId], _ ambiguous: Bool) -> ([EId], CitationStatus) {
        if ambiguous { return (targets, .ambiguous) }
        if targets.isEmpty || targets.contains(where: { index[$0] == nil }) { return (targets, .unresolved) }
        return (targets, .resolved)
    }

    static func eId(parent: EId?, kind: UnitKind, num: String) -> EId { EId.unit(kind, number: num, under: parent) }

    mutating func expand(_ items: [RefItem], parent: EId?, kind: UnitKind, ambiguous: inout Bool) -> [EId] {
        var out: [EId] = []
        for item in items {
            switch item {
            case .single(let n):
                out.append(Self.eId(parent: parent, kind: kind, num: String(UnitNumber.bare(n))))
            case .range(let a, let b):
                out += range(a, b, parent: parent, kind: kind)
            case .rangeOrInserted(let a, let b):
                let inserted = Self.eId(parent: parent, kind: kind, num: "\(a)-\(b)")
                let r = range(a, b, parent: parent, kind: kind)
                let rangeExists = index[Self.eId(parent: parent, kind: kind, num: a)] != nil
                    && index[Self.eId(parent: parent, kind: kind, num: b)] != nil
                if index[inserted] != nil && rangeExists { ambiguous = true; out += [inserted] + r }
                else if index[inserted] != nil { out.append(inserted) }
                else if !r.isEmpty { out += r }
                else { out.append(inserted) }
            }
        }
        return out
    }

    /// Units of `kind` under `parent` numbered from a to b inclusive; inserted numbers between
    /// count (8-9 includes 8-1).
    mutating func range(_ a: String, _ b: String, parent: EId?, kind: UnitKind) -> [EId] {
        guard let ka = UnitNumber.key(UnitNumber.bare(a)), let kb = UnitNumber.key(UnitNumber.bare(b)) else { return [] }
        let inRange = { (k: [Int]) in !UnitNumber.less(k, ka) && !UnitNumber.less(kb, k) }
        if kind == .article || kind == .chapter || kind == .part || (kind == .paragraph && parent == nil) {
            if sortedByKind[kind] == nil {
                sortedByKind[kind] = records.compactMap { r in
                    guard r.kind == kind, let n = r.num, let k = UnitNumber.key(n) else { return nil }
                    if kind == .paragraph && records[Int(r.parent)].kind == .article { return nil }
                    return (k, r.eId)
                }
            }
            return sortedByKind[kind]!.filter { inRange($0.0) }.map(\.1)
        }
        guard let p = parent, let pi = index[p] else { return [] }
        var out: [EId] = []
        var c = records[Int(pi)].firstChild
        while c >= 0 {
            let r = records[Int(c)]
            if r.kind == kind, let n = r.num, let k = UnitNumber.key(n), inRange(k) { out.append(r.eId) }
            c = r.nextSibling
        }
        return out
    }
}
