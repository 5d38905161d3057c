import ArgumentParser
import KenesAct
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

    @Argument(help: "One language version (any format `kenes parse` reads), or a work of the library (its number or id) for both.")
    var first: String

    @Argument(help: "The other language version, in either order (none when the first names a work of the library).")
    var second: String?

    @Option(help: "For a work of the library: the editions in force on this date, YYYY-MM-DD (default: today).")
    var asOf: String?

    @Option(help: "The act library works are read from (default: $KENES_LIBRARY, else the XDG data folder's kenes/library.sqlite).")
    var library: String?

    @Option(help: "The report's language: ru, kk or en (default: KENES_LOCALE, else the language of the first text).")
    var locale: String?

    @Option(help: "text, json (kenes-parity/1), html or markdown.")
    var format: ParityUseCase.Format = .text

    @Option(name: .shortAndLong, help: "Write to this file instead of stdout.")
    var output: String?

    @Option(help: "Format of both acts: text, html, docx or akn (default: told by the content).")
    var from: SourceFormat?

    @Flag(help: "Refuse plain text that is not UTF-8 instead of reading it as Windows-1251.")
    var strictUTF8 = false

    func run() throws {
        func source(_ p: String, _ language: Language? = nil) -> ActSource {
            var s = ActSource(path: p, format: from, language: language, strictUTF8: strictUTF8)
            s.asOf = asOf
            s.library = library
            return s
        }
        // one argument: the Russian and Kazakh texts of a work of the library
        let (a, b) = second.map { (source(first), source($0)) } ?? (source(first, .ru), source(first, .kk))
        let result = try perform(locale: locale) { env throws(ServiceError) in try ParityUseCase.run(.init(first: a, second: b, format: format, locale: locale), env) }
        report(result.report.ru.diagnostics + result.report.kk.diagnostics, locale: locale)
        try Output.write(result.output, to: output, locale: locale)
        if !result.report.findings.isEmpty { throw ExitCode(1) }
    }
}

extension ParityUseCase.Format: ExpressibleByArgument {}
