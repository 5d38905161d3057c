import ArgumentParser
import Foundation
import KenesAct
import KenesAmend
import KenesRender

struct Amend: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Apply an amending act's instructions to an act: the consolidated text.",
        discussion: """
        Reads «… изложить в следующей редакции», «дополнить … следующего содержания», «слова «…» заменить словами «…»», \
        «… исключить» and their Kazakh forms, inside «в статье 8:» / «8-бапта:» contexts. Articles changed get a «Сноска» \
        naming the amending act (date and number from its signature block; a bill is named as a draft). An instruction \
        that cannot be applied stops the run with its line; nothing is written.
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, akn }

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
        let target = try input.load(act)
        let amended: (text: String, act: Act)
        do { amended = try Amender.amend(target, withFileAt: amendment) }
        catch { Output.error(error.description); throw ExitCode(2) }
        switch format {
        case .text: try Output.write(Array(amended.text.utf8), to: output)
        case .json: try Output.write(Array(ActJSON.render(amended.act).utf8), to: output)
        case .akn: try Output.write(Array(AkomaNtoso.export(amended.act).utf8), to: output)
        }
    }
}
