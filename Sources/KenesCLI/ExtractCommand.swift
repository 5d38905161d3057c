import ArgumentParser
import Foundation
import KenesAct
import KenesExtract
import KenesRender

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Clause extracts for induction courses: by citation, in one language or side by side, with a glossary.",
        discussion: """
        --refs takes citations as trainers write them: «ст. 8 п. 1-3; ст. 9», «статьи 1, 5-7», «8-бап 2-тармақ», \
        «гл. 2», «2-тарау», or eIds. A reference that names nothing, or two things, is an error (exit 2).
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case markdown, html, docx }

    @Argument(help: "The act (not needed with --course).")
    var act: String?

    @Option(help: "The units to extract.")
    var refs: String?

    @Option(help: "The same act in the other language: units side by side.")
    var parallel: String?

    @Flag(help: "Add the act's defined terms.")
    var glossary = false

    @Flag(help: "With --glossary: only the terms used in the extracted units.")
    var usedTermsOnly = false

    @Option(help: "A YAML course: title, audience, act, modules with titles, notes and references.")
    var course: String?

    @Flag(help: "Keep editorial notes.")
    var notes = false

    @Option(help: "markdown, html or docx.")
    var format: Format = .markdown

    @Option(name: .shortAndLong, help: "Write to this file (required for docx).")
    var output: String?

    @OptionGroup var input: ActInput

    func run() throws {
        let lessons: Course
        do {
            if let course {
                lessons = try Course.load(course, notes: notes) { path in try input.load(path) }
            } else {
                guard let act, let refs else { throw ValidationError("give ACT and --refs, or --course FILE") }
                let main = try input.load(act)
                let other = try parallel.map { try input.load($0) }
                let e = try Extract.make(act: main, refs: refs, parallel: other, notes: notes,
                                         glossary: glossary ? (usedTermsOnly ? .used : .all) : .none)
                lessons = ExtractRenderer.course(of: e)
            }
        } catch let e as ExtractError {
            Output.error("error: \(e.message)")
            throw ExitCode(2)
        }
        switch format {
        case .markdown: try Output.write(Array(ExtractRenderer.markdown(lessons).utf8), to: output)
        case .html: try Output.write(Array(ExtractRenderer.html(lessons).utf8), to: output)
        case .docx:
            guard output != nil else { throw ValidationError("docx is a binary file: give -o FILE.docx") }
            try Output.write([UInt8](try ExtractRenderer.docx(lessons)), to: output)
        }
    }
}
