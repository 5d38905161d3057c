import KenesAct
import KenesFormats
import KenesRender

/// `kenes parse`: an act read into its tree and written in one of the act formats.
public enum ParseUseCase {
    public enum Format: String, Sendable, CaseIterable { case tree, json, markdown, text, akn }

    public struct Options: Sendable {
        public var act: ActSource
        public var format: Format
        public init(act: ActSource, format: Format = .tree) { self.act = act; self.format = format }
    }

    public struct Result: Sendable {
        public var act: Act
        public var output: Rendered
    }

    public static func run(_ o: Options, _ env: KenesEnvironment) throws(ServiceError) -> Result {
        let act = try o.act.load(env)
        return Result(act: act, output: render(act, o.format, locale: env.askedLocale))
    }

    /// The act in one of the formats, written from its records; the diagnostics' words in
    /// JSON in `locale`, else the act's language.
    public static func render(_ act: Act, _ format: Format, locale: ReportLocale? = nil) -> Rendered {
        Rendered { out in
            switch format {
            case .tree: PlainText.outline(act, into: &out)
            case .json: ActJSON.write(act, locale: locale, into: &out)
            case .markdown: MarkdownRenderer.write(act, into: &out)
            case .text: PlainText.lossless(act, into: &out)
            case .akn: AkomaNtoso.write(act, into: &out)
            }
        }
    }
}

/// `kenes show`: units of an act by eId or citation.
public enum ShowUseCase {
    public enum Format: String, Sendable, CaseIterable { case text, json }

    public struct Options: Sendable {
        public var act: ActSource
        public var references: [String]
        public var notes: Bool
        public var format: Format
        public init(act: ActSource, references: [String], notes: Bool = false, format: Format = .text) {
            self.act = act; self.references = references; self.notes = notes; self.format = format
        }
    }

    public struct Result: Sendable {
        public var act: Act
        public var units: [EId]
        public var output: Rendered
    }

    public static func run(_ o: Options, _ env: KenesEnvironment) throws(ServiceError) -> Result {
        let act = try o.act.load(env)
        var ids: [EId] = []
        for ref in o.references {
            switch act.lookup(ref) {
            // named as read: the file, or the library's work and edition (law-…@2021-01-10)
            case .failure(let e): throw ServiceError(e.text, env.refusalLocale(act.metadata.language), at: act.fileName)
            case .success(let found): ids += found
            }
        }
        let file = o.act.path, format = o.format, notes = o.notes, units = ids
        let output = Rendered { out in
            let lang = act.metadata.language
            for (i, id) in units.enumerated() {
                guard let u = act.unit(id) else { continue }
                if i > 0 { out.append("\n") }
                switch format {
                case .json:
                    out.append(ActJSON.render(u))
                case .text:
                    let where_ = PlainText.path(act.path(to: id), language: lang)
                    out.append("\(act.metadata.title ?? file) — \(where_)  [\(id)]\n")
                    if u.status == .excluded { out.append("(excluded)\n") }
                    out.append(PlainText.unit(u, language: lang, notes: notes))
                    out.append("\n")
                }
            }
        }
        return Result(act: act, units: ids, output: output)
    }
}
