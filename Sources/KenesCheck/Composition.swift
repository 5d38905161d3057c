import Foundation

/// Council composition by category, per region and year — the report's tables 5 and 6 as
/// transcribed in `corpus/data/` — checked against the two-thirds quota under every profile.
public struct CompositionReport: Sendable {
    public struct Group: Sendable {
        public var region: String
        public var year: String
        public var total: Int
        /// Members per category code.
        public var members: [String: Int]
        /// Civil-society share under each profile.
        public var civilShare: [String: Rational]
    }

    /// A printed percentage that the members and totals do not give, beyond printing precision.
    public struct Discrepancy: Sendable {
        public var line: Int
        public var region: String
        public var year: String
        public var category: String
        public var members: Int
        public var total: Int
        public var reported: String
        public var computed: Rational
    }

    public var file: String
    public var threshold: Rational
    public var profiles: [String]
    public var groups: [Group]
    public var discrepancies: [Discrepancy]

    /// Groups below the threshold under a profile.
    public func failing(under profile: String) -> [Group] {
        groups.filter { ($0.civilShare[profile] ?? Rational(0, 1)) < threshold }
    }

    /// Reads `region,year,category,members,percent_reported,…` (or the national table's
    /// `year_label,category,members,percent_reported,…`) and aggregates it.
    public static func read(path: String, categories: CategoryCatalog, profiles: ProfileSet,
                            threshold: Rational = Rational(2, 3), tolerance: Rational = Rational(15, 100)) throws(CheckInputError) -> CompositionReport {
        let table = try Table.read(path: path)
        var groups: [String: Group] = [:]
        var order: [String] = []
        var rows: [(line: Int, key: String, category: String, members: Int, reported: String)] = []
        for row in table.rows {
            let region = row.value("region", in: table) ?? "Республика Казахстан"
            guard let year = row.value("year", in: table) ?? row.value("year_label", in: table), !year.isEmpty else {
                throw CheckInputError(file: path, line: row.line, CheckMessages.Input.noYear)
            }
            let label = row.value("category", in: table) ?? ""
            guard let code = categories.code(for: label) else {
                throw CheckInputError(file: path, line: row.line, CheckMessages.Input.unknownCategory(label, closest: categories.closest(to: label)))
            }
            guard let n = Int(row.value("members", in: table) ?? ""), n >= 0 else {
                throw CheckInputError(file: path, line: row.line, CheckMessages.Input.membersNotWhole(row.value("members", in: table) ?? ""))
            }
            let key = region + "\u{1F}" + year
            if groups[key] == nil { groups[key] = Group(region: region, year: year, total: 0, members: [:], civilShare: [:]); order.append(key) }
            groups[key]!.total += n
            groups[key]!.members[code, default: 0] += n
            rows.append((row.line, key, label, n, row.value("percent_reported", in: table) ?? ""))
        }
        for key in order {
            var g = groups[key]!
            for p in profiles.profiles {
                let civil = g.members.filter { p.side(of: $0.key) == .civilSociety }.values.reduce(0, +)
                g.civilShare[p.name] = g.total > 0 ? Rational(civil, g.total) : Rational(0, 1)
            }
            groups[key] = g
        }
        var discrepancies: [Discrepancy] = []
        for r in rows {
            let g = groups[r.key]!
            guard let reported = Rational(parsing: r.reported), g.total > 0 else { continue }
            let computed = Rational(r.members * 100, g.total)
            let diff = computed < reported ? Rational(reported.numerator * computed.denominator - computed.numerator * reported.denominator, reported.denominator * computed.denominator)
                                           : Rational(computed.numerator * reported.denominator - reported.numerator * computed.denominator, reported.denominator * computed.denominator)
            if tolerance < diff {
                discrepancies.append(Discrepancy(line: r.line, region: g.region, year: g.year, category: r.category,
                                                 members: r.members, total: g.total, reported: r.reported, computed: Rational(r.members, g.total)))
            }
        }
        return CompositionReport(file: path, threshold: threshold, profiles: profiles.profiles.map(\.name),
                                 groups: order.map { groups[$0]! }, discrepancies: discrepancies)
    }
}
