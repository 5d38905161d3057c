import ArgumentParser
import Foundation
import KenesAct
import KenesService

struct LibraryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "library",
        abstract: "The act library: editions of acts in one SQLite file, for every command to read by number and date.",
        discussion: """
        The library is --library PATH, else $KENES_LIBRARY, else $XDG_DATA_HOME/kenes/library.sqlite \
        (~/.local/share/kenes/library.sqlite). Any command that reads an act takes, instead of a file, a work of the \
        library: its number (1-SYN) or id (law-2015-01-01-1-SYN), with @YYYY-MM-DD for the edition in force that day.
        """,
        subcommands: [Add.self, List.self, History.self, Search.self, Cites.self, Check.self, Export.self])

    struct Location: ParsableArguments {
        @Option(help: "The library file (default: $KENES_LIBRARY, else the XDG data folder's kenes/library.sqlite).")
        var library: String?

        @Option(help: "The report's language: ru, kk or en (default: KENES_LOCALE, else --lang, else Russian).")
        var locale: String?

        var path: String { library ?? libraryPath() }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add acts (files or folders, any format `kenes parse` reads), each in its own transaction.",
            discussion: """
            The work is identified by kind, number and date; the edition is --edition, else the act's «по состоянию на» \
            banner or front matter, else unknown. The same units again (also as HTML or DOCX) change nothing; a different \
            text for an edition the library has is refused unless --replace. A draft is not an edition: refused. Exit 2 \
            if any file was refused (the others are added).
            """)

        @Argument(help: "Act files or folders of them.")
        var paths: [String]

        @Option(help: "The edition's date, YYYY-MM-DD (default: from the act).")
        var edition: String?

        @Flag(help: "Put this text in place of a different one the library has for the same edition.")
        var replace = false

        @OptionGroup var location: Location

        func validate() throws {
            if let e = edition, e.range(of: #"^\d{4}-\d{2}-\d{2}$"#, options: .regularExpression) == nil {
                throw usage(CLIMessages.editionDate, location.locale)
            }
        }

        func run() throws {
            let result = try perform(locale: location.locale) { env throws(ServiceError) in
                try LibraryUseCase.add(paths: paths, edition: edition, replace: replace, library: location.path, env)
            }
            try Output.write(result.output, to: nil)
            if result.refused { throw ExitCode(2) }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "The works of the library and their expressions (language × edition).")

        @Option(help: "text or json.")
        var format: LibraryUseCase.Format = .text

        @OptionGroup var location: Location

        func run() throws {
            let out = try perform(locale: location.locale) { env throws(ServiceError) in try LibraryUseCase.list(library: location.path, format: format, locale: location.locale, env) }
            try Output.write(out, to: nil)
        }
    }
}

extension LibraryCommand {
    struct History: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "A unit through the editions of a work: its eId in each, status, what changed, its text, the amending act.",
            discussion: "Exit 2 when the unit is in no edition the library has.")

        @Argument(help: "The work: its number (1-SYN) or id (law-2015-01-01-1-SYN).")
        var work: String

        @Argument(help: "The unit: an eId (art_8__para_2) or a citation («ст. 8 п. 2», «8-бап 2-тармақ»).")
        var reference: String

        @Option(help: "ru or kk (default: ru).")
        var lang: Language = .ru

        @Option(help: "text or json.")
        var format: LibraryUseCase.Format = .text

        @OptionGroup var location: Location

        func run() throws {
            let (_, out) = try perform(locale: location.locale) { env throws(ServiceError) in
                try LibraryUseCase.history(work: work, reference: reference, language: lang, library: location.path, format: format,
                                           locale: location.locale, env)
            }
            try Output.write(out, to: nil)
        }
    }
}

/// The library the process's environment names.
func libraryPath() -> String { LibraryUseCase.defaultPath(ProcessInfo.processInfo.environment) }

extension LibraryUseCase.Format: ExpressibleByArgument {}

extension LibraryCommand {
    struct Search: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Search the units of the library: words and \"quoted phrases\", Russian words in any inflected form.",
            discussion: """
            Over the edition of each work in force today (or on --as-of); --all-editions searches every edition and merges \
            a unit that reads the same in several into one hit. Russian words are stemmed (Snowball); Kazakh words lose \
            their endings and match as prefixes of at least 4 letters. Ranked by bm25. No hits: exit 0 with an empty list.
            """)

        @Argument(help: "Words and \"quoted phrases\".")
        var query: String

        @Option(help: "ru or kk (default: ru).")
        var lang: Language = .ru

        @Option(help: "The day whose editions are searched, YYYY-MM-DD (default: today).")
        var asOf: String?

        @Flag(help: "Search every edition.")
        var allEditions = false

        @Option(help: "Only this work (number or id).")
        var work: String?

        @Option(help: "At most this many hits.")
        var limit = 20

        @Option(help: "text or json.")
        var format: LibraryUseCase.Format = .text

        @OptionGroup var location: Location

        func run() throws {
            let (_, out) = try perform(locale: location.locale) { env throws(ServiceError) in
                try LibraryUseCase.search(query, language: lang, asOf: asOf, allEditions: allEditions, work: work, limit: limit,
                                          library: location.path, format: format, locale: location.locale, env)
            }
            try Output.write(out, to: nil)
        }
    }
}

extension LibraryCommand {
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check the library: SQLite's integrity check, and each stored source parsed again gives its stored units.",
            discussion: "Exit 0 when sound, 1 with problems (listed).")

        @OptionGroup var location: Location

        func run() throws {
            let problems = try perform(locale: location.locale) { env throws(ServiceError) in try LibraryUseCase.verify(library: location.path, env) }
            let l = currentEnvironment(locale: location.locale).refusalLocale()
            for p in problems { print(p[l]) }
            print(problems.isEmpty ? CLIMessages.libraryWhole[l] : CLIMessages.problems(problems.count, l))
            if !problems.isEmpty { throw ExitCode(1) }
        }
    }

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "A work of the library as text (its source as added), Akoma Ntoso or JSON.")

        @Argument(help: "The work: its number or id, with @YYYY-MM-DD for an edition.")
        var work: String

        @Option(help: "ru or kk (default: ru).")
        var lang: Language = .ru

        @Option(help: "The edition in force on this date (default: today).")
        var asOf: String?

        @Option(help: "text, akn or json.")
        var format: ExportFormat = .text

        @Option(name: .shortAndLong, help: "Write to this file instead of stdout.")
        var output: String?

        @OptionGroup var location: Location

        enum ExportFormat: String, ExpressibleByArgument { case text, akn, json }

        func run() throws {
            var source = ActSource(path: work, language: lang)
            source.asOf = asOf
            source.library = location.path
            let parse: ParseUseCase.Format = format == .text ? .text : format == .akn ? .akn : .json
            let result = try perform(locale: location.locale) { env throws(ServiceError) in
                guard source.namesWork else { throw ServiceError(CLIMessages.notAWork, env.refusalLocale(), at: work) }
                return try ParseUseCase.run(.init(act: source, format: parse), env)
            }
            try Output.write(result.output, to: output)
        }
    }
}

extension LibraryCommand {
    struct Cites: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Every unit in the library that cites a unit or anything inside it: within the act and from other acts.",
            discussion: "Citations of another act («статьи 8 Закона Республики Казахстан «Об общественных советах»») count when that act is in the library (by its title in either language or its number). Synthetic and authentic acts are never linked.")

        @Argument(help: "The work: its number or id.")
        var work: String

        @Argument(help: "The unit: an eId or a citation («ст. 8», «8-бап»).")
        var reference: String

        @Option(help: "ru or kk (default: ru).")
        var lang: Language = .ru

        @Option(help: "The editions in force on this date (default: today).")
        var asOf: String?

        @Option(help: "text or json.")
        var format: LibraryUseCase.Format = .text

        @OptionGroup var location: Location

        func run() throws {
            let (_, out) = try perform(locale: location.locale) { env throws(ServiceError) in
                try LibraryUseCase.cites(work: work, reference: reference, language: lang, asOf: asOf, library: location.path, format: format,
                                         locale: location.locale, env)
            }
            try Output.write(out, to: nil)
        }
    }
}
