/// A unit of a parsed act by its position in document order (the act itself is 0).
public struct UnitIndex: Hashable, Comparable, Sendable {
    public let position: Int32
    init(_ position: Int) { self.position = Int32(position) }
    public static func < (a: UnitIndex, b: UnitIndex) -> Bool { a.position < b.position }
}

/// A citation inside a unit's text by UTF-8 byte offsets (what writers need; `Citation` counts
/// Unicode scalars for JSON consumers).
public struct CitationSpan: Sendable {
    public var bytes: Range<Int>
    public var targets: [EId]
    public var status: CitationStatus
    /// The bytes are in the unit's wrap-up, not its text.
    public var inWrapUp: Bool
}

/// What a renderer reads from a unit tree. Both the parsed act (units as records over its
/// source buffer, read without building values) and a `StructuralUnit` value conform, so each
/// writer has one code path for both.
public protocol UnitTree {
    associatedtype Node
    func kind(_ n: Node) -> UnitKind
    func eId(_ n: Node) -> EId
    func num(_ n: Node) -> String?
    func heading(_ n: Node) -> String?
    func status(_ n: Node) -> UnitStatus
    func line(_ n: Node) -> Int
    /// The unit's own text, line by line, as UTF-8 (`text` split at "\n").
    func forEachTextLine(_ n: Node, _ body: (UnsafeBufferPointer<UInt8>) -> Void)
    func hasText(_ n: Node) -> Bool
    /// The closing words after the unit's subclauses, line by line; no call when it has none.
    func forEachWrapUpLine(_ n: Node, _ body: (UnsafeBufferPointer<UInt8>) -> Void)
    func hasWrapUp(_ n: Node) -> Bool
    func notes(_ n: Node) -> [Note]
    func citations(_ n: Node) -> [Citation]
    func amendments(_ n: Node) -> [Amendment]
    /// Both at once: an act derives a unit's amendments from its notes.
    func notesAndAmendments(_ n: Node) -> (notes: [Note], amendments: [Amendment])
    func forEachChild(_ n: Node, _ body: (Node) -> Void)
    func hasChildren(_ n: Node) -> Bool
}

extension UnitTree {
    /// The text joined, for the few places that need it whole.
    public func text(_ n: Node) -> String { Self.joined { forEachTextLine(n, $0) } }

    /// The wrap-up joined; nil when the unit has none.
    public func wrapUp(_ n: Node) -> String? { hasWrapUp(n) ? Self.joined { forEachWrapUpLine(n, $0) } : nil }

    static func joined(_ lines: ((UnsafeBufferPointer<UInt8>) -> Void) -> Void) -> String {
        var out: [UInt8] = []
        var first = true
        lines { line in
            if !first { out.append(0x0A) }
            first = false
            out.append(contentsOf: line)
        }
        return String(decoding: out, as: UTF8.self)
    }
}

extension String {
    /// Calls `body` with each line's UTF-8 bytes ("\n" separates; an empty string is one empty line).
    func forEachUTF8Line(_ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var text = self
        text.withUTF8 { b in
            var start = 0
            for i in 0..<b.count where b[i] == 0x0A {
                body(UnsafeBufferPointer(rebasing: b[start..<i]))
                start = i + 1
            }
            body(UnsafeBufferPointer(rebasing: b[start...]))
        }
    }
}

/// A `StructuralUnit` value as a `UnitTree` (units of a diff, an amended copy).
public struct UnitValueTree: UnitTree {
    public init() {}
    public func kind(_ n: StructuralUnit) -> UnitKind { n.kind }
    public func eId(_ n: StructuralUnit) -> EId { n.eId }
    public func num(_ n: StructuralUnit) -> String? { n.num }
    public func heading(_ n: StructuralUnit) -> String? { n.heading }
    public func status(_ n: StructuralUnit) -> UnitStatus { n.status }
    public func line(_ n: StructuralUnit) -> Int { n.line }
    public func forEachTextLine(_ n: StructuralUnit, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        n.text.forEachUTF8Line(body)
    }
    public func hasText(_ n: StructuralUnit) -> Bool { !n.text.isEmpty }
    public func forEachWrapUpLine(_ n: StructuralUnit, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        n.wrapUp?.forEachUTF8Line(body)
    }
    public func hasWrapUp(_ n: StructuralUnit) -> Bool { n.wrapUp != nil }
    public func notes(_ n: StructuralUnit) -> [Note] { n.notes }
    public func citations(_ n: StructuralUnit) -> [Citation] { n.citations }
    public func amendments(_ n: StructuralUnit) -> [Amendment] { n.amendments }
    public func notesAndAmendments(_ n: StructuralUnit) -> (notes: [Note], amendments: [Amendment]) { (n.notes, n.amendments) }
    public func forEachChild(_ n: StructuralUnit, _ body: (StructuralUnit) -> Void) { for c in n.children { body(c) } }
    public func hasChildren(_ n: StructuralUnit) -> Bool { !n.children.isEmpty }
}

/// The parsed act read record by record: nothing is materialized but what a writer asks for.
extension Act: UnitTree {
    public var root: UnitIndex { UnitIndex(0) }

    public func index(of eId: EId) -> UnitIndex? { index[eId].map { UnitIndex(Int($0)) } }

    public func kind(_ n: UnitIndex) -> UnitKind { records[Int(n.position)].kind }
    public func eId(_ n: UnitIndex) -> EId { records[Int(n.position)].eId }
    public func num(_ n: UnitIndex) -> String? { records[Int(n.position)].num }
    public func status(_ n: UnitIndex) -> UnitStatus { records[Int(n.position)].status }
    public func line(_ n: UnitIndex) -> Int { Int(records[Int(n.position)].line) }

    public func heading(_ n: UnitIndex) -> String? {
        let h = joined(Int(n.position), .heading, separator: " ")
        return h.isEmpty ? nil : h
    }

    public func forEachTextLine(_ n: UnitIndex, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        source.withUnsafeBufferPointer { src in
            for p in pieces[pieceRange(Int(n.position))] where p.role == .text {
                body(UnsafeBufferPointer(rebasing: src[Int(p.start)..<Int(p.end)]))
            }
        }
    }

    public func hasText(_ n: UnitIndex) -> Bool {
        // the text is the lines joined with "\n": empty only when there is at most one, empty
        var lines = 0, bytes = 0
        for p in pieces[pieceRange(Int(n.position))] where p.role == .text { lines += 1; bytes += Int(p.end - p.start) }
        return lines > 1 || bytes > 0
    }

    public func forEachWrapUpLine(_ n: UnitIndex, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        source.withUnsafeBufferPointer { src in
            for p in pieces[wrapUpRange(Int(n.position))] where p.role == .wrapUp {
                body(UnsafeBufferPointer(rebasing: src[Int(p.start)..<Int(p.end)]))
            }
        }
    }

    public func hasWrapUp(_ n: UnitIndex) -> Bool { !wrapUpRange(Int(n.position)).isEmpty }

    public func notes(_ n: UnitIndex) -> [Note] { notes(of: Int(n.position)) }

    public func citations(_ n: UnitIndex) -> [Citation] {
        let u = Int(n.position)
        let range = Int(citationStart[u])..<Int(citationStart[u + 1])
        guard !range.isEmpty else { return [] }
        let text = textBytes(u), scalars = ScalarOffsets(text)
        let wrapUp = hasWrapUp(n) ? wrapUpBytes(u) : [], wrapUpScalars = ScalarOffsets(wrapUp)
        return citationRecords[range].map { c in
            let (bytes, offsets) = c.inWrapUp ? (wrapUp, wrapUpScalars) : (text, scalars)
            return Citation(text: String(decoding: bytes[Int(c.start)..<Int(c.end)], as: UTF8.self),
                            start: offsets.offset(ofByte: Int(c.start)), end: offsets.offset(ofByte: Int(c.end)),
                            target: c.status == .resolved && c.targets.count == 1 ? c.targets[0] : nil,
                            targets: c.targets, external: c.external, status: c.status, inWrapUp: c.inWrapUp)
        }
    }

    public func citationSpans(_ n: UnitIndex) -> [CitationSpan] {
        let u = Int(n.position)
        return citationRecords[Int(citationStart[u])..<Int(citationStart[u + 1])].map {
            CitationSpan(bytes: Int($0.start)..<Int($0.end), targets: $0.targets, status: $0.status, inWrapUp: $0.inWrapUp)
        }
    }

    public func amendments(_ n: UnitIndex) -> [Amendment] { notesAndAmendments(n).amendments }

    public func notesAndAmendments(_ n: UnitIndex) -> (notes: [Note], amendments: [Amendment]) {
        let u = Int(n.position), notes = notes(of: u)
        // most units have neither notes nor an exclusion line: nothing to extract
        if notes.isEmpty && records[u].status != .excluded { return ([], []) }
        return (notes, amendments(u, notes: notes))
    }

    public func forEachChild(_ n: UnitIndex, _ body: (UnitIndex) -> Void) {
        var c = records[Int(n.position)].firstChild
        while c >= 0 { body(UnitIndex(Int(c))); c = records[Int(c)].nextSibling }
    }

    public func hasChildren(_ n: UnitIndex) -> Bool { records[Int(n.position)].firstChild >= 0 }

    /// Whether a unit of this act and one of `other` have the same text and wrap-up, compared as
    /// bytes without building either.
    public func sameText(_ n: UnitIndex, as other: Act, _ m: UnitIndex) -> Bool {
        let (u, v) = (Int(n.position), Int(m.position))
        return samePieces(pieceRange(u), .text, other, other.pieceRange(v))
            && samePieces(wrapUpRange(u), .wrapUp, other, other.wrapUpRange(v))
    }

    func samePieces(_ r: Range<Int>, _ role: PieceRole, _ other: Act, _ q: Range<Int>) -> Bool {
        let x = pieces[r].filter { $0.role == role }
        let y = other.pieces[q].filter { $0.role == role }
        guard x.count == y.count else { return false }
        return source.withUnsafeBufferPointer { s in
            other.source.withUnsafeBufferPointer { t in
                zip(x, y).allSatisfy { p, q in
                    p.end - p.start == q.end - q.start && s[Int(p.start)..<Int(p.end)].elementsEqual(t[Int(q.start)..<Int(q.end)])
                }
            }
        }
    }

    /// The parent of a unit (nil for the act itself).
    public func parent(_ n: UnitIndex) -> UnitIndex? {
        n.position == 0 ? nil : UnitIndex(Int(records[Int(n.position)].parent))
    }

    /// Amending acts named in an exclusion line and in the unit's notes, oldest first.
    func amendments(_ u: Int, notes: [Note]) -> [Amendment] {
        var amendments: [Amendment] = []
        if records[u].status == .excluded { amendments = AmendmentExtractor.extract(String(decoding: textBytes(u), as: UTF8.self)) }
        for n in notes { for a in n.amendments where !amendments.contains(a) { amendments.append(a) } }
        amendments.sort { $0.date < $1.date }
        return amendments
    }
}

/// Byte offsets in UTF-8 text to Unicode scalar offsets, for offsets asked in increasing order
/// or not: a prefix count per 64-byte block keeps each answer short and the whole linear.
struct ScalarOffsets {
    let bytes: [UInt8]
    var blockStarts: [Int] = []

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var n = 0
        blockStarts.reserveCapacity(bytes.count / 64 + 1)
        for i in 0..<bytes.count {
            if i & 63 == 0 { blockStarts.append(n) }
            if bytes[i] & 0xC0 != 0x80 { n += 1 }
        }
    }

    func offset(ofByte b: Int) -> Int {
        let b = min(b, bytes.count)
        guard !blockStarts.isEmpty else { return 0 }
        let block = min(b >> 6, blockStarts.count - 1)
        var n = blockStarts[block]
        for i in (block << 6)..<b where bytes[i] & 0xC0 != 0x80 { n += 1 }
        return n
    }
}
