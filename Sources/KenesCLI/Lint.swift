import ArgumentParser
import KenesService

struct Lint: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Every integrity warning of acts: mixed scripts, invisible characters, numbering, citations, notes.",
        discussion: """
        Lists, as file:line:col, words mixing Cyrillic and Latin letters (each hyphen-separated part judged alone: \
        «PR-сопровождение» is fine, «Cтатья» with a Latin C is not), zero-width characters, BOMs inside the text, soft \
        hyphens and directional marks, numbering faults, unresolved citations and notes naming units that are not there. \
        Exit 1 if there is any, 0 if none. --fix -o OUT writes a copy of a plain-text act with the unambiguous ones \
        repaired (a lookalike letter inside a word of the other script, zero-width characters, soft hyphens), listing \
        each repair; the exit is then 1 only if the copy still has warnings.
        """)

    @Argument(help: "The acts (any format `kenes parse` reads).")
    var files: [String]

    @Option(help: "text or json (kenes-lint/1).")
    var format: LintUseCase.Format = .text

    @Flag(help: "Repair what is unambiguous, into the file given with -o (one plain-text act).")
    var fix = false

    @Option(name: .shortAndLong, help: "With --fix: where to write the repaired copy.")
    var output: String?

    @OptionGroup var input: ActInput

    func validate() throws {
        if fix && output == nil { throw usage(CLIMessages.fixNeedsOutput, input.locale) }
        if !fix && output != nil { throw usage(CLIMessages.outputNeedsFix, input.locale) }
    }

    func run() throws {
        let options = LintUseCase.Options(acts: files.map { input.source($0) }, format: format, fixedOutput: fix ? output : nil)
        let result = try perform(locale: input.locale) { env throws(ServiceError) in try LintUseCase.run(options, env) }
        if let fixed = result.fixed, let output { try Output.write(.bytes(fixed, binary: false), to: output) }
        try Output.write(result.output, to: nil)
        if result.hasWarnings { throw ExitCode(1) }
    }
}

extension LintUseCase.Format: ExpressibleByArgument {}
