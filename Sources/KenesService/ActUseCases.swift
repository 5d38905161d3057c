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
        /// The parser's warnings (none when the units were read from the library's rows).
        public var diagnostics: [Diagnostic]
        public var units: [EId]
        public var output: Rendered
    }

    public static func run(_ o: Options, _ env: KenesEnvironment) throws(ServiceError) -> Result {
        if let stored = try fromLibrary(o, env) { return stored }
        let act = try o.act.load(env)
        var ids: [EId] = []
        for ref in o.references {
            switch act.lookup(ref) {
            // named as read: the file, or the library's work and edition (law-…@2021-01-10)
            case .failure(let e): throw ServiceError(e.text, env.refusalLocale(act.metadata.language), at: act.fileName)
            case .success(let found): ids += found
            }
        }
        let title = act.metadata.title ?? o.act.path, format = o.format, notes = o.notes, units = ids
        let output = Rendered { out in
            let lang = act.metadata.language
            for (i, id) in units.enumerated() {
                guard let u = act.unit(id) else { continue }
                if i > 0 { out.append("\n") }
                switch format {
                case .json: out.append(ActJSON.render(u))
                case .text: out.append(text(u, path: act.path(to: id), title: title, language: lang, notes: notes))
                }
            }
        }
        return Result(diagnostics: act.diagnostics, units: ids, output: output)
    }

    /// Plain references («ст. 8 п. 2», an eId) to units of a library work, shown as text without
    /// notes: read from the stored units, without parsing the edition (on an act of 1 MB the
    /// parse was most of the command's time). Nil when the parse is needed: another reference,
    /// JSON, notes, or a unit the edition does not have (the parse's refusal says why).
    static func fromLibrary(_ o: Options, _ env: KenesEnvironment) throws(ServiceError) -> Result? {
        guard o.format == .text, !o.notes, o.act.readsWork(env) else { return nil }
        let ids = o.references.compactMap(EId.init(plainReference:))
        guard ids.count == o.references.count else { return nil }
        let (library, expression) = try o.act.workExpression(env)
        var found: [(unit: StructuralUnit, path: [StructuralUnit])] = []
        do {
            for id in ids {
                guard let u = try library.storedUnit(id, of: expression.id) else { return nil }
                found.append(u)
            }
            let title = try library.title(of: expression.id) ?? o.act.path, language = expression.language, units = found
            let output = Rendered { out in
                for (i, f) in units.enumerated() {
                    if i > 0 { out.append("\n") }
                    out.append(text(f.unit, path: f.path, title: title, language: language, notes: false))
                }
            }
            return Result(diagnostics: [], units: ids, output: output)
        } catch { throw env.refuse(error, content: o.act.language) }
    }

    /// A unit as `show` prints it: where it is in the act, then its words.
    static func text(_ u: StructuralUnit, path: [StructuralUnit], title: String, language: Language, notes: Bool) -> String {
        var out = "\(title) — \(PlainText.path(path, language: language))  [\(u.eId)]\n"
        if u.status == .excluded { out += "(\(Vocabulary.excluded(language)))\n" }
        return out + PlainText.unit(u, language: language, notes: notes) + "\n"
    }
}
