import ArgumentParser
import KenesCheck
import KenesService

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check a council's or working group's roster against the statutory quotas, citing the law.",
        discussion: """
        ROSTER is CSV (UTF-8 or Windows-1251), XLSX, JSON or YAML with columns ФИО / Аты-жөні / name, \
        категория / санат / category, and optionally роль / рөлі / role, пол / жынысы / gender, \
        год рождения / туған жылы / birth_year, организация / ұйым / organisation. \
        With --composition, checks a table of members per category, region and year instead. \
        Exit codes: 0 compliant, 1 violation, 2 input error or a verdict the unreadable rows could change.
        """)

    typealias Format = CheckUseCase.Format

    @Argument(help: "The roster.")
    var roster: String?

    @Option(help: "A composition table (region, year, category, members) to check instead of a roster.")
    var composition: String?

    @Option(help: "Edition of the law: 2015 (text in force in 2020) or 2021 (with the amendments as the report paraphrases them).")
    var edition = "2015"

    @Option(help: "A rule file instead of the edition's bundled rules/law-EDITION.yaml.")
    var rules: String?

    @Option(help: "The official text of the Law (any format kenes parse reads): rules cite and quote it.")
    var act: String?

    @Option(help: "Counting profile: nominal, report-list, strict, or one of your own in the profiles file.")
    var profile = "nominal"

    @Option(help: "Profiles file (default: the bundled rules/profiles.yaml).")
    var profiles: String?

    @Option(help: "council or working_group (default: the roster's `body`).")
    var body: Body?

    @Option(help: "republican or local (default: the roster's `level`).")
    var level: Level?

    @Option(help: "text, json, markdown or html.")
    var format: Format = .text

    @Option(name: .shortAndLong, help: "Write the report to this file.")
    var output: String?

    @Option(help: "A CSV of «row,category» lines confirming or correcting members' categories by the roster's line (no names).")
    var assign: String?

    @Option(help: "The worksheet of an XLSX roster: its number from 1 or its name (default: the first that holds a roster).")
    var sheet: String?

    @Flag(help: "Read each unknown category as the closest known one; the report names every one taken.")
    var acceptSuggestions = false

    @Option(help: "The report's language: ru, kk or en (default: KENES_LOCALE, else Kazakh when the roster's headers are Kazakh, else Russian).")
    var locale: String?

    @Flag(help: "Initials instead of names, for a report meant for publication (rosters are personal data).")
    var redact = false

    func run() throws {
        let input: CheckUseCase.Input
        if let composition { input = .composition(composition) }
        else if let roster { input = .roster(roster) }
        else { throw usage(CLIMessages.rosterOrComposition, locale) }
        let options = CheckUseCase.Options(input: input, edition: edition, rules: rules, act: act.map { ActSource(path: $0) },
                                           profile: profile, profiles: profiles, body: body, level: level, format: format, assign: assign,
                                           sheet: sheet.map(SheetChoice.init), acceptSuggestions: acceptSuggestions, locale: locale, redact: redact)
        let result = try perform(locale: locale) { env throws(ServiceError) in try CheckUseCase.run(options, env) }
        try Output.write(result.output, to: output, locale: locale)
        switch result.verdict {
        case .compliant: return
        case .violation: throw ExitCode(1)
        case .undetermined: throw ExitCode(2)
        }
    }
}

extension Body: ExpressibleByArgument {}
extension Level: ExpressibleByArgument {}
