import ArgumentParser
import KenesService

struct DraftAmendment: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "draft-amendment",
        abstract: "Write the amending act that turns one version of an act into another.",
        discussion: """
        Instructions in the act's language and in document order: words replaced where a phrase can be named \
        unambiguously, new wording of a clause otherwise, insertions, exclusions, and new wording of a whole \
        article or chapter where units are deleted, renumbered or moved inside it. `kenes amend OLD` with the \
        result gives NEW (editorial notes aside). Exit 0 when there is nothing to amend, 1 when instructions \
        were written, 2 on error.
        """)

    @Argument(help: "The act in force.") var old: String
    @Argument(help: "The version as it should become.") var new: String
    @Option(name: .shortAndLong, help: "Write to this file instead of stdout.") var output: String?
    @Option(help: "Date of the signed law (yyyy-mm-dd), with --number; without them the act is a bill (ПРОЕКТ).") var date: String?
    @Option(help: "Number of the signed law, e.g. 20-VII.") var number: String?
    @OptionGroup var input: ActInput

    func validate() throws {
        if (date == nil) != (number == nil) { throw usage(CLIMessages.dateAndNumber, input.locale) }
        if let date, date.split(separator: "-").compactMap({ Int($0) }).count != 3 { throw usage(CLIMessages.dateFormat, input.locale) }
    }

    func run() throws {
        let signature = date.flatMap { d in number.map { (date: d, number: $0) } }
        let (drafted, warnings) = try perform(locale: input.locale) { env throws(ServiceError) in
            try DraftAmendmentUseCase.run(.init(old: input.source(old), new: input.source(new), signature: signature), env)
        }
        report(warnings, locale: input.locale)
        guard let drafted else { Output.error("\(old) and \(new) do not differ: nothing to amend"); return }
        try Output.write(.text(drafted), to: output, locale: input.locale)
        throw ExitCode(1)
    }
}
