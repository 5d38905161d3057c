import KenesAct
import KenesFormats
import KenesRender

/// `kenes lint`: every integrity warning of one or more acts — mixed scripts, invisible
/// characters, numbering faults, unresolved citations, notes naming units that are not there —
/// and, with `fix`, a copy of a plain-text act with the unambiguous ones repaired.
public enum LintUseCase {
    public enum Format: String, Sendable, CaseIterable { case text, json }

    public struct Options: Sendable {
        public var acts: [ActSource]
        public var format: Format
        /// Write the repaired copy of the (single, plain-text) act here.
        public var fixedOutput: String?
        public init(acts: [ActSource], format: Format = .text, fixedOutput: String? = nil) {
            self.acts = acts; self.format = format; self.fixedOutput = fixedOutput
        }
    }

    public struct Result: Sendable {
        public var files: [LintReport.File]
        /// The repaired copy, when asked for.
        public var fixed: [UInt8]?
        public var output: Rendered
        /// Whether anything is left to report: the acts' warnings, or with `fix` those the
        /// repaired copy still has.
        public var hasWarnings: Bool
    }

    public static func run(_ o: Options, _ env: KenesEnvironment) throws(ServiceError) -> Result {
        if o.fixedOutput != nil && o.acts.count != 1 { throw ServiceError(ServiceMessages.fixOneAct, env.refusalLocale()) }
        var files: [LintReport.File] = []
        var fixed: [UInt8]?
        var remaining = false
        for var source in o.acts {
            source.warningLimit = .max
            guard o.fixedOutput != nil else {
                let act = try source.load(env)
                files.append(LintReport.File(path: source.path, warnings: act.diagnostics, repairs: []))
                remaining = remaining || !act.diagnostics.isEmpty
                continue
            }
            // the file read once: its warnings, its repaired copy, and what the copy still has to say
            let raw: [UInt8]
            let locale = (try? env.reportLocale(nil, content: source.language)) ?? .ru
            do { raw = try SourceText.read(path: env.path(source.path)) } catch { throw source.named(error, locale) }
            let act = try source.load(bytes: raw, locale: locale)
            let (bytes, repairs) = try repair(raw, source, locale)
            files.append(LintReport.File(path: source.path, warnings: act.diagnostics, repairs: repairs))
            fixed = bytes
            remaining = !(try source.load(bytes: bytes).diagnostics.isEmpty)
        }
        // each act's warnings in its own language, unless KENES_LOCALE asks for one
        let report = files, format = o.format, locale = env.askedLocale
        return Result(files: files, fixed: fixed, output: Rendered { LintReport.write(report, json: format == .json, locale: locale, into: &$0) }, hasWarnings: remaining)
    }

    /// The act's own bytes with the repairable issues repaired: only a UTF-8 plain-text act
    /// (an HTML or DOCX file would need its markup rewritten), its BOM and line ends kept.
    static func repair(_ raw: [UInt8], _ source: ActSource, _ locale: ReportLocale) throws(ServiceError) -> ([UInt8], [LintReport.Repair]) {
        guard ForeignFile.sniff(raw) == nil, !raw.starts(with: [0x50, 0x4B]), raw.first != UInt8(ascii: "<") else {
            throw ServiceError(ServiceMessages.fixPlainText, locale, at: source.path)
        }
        guard String(validating: raw, as: UTF8.self) != nil else {
            throw ServiceError(ServiceMessages.fixUTF8, locale, at: source.path)
        }
        let bom = raw.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let text = Array(raw[bom...])
        // the `---` front matter of a corpus file is Kenes's own, as for the parser's warnings
        var bodyStart = 0
        if text.starts(with: Array("---".utf8)) {
            let lines = text.split(separator: 0x0A, omittingEmptySubsequences: false)
            var offset = lines[0].count + 1
            for line in lines.dropFirst() {
                offset += line.count + 1
                if line.filter({ $0 != 0x0D && $0 != 0x20 }).elementsEqual("---".utf8) { bodyStart = min(offset, text.count); break }
            }
        }
        let (body, issues) = TextIntegrity.repaired(text, from: bodyStart)
        var line = 1, lineStart = 0, at = 0
        let repairs = issues.map { issue -> LintReport.Repair in
            while at < issue.offset {
                if raw[bom + at] == 0x0A { line += 1; lineStart = at + 1 }
                at += 1
            }
            let column = raw[(bom + lineStart)..<(bom + issue.offset)].reduce(1) { $0 + ($1 & 0xC0 != 0x80 ? 1 : 0) }
            return LintReport.Repair(line: line, column: column, issue: issue)
        }
        return (Array(raw[..<bom]) + body, repairs)
    }
}
