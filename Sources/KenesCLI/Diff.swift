import ArgumentParser
import Foundation
import KenesAct
import KenesAmend
import KenesDiff
import KenesRender
import Yams

struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Compare two versions of an act: structure and words, and the comparative table.",
        discussion: """
        Change kinds: inserted, deleted, excluded, modified, heading, renumbered, moved. \
        Exit 0 when the versions are the same (editorial notes and typography count only when asked), \
        1 when they differ, 2 on error.
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, html, markdown
        case tableHTML = "table-html", tableDOCX = "table-docx"
    }

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
        if (new == nil) == (amendment == nil) { throw ValidationError("give either the new version or --amendment FILE") }
    }

    func run() throws {
        let a = try input.load(old), b: Act
        if let amendment {
            // the act as amended is the same act, in the same language
            do { b = try Amender.amend(a, withFileAt: amendment).act }
            catch { Output.error(error.description); throw ExitCode(2) }
        } else {
            b = try input.load(new!)
            try checkComparable(a, b, new!)
        }
        var reasons: [String: String] = [:]
        if let rationale {
            guard let text = try? String(contentsOfFile: rationale, encoding: .utf8) else {
                Output.error("\(rationale):1: error: cannot read the rationale file"); throw ExitCode(2)
            }
            do { reasons = try YAMLDecoder().decode([String: String].self, from: text) }
            catch { Output.error("\(rationale):1: error: expected a YAML mapping of eId: rationale (\(error))"); throw ExitCode(2) }
        }
        let d = ActDiffer.diff(old: a, new: b, options: DiffOptions(notes: notes, ignoreTypography: ignoreTypography))
        let bytes: [UInt8]
        switch format {
        case .text: bytes = Array(DiffRenderer.text(d, color: output == nil && isatty(1) == 1).utf8)
        case .json: bytes = Array(DiffRenderer.json(d).utf8)
        case .html: bytes = Array(DiffRenderer.html(d).utf8)
        case .markdown: bytes = Array(DiffRenderer.markdown(d).utf8)
        case .tableHTML: bytes = Array(ComparativeTable(d, rationale: reasons).html().utf8)
        case .tableDOCX:
            guard output != nil else { throw ValidationError("table-docx is a binary file: give -o FILE.docx") }
            bytes = [UInt8](try ComparativeTable(d, rationale: reasons).docx())
        }
        try Output.write(bytes, to: output)
        if !d.isEmpty { throw ExitCode(1) }
    }

    /// Two versions of one act, in one language (unless --force for a different act).
    func checkComparable(_ a: Act, _ b: Act, _ newPath: String) throws {
        if a.metadata.language != b.metadata.language {
            Output.error("error: \(old) is in \(a.metadata.language.rawValue) and \(newPath) in \(b.metadata.language.rawValue): compare versions in the same language")
            throw ExitCode(2)
        }
        if !force {
            let ma = a.metadata, mb = b.metadata
            if let x = ma.number, let y = mb.number, x != y {
                Output.error("error: these are different acts (№ \(x) and № \(y)); pass --force to compare them anyway")
                throw ExitCode(2)
            }
            if let x = ma.title, let y = mb.title, x != y {
                Output.error("error: these are different acts («\(x)» and «\(y)»); pass --force to compare them anyway")
                throw ExitCode(2)
            }
        }
    }
}
