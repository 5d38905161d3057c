import ArgumentParser
import KenesAct
import KenesRender

struct Parse: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Parse an act into its article/clause tree.",
        discussion: "Warnings (numbering, unresolved citations) go to stderr as file:line:col and do not change the exit code.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case tree, json, markdown, text, akn }

    @Argument(help: "The act: plain text (UTF-8), the portal's HTML page, DOCX or Akoma Ntoso XML.")
    var file: String

    @Option(help: "tree (outline with eIds), json (schema/act.schema.json), markdown, text (the input printed back from the tree), or akn (Akoma Ntoso 3.0 XML).")
    var format: Format = .tree

    @Option(name: .shortAndLong, help: "Write to this file instead of stdout.")
    var output: String?

    @OptionGroup var input: ActInput

    func run() throws {
        let act = try input.load(file)
        try Output.write(to: output) { out in
            switch format {
            case .tree: PlainText.outline(act, into: &out)
            case .json: ActJSON.write(act, into: &out)
            case .markdown: MarkdownRenderer.write(act, into: &out)
            case .text: PlainText.lossless(act, into: &out)
            case .akn: AkomaNtoso.write(act, into: &out)
            }
        }
    }
}
