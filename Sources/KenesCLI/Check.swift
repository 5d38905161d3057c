import ArgumentParser
import Foundation
import KenesAct
import KenesCheck
import KenesImport
import KenesRender

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

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, markdown, html }

    @Argument(help: "The roster.")
    var roster: String?

    @Option(help: "A composition table (region, year, category, members) to check instead of a roster.")
    var composition: String?

    @Option(help: "Edition of the law: 2015 (text in force in 2020) or 2021 (with the amendments as the report paraphrases them).")
    var edition = "2015"

    @Option(help: "A rule file instead of the edition's (rules/law-EDITION.yaml).")
    var rules: String?

    @Option(help: "The official text of the Law (any format kenes parse reads): rules cite and quote it.")
    var act: String?

    @Option(help: "Counting profile: nominal, report-list, strict, or one of your own in the profiles file.")
    var profile = "nominal"

    @Option(help: "Profiles file (default rules/profiles.yaml).")
    var profiles: String?

    @Option(help: "council or working_group (default: the roster's `body`).")
    var body: Body?

    @Option(help: "republican or local (default: the roster's `level`).")
    var level: Level?

    @Option(help: "text, json, markdown or html.")
    var format: Format = .text

    @Option(name: .shortAndLong, help: "Write the report to this file.")
    var output: String?

    func run() throws {
        guard let data = DataFolder.find() else {
            Output.error("error: cannot find the rules/ folder: run from the Kenes folder or set KENES_HOME")
            throw ExitCode(2)
        }
        func path(_ p: String?, _ fallback: String) -> String { p ?? data.appendingPathComponent(fallback).path }
        do {
            let categories = try CategoryCatalog(csv: data.appendingPathComponent("rules/categories.csv").path)
            let profileSet = try ProfileSet.load(path(profiles, "rules/profiles.yaml"), categories: categories)
            guard let chosen = profileSet.profile(profile) else {
                Output.error("error: no profile «\(profile)»; there are \(profileSet.profiles.map(\.name).joined(separator: ", "))")
                throw ExitCode(2)
            }
            if let composition {
                let report = try CompositionReport.read(path: composition, categories: categories, profiles: profileSet)
                let text = format == .json ? CheckReportRenderer.compositionJSON(report, profile: chosen.name)
                                           : CheckReportRenderer.compositionText(report, profile: chosen.name)
                try Output.write(Array(text.utf8), to: output)
                if !report.failing(under: chosen.name).isEmpty { throw ExitCode(1) }
                return
            }
            guard let roster else { throw ValidationError("give a ROSTER file, or --composition FILE") }
            let book = try RuleBook.load(path(rules, "rules/law-\(edition).yaml"), categories: categories)
            var official: Act?
            if let act {
                do { official = try Importer.load(path: act) }
                catch { Output.error(error.description); throw ExitCode(2) }
            }
            var checker = try QuotaChecker(book: book, profiles: profileSet, officialAct: official)
            let list = try RosterReader(categories: categories).read(path: roster)
            if list.members.isEmpty {
                for e in list.issues { Output.error("\(roster):\(e.line): error: \(e.message)") }
                Output.error("\(roster):1: error: no valid rows: nothing to check")
                throw ExitCode(2)
            }
            let result = try checker.check(list, profile: chosen, body: body, level: level)
            let rendered: String
            switch format {
            case .text: rendered = CheckReportRenderer.text(result)
            case .json: rendered = CheckReportRenderer.json(result)
            case .markdown: rendered = CheckReportRenderer.markdown(result)
            case .html: rendered = CheckReportRenderer.html(result)
            }
            try Output.write(Array(rendered.utf8), to: output)
            switch result.compliant {
            case true?: return
            case false?: throw ExitCode(1)
            case nil: throw ExitCode(2)
            }
        } catch let e as CheckInputError {
            Output.error(e.description)
            throw ExitCode(2)
        }
    }
}

extension Body: ExpressibleByArgument {}
extension Level: ExpressibleByArgument {}
