import ArgumentParser
import KenesService

struct Amend: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Apply an amending act's instructions to an act: the consolidated text.",
        discussion: """
        Reads «… изложить в следующей редакции», «дополнить … следующего содержания», «слова «…» заменить словами «…»», \
        «… исключить» and their Kazakh forms, inside «в статье 8:» / «8-бапта:» contexts. Articles changed get a «Сноска» \
        naming the amending act (date and number from its signature block; a bill is named as a draft). An instruction \
        that cannot be applied stops the run with its line; nothing is written.
        """)

    typealias Format = AmendUseCase.Format

    @Argument(help: "The act to amend (any format `kenes parse` reads).")
    var act: String

    @Argument(help: "The amending act, plain text (UTF-8).")
    var amendment: String

    @Option(help: "text (the consolidated act), json or akn.")
    var format: Format = .text

    @Option(name: .shortAndLong, help: "Write to this file instead of stdout.")
    var output: String?

    @OptionGroup var input: ActInput

    func run() throws {
        let result = try perform(locale: input.locale) { env throws(ServiceError) in try AmendUseCase.run(.init(act: input.source(act), law: amendment, format: format), env) }
        report(result.warnings, locale: input.locale)
        try Output.write(result.output, to: output, locale: input.locale)
    }
}
