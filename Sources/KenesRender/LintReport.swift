import KenesAct
import KenesFormats

/// What `kenes lint` found in each act, and what `--fix` repaired: text (file:line:col lines,
/// as compilers print them) or JSON (`kenes-lint/1`).
public enum LintReport {
    public struct File: Sendable {
        public var path: String
        public var warnings: [Diagnostic]
        public var repairs: [Repair]
        public init(path: String, warnings: [Diagnostic], repairs: [Repair]) {
            self.path = path; self.warnings = warnings; self.repairs = repairs
        }
    }

    static let repaired = Message(ru: "исправлено", kk: "түзетілді", en: "repaired")

    /// «file: 3 warnings; 2 characters repaired».
    static func summary(warnings: Int, repairs: Int) -> Message {
        Message(ru: "предупреждений: \(warnings)" + (repairs == 0 ? "" : "; исправлено символов: \(repairs)"),
                kk: "ескертулер: \(warnings)" + (repairs == 0 ? "" : "; түзетілген таңбалар: \(repairs)"),
                en: ReportLocale.en.count(warnings, "warning", "warnings") + (repairs == 0 ? "" : "; " + ReportLocale.en.count(repairs, "character", "characters") + " repaired"))
    }

    /// One character repaired, where it stood in the file.
    public struct Repair: Sendable {
        public var line: Int
        public var column: Int
        public var issue: IntegrityIssue
        public init(line: Int, column: Int, issue: IntegrityIssue) { self.line = line; self.column = column; self.issue = issue }

        /// «U+0043 LATIN CAPITAL LETTER C → U+0421 CYRILLIC CAPITAL LETTER ES in «Cтатья»».
        public var description: String {
            let target = issue.replacement.map { TextIntegrity.describe($0) } ?? "nothing"
            let word = issue.word.isEmpty ? "" : " in «\(issue.word)»"
            return "\(TextIntegrity.describe(issue.scalar)) → \(target)\(word)"
        }
    }

    /// `locale`: the words of the text report (nil: each act's own language).
    public static func write(_ files: [File], json: Bool, locale: ReportLocale? = nil, into out: inout ByteWriter) {
        switch json {
        case false:
            for f in files {
                let l = locale ?? f.warnings.first?.language.map(ReportLocale.init) ?? .en
                for w in f.warnings { out.append(w.description(locale)); out.append("\n") }
                for r in f.repairs { out.append("\(f.path):\(r.line):\(r.column): \(repaired[l]): \(r.description)\n") }
                out.append("\(f.path): " + summary(warnings: f.warnings.count, repairs: f.repairs.count)[l] + "\n")
            }
        case true:
            out.json { w in
                w.object { o in
                    o.member("schema", "kenes-lint/1")
                    o.member("files") { w in
                        w.array(files) { w, f in
                            w.object { o in
                                o.member("file", f.path)
                                o.member("warnings") { w in
                                    w.array(f.warnings) { w, d in
                                        w.object { o in
                                            o.member("line", d.location.line)
                                            o.member("column", d.location.column)
                                            o.member("message", d.message)
                                        }
                                    }
                                }
                                o.member("repairs") { w in
                                    w.array(f.repairs) { w, r in
                                        w.object { o in
                                            o.member("line", r.line)
                                            o.member("column", r.column)
                                            o.member("kind", r.issue.kind.rawValue)
                                            o.member("character", TextIntegrity.describe(r.issue.scalar))
                                            o.member("replacement", r.issue.replacement.map { TextIntegrity.describe($0) })
                                            o.member("word", r.issue.word)
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
