import ArgumentParser
import KenesService

struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print units of an act by eId or by citation.",
        discussion: """
        REF is an eId (art_8__para_2) or a citation as people write it: «ст. 8 п. 2», «статья 8 пункт 2», \
        «п. 2 ст. 8», «8-бап 2-тармақ», several separated by «;» («ст. 8 п. 1-3; ст. 9»).
        """)

    typealias Format = ShowUseCase.Format

    @Argument(help: "The act.")
    var file: String

    @Argument(help: "One or more references.")
    var refs: [String]

    @Flag(help: "Include editorial notes (Сноска, Примечание ИЗПИ, …).")
    var notes = false

    @Option(help: "text or json.")
    var format: Format = .text

    @OptionGroup var input: ActInput

    func run() throws {
        let result = try perform(locale: input.locale) { env throws(ServiceError) in
            try ShowUseCase.run(.init(act: input.source(file), references: refs, notes: notes, format: format), env)
        }
        report(result.diagnostics, locale: input.locale)
        try Output.write(result.output, to: nil)
    }
}
