import ArgumentParser
import KenesService

struct Parse: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Parse an act into its article/clause tree.",
        discussion: "Warnings (numbering, unresolved citations) go to stderr as file:line:col and do not change the exit code.")

    typealias Format = ParseUseCase.Format

    @Argument(help: "The act: plain text (UTF-8), the portal's HTML page, DOCX or Akoma Ntoso XML.")
    var file: String

    @Option(help: "tree (outline with eIds), json (schema/act.schema.json), markdown, text (the input printed back from the tree), or akn (Akoma Ntoso 3.0 XML).")
    var format: Format = .tree

    @Option(name: .shortAndLong, help: "Write to this file instead of stdout.")
    var output: String?

    @OptionGroup var input: ActInput

    func run() throws {
        let result = try perform(locale: input.locale) { env throws(ServiceError) in try ParseUseCase.run(.init(act: input.source(file), format: format), env) }
        report(result.act.diagnostics, locale: input.locale)
        try Output.write(result.output, to: output, locale: input.locale)
    }
}
