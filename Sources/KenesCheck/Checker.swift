import Foundation
import KenesAct

public enum FindingStatus: String, Sendable, Codable {
    case ok, violation, info
    /// The rows that could not be read decide it: counted on one side it holds, on the other not.
    case undetermined
}

/// The clause a finding rests on.
public struct CitedClause: Sendable, Codable, Equatable {
    /// Path of the act the text is quoted from.
    public var act: String
    public var actTitle: String?
    public var eId: EId
    /// As a lawyer writes it: «п. 7 ст. 1».
    public var label: String
}

/// One thing the checker found, with the clause it rests on and its words.
public struct Finding: Sendable, Codable {
    public var rule: String
    public var title: Message
    public var status: FindingStatus
    public var cite: CitedClause?
    /// The cited unit's text, quoted from the parsed act.
    public var quote: String?
    public var authority: Authority?
    /// «гражданское общество 9 / 16 = 56,3 %»
    public var actual: Message?
    /// «≥ 2/3»
    public var required: Message?
    /// The smallest change that would comply.
    public var fix: Message?
    public var note: Message?
}

/// A member listed on the civil-society side whose place of work says otherwise.
public struct Contradiction: Sendable {
    public var member: Member
    /// The category as the catalogue names it («НПО»).
    public var listed: Message
    public var workplace: InferredCategory
}

/// What a check concludes.
public struct CheckResult: Sendable {
    /// nil when the rows that could not be read might change the verdict.
    public var compliant: Bool?
    public var edition: String
    public var editionTitle: Message
    /// The language the clauses are quoted in.
    public var language: Language
    public var profile: Profile
    public var body: Body
    public var level: Level?
    public var membersListed: Int
    public var membersCounted: Int
    public var findings: [Finding]
    public var errors: [RosterIssue]
    public var notes: [Message]
    /// The members counted, with the side each is on under the profile (the protocol's table).
    public var members: [(member: Member, side: Side)] = []
    /// The verdict under every other profile, so that a reading-dependent result shows.
    public var underOtherProfiles: [(profile: String, compliant: Bool?)]
    /// Which column of the file was read as which field (CSV and XLSX).
    public var columns: [RosterColumn] = []
    /// The verdict the categories proposed from the place of work would give, when some are
    /// unconfirmed (the verdict itself is then undetermined); nil otherwise.
    public var provisional: Bool?
    /// Members whose category was proposed from the place of work and awaits confirmation.
    public var inferred: [Member] = []
    /// Members listed on the civil-society side whose place of work says a state body, a
    /// maslikhat deputy or the budget sector: the report's own finding of such members counted as
    /// civil society. Information for the working group; the verdict counts the roster as stated.
    public var contradictions: [Contradiction] = []
}

/// Checks rosters against a rule book, quoting the cited clauses from the parsed acts.
public struct QuotaChecker {
    public let book: RuleBook
    public let profiles: ProfileSet
    /// The official text the user passed (`--act`): rules cite it instead of the corpus.
    public let officialAct: Act?
    /// Where the rule book and the acts its rules cite are read from.
    public let files: RuleFiles
    /// The day of the check (age bands are as of its year): an input, so reports are reproducible.
    public let today: Date
    /// Paths of cited acts on disk are shown relative to this folder.
    public let baseFolder: URL?
    /// The language clauses are quoted in: a Kazakh report quotes the Kazakh text.
    public let language: Language
    var acts: [String: Act] = [:]

    /// The category catalogue, for proposing categories from a place of work.
    public let categories: CategoryCatalog

    public init(book: RuleBook, profiles: ProfileSet, categories: CategoryCatalog, officialAct: Act? = nil, files: RuleFiles = .bundled,
                today: Date, baseFolder: URL? = nil, language: Language = .ru) throws(CheckInputError) {
        self.categories = categories
        self.language = language
        self.book = book
        self.profiles = profiles
        self.officialAct = officialAct
        self.files = files
        self.today = today
        self.baseFolder = baseFolder
        // every cited clause must exist: a rule can never quote text that is not there
        for rule in book.rules {
            let (act, eId) = try source(of: rule)
            guard act.contains(eId) else {
                throw CheckInputError(file: act.fileName, line: 1, CheckMessages.RuleFile.citesMissing(rule.id, eId.rawValue))
            }
        }
    }

    /// With the official text given, a rule cites it when it says where in it (`statute_cite`) or
    /// cites the edition's own act; a rule resting only on the report's paraphrase keeps citing that.
    func citesOfficial(_ rule: Rule) -> Bool { officialAct != nil && (rule.statuteCite != nil || rule.act == nil) }

    /// The act and eId a rule quotes: the official text when given, else the rule's corpus act.
    mutating func source(of rule: Rule) throws(CheckInputError) -> (Act, EId) {
        if let official = officialAct, citesOfficial(rule) { return (official, rule.statuteCite ?? rule.cite) }
        let path = book.actPath(for: rule, language: language)
        if let act = acts[path] { return (act, rule.cite) }
        do {
            let act = try ActParser.parse(bytes: files.read(path), options: ParseOptions(fileName: path))
            acts[path] = act
            return (act, rule.cite)
        } catch {
            throw CheckInputError(file: book.path, line: 1, CheckMessages.RuleFile.actUnreadable(rule.id, (error as? any Refusal)?.text ?? Message(verbatim: "\(error)")))
        }
    }

    public mutating func check(_ roster: Roster, profile: Profile, body requestedBody: Body? = nil, level requestedLevel: Level? = nil) throws(CheckInputError) -> CheckResult {
        guard let body = requestedBody ?? roster.body else {
            throw CheckInputError(file: roster.file, line: 1, CheckMessages.Input.whichBody)
        }
        let level = requestedLevel ?? roster.level
        var result = try evaluate(roster, profile: profile, body: body, level: level)
        for other in profiles.profiles where other.name != profile.name {
            result.underOtherProfiles.append((other.name, try evaluate(roster, profile: other, body: body, level: level).compliant))
        }
        // proposed categories decide nothing until a person confirms them
        result.inferred = roster.members.filter { $0.inferred != nil }
        if !result.inferred.isEmpty {
            result.provisional = result.compliant
            result.compliant = nil
            result.underOtherProfiles = result.underOtherProfiles.map { ($0.profile, nil) }
            // no ✓ or ✗ on a share counted with unconfirmed categories
            for k in result.findings.indices where result.findings[k].status == .ok || result.findings[k].status == .violation {
                result.findings[k].status = .undetermined
                result.findings[k].note = CheckMessages.provisional(result.inferred.count)
            }
        }
        // places of work repeat in a large roster: each read once
        var workplaceOf: [String: InferredCategory?] = [:]
        for m in roster.members where m.inferred == nil && profile.side(of: m.category) == .civilSociety {
            guard let organisation = m.organisation else { continue }
            if workplaceOf[organisation] == nil { workplaceOf[organisation] = CategoryInference.infer(fromWorkplace: organisation, catalog: categories) }
            guard let w = workplaceOf[organisation]!,
                  ["state", "deputies", "budget"].contains(w.code), w.code != m.category else { continue }
            result.contradictions.append(Contradiction(member: m, listed: categories.label(m.category), workplace: w))
        }
        return result
    }

    mutating func evaluate(_ roster: Roster, profile: Profile, body: Body, level: Level?) throws(CheckInputError) -> CheckResult {
        let rules = book.rules.filter { $0.body == body }
        var findings: [Finding] = []
        var members = roster.members
        let unknown = roster.issues.filter(\.mayBeMember).count

        // roles that are not members of the body (the 2021 secretary) come off the count first
        for rule in rules {
            guard case .excludesRole(let role) = rule.requirement else { continue }
            let excluded = members.filter { $0.role == role }
            members.removeAll { $0.role == role }
            var f = try finding(rule, status: .info)
            f.actual = CheckMessages.notCounted(excluded, role: role)
            findings.append(f)
        }

        var perCategory: [String: Int] = [:]
        for m in members { perCategory[m.category, default: 0] += 1 }
        // the verdict with the unreadable rows counted the most helpful and the most harmful way
        var compliantBest = true, compliantWorst = true
        for rule in rules {
            var f = try finding(rule, status: .ok)
            switch rule.requirement {
            case .share(let side, let bounds):
                let (ok, best, worst) = share(side, bounds, members: members.count, unknown: unknown, perCategory: perCategory, profile: profile, into: &f)
                if !ok { f.status = .violation }
                // never a ✓ on a share computed without the rows that could change it
                if best != worst { f.status = .undetermined; f.note = CheckMessages.undetermined(unknown) }
                compliantBest = compliantBest && best
                compliantWorst = compliantWorst && worst
            case .role(let role, let holder):
                if try !roleHeld(role, by: holder, members: members, profile: profile, level: level, rule: rule, file: roster.file, into: &f) {
                    f.status = .violation
                    compliantBest = false; compliantWorst = false
                }
            case .count(let bounds):
                let n = members.count
                f.actual = CheckMessages.memberCount(n)
                f.required = CheckMessages.bounds(bounds)
                let ok = bounds.admits(Rational(n, 1)), withUnknown = bounds.admits(Rational(n + unknown, 1))
                if !ok { f.status = .violation }
                if ok != withUnknown { f.status = .undetermined; f.note = CheckMessages.undetermined(unknown) }
                compliantBest = compliantBest && (ok || withUnknown)
                compliantWorst = compliantWorst && ok && withUnknown
            case .excludesRole:
                continue
            }
            findings.append(f)
        }
        findings += demographics(members)
        let compliant: Bool? = compliantBest == compliantWorst ? compliantWorst : nil
        return CheckResult(compliant: compliant, edition: book.edition, editionTitle: book.title, language: language, profile: profile, body: body,
                           // listed: every row of the file, read or not
                           level: level, membersListed: roster.members.count + roster.issues.count, membersCounted: members.count,
                           findings: findings, errors: roster.issues, notes: roster.notes,
                           members: members.map { ($0, profile.side(of: $0.category)) }, underOtherProfiles: [], columns: roster.columns)
    }

    /// A share rule: the finding's words, whether the members read meet it, and whether they
    /// would with the unreadable rows on the most helpful and the most harmful side.
    func share(_ side: Side, _ bounds: Bounds, members n: Int, unknown: Int, perCategory: [String: Int], profile: Profile,
               into f: inout Finding) -> (ok: Bool, best: Bool, worst: Bool) {
        let c = perCategory.reduce(0) { $0 + (profile.side(of: $1.key) == side ? $1.value : 0) }
        f.required = CheckMessages.bounds(bounds)
        guard n > 0 else { f.actual = CheckMessages.noMembersCounted; return (false, false, false) }
        func meets(_ c: Int, _ n: Int) -> Bool { n > 0 && bounds.admits(Rational(c, n)) }
        let helpful = side == .state ? (c, n + unknown) : (c + unknown, n + unknown)
        let harmful = side == .state ? (c + unknown, n + unknown) : (c, n + unknown)
        let ok = meets(c, n)
        f.actual = CheckMessages.share(side, c, of: n, bounds, met: ok)
        if !ok { f.fix = fix(c: c, n: n, side: side, bounds: bounds) }
        return (ok, meets(helpful.0, helpful.1), meets(harmful.0, harmful.1))
    }

    /// A role rule: whether the (first) holder is allowed; no holder listed is only noted.
    func roleHeld(_ role: Role, by holder: RoleHolder, members: [Member], profile: Profile, level: Level?, rule: Rule, file: String,
                  into f: inout Finding) throws(CheckInputError) -> Bool {
        let holders = members.filter { $0.role == role }
        guard let h = holders.first else {
            f.status = .info
            f.actual = CheckMessages.noHolder(role)
            return true
        }
        f.actual = CheckMessages.holder(h, category: categories.label(h.category), side: profile.side(of: h.category), profile: profile.name)
        let allowed: Bool
        switch holder {
        case .side(let side):
            allowed = profile.side(of: h.category) == side
            f.required = CheckMessages.holderFromSide(role, side)
            f.fix = CheckMessages.electFromSide(role, side)
        case .categories(let byLevel):
            guard let level else {
                throw CheckInputError(file: file, line: 1, CheckMessages.Input.whichLevel(rule.id))
            }
            let ok = byLevel[level] ?? []
            allowed = ok.contains(h.category)
            f.required = CheckMessages.holderCategories(role, level, ok.map(categories.label))
            f.fix = CheckMessages.holderWhoFits(f.required!)
        }
        if holders.count > 1 { f.note = CheckMessages.severalHolders(role, lines: holders.map(\.line)) }
        if allowed { f.fix = nil }
        return allowed
    }

    /// The smallest change: how many members of `side` to add, or how many others to replace.
    func fix(c: Int, n: Int, side: Side, bounds: Bounds) -> Message {
        if let lo = bounds.atLeast, side != .state {
            let f = QuotaMath.toReachShare(c: c, n: n, atLeast: lo)
            return CheckMessages.reachShare(add: f.add, replace: f.replace)
        }
        if let hi = bounds.atMost, side == .state {
            let f = QuotaMath.toStayUnderShare(s: c, n: n, atMost: hi)
            return CheckMessages.stayUnderShare(replace: f.replace, add: f.add)
        }
        return CheckMessages.meetBounds(bounds)
    }

    mutating func finding(_ rule: Rule, status: FindingStatus) throws(CheckInputError) -> Finding {
        let (act, eId) = try source(of: rule)
        let unit = act.unit(eId)
        let authority = citesOfficial(rule) ? .statute : (rule.authority ?? book.authority)
        return Finding(rule: rule.id, title: rule.title, status: status,
                       cite: CitedClause(act: display(act.fileName), actTitle: act.metadata.title, eId: eId, label: Self.label(eId, act.metadata.language)),
                       quote: unit.map(Self.fullText), authority: authority,
                       note: authority == .paraphrase ? CheckMessages.paraphraseNote : nil)
    }

    /// A path as short as it can be said from the current folder.
    func display(_ path: String) -> String {
        guard let base = baseFolder?.standardizedFileURL.path else { return path }
        let prefix = base.hasSuffix("/") ? base : base + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }

    /// A unit's text with its children's, as it reads.
    static func fullText(_ u: StructuralUnit) -> String {
        ([u.text] + u.children.map { ($0.num.map { $0 + " " } ?? "") + fullText($0) }).filter { !$0.isEmpty }.joined(separator: "\n")
    }

    /// «п. 7 ст. 1», «пп. 3) п. 1 ст. 5»; Kazakh «1-баптың 7-тармағы».
    public static func label(_ eId: EId, _ language: Language) -> String { Vocabulary.shortCitation(eId, language) }

    /// Gender balance and age bands: information, not law.
    func demographics(_ members: [Member]) -> [Finding] {
        var out: [Finding] = []
        let women = members.filter { $0.gender == .female }.count, men = members.filter { $0.gender == .male }.count
        if women + men > 0 {
            out.append(Finding(rule: "info-gender", title: CheckMessages.genderTitle, status: .info,
                               actual: CheckMessages.gender(women: women, men: men, unstated: members.count - women - men)))
        }
        let year = Calendar(identifier: .gregorian).component(.year, from: today)
        let ages = members.compactMap { $0.birthYear.map { year - $0 } }
        if !ages.isEmpty {
            let bands = [("18-29", 18...29), ("30-44", 30...44), ("45-59", 45...59), ("60+", 60...200)]
            let text = bands.map { name, r in "\(name): \(ages.filter { r.contains($0) }.count)" }.joined(separator: ", ")
            out.append(Finding(rule: "info-age", title: CheckMessages.ageTitle(year), status: .info, actual: Message(verbatim: text)))
        }
        return out
    }
}

/// The arithmetic of the smallest fix, exact.
public enum QuotaMath {
    static func ceilDiv(_ a: Int, _ b: Int) -> Int { a <= 0 ? 0 : (a + b - 1) / b }

    /// `c` of `n` members must be at least `p/q`: how many to add on that side (nil when no
    /// number of additions can reach a share of 1), or how many others to replace.
    public static func toReachShare(c: Int, n: Int, atLeast bound: Rational) -> (add: Int?, replace: Int) {
        let (p, q) = (bound.numerator, bound.denominator)
        // (c + k) / (n + k) ≥ p/q  ⇔  k ≥ (p·n − q·c) / (q − p)
        let add = p < q ? ceilDiv(p * n - q * c, q - p) : (c == n ? 0 : nil)
        // (c + r) / n ≥ p/q  ⇔  r ≥ ⌈p·n / q⌉ − c
        return (add, max(0, ceilDiv(p * n, q) - c))
    }

    /// `s` of `n` members may be at most `p/q`: how many of them to replace, or how many
    /// members of other sides to add (nil when the bound is zero).
    public static func toStayUnderShare(s: Int, n: Int, atMost bound: Rational) -> (add: Int?, replace: Int) {
        let (p, q) = (bound.numerator, bound.denominator)
        // (s − r) / n ≤ p/q  ⇔  r ≥ s − ⌊p·n / q⌋ ;  s / (n + k) ≤ p/q  ⇔  k ≥ (q·s − p·n) / p
        return (p > 0 ? ceilDiv(q * s - p * n, p) : nil, max(0, s - (p * n) / q))
    }
}
