import Foundation
import KenesAct
import KenesCheck
import KenesRender

/// `kenes check`: a roster against the statutory quotas (or a composition table against the
/// two-thirds share), every finding quoting its clause.
public enum CheckUseCase {
    public enum Format: String, Sendable, CaseIterable { case text, json, markdown, html }

    public enum Input: Sendable {
        case roster(String)
        /// A roster already in memory (an upload), named as its file was; it is never written.
        case rosterBytes(name: String, bytes: [UInt8])
        /// A table of members per category, region and year (text or JSON report only).
        case composition(String)
    }

    public struct Options: Sendable {
        public var input: Input
        /// Edition of the law: 2015 or 2021 (the rule set `rules/law-EDITION.yaml`).
        public var edition: String
        /// A rule file on disk instead of the edition's bundled one.
        public var rules: String?
        /// The official text of the Law: rules cite and quote it.
        public var act: ActSource?
        public var profile: String
        /// A profiles file on disk instead of the bundled one.
        public var profiles: String?
        public var body: Body?
        public var level: Level?
        public var format: Format
        /// A CSV `row,category` confirming or correcting categories (by the roster's line); no names.
        public var assign: String?
        /// The same, given directly (the web workspace's selects): roster line → category.
        public var assignments: [Int: String]?
        /// The worksheet of an XLSX roster; nil: the first that holds a roster.
        public var sheet: SheetChoice?
        /// Unknown categories read as the closest known one, each named in the report.
        public var acceptSuggestions: Bool
        /// `--locale ru|kk|en`; nil: `KENES_LOCALE`, else Kazakh when the roster's headers are
        /// Kazakh, else Russian.
        public var locale: String?
        /// Initials instead of names, for reports meant for publication (rosters are personal data).
        public var redact: Bool
        public init(input: Input, edition: String = "2015", rules: String? = nil, act: ActSource? = nil, profile: String = "nominal",
                    profiles: String? = nil, body: Body? = nil, level: Level? = nil, format: Format = .text, assign: String? = nil,
                    sheet: SheetChoice? = nil, acceptSuggestions: Bool = false, locale: String? = nil, redact: Bool = false) {
            self.input = input; self.edition = edition; self.rules = rules; self.act = act; self.profile = profile
            self.profiles = profiles; self.body = body; self.level = level; self.format = format; self.assign = assign
            self.sheet = sheet; self.acceptSuggestions = acceptSuggestions; self.locale = locale; self.redact = redact
        }
    }

    public enum Verdict: Sendable, Equatable {
        case compliant, violation
        /// Rows that could not be read might change the verdict.
        case undetermined
    }

    public struct Result: Sendable {
        public var verdict: Verdict
        /// The roster check (nil for a composition table).
        public var check: CheckResult?
        public var output: Rendered
    }

    public static func run(_ o: Options, _ env: KenesEnvironment) throws(ServiceError) -> Result {
        do { return try runChecked(o, env) }
        catch let e as ServiceError { throw e }
        catch let e as CheckInputError {
            // before the roster is read its headers cannot choose: --locale, KENES_LOCALE, Russian
            throw ServiceError(e, (try? env.reportLocale(o.locale, content: nil)) ?? .ru)
        } catch { throw ServiceError(messages: [String(describing: error)]) }
    }

    /// The categories of the bundled catalogue and the counting profiles, for the web
    /// workspace's choices.
    public static func choices() throws(ServiceError) -> (categories: [Category], profiles: [Profile]) {
        let bundled = RuleFiles.bundled
        do {
            let categories = try CategoryCatalog(csv: bundled.read(RuleFiles.categories), file: RuleFiles.categories)
            return (categories.categories, try ProfileSet.load(RuleFiles.profiles, from: bundled, categories: categories).profiles)
        } catch { throw ServiceError(error, .en) }
    }

    /// `row,category` lines (a header optional): the category each roster line is to have.
    static func assignments(_ path: String, _ env: KenesEnvironment, _ categories: CategoryCatalog) throws -> [Int: String] {
        guard let data = FileManager.default.contents(atPath: env.path(path)) else { throw CheckInputError(file: path, line: 1, CheckMessages.Input.unreadable) }
        var out: [Int: String] = [:]
        for (i, line) in String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let fields = line.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == "\t" }).map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            guard fields.count >= 2, let row = Int(fields[0]) else {
                if i == 0 || line.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { continue }   // a header, a blank line
                throw CheckInputError(file: path, line: i + 1, CheckMessages.Input.assignmentLine)
            }
            guard categories.code(for: fields[1]) != nil else {
                throw CheckInputError(file: path, line: i + 1, CheckMessages.Input.unknownCategory(fields[1]))
            }
            out[row] = fields[1]
        }
        return out
    }

    static func runChecked(_ o: Options, _ env: KenesEnvironment) throws -> Result {
        let bundled = RuleFiles.bundled, disk = RuleFiles.disk(base: env.baseFolder)
        let categories = try CategoryCatalog(csv: bundled.read(RuleFiles.categories), file: RuleFiles.categories)
        let profileSet = try o.profiles.map { try ProfileSet.load($0, from: disk, categories: categories) }
            ?? ProfileSet.load(RuleFiles.profiles, from: bundled, categories: categories)
        guard let chosen = profileSet.profile(o.profile) else {
            throw CheckInputError(file: o.profiles ?? RuleFiles.profiles, line: 1,
                                  CheckMessages.Input.noProfile(o.profile, there: profileSet.profiles.map(\.name).joined(separator: ", ")))
        }
        let input: String
        switch o.input {
        case .composition(let path):
            let report = try CompositionReport.read(path: env.path(path), categories: categories, profiles: profileSet)
            let profile = chosen.name, format = o.format, locale = try env.reportLocale(o.locale, content: nil)
            let output = Rendered { out in
                switch format {
                case .text: CheckReportRenderer.writeCompositionText(report, profile: profile, locale: locale, into: &out)
                case .json: CheckReportRenderer.writeCompositionJSON(report, profile: profile, into: &out)
                case .markdown: CheckReportRenderer.writeCompositionMarkdown(report, profile: profile, locale: locale, into: &out)
                case .html: CheckReportRenderer.writeCompositionHTML(report, profile: profile, locale: locale, into: &out)
                }
            }
            return Result(verdict: report.failing(under: chosen.name).isEmpty ? .compliant : .violation, check: nil, output: output)
        case .roster(let path):
            input = path
        case .rosterBytes(let name, _):
            input = name
        }
        let (files, rulePath) = o.rules.map { (disk, $0) } ?? (bundled, RuleFiles.rules(edition: o.edition))
        guard files.exists(rulePath) else {
            throw CheckInputError(file: rulePath, line: 1, CheckMessages.Input.noEdition(o.edition))
        }
        let book = try RuleBook.load(rulePath, from: files, categories: categories)
        let official = try o.act.map { source throws(ServiceError) in try source.load(env) }
        let assignments = try o.assign.map { try Self.assignments($0, env, categories) } ?? o.assignments ?? [:]
        var reader = RosterReader(categories: categories, currentYear: env.year, assignments: assignments, sheet: o.sheet)
        reader.acceptSuggestions = o.acceptSuggestions
        reader.redact = o.redact
        let list: Roster
        if case .rosterBytes(let name, let bytes) = o.input { list = try reader.read(bytes: bytes, file: name) }
        else { list = try reader.read(path: env.path(input)) }
        if let path = o.assign ?? (o.assignments == nil ? nil : input) {
            let rows = Set(list.members.map(\.line) + list.issues.map(\.line))
            if let stray = assignments.keys.sorted().first(where: { !rows.contains($0) }) {
                throw CheckInputError(file: path, line: 1, CheckMessages.Input.strayLine(stray, of: input))
            }
        }
        if list.members.isEmpty {
            let locale = try env.reportLocale(o.locale, content: list.hasKazakhHeaders ? .kk : nil)
            throw ServiceError(messages: list.issues.map { CheckInputError(file: input, line: $0.line, $0.message).description(locale) }
                + [CheckInputError(file: input, line: 1, CheckMessages.Input.noValidRows).description(locale)])
        }
        // a Kazakh report quotes the Kazakh text of the law; Russian and English the Russian
        let locale = try env.reportLocale(o.locale, content: list.hasKazakhHeaders ? .kk : nil)
        var checker = try QuotaChecker(book: book, profiles: profileSet, categories: categories, officialAct: official, files: files,
                                       today: env.today, baseFolder: env.baseFolder, language: locale == .kk ? .kk : .ru)
        let result: CheckResult
        do { result = try checker.check(list, profile: chosen, body: o.body, level: o.level) }
        catch { throw ServiceError(error, locale) }   // in the roster's language
        let output: Rendered
        switch o.format {
        case .text: output = Rendered { CheckReportRenderer.writeText(result, locale: locale, categories: categories, into: &$0) }
        case .json: output = Rendered { CheckReportRenderer.writeJSON(result, locale: locale, categories: categories, into: &$0) }
        case .markdown: output = Rendered { CheckReportRenderer.writeMarkdown(result, locale: locale, categories: categories, into: &$0) }
        case .html: output = .text(CheckReportRenderer.html(result, locale: locale, categories: categories))
        }
        let verdict: Verdict = result.compliant.map { $0 ? .compliant : .violation } ?? .undetermined
        return Result(verdict: verdict, check: result, output: output)
    }
}
