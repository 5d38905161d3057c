/// What a stretch of the source is, in the layout that lets an act be printed back byte for byte.
public enum PieceRole: UInt8, Sendable {
    /// White space, line breaks and blank lines between the meaningful parts.
    case trivia
    /// The `---` front-matter block of a corpus file.
    case frontMatter
    /// The title block (kind, title, date, number, place).
    case preface
    /// A unit's label: `Статья 8-1.`, `1.`, `2-1)`, `8-1-бап.`
    case label
    case heading
    case text
    case note
    /// Closing words after a list of subclauses: they belong to the unit that holds the list
    /// (`UnitRecord.wrapUp`), though printed after its last subclause, whose pieces they sit among.
    case wrapUp
}

/// One stretch of the normalized source, owned by one unit.
struct Piece {
    var role: PieceRole
    /// For `.note`: index into `Act.noteRecords`.
    var note: Int32
    var start: Int32
    var end: Int32
}

/// A unit as stored: an arena record with links, its text as pieces of the source buffer.
/// Records are in document order, so a unit's pieces run from its `pieceStart` to the next
/// record's.
struct UnitRecord {
    var kind: UnitKind
    var eId: EId
    var num: String?
    var status: UnitStatus = .inForce
    var line: Int32
    var parent: Int32
    var firstChild: Int32 = -1
    var lastChild: Int32 = -1
    var nextSibling: Int32 = -1
    var pieceStart: Int32
    /// The pieces holding this unit's wrap-up (`.wrapUp` pieces among them), empty when it has none.
    var wrapUpStart: Int32 = 0
    var wrapUpEnd: Int32 = 0
}

/// A note's pieces stay where the note is printed (layout); `unit` is the unit it is about,
/// which may be an ancestor of the piece owner («Сноска. Статья 3 …» printed after clause 3).
struct NoteRecord {
    var kind: NoteKind
    var line: Int32
    var unit: Int32 = -1
    /// Index of the note's first and one past its last piece.
    var pieceStart: Int32 = -1
    var pieceEnd: Int32 = -1
}

struct CitationRecord {
    var unit: Int32
    /// UTF-8 offsets in the unit's text.
    var start: Int32
    var end: Int32
    var targets: [EId]
    var external: String?
    var status: CitationStatus
    /// The offsets are in the unit's wrap-up, not its text.
    var inWrapUp: Bool = false
}
