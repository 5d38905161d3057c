import Foundation
import KenesAct
import Yams

/// Where a rule's words come from: the statute itself, or the 2020 report's paraphrase of the
/// 2019 bill (not statutory text, and every finding based on it says so).
public enum Authority: String, Sendable, Codable {
    case statute, paraphrase
}

/// Which side of the quota a category counts on under a profile.
public enum Side: String, Sendable, Codable, CaseIterable {
    case civilSociety = "civil_society"
    case state
    /// Counted in the total, on neither side (the report's own list leaves deputies, the budget
    /// sector and ethnocultural associations out of civil society without calling them state).
    case neither

    /// How a finding says it: «civil-society», «state-body».
    public var words: String {
        switch self { case .civilSociety: "civil-society"; case .state: "state-body"; case .neither: "neither-side" }
    }
}

/// A reading of who counts as civil society: every category mapped to a side.
public struct Profile: Sendable, Codable {
    public var name: String
    public var description: String
    public var sides: [String: Side]

    public func side(of category: String) -> Side { sides[category] ?? .neither }
}

/// One statutory rule, as data.
public struct Rule: Sendable, Codable {
    public var id: String
    public var title: String
    public var body: Body
    /// Share of the members on this side …
    public var share: Side?
    /// … or the holder of this role …
    public var role: Role?
    /// … or the number of members …
    public var count: String?
    /// … or a role that is not counted as a member of the body.
    public var excludesRole: Role?
    public var atLeast: Rational?
    public var atMost: Rational?
    /// For role rules: the side the holder must be on (per the profile) …
    public var side: Side?
    /// … or the categories allowed, per level.
    public var categories: [String: [String]]?
    /// The cited unit, an eId in `act`.
    public var cite: EId
    /// Overrides the edition's act (a path relative to the rule file).
    public var act: String?
    public var authority: Authority?
    /// Where the provision sits in the official text, used when the user passes it with `--act`.
    public var statuteCite: EId?

    enum CodingKeys: String, CodingKey {
        case id, title, body, share, role, count, side, categories, cite, act, authority
        case excludesRole = "excludes_role", atLeast = "at_least", atMost = "at_most", statuteCite = "statute_cite"
    }
}

/// One edition of the law as rules: `rules/law-2015.yaml`, `rules/law-2021.yaml`.
public struct RuleBook: Sendable, Codable {
    public var edition: String
    public var title: String
    public var authority: Authority
    /// The act the rules cite (relative to the rule file), unless a rule names its own.
    public var act: String
    public var rules: [Rule]
    /// Where the file was read from (set when loading).
    public var path: String = ""

    enum CodingKeys: String, CodingKey { case edition, title, authority, act, rules }

    public static func load(_ path: String, categories: CategoryCatalog) throws(CheckInputError) -> RuleBook {
        var book: RuleBook = try decodeYAML(path)
        book.path = path
        for (i, r) in book.rules.enumerated() {
            let kinds = [r.share != nil, r.role != nil, r.count != nil, r.excludesRole != nil].filter { $0 }.count
            if kinds != 1 {
                throw CheckInputError(file: path, line: 1, "rule \(i + 1) (\(r.id)): give exactly one of share, role, count, excludes_role")
            }
            if (r.share != nil || r.count != nil) && r.atLeast == nil && r.atMost == nil {
                throw CheckInputError(file: path, line: 1, "rule \(r.id): a share or count needs at_least or at_most")
            }
            for code in (r.categories ?? [:]).values.flatMap({ $0 }) where categories.category(code) == nil {
                throw CheckInputError(file: path, line: 1, "rule \(r.id): unknown category code «\(code)»")
            }
        }
        return book
    }

    /// The act a rule cites, as a path.
    public func actPath(for rule: Rule) -> String {
        let base = URL(fileURLWithPath: path).deletingLastPathComponent()
        return base.appendingPathComponent(rule.act ?? act).standardizedFileURL.path
    }
}

/// The counting profiles (`rules/profiles.yaml`).
public struct ProfileSet: Sendable {
    public var profiles: [Profile]

    struct File: Codable {
        var profiles: [String: Entry]
        struct Entry: Codable {
            var description: String
            var civil_society: [String]
            var state: [String]
            var neither: [String]?
        }
    }

    public static func load(_ path: String, categories: CategoryCatalog) throws(CheckInputError) -> ProfileSet {
        let file: File = try decodeYAML(path)
        var out: [Profile] = []
        for (name, e) in file.profiles.sorted(by: { $0.key < $1.key }) {
            var sides: [String: Side] = [:]
            for (list, side) in [(e.civil_society, Side.civilSociety), (e.state, .state), (e.neither ?? [], .neither)] {
                for code in list {
                    guard categories.category(code) != nil else {
                        throw CheckInputError(file: path, line: 1, "profile \(name): unknown category code «\(code)»")
                    }
                    if sides[code] != nil { throw CheckInputError(file: path, line: 1, "profile \(name): «\(code)» is on two sides") }
                    sides[code] = side
                }
            }
            let missing = categories.categories.map(\.code).filter { sides[$0] == nil }
            if !missing.isEmpty {
                throw CheckInputError(file: path, line: 1, "profile \(name) does not say on which side \(missing.joined(separator: ", ")) count")
            }
            out.append(Profile(name: name, description: e.description, sides: sides))
        }
        return ProfileSet(profiles: out)
    }

    public func profile(_ name: String) -> Profile? { profiles.first { $0.name == name } }
}

func decodeYAML<T: Decodable>(_ path: String) throws(CheckInputError) -> T {
    guard let data = FileManager.default.contents(atPath: path) else {
        throw CheckInputError(file: path, line: 1, "cannot read the file")
    }
    do { return try YAMLDecoder().decode(T.self, from: String(decoding: data, as: UTF8.self)) }
    catch {
        throw CheckInputError(file: path, line: RosterReader.yamlLine(error) ?? 1, "not a valid file of this kind: \(error)")
    }
}
