import KenesAct
import KenesParity
import KenesRender

/// `kenes parity`: the Russian and Kazakh texts of one act compared.
public enum ParityUseCase {
    public enum Format: String, Sendable, CaseIterable { case text, json, html, markdown }

    public struct Options: Sendable {
        /// The two versions, in either order: their languages are detected.
        public var first: ActSource
        public var second: ActSource
        public var format: Format
        /// `--locale ru|kk|en`; nil: `KENES_LOCALE`, else the language of the first text given.
        public var locale: String?
        public init(first: ActSource, second: ActSource, format: Format = .text, locale: String? = nil) {
            self.first = first; self.second = second; self.format = format; self.locale = locale
        }
    }

    public struct Result: Sendable {
        public var report: ParityReport
        public var output: Rendered
    }

    public static func run(_ o: Options, _ env: KenesEnvironment) throws(ServiceError) -> Result {
        let a = try o.first.load(env), b = try o.second.load(env)
        let locale = try env.reportLocale(o.locale, content: a.metadata.language)
        guard a.metadata.language != b.metadata.language else {
            throw ServiceError(ComparisonMessages.sameLanguage(o.first.path, o.second.path, a.metadata.language), locale)
        }
        if let x = a.metadata.number, let y = b.metadata.number, x != y {
            throw ServiceError(ComparisonMessages.differentActs("№ \(x)", "№ \(y)", then: ComparisonMessages.twoLanguages), locale)
        }
        let report = Self.report(a, b)
        let format = o.format
        let output = Rendered { out in
            switch format {
            case .text: ParityRenderer.writeText(report, locale: locale, into: &out)
            case .json: ParityRenderer.writeJSON(report, locale: locale, into: &out)
            case .html: ParityRenderer.writeHTML(report, locale: locale, into: &out)
            case .markdown: ParityRenderer.writeMarkdown(report, locale: locale, into: &out)
            }
        }
        return Result(report: report, output: output)
    }

    /// Two acts already read, in either order: their findings (the web workspace's side by side).
    public static func report(_ a: Act, _ b: Act) -> ParityReport {
        let (ru, kk) = a.metadata.language == .ru ? (a, b) : (b, a)
        return ParityChecker.compare(ru: ru, kk: kk)
    }
}
