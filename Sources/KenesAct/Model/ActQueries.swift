/// A parsed act: metadata, the unit tree, editorial notes and citations, all over one buffer
/// of normalized source text.
///
/// Parsing keeps every unit as a compact record pointing into `source`; `tree()`, `unit(_:)`
/// and the renderers build `StructuralUnit` values from those on demand.
public struct Act: Sendable {
    public internal(set) var metadata: ActMetadata
    /// The normalized input (BOM removed, CRLF and lone CR → LF, NFC).
    public let source: [UInt8]
    public let fileName: String
    /// Warnings about numbering and unresolved citations, in line order.
    public private(set) var diagnostics: [Diagnostic]

    let records: [UnitRecord]
    let pieces: [Piece]
    let noteRecords: [NoteRecord]
    let citationRecords: [CitationRecord]
    /// For each record, the index of its first citation record (citations are sorted by unit).
    let citationStart: [Int32]
    let index: [EId: Int32]
    /// Note records per unit they are about, in order.
    let notesByUnit: [Int32: [Int32]]

    init(metadata: ActMetadata, source: [UInt8], fileName: String, diagnostics: [Diagnostic],
         records: [UnitRecord], pieces: [Piece], noteRecords: [NoteRecord],
         citationRecords: [CitationRecord], index: [EId: Int32]) {
        self.metadata = metadata; self.source = source; self.fileName = fileName
        self.diagnostics = diagnostics; self.records = records; self.pieces = pieces
        self.noteRecords = noteRecords; self.citationRecords = citationRecords; self.index = index
        var starts = [Int32](repeating: Int32(citationRecords.count), count: records.count + 1)
        for (i, c) in citationRecords.enumerated().reversed() { starts[Int(c.unit)] = Int32(i) }
        for r in stride(from: records.count - 1, through: 0, by: -1) where starts[r] > starts[r + 1] {
            starts[r] = starts[r + 1]
        }
        self.citationStart = starts
        var byUnit: [Int32: [Int32]] = [:]
        for (i, n) in noteRecords.enumerated() { byUnit[n.unit, default: []].append(Int32(i)) }
        self.notesByUnit = byUnit
    }

    /// Number of structural units, the act itself included.
    public var unitCount: Int { records.count }

    /// Every eId in document order.
    public var eIds: [EId] { records.map(\.eId) }

    public func contains(_ eId: EId) -> Bool { index[eId] != nil }

    /// The whole tree, rooted at the act.
    public func tree() -> StructuralUnit { materialize(0) }

    /// The unit with this eId and everything under it.
    public func unit(_ eId: EId) -> StructuralUnit? { index[eId].map { materialize(Int($0)) } }

    /// The units from the top of the act down to `eId` (not including the act itself).
    public func path(to eId: EId) -> [StructuralUnit] {
        guard var i = index[eId].map(Int.init) else { return [] }
        var out: [StructuralUnit] = []
        while i > 0 { out.append(shallow(i)); i = Int(records[i].parent) }
        return out.reversed()
    }

    /// The top-level units (preamble, parts or chapters or articles, conclusions).
    public var body: [StructuralUnit] { children(of: 0).map { materialize($0) } }

    /// Act-level notes (those before the first unit, about the whole act).
    public var notes: [Note] { notes(of: 0) }

    /// The title block as printed, lines trimmed.
    public var preface: String { joined(0, .preface, separator: "\n") }

    // MARK: layout, for renderers

    /// Calls `body` for every piece of the layout in tree order (a unit's own pieces, then its
    /// children). Concatenating the bytes gives back the normalized source.
    public func forEachPiece(_ body: (_ unitKind: UnitKind, _ role: PieceRole, _ bytes: Range<Int>) -> Void) {
        func walk(_ u: Int) {
            let r = pieceRange(u)
            for p in pieces[r] { body(records[u].kind, p.role, Int(p.start)..<Int(p.end)) }
            for c in children(of: u) { walk(c) }
        }
        walk(0)
    }

    // MARK: internals

    func pieceRange(_ u: Int) -> Range<Int> {
        let s = Int(records[u].pieceStart)
        let e = u + 1 < records.count ? Int(records[u + 1].pieceStart) : pieces.count
        return s..<e
    }

    func children(of u: Int) -> [Int] {
        var out: [Int] = []
        var c = records[u].firstChild
        while c >= 0 { out.append(Int(c)); c = records[Int(c)].nextSibling }
        return out
    }

    func string(_ p: Piece) -> String {
        source.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[Int(p.start)..<Int(p.end)]), as: UTF8.self) }
    }

    func joined(_ u: Int, _ role: PieceRole, separator: String) -> String {
        var parts: [String] = []
        for p in pieces[pieceRange(u)] where p.role == role { parts.append(string(p)) }
        return parts.joined(separator: separator)
    }

    /// The unit's text as UTF-8 bytes, lines joined with "\n" (citations are offsets into it).
    func textBytes(_ u: Int) -> [UInt8] { lineBytes(pieceRange(u), .text) }

    /// The pieces holding a unit's wrap-up (empty when it has none).
    func wrapUpRange(_ u: Int) -> Range<Int> { Int(records[u].wrapUpStart)..<Int(records[u].wrapUpEnd) }

    /// The unit's wrap-up as UTF-8 bytes, lines joined with "\n"; empty when it has none.
    func wrapUpBytes(_ u: Int) -> [UInt8] { lineBytes(wrapUpRange(u), .wrapUp) }

    func lineBytes(_ range: Range<Int>, _ role: PieceRole) -> [UInt8] {
        var out: [UInt8] = []
        var first = true
        for p in pieces[range] where p.role == role {
            if !first { out.append(0x0A) }
            first = false
            out.append(contentsOf: source[Int(p.start)..<Int(p.end)])
        }
        return out
    }

    func notes(of u: Int) -> [Note] {
        (notesByUnit[Int32(u)] ?? []).map { i in
            let rec = noteRecords[Int(i)]
            let text = pieces[Int(rec.pieceStart)..<Int(rec.pieceEnd)].filter { $0.role == .note && $0.note == i }
                .map { string($0) }.joined(separator: "\n")
            return Note(kind: rec.kind, text: text, amendments: AmendmentExtractor.extract(text), line: Int(rec.line))
        }
    }

    func shallow(_ u: Int) -> StructuralUnit {
        let r = records[u], n = UnitIndex(u)
        let notes = notes(of: u)
        return StructuralUnit(kind: r.kind, eId: r.eId, num: r.num, heading: heading(n), text: String(decoding: textBytes(u), as: UTF8.self),
                              wrapUp: r.wrapUpEnd > r.wrapUpStart ? String(decoding: wrapUpBytes(u), as: UTF8.self) : nil, status: r.status, notes: notes, citations: citations(n), amendments: amendments(u, notes: notes),
                              line: Int(r.line), children: [])
    }

    /// Every unit in document order (the tree's pre-order) with its parent's position (-1 for the
    /// act): the tree walked flat, without building it.
    public func forEachUnit(_ body: (UnitIndex, _ parent: Int) -> Void) {
        for u in records.indices { body(UnitIndex(u), Int(records[u].parent)) }
    }

    /// A unit's own fields as a value, without its children.
    public func shallowUnit(_ n: UnitIndex) -> StructuralUnit { shallow(Int(n.position)) }

    func materialize(_ u: Int) -> StructuralUnit {
        var unit = shallow(u)
        unit.children = children(of: u).map { materialize($0) }
        return unit
    }

}

extension Act {
    /// The same act with a warning an importer found about the file (a page cut off).
    public func withWarning(_ text: Message, at location: FileLocation) -> Act {
        var copy = self
        copy.diagnostics.insert(Diagnostic(severity: .warning, location: location, text: text, language: metadata.language), at: 0)
        return copy
    }

    /// The same act with the edition date an importer found outside the text (the portal's
    /// «по состоянию на» banner).
    public func withEditionDate(_ iso: String?) -> Act {
        guard let iso, metadata.editionDate == nil else { return self }
        var copy = self
        copy.metadata.editionDate = iso
        return copy
    }
}
