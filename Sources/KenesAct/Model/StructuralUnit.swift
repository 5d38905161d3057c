/// A structural unit with everything a reader needs: a value tree built from a parsed `Act`.
///
/// Two units are equal when their kind, eId, num, heading, text, wrap-up, status, notes and
/// children are: the tree equality used across Kenes. Citations and line numbers are derived or
/// positional and do not take part.
public struct StructuralUnit: Sendable, Codable {
    public var kind: UnitKind
    public var eId: EId
    /// The number as printed: `8-1` for an article or chapter, `1-1.` for a clause, `2-1)` for a
    /// subclause; nil for unnumbered units.
    public var num: String?
    public var heading: String?
    /// The unit's own text, without its number, heading, notes or children; lines joined with "\n".
    /// For a unit that lists subclauses, the words before the list.
    public var text: String
    /// The closing words after its list of subclauses (Akoma Ntoso `wrapUp`), lines joined with
    /// "\n"; nil when there are none. They have no eId of their own.
    public var wrapUp: String?
    public var status: UnitStatus
    public var notes: [Note]
    public var citations: [Citation]
    /// Amending acts named in this unit's exclusion line and notes, oldest first.
    public var amendments: [Amendment]
    /// 1-based line where the unit starts.
    public var line: Int
    public var children: [StructuralUnit]

    public init(kind: UnitKind, eId: EId, num: String? = nil, heading: String? = nil, text: String = "",
                wrapUp: String? = nil, status: UnitStatus = .inForce, notes: [Note] = [], citations: [Citation] = [],
                amendments: [Amendment] = [], line: Int = 0, children: [StructuralUnit] = []) {
        self.kind = kind; self.eId = eId; self.num = num; self.heading = heading; self.text = text
        self.wrapUp = wrapUp
        self.status = status; self.notes = notes; self.citations = citations
        self.amendments = amendments; self.line = line; self.children = children
    }

    /// Depth-first, document order, self first.
    public func forEach(_ body: (StructuralUnit) throws -> Void) rethrows {
        try body(self)
        for c in children { try c.forEach(body) }
    }

    /// The first unit in this subtree with the given eId.
    public func find(_ eId: EId) -> StructuralUnit? {
        if self.eId == eId { return self }
        for c in children { if let u = c.find(eId) { return u } }
        return nil
    }
}

extension StructuralUnit: Equatable {
    public static func == (a: StructuralUnit, b: StructuralUnit) -> Bool {
        a.kind == b.kind && a.eId == b.eId && a.num == b.num && a.heading == b.heading && a.text == b.text
            && a.wrapUp == b.wrapUp && a.status == b.status && a.notes == b.notes && a.children == b.children
    }
}
