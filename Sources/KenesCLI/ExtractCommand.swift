import ArgumentParser
import KenesService

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Clause extracts for induction courses: by citation, in one language or side by side, with a glossary.",
        discussion: """
        --refs takes citations as trainers write them: «ст. 8 п. 1-3; ст. 9», «статьи 1, 5-7», «8-бап 2-тармақ», \
        «гл. 2», «2-тарау», or eIds. A reference that names nothing, or two things, is an error (exit 2).
        """)

    typealias Format = ExtractUseCase.Format

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
        let selection: ExtractUseCase.Selection
        if let course {
            selection = .course(course)
        } else {
            guard let act, let refs else { throw usage(CLIMessages.actAndRefs, input.locale) }
            // a work of the library as the parallel text: its other language
            selection = .references(act: input.source(act), refs: refs, parallel: parallel.map { p in
                var s = input.source(p)
                if s.namesWork { s.language = (input.lang ?? .ru) == .ru ? .kk : .ru }
                return s
            })
        }
        let options = ExtractUseCase.Options(selection: selection, glossary: glossary ? (usedTermsOnly ? .used : .all) : .none,
                                             notes: notes, format: format)
        let result = try perform(locale: input.locale) { env throws(ServiceError) in try ExtractUseCase.run(options, env) }
        try Output.write(result.output, to: output, binaryName: "docx", locale: input.locale)
    }
}
