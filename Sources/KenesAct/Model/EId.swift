import Foundation

/// The identifier of a unit, in the Akoma Ntoso style Kenes uses everywhere: components
/// `prefix_number` joined by `__` from the outermost unit that names it — `art_8__para_2`,
/// `art_4__point_6`, `chp_2__subchp_1`, `para_117` in an act without articles. Built, taken apart
/// and compared only here.
public struct EId: RawRepresentable, Hashable, Sendable, Codable, Comparable, CustomStringConvertible, ExpressibleByStringLiteral {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { rawValue = value }
    public var description: String { rawValue }

    public static let act: EId = "act"
    public static let preamble: EId = "preamble"
    public static let conclusions: EId = "conclusions"

    /// The prefix of a unit kind's component (`art`, `para`, …); nil for the act, preamble and
    /// conclusions, whose eIds are their names.
    public static func prefix(_ kind: UnitKind) -> String? {
        switch kind {
        case .part: "part"
        case .chapter: "chp"
        case .subchapter: "subchp"
        case .article: "art"
        case .paragraph: "para"
        case .point: "point"
        case .subparagraph: "subpara"
        case .act, .preamble, .conclusions: nil
        }
    }

    /// One `prefix_number` component.
    public struct Component: Hashable, Sendable {
        public var prefix: Substring
        public var number: Substring
        public var kind: UnitKind? { UnitKind.allCases.first { EId.prefix($0).map { $0 == prefix } ?? false } }
    }

    /// The eId of a unit of `kind` numbered `number` (as printed: `8-1.`, `2)` are accepted) under
    /// `parent`: parts, chapters and articles are named from the top; a subchapter under a
    /// chapter, a clause under an article, subclauses and parts of articles under their parent.
    public static func unit(_ kind: UnitKind, number: some StringProtocol, under parent: EId?) -> EId {
        switch kind {
        case .act: return .act
        case .preamble: return .preamble
        case .conclusions: return .conclusions
        default: break
        }
        var id = ""
        let bare = UnitNumber.bare(String(number))
        let prefix = Self.prefix(kind)!
        let nested: Bool
        switch kind {
        case .part, .chapter, .article: nested = false
        case .subchapter: nested = parent?.lastComponentStarts(with: "chp_") ?? false
        case .paragraph: nested = parent?.lastComponentStarts(with: "art_") ?? false
        default: nested = parent != nil
        }
        if nested, let parent {
            id.reserveCapacity(parent.rawValue.utf8.count + prefix.utf8.count + bare.utf8.count + 3)
            id += parent.rawValue
            id += "__"
        }
        id += prefix
        id += "_"
        id += bare
        return EId(id)
    }

    /// The same eId with the suffix that tells a duplicate apart (`art_5_dup2`).
    public func duplicate(_ k: Int) -> EId { EId(rawValue + "_dup\(k)") }

    public var components: [Component] {
        rawValue.split(separator: "__", omittingEmptySubsequences: false).map { part in
            guard let u = part.firstIndex(of: "_") else { return Component(prefix: part, number: "") }
            return Component(prefix: part[..<u], number: part[part.index(after: u)...])
        }
    }

    public var last: Component? { components.last }

    /// The number of the innermost unit (`2` for `art_8__para_2`, `3` for `…__subpara_3`).
    public var number: Substring? {
        let last = lastComponent
        guard let u = last.firstIndex(of: "_") else { return "" }
        return last[last.index(after: u)...]
    }

    /// The innermost component as written (`para_2`), found from the end without splitting.
    var lastComponent: Substring {
        let u = rawValue.utf8
        var i = u.endIndex
        while i > u.startIndex {
            let j = u.index(before: i)
            if u[j] == 0x5F, j > u.startIndex, u[u.index(before: j)] == 0x5F { return Substring(u[i...]) }
            i = j
        }
        return Substring(rawValue)
    }

    /// Whether the innermost component starts with `prefix` (parsing builds eIds by the million:
    /// this is the test it makes, without splitting).
    func lastComponentStarts(with prefix: StaticString) -> Bool {
        lastComponent.utf8.starts(with: UnsafeBufferPointer(start: prefix.utf8Start, count: prefix.utf8CodeUnitCount))
    }

    /// The number of the component of `kind` (`8` for `.article` in `art_8__para_2`).
    public func number(of kind: UnitKind) -> Substring? {
        guard let p = Self.prefix(kind) else { return nil }
        return components.first { $0.prefix == p }?.number
    }

    /// The enclosing eId (`art_8` for `art_8__para_2`), nil for a top-level unit.
    public var parent: EId? {
        guard let r = rawValue.range(of: "__", options: .backwards) else { return nil }
        return EId(String(rawValue[..<r.lowerBound]))
    }

    /// The outermost component (`art_8` for `art_8__para_2__point_1`).
    public var outermost: EId {
        guard let r = rawValue.range(of: "__") else { return self }
        return EId(String(rawValue[..<r.lowerBound]))
    }

    /// The article this unit is in (or is), when its eId starts with one.
    public var article: EId? { rawValue.hasPrefix("art_") ? outermost : nil }

    /// Whether `other` lies inside this unit (`art_8` contains `art_8__para_2`, not `art_80`).
    public func contains(_ other: EId) -> Bool {
        other.rawValue.utf8.count > rawValue.utf8.count + 2 && other.rawValue.hasPrefix(rawValue)
            && other.rawValue.utf8.dropFirst(rawValue.utf8.count).starts(with: "__".utf8)
    }

    /// Document order for eIds of one act: component by component, numbers by `UnitNumber`
    /// (art_8 < art_8-1 < art_9 < art_10; a unit before the units inside it).
    public static func < (a: EId, b: EId) -> Bool {
        let x = a.components, y = b.components
        for (p, q) in zip(x, y) where p != q {
            if p.prefix != q.prefix { return p.prefix < q.prefix }
            if let k = UnitNumber.key(p.number), let l = UnitNumber.key(q.number) { return UnitNumber.less(k, l) }
            return p.number < q.number
        }
        return x.count < y.count
    }
}
