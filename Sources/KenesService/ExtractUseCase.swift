import Foundation
import KenesAct
import KenesExtract
import KenesRender

/// `kenes extract`: clause extracts and induction courses.
public enum ExtractUseCase {
    public enum Format: String, Sendable, CaseIterable { case markdown, html, docx }

    public enum Selection: Sendable {
        /// Units of an act by reference, optionally with the other language side by side.
        case references(act: ActSource, refs: String, parallel: ActSource?)
        /// A YAML course file (its acts are read relative to it).
        case course(String)
    }

    public struct Options: Sendable {
        public var selection: Selection
        public var glossary: GlossaryMode
        public var notes: Bool
        public var format: Format
        public init(selection: Selection, glossary: GlossaryMode = .none, notes: Bool = false, format: Format = .markdown) {
            self.selection = selection; self.glossary = glossary; self.notes = notes; self.format = format
        }
    }

    public struct Result: Sendable {
        public var course: Course
        public var output: Rendered
    }

    public static func run(_ o: Options, _ env: KenesEnvironment) throws(ServiceError) -> Result {
        let lessons: Course
        do {
            switch o.selection {
            case .course(let path):
                lessons = try Course.load(env.path(path), notes: o.notes) { p in try ActSource(path: p).load(env) }
            case .references(let act, let refs, let parallel):
                let main = try act.load(env)
                let other = try parallel.map { p throws(ServiceError) in try p.load(env) }
                let e = try Extract.make(act: main, refs: refs, parallel: other, notes: o.notes, glossary: o.glossary)
                lessons = ExtractRenderer.course(of: e)
            }
        } catch let e as ServiceError {
            throw e
        } catch let e as any Refusal {
            throw env.refuse(e)
        } catch {
            throw ServiceError(messages: ["\(error)"])
        }
        let output: Rendered
        // the furniture in the language asked for, else each act's card in its own
        let locale = env.askedLocale
        switch o.format {
        case .markdown: output = Rendered { ExtractRenderer.writeMarkdown(lessons, locale: locale, into: &$0) }
        case .html: output = .text(ExtractRenderer.html(lessons, locale: locale))
        case .docx:
            do { output = .bytes([UInt8](try ExtractRenderer.docx(lessons, locale: locale))) }
            catch { throw ServiceError(ServiceMessages.cannotWrite("DOCX", error), env.refusalLocale(lessons.modules.first?.extract.main.language)) }
        }
        return Result(course: lessons, output: output)
    }
}
