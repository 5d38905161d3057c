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

}

/// A reading of who counts as civil society: every category mapped to a side.
public struct Profile: Sendable, Codable {
    public var name: String
    public var description: Message
    public var sides: [String: Side]

    public func side(of category: String) -> Side { sides[category] ?? .neither }
}

/// Bounds on a share or a count; at least one is given.
public struct Bounds: Sendable, Equatable {
    public var atLeast: Rational?
    public var atMost: Rational?

    public func admits(_ value: Rational) -> Bool {
        if let lo = atLeast, value < lo { return false }
        if let hi = atMost, hi < value { return false }
        return true
    }

    /// «≥ 2/3», «≤ 1/3, ≥ 5».
    public var description: String {
        [atLeast.map { "≥ \($0)" }, atMost.map { "≤ \($0)" }].compactMap { $0 }.joined(separator: ", ")
    }
}

/// Who may hold a role under a rule.
public enum RoleHolder: Sendable, Equatable {
    /// A member counted on this side under the profile.
    case side(Side)
    /// A member of one of these categories, by level of the body.
    case categories([Level: [String]])
}

/// What a rule requires: one of the kinds of statutory requirement the law on public councils
/// makes of a roster.
public enum Requirement: Sendable, Equatable {
    /// The members on a side make up a share of all members within bounds.
    case share(Side, Bounds)
    /// The holder of a role is someone the rule allows.
    case role(Role, RoleHolder)
    /// The number of members is within bounds.
    case count(Bounds)
    /// Holders of the role are not members of the body and are not counted.
    case excludesRole(Role)
}

/// One statutory rule, as data.
public struct Rule: Sendable {
    public var id: String
    public var title: Message
    public var body: Body
    public var requirement: Requirement
    /// The cited unit, an eId in `act`.
    public var cite: EId
    /// Overrides the edition's act (a path relative to the rule file), and its Kazakh text.
    public var act: String?
    public var actKk: String?
    public var authority: Authority?
    /// Where the provision sits in the official text, used when the user passes it with `--act`.
    public var statuteCite: EId?

    /// A rule as written in the YAML file: exactly one of share, role, count, excludes_role.
    struct Written: Decodable {
        var id: String
        var title: Message
        var body: Body
        var share: Side?
        var role: Role?
        var count: String?
        var excludesRole: Role?
        var atLeast: Rational?
        var atMost: Rational?
        var side: Side?
        var categories: [String: [String]]?
        var cite: EId
        var act: String?
        var actKk: String?
        var authority: Authority?
        var statuteCite: EId?

        enum CodingKeys: String, CodingKey {
            case id, title, body, share, role, count, side, categories, cite, act, authority
            case excludesRole = "excludes_role", atLeast = "at_least", atMost = "at_most", statuteCite = "statute_cite", actKk = "act_kk"
        }
    }

    init(_ w: Written, number: Int, file: String, categories catalog: CategoryCatalog) throws(CheckInputError) {
        func fail(_ why: Message) -> CheckInputError { CheckInputError(file: file, line: 1, CheckMessages.RuleFile.rule(number, w.id, why)) }
        let kinds = [w.share != nil, w.role != nil, w.count != nil, w.excludesRole != nil].filter { $0 }.count
        guard kinds == 1 else { throw fail(CheckMessages.RuleFile.oneKind) }
        let bounds = Bounds(atLeast: w.atLeast, atMost: w.atMost)
        if let side = w.share {
            guard bounds.atLeast != nil || bounds.atMost != nil else { throw fail(CheckMessages.RuleFile.needsBound("share")) }
            requirement = .share(side, bounds)
        } else if w.count != nil {
            guard bounds.atLeast != nil || bounds.atMost != nil else { throw fail(CheckMessages.RuleFile.needsBound("count")) }
            requirement = .count(bounds)
        } else if let role = w.role {
            if let side = w.side {
                requirement = .role(role, .side(side))
            } else if let byLevel = w.categories {
                var allowed: [Level: [String]] = [:]
                for (level, codes) in byLevel {
                    guard let l = Level(rawValue: level) else { throw fail(CheckMessages.RuleFile.level(level)) }
                    for code in codes where catalog.category(code) == nil { throw fail(CheckMessages.RuleFile.unknownCode(code)) }
                    allowed[l] = codes
                }
                requirement = .role(role, .categories(allowed))
            } else {
                throw fail(CheckMessages.RuleFile.roleNeedsSide)
            }
        } else {
            requirement = .excludesRole(w.excludesRole!)
        }
        id = w.id; title = w.title; body = w.body; cite = w.cite; act = w.act; actKk = w.actKk; authority = w.authority; statuteCite = w.statuteCite
    }
}

/// One edition of the law as rules: `rules/law-2015.yaml`, `rules/law-2021.yaml`.
public struct RuleBook: Sendable {
    public var edition: String
    public var title: Message
    public var authority: Authority
    /// The act the rules cite (relative to the rule file), unless a rule names its own, and its
    /// Kazakh text (quoted in Kazakh reports).
    public var act: String
    public var actKk: String?
    public var rules: [Rule]
    /// Where the file was read from.
    public var path: String

    struct Written: Decodable {
        var edition: String
        var title: Message
        var authority: Authority
        var act: String
        var actKk: String?
        var rules: [Rule.Written]
        enum CodingKeys: String, CodingKey { case edition, title, authority, act, rules, actKk = "act_kk" }
    }

    public static func load(_ path: String, from files: RuleFiles, categories: CategoryCatalog) throws(CheckInputError) -> RuleBook {
        let w: Written = try decodeYAML(files.read(path), file: path)
        var rules: [Rule] = []
        for (i, r) in w.rules.enumerated() { rules.append(try Rule(r, number: i + 1, file: path, categories: categories)) }
        return RuleBook(edition: w.edition, title: w.title, authority: w.authority, act: w.act, actKk: w.actKk, rules: rules, path: path)
    }

    /// The act a rule cites in `language`, as a path in the same files as the rule file: the
    /// Kazakh text when the rule book names one, else the Russian.
    public func actPath(for rule: Rule, language: Language = .ru) -> String {
        let kazakh = language == .kk ? (rule.act == nil ? actKk : rule.actKk) : nil
        return RuleFiles.resolve(kazakh ?? rule.act ?? act, relativeTo: path)
    }
}

/// The counting profiles (`rules/profiles.yaml`).
public struct ProfileSet: Sendable {
    public var profiles: [Profile]

    struct File: Codable {
        var profiles: [String: Entry]
        struct Entry: Codable {
            var description: Message
            var civil_society: [String]
            var state: [String]
            var neither: [String]?
        }
    }

    public static func load(_ path: String, from files: RuleFiles, categories: CategoryCatalog) throws(CheckInputError) -> ProfileSet {
        let file: File = try decodeYAML(files.read(path), file: path)
        var out: [Profile] = []
        for (name, e) in file.profiles.sorted(by: { $0.key < $1.key }) {
            var sides: [String: Side] = [:]
            for (list, side) in [(e.civil_society, Side.civilSociety), (e.state, .state), (e.neither ?? [], .neither)] {
                for code in list {
                    guard categories.category(code) != nil else {
                        throw CheckInputError(file: path, line: 1, CheckMessages.RuleFile.profile(name, CheckMessages.RuleFile.unknownCode(code)))
                    }
                    if sides[code] != nil { throw CheckInputError(file: path, line: 1, CheckMessages.RuleFile.profile(name, CheckMessages.RuleFile.twoSides(code))) }
                    sides[code] = side
                }
            }
            let missing = categories.categories.map(\.code).filter { sides[$0] == nil }
            if !missing.isEmpty {
                throw CheckInputError(file: path, line: 1, CheckMessages.RuleFile.profile(name, CheckMessages.RuleFile.sideMissing(missing.joined(separator: ", "))))
            }
            out.append(Profile(name: name, description: e.description, sides: sides))
        }
        return ProfileSet(profiles: out)
    }

    public func profile(_ name: String) -> Profile? { profiles.first { $0.name == name } }
}

func decodeYAML<T: Decodable>(_ bytes: [UInt8], file: String) throws(CheckInputError) -> T {
    do { return try YAMLDecoder().decode(T.self, from: String(decoding: bytes, as: UTF8.self)) }
    catch {
        throw CheckInputError(file: file, line: RosterReader.yamlLine(error) ?? 1, CheckMessages.RuleFile.invalid("\(error)"))
    }
}
