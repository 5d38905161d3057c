import ArgumentParser
import KenesImport
import KenesService

struct Parity: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Compare the Russian and Kazakh texts of one act: structure, numbers, dates, citations, status, notes, characters.",
        discussion: """
        Units are aligned by eId. A unit in one language only is one `missing` finding; a unit excluded in one \
        language only is one `status` finding. On the units both have: quantities in digits or words («двух третей» / \
        «үштен екісі» = 2/3), dates in any spelling («1 марта» / «1 наурыз», «03.01.2021» / «2021.01.03»), the units \
        citations resolve to, the amending acts the notes name, and mixed scripts or invisible characters. The meaning \
        of words is not compared. Exit 0 when the versions agree, 1 with findings, 2 on input error.
        """)

    @Argument(help: "One language version (any format `kenes parse` reads).")
    var first: String

    @Argument(help: "The other language version, in either order.")
    var second: String

    @Option(help: "text, json (kenes-parity/1), html or markdown.")
    var format: ParityUseCase.Format = .text

    @Option(name: .shortAndLong, help: "Write to this file instead of stdout.")
    var output: String?

    @Option(help: "Format of both acts: text, html, docx or akn (default: told by the content).")
    var from: SourceFormat?

    @Flag(help: "Refuse plain text that is not UTF-8 instead of reading it as Windows-1251.")
    var strictUTF8 = false

    func run() throws {
        let source = { (p: String) in ActSource(path: p, format: from, strictUTF8: strictUTF8) }
        let result = try perform { env throws(ServiceError) in
            try ParityUseCase.run(.init(first: source(first), second: source(second), format: format), env)
        }
        report(result.report.ru.diagnostics + result.report.kk.diagnostics)
        try Output.write(result.output, to: output)
        if !result.report.findings.isEmpty { throw ExitCode(1) }
    }
}

extension ParityUseCase.Format: ExpressibleByArgument {}
