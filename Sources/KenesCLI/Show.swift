import ArgumentParser
import KenesAct
import KenesRender

struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print units of an act by eId or by citation.",
        discussion: """
        REF is an eId (art_8__para_2) or a citation as people write it: «ст. 8 п. 2», «статья 8 пункт 2», \
        «п. 2 ст. 8», «8-бап 2-тармақ», several separated by «;» («ст. 8 п. 1-3; ст. 9»).
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

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
        let act = try input.load(file)
        var out: [String] = []
        for ref in refs {
            switch act.lookup(ref) {
            case .failure(let e):
                Output.error("\(file): error: \(e.description)")
                throw ExitCode(2)
            case .success(let ids):
                for id in ids {
                    guard let u = act.unit(id) else { continue }
                    switch format {
                    case .json:
                        out.append(ActJSON.render(u))
                    case .text:
                        let lang = act.metadata.language
                        let where_ = PlainText.path(act.path(to: id), language: lang)
                        var block = "\(act.metadata.title ?? file) — \(where_)  [\(id)]\n"
                        if u.status == .excluded { block += "(excluded)\n" }
                        block += PlainText.unit(u, language: lang, notes: notes)
                        out.append(block + "\n")
                    }
                }
            }
        }
        try Output.write(Array(out.joined(separator: "\n").utf8), to: nil)
    }
}
