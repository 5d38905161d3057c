import ArgumentParser
import Foundation
import KenesService

struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Compare two versions of an act: structure and words, and the comparative table.",
        discussion: """
        Change kinds: inserted, deleted, excluded, modified, heading, renumbered, moved. \
        Exit 0 when the versions are the same (editorial notes and typography count only when asked), \
        1 when they differ, 2 on error.
        """)

    typealias Format = DiffUseCase.Format

    @Argument(help: "The act in force (or the earlier version).")
    var old: String

    @Argument(help: "The proposed (or later) version; or give --amendment instead.")
    var new: String?

    @Option(help: "An amending act (plain text): compare the act with the act as it would leave it.")
    var amendment: String?

    @Option(help: "text, json, html, markdown, table-html or table-docx (the сравнительная таблица).")
    var format: Format = .text

    @Option(name: .shortAndLong, help: "Write to this file (required for table-docx).")
    var output: String?

    @Flag(help: "Compare editorial notes (Сноска, Примечание ИЗПИ, …) too.")
    var notes = false

    @Flag(help: "Treat « » and \", dash kinds and NBSP as the same (ё and е stay different).")
    var ignoreTypography = false

    @Option(help: "YAML mapping eId → rationale for the table's last column (the old eId for deletions).")
    var rationale: String?

    @Flag(help: "Compare even when the acts' titles or numbers differ.")
    var force = false

    @OptionGroup var input: ActInput

    func validate() throws {
        if (new == nil) == (amendment == nil) { throw usage(CLIMessages.newOrAmendment, input.locale) }
    }

    func run() throws {
        let versions: DiffUseCase.Versions = amendment.map { .amendment(act: input.source(old), law: $0) }
            ?? .files(old: input.source(old), new: input.source(new!))
        let options = DiffUseCase.Options(versions: versions, format: format, notes: notes, ignoreTypography: ignoreTypography,
                                          rationale: rationale, force: force, color: output == nil && isatty(1) == 1, locale: input.locale)
        let result = try perform(locale: input.locale) { env throws(ServiceError) in try DiffUseCase.run(options, env) }
        report(result.warnings, locale: input.locale)
        try Output.write(result.output, to: output, binaryName: "table-docx", locale: input.locale)
        if !result.diff.isEmpty { throw ExitCode(1) }
    }
}
