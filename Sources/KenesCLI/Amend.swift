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
        let consolidated: String
        do {
            let bytes = try SourceText.read(path: amendment)
            let text = String(decoding: try SourceText.normalize(bytes, file: amendment), as: UTF8.self)
            let parsed = try AmendmentParser.parse(text: text, file: amendment, targetTitle: target.metadata.title)
            consolidated = try Amender.consolidate(target, with: parsed)
        } catch let e as AmendmentError {
            Output.error(e.description); throw ExitCode(2)
        } catch let e as ActInputError {
            Output.error(e.description); throw ExitCode(2)
        }
        // the result is parsed again: what is written is an act Kenes reads back
        let result: Act
        do { result = try ActParser.parse(text: consolidated, options: ParseOptions(fileName: act, language: target.metadata.language)) }
        catch { Output.error("the consolidated text does not parse: \(error.description)"); throw ExitCode(2) }
        switch format {
        case .text: try Output.write(Array(consolidated.utf8), to: output)
        case .json: try Output.write(Array(ActJSON.render(result).utf8), to: output)
        case .akn: try Output.write(Array(AkomaNtoso.export(result).utf8), to: output)
        }
    }
}
