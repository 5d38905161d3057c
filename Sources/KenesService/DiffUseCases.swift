import Foundation
import KenesAct
import KenesAmend
import KenesDiff
import KenesFormats
import KenesRender
import Yams

/// `kenes diff`: two versions of an act, or an act and the amending act applied to it.
public enum DiffUseCase {
    public enum Format: String, Sendable, CaseIterable {
        case text, json, html, markdown
        case tableHTML = "table-html", tableDOCX = "table-docx"
    }

    public enum Versions: Sendable {
        /// The act in force and the proposed (or later) version.
        case files(old: ActSource, new: ActSource)
        /// The act against the act as an amending act (plain text) would leave it.
        case amendment(act: ActSource, law: String)
        /// The same with the amending act already in memory (an upload), named `name`.
        case amendmentText(act: ActSource, name: String, text: [UInt8])
    }

    public struct Options: Sendable {
        public var versions: Versions
        public var format: Format
        public var notes: Bool
        public var ignoreTypography: Bool
        /// YAML mapping eId → rationale for the table's last column.
        public var rationale: String?
        /// The same, given directly (the web workspace's fields): key → rationale.
        public var rationaleEntries: [String: String]?
        /// Compare even when titles or numbers differ.
        public var force: Bool
        /// Colour the text format (a terminal).
        public var color: Bool
        /// `--locale ru|kk|en` for the report's words (and the comparative table's own); nil:
        /// `KENES_LOCALE`, else the act's language. The law's words stay as they are.
        public var locale: String?
        public init(versions: Versions, format: Format = .text, notes: Bool = false, ignoreTypography: Bool = false,
                    rationale: String? = nil, force: Bool = false, color: Bool = false, locale: String? = nil) {
            self.versions = versions; self.format = format; self.notes = notes; self.ignoreTypography = ignoreTypography
            self.rationale = rationale; self.force = force; self.color = color; self.locale = locale
        }
    }

    public struct Result: Sendable {
        public var diff: ActDiff
        public var output: Rendered
        /// Diagnostics of the acts read, for the caller to show.
        public var warnings: [Diagnostic]
    }

    public static func run(_ o: Options, _ env: KenesEnvironment) throws(ServiceError) -> Result {
        let a: Act, b: Act
        switch o.versions {
        case .files(let old, let new):
            a = try old.load(env)
            b = try new.load(env)
            try checkComparable(a, b, old.path, new.path, force: o.force, locale: try env.reportLocale(o.locale, content: a.metadata.language))
        case .amendment(let act, let law):
            a = try act.load(env)
            // the act as amended is the same act, in the same language
            do { b = try Amender.amend(a, withFileAt: env.path(law)).act }
            catch { throw ServiceError(error, try env.reportLocale(o.locale, content: a.metadata.language)) }
        case .amendmentText(let act, let name, let text):
            a = try act.load(env)
            do { b = try Amender.amend(a, withBytes: text, file: name).act }
            catch { throw ServiceError(error, try env.reportLocale(o.locale, content: a.metadata.language)) }
        }
        let reasons: [String: String]
        if let given = o.rationaleEntries { reasons = given }
        else { reasons = try rationale(o.rationale, env, try env.reportLocale(o.locale, content: a.metadata.language)) }
        let d = ActDiffer.diff(old: a, new: b, options: DiffOptions(notes: o.notes, ignoreTypography: o.ignoreTypography))
        let locale = try env.reportLocale(o.locale, content: b.metadata.language)
        // the table, built once: for its formats, and for the rationale keys that name no row
        let table = o.rationale != nil || o.rationaleEntries != nil || o.format == .tableHTML || o.format == .tableDOCX ? ComparativeTable(d, rationale: reasons, locale: locale) : nil
        let output: Rendered
        switch o.format {
        case .text: output = Rendered { [color = o.color] in DiffRenderer.writeText(d, color: color, locale: locale, into: &$0) }
        case .json: output = Rendered { DiffRenderer.writeJSON(d, locale: locale, into: &$0) }
        case .html: output = Rendered { DiffRenderer.writeHTML(d, locale: locale, into: &$0) }
        case .markdown: output = Rendered { DiffRenderer.writeMarkdown(d, locale: locale, into: &$0) }
        case .tableHTML: output = Rendered { table!.writeHTML(into: &$0) }
        case .tableDOCX:
            do { output = .bytes([UInt8](try table!.docx())) }
            catch { throw ServiceError(ServiceMessages.cannotWrite("DOCX", error), locale) }
        }
        // a rationale for a unit that is no row of the table is a typo the drafter should see
        let unused = (o.rationale ?? (o.rationaleEntries == nil ? nil : "rationale")).map { file in
            table!.unusedRationale.map {
                Diagnostic(severity: .warning, location: FileLocation(file: file, line: 1, column: 1),
                           text: ServiceMessages.unusedRationale($0), language: b.metadata.language)
            }
        } ?? []
        return Result(diff: d, output: output, warnings: a.diagnostics + b.diagnostics + unused)
    }

    static func rationale(_ path: String?, _ env: KenesEnvironment, _ locale: ReportLocale) throws(ServiceError) -> [String: String] {
        guard let path else { return [:] }
        guard let text = try? String(contentsOfFile: env.path(path), encoding: .utf8) else {
            throw ServiceError(ServiceMessages.unreadableRationale, locale, at: "\(path):1")
        }
        let expected = ServiceMessages.rationaleShape
        // parsed first, for the line of a syntax error; then read as a mapping
        do { _ = try Yams.compose(yaml: text) } catch let e as YamlError {
            var line = 1
            if case .scanner(_, _, let mark, _) = e { line = mark.line } else if case .parser(_, _, let mark, _) = e { line = mark.line }
            throw ServiceError(ServiceMessages.notYAML(expected), locale, at: "\(path):\(line)")
        } catch { throw ServiceError(ServiceMessages.notYAML(expected), locale, at: "\(path):1") }
        do { return try YAMLDecoder().decode([String: String].self, from: text) }
        catch { throw ServiceError(expected, locale, at: "\(path):1") }
    }

    /// Two versions of one act, in one language (unless `force` for a different act).
    static func checkComparable(_ a: Act, _ b: Act, _ oldPath: String, _ newPath: String, force: Bool, locale: ReportLocale) throws(ServiceError) {
        if a.metadata.language != b.metadata.language {
            throw ServiceError(ComparisonMessages.languages(oldPath, a.metadata.language, newPath, b.metadata.language), locale)
        }
        guard !force else { return }
        let ma = a.metadata, mb = b.metadata
        if let x = ma.number, let y = mb.number, x != y {
            throw ServiceError(ComparisonMessages.differentActs("№ \(x)", "№ \(y)", then: ComparisonMessages.force), locale)
        }
        if let x = ma.title, let y = mb.title, x != y {
            throw ServiceError(ComparisonMessages.differentActs("«\(x)»", "«\(y)»", then: ComparisonMessages.force), locale)
        }
    }
}

/// `kenes amend`: an amending act's instructions applied to an act.
public enum AmendUseCase {
    public enum Format: String, Sendable, CaseIterable { case text, json, akn }

    public struct Options: Sendable {
        public var act: ActSource
        /// The amending act, plain text.
        public var law: String
        public var format: Format
        public init(act: ActSource, law: String, format: Format = .text) { self.act = act; self.law = law; self.format = format }
    }

    public struct Result: Sendable {
        /// The consolidated text, and the act read back from it.
        public var text: String
        public var act: Act
        public var output: Rendered
        public var warnings: [Diagnostic]
    }

    public static func run(_ o: Options, _ env: KenesEnvironment) throws(ServiceError) -> Result {
        let target = try o.act.load(env)
        let amended: (text: String, act: Act)
        do { amended = try Amender.amend(target, withFileAt: env.path(o.law)) }
        catch { throw env.refuse(error, content: target.metadata.language) }
        let output: Rendered
        switch o.format {
        case .text: output = .text(amended.text)
        case .json: output = ParseUseCase.render(amended.act, .json)
        case .akn: output = ParseUseCase.render(amended.act, .akn)
        }
        return Result(text: amended.text, act: amended.act, output: output, warnings: target.diagnostics)
    }
}

/// `kenes draft-amendment`: the amending act that turns one version into another.
public enum DraftAmendmentUseCase {
    public struct Options: Sendable {
        public var old: ActSource
        public var new: ActSource
        /// Date (ISO) and number of the signed law; nil for a bill.
        public var signature: (date: String, number: String)?
        public init(old: ActSource, new: ActSource, signature: (date: String, number: String)? = nil) {
            self.old = old; self.new = new; self.signature = signature
        }
    }

    /// The amending act as text, or nil when the versions do not differ.
    public static func run(_ o: Options, _ env: KenesEnvironment) throws(ServiceError) -> (text: String?, warnings: [Diagnostic]) {
        let a = try o.old.load(env), b = try o.new.load(env)
        do { return (try AmendmentDrafter.draft(old: a, new: b, signature: o.signature), a.diagnostics + b.diagnostics) }
        catch { throw env.refuse(error, content: b.metadata.language) }
    }
}
