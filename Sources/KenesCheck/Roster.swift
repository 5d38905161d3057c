import Foundation
import KenesAct
import Yams

/// The body a roster is for: the public council itself, or the working group that forms it.
public enum Body: String, Sendable, Codable, CaseIterable {
    case council
    case workingGroup = "working_group"
}

public enum Level: String, Sendable, Codable, CaseIterable {
    case republican, local
}

public enum Role: String, Sendable, Codable {
    case chair, deputyChair = "deputy_chair", secretary, member
}

public enum Gender: String, Sendable, Codable { case female, male }

/// One person on a roster.
public struct Member: Sendable, Equatable {
    public var name: String
    /// Category code (state, ngo, …).
    public var category: String
    public var role: Role
    public var gender: Gender?
    public var birthYear: Int?
    public var organisation: String?
    /// Line (CSV, YAML, JSON) or row (XLSX) it was read from.
    public var line: Int
    /// The category proposed from the place of work, when the roster states none and nobody
    /// has confirmed it (`--assign`); nil for a category the roster or the user gave.
    public var inferred: InferredCategory? = nil
}

/// A row that could not be used, and whether the person it stands for is unknown to the count
/// (a row that might be a member could change the verdict; a duplicate cannot).
public struct RosterIssue: Sendable, Equatable {
    public var line: Int
    public var message: Message
    public var mayBeMember: Bool
}

/// A council's or working group's roster, as read.
public struct Roster: Sendable {
    public var file: String
    public var body: Body?
    public var level: Level?
    public var members: [Member]
    public var issues: [RosterIssue]
    /// About the whole file: encoding, ignored columns, damaged letters.
    public var notes: [Message]
    /// The columns read, in the file's order (CSV and XLSX).
    public var columns: [RosterColumn] = []

    /// Headers in Kazakh («Аты-жөні», «Санаты»): the report is then in Kazakh unless asked otherwise.
    public var hasKazakhHeaders: Bool {
        columns.contains { $0.header.unicodeScalars.contains { "әғқңөұүһіӘҒҚҢӨҰҮҺІ".unicodeScalars.contains($0) } }
    }
}

/// The columns (or keys) of a roster Kenes reads.
public enum RosterField: String, Sendable, CaseIterable {
    case name, category, role, gender, birthYear = "birth_year", organisation

    /// Headers as people write them in Russian, Kazakh and English, compared folded (lower
    /// case, ё as е, punctuation as spaces). A variant ending in `*` is a stem and matches any
    /// ending (Kazakh and Russian inflect headers: «санаты», «категориясы», «жұмыс орны»); the
    /// others match as whole words at the start of the header («фамилия имя отчество»,
    /// «место работы должность»).
    var headers: [String] {
        switch self {
        case .name: ["фио", "ф и о", "фамилия", "аты-жөні", "аты жөні", "тегі", "name", "full name", "full_name", "member"]
        case .category: ["категори*", "санат*", "category"]
        case .role: ["роль", "рөлі", "рөл", "role", "статус в совете", "должность в совете", "кеңестегі рөлі"]
        case .gender: ["пол", "жынысы", "жыныс", "gender", "sex"]
        case .birthYear: ["год рождения", "дата рождения", "туған жыл*", "туған күн*", "birth_year", "birth year", "year of birth"]
        case .organisation: ["организаци*", "ұйым*", "место работы", "жұмыс орн*", "organisation", "organization", "workplace", "employer"]
        }
    }

    /// The header folded for matching: lower case, ё → е, punctuation and runs of white space
    /// as one space.
    static func fold(_ header: String) -> String {
        var out = ""
        var space = false
        for ch in header.lowercased().replacingOccurrences(of: "ё", with: "е") {
            if ch.isLetter || ch.isNumber || ch == "-" {
                if space && !out.isEmpty { out.append(" ") }
                space = false
                out.append(ch)
            } else { space = true }
        }
        return out
    }

    static func forHeader(_ h: String) -> RosterField? {
        let k = fold(h)
        guard !k.isEmpty else { return nil }
        return allCases.first { field in
            field.headers.contains { v in
                if v.hasSuffix("*") { return k.hasPrefix(String(v.dropLast())) }
                let f = fold(v)
                return k == f || k.hasPrefix(f + " ")
            }
        }
    }
}

/// Which column of the file was read as which field, for the report.
public struct RosterColumn: Sendable, Equatable {
    public var field: RosterField
    public var header: String
    /// 1-based, as Excel numbers them from the left.
    public var column: Int
}

/// One row of a roster as read, before its labels are interpreted: the fields trimmed, "" when
/// a column is missing or empty.
struct RosterRow {
    var line: Int
    var name = "", category = "", role = "", gender = "", birthYear = "", organisation = ""

    subscript(field: RosterField) -> String {
        get {
            switch field {
            case .name: name
            case .category: category
            case .role: role
            case .gender: gender
            case .birthYear: birthYear
            case .organisation: organisation
            }
        }
        set {
            switch field {
            case .name: name = newValue
            case .category: category = newValue
            case .role: role = newValue
            case .gender: gender = newValue
            case .birthYear: birthYear = newValue
            case .organisation: organisation = newValue
            }
        }
    }
}

/// Reads rosters from CSV (UTF-8 or Windows-1251), XLSX, JSON or YAML, with headers in Russian,
/// Kazakh or English.
public struct RosterReader: Sendable {
    public let categories: CategoryCatalog
    /// Birth years after it are not understood: an input, so that the same file reads the same.
    public let currentYear: Int

    /// Categories given by the user for rows by line (`--assign`): they replace what the roster
    /// says or what would be proposed from the place of work.
    public var assignments: [Int: String] = [:]
    /// The worksheet of an XLSX workbook (`--sheet`); nil: the first that holds a roster.
    public var sheet: SheetChoice?
    /// Unknown category labels read as the closest known one (`--accept-suggestions`), each
    /// named in the report's notes with its lines.
    public var acceptSuggestions = false
    /// Initials instead of names (`--redact`), for reports meant for publication: «Иванова Айгуль
    /// Сериковна» → «И. А. С.».
    public var redact = false

    public init(categories: CategoryCatalog, currentYear: Int, assignments: [Int: String] = [:], sheet: SheetChoice? = nil) {
        self.categories = categories
        self.currentYear = currentYear
        self.assignments = assignments
        self.sheet = sheet
    }

    public func read(path: String) throws(CheckInputError) -> Roster {
        try read(bytes: Table.contents(of: path), file: path)
    }

    /// A roster already in memory (an upload: never written to disk), named `path` in messages.
    public func read(bytes data: [UInt8], file path: String) throws(CheckInputError) -> Roster {
        // by content: JSON starts with «{», YAML with a `body:`/`level:`/`members:` key, XLSX is a ZIP;
        // anything else is CSV
        let lines = String(decoding: data.prefix(4096), as: UTF8.self).split(separator: "\n")
        let head = lines.map { $0.drop { $0 == "\u{FEFF}" || $0.isWhitespace } }.first { !$0.isEmpty && !$0.hasPrefix("#") } ?? ""
        let yamlKeys = ["members:", "body:", "level:", "---"]
        let isWorkbook = data.starts(with: [0x50, 0x4B, 0x03, 0x04])
        if sheet != nil && !isWorkbook { throw CheckInputError(file: path, line: 1, CheckMessages.Input.sheetNotWorkbook) }
        if isWorkbook { return try rows(of: Table.readXLSX(bytes: data, file: path, sheet: sheet, holdsRoster: Self.holdsRoster)) }
        if head.first == "{" || yamlKeys.contains(where: { head.hasPrefix($0) }) { return try readStructured(Data(data), file: path) }
        return try rows(of: Table.read(bytes: data, file: path))
    }

    // MARK: tables

    /// The fields a header row names, by column.
    static func columns(of header: [String]) -> [RosterField: Int] {
        var columns: [RosterField: Int] = [:]
        for (i, h) in header.enumerated() { if let f = RosterField.forHeader(h), columns[f] == nil { columns[f] = i } }
        return columns
    }

    /// A header row names at least the name and one other field.
    static func isHeader(_ cells: [String]) -> Bool {
        let columns = columns(of: cells)
        return columns.count >= 2 && columns[.name] != nil
    }

    /// The header is the first row or one of the ten below it: approved lists open with a title
    /// («Состав рабочей группы …») above it.
    static func holdsRoster(_ table: Table) -> Bool {
        isHeader(table.header) || table.rows.prefix(10).contains { isHeader($0.cells) }
    }

    func rows(of original: Table) throws(CheckInputError) -> Roster {
        var table = original
        var notes = table.notes
        if !Self.isHeader(table.header), let k = table.rows.prefix(10).firstIndex(where: { Self.isHeader($0.cells) }) {
            let titleLines = table.rows[..<k].map(\.line)
            notes.append(CheckMessages.headerBelowTitle(header: table.rows[k].line, title: [1] + titleLines))
            table.header = table.rows[k].cells.map { $0.trimmingCharacters(in: .whitespaces) }
            table.rows = Array(table.rows[(k + 1)...])
            // the rows above the header in CSV need not have its width
        }
        let columns = Self.columns(of: table.header)
        // the running number («№», «№ п/п», «Р/с №») goes unremarked
        for (i, h) in table.header.enumerated() where !columns.values.contains(i) && !["", "п п", "n", "р с", "р н"].contains(RosterField.fold(h)) {
            notes.append(CheckMessages.columnNotUsed(h))
        }
        // without a category column, categories are proposed from the place of work
        let required: [RosterField] = columns[.organisation] != nil ? [.name] : [.name, .category]
        if columns[.category] == nil && columns[.organisation] != nil {
            notes.append(CheckMessages.noCategoryColumn)
        }
        for required in required where columns[required] == nil {
            let names = required.headers.prefix(3).map { $0.hasSuffix("*") ? String($0.dropLast()) + "…" : $0 }.joined(separator: " / ")
            throw CheckInputError(file: table.file, line: 1, CheckMessages.Input.noColumn(names, found: table.header.joined(separator: ", ")))
        }
        let read = columns.sorted { $0.value < $1.value }.map { RosterColumn(field: $0.key, header: table.header[$0.value], column: $0.value + 1) }
        var raw: [RosterRow] = []
        var issues: [RosterIssue] = []
        for row in table.rows {
            if let problem = row.problem {
                issues.append(RosterIssue(line: row.line, message: problem, mayBeMember: true))
                continue
            }
            if row.cells.count > table.header.count || (!table.fromSpreadsheet && row.cells.count != table.header.count) {
                issues.append(RosterIssue(line: row.line, message: CheckMessages.fieldCount(row.cells.count, header: table.header.count), mayBeMember: true))
                continue
            }
            var fields = RosterRow(line: row.line)
            for (f, i) in columns where i < row.cells.count { fields[f] = Self.trim(row.cells[i]) }
            raw.append(fields)
        }
        var roster = Roster(file: table.file, body: nil, level: nil, members: [], issues: issues, notes: notes)
        roster.columns = read
        return finish(roster, raw)
    }

    // MARK: JSON and YAML (YAML reads JSON too, and keeps line numbers)

    func readStructured(_ data: Data, file: String) throws(CheckInputError) -> Roster {
        let text = String(decoding: data, as: UTF8.self)
        let node: Node?
        do { node = try Yams.compose(yaml: text) }
        catch { throw CheckInputError(file: file, line: Self.yamlLine(error) ?? 1, CheckMessages.Input.notStructured("\(error)")) }
        guard let root = node?.mapping else {
            throw CheckInputError(file: file, line: 1, CheckMessages.Input.notMapping)
        }
        var roster = Roster(file: file, body: nil, level: nil, members: [], issues: [], notes: [])
        if let b = root["body"]?.string {
            guard let body = Body(rawValue: b) else { throw CheckInputError(file: file, line: line(root["body"]), CheckMessages.Input.badBody(b)) }
            roster.body = body
        }
        if let l = root["level"]?.string {
            guard let level = Level(rawValue: l) else { throw CheckInputError(file: file, line: line(root["level"]), CheckMessages.Input.badLevel(l)) }
            roster.level = level
        }
        guard let members = root["members"]?.sequence else {
            throw CheckInputError(file: file, line: 1, CheckMessages.Input.noMembers)
        }
        var raw: [RosterRow] = []
        for m in members {
            guard let map = m.mapping else {
                roster.issues.append(RosterIssue(line: line(m), message: CheckMessages.memberNotAMapping, mayBeMember: true))
                continue
            }
            var fields = RosterRow(line: line(m))
            for (k, v) in map {
                guard let key = k.string, let f = RosterField.forHeader(key) else {
                    roster.notes.append(CheckMessages.keyNotUsed(k.string ?? "?", line: line(k))); continue
                }
                fields[f] = Self.trim(v.string ?? "")
            }
            raw.append(fields)
        }
        return finish(roster, raw)
    }

    func line(_ node: Node?) -> Int { node?.mark?.line ?? 1 }

    static func yamlLine(_ error: Error) -> Int? {
        if let e = error as? YamlError, case .scanner(_, _, let mark, _) = e { return mark.line }
        if let e = error as? YamlError, case .parser(_, _, let mark, _) = e { return mark.line }
        return nil
    }

    // MARK: rows → members

    func finish(_ roster: Roster, _ raw: [RosterRow]) -> Roster {
        var r = roster
        // keys as UTF-8 bytes: String hashing normalizes Cyrillic on every lookup
        var seen: [[UInt8]: [(line: Int, year: Int?)]] = [:]
        // a roster repeats a handful of category, role and gender labels: look each up once
        var categoryOf: [[UInt8]: String?] = [:], roleOf: [[UInt8]: Role?] = [:], genderOf: [[UInt8]: Gender?] = [:]
        // suggestions cost an edit distance against every label: once per distinct unknown label,
        // for the first `Limits.categorySuggestions` of them (100,000 unknown labels took minutes)
        var hintOf: [[UInt8]: String?] = [:]
        // suggestions applied (--accept-suggestions): label → (suggestion, lines), to be named
        var accepted: [String: (suggestion: String, lines: [Int])] = [:]
        for f in raw {
            // `--redact`: initials from here on, in every member and every message about the row;
            // the whole name still tells one person listed twice
            let line = f.line, fullName = f.name, name = redact ? Self.initials(fullName) : fullName
            if name.isEmpty { r.issues.append(RosterIssue(line: line, message: CheckMessages.emptyName, mayBeMember: true)); continue }
            var label = f.category, inferred: InferredCategory?
            if let assigned = assignments[line] { label = assigned }
            else if label.isEmpty, !f.organisation.isEmpty, r.columns.contains(where: { $0.field == .organisation }),
                    !r.columns.contains(where: { $0.field == .category }) {
                guard let proposal = CategoryInference.infer(fromWorkplace: f.organisation, catalog: categories) else {
                    r.issues.append(RosterIssue(line: line, message: CheckMessages.workplaceTellsNothing(name, f.organisation), mayBeMember: true))
                    continue
                }
                inferred = proposal
                label = proposal.code
            }
            if label.isEmpty { r.issues.append(RosterIssue(line: line, message: CheckMessages.noCategory(name), mayBeMember: true)); continue }
            let labelKey = Array(label.utf8)
            if categoryOf[labelKey] == nil { categoryOf[labelKey] = categories.code(for: label) }
            let category: String
            if let known = categoryOf[labelKey]! { category = known }
            else {
                let suggestion: String?
                if let known = hintOf[labelKey] { suggestion = known }
                else if hintOf.count < Limits.categorySuggestions && label.count <= Limits.suggestionLabelLength {
                    suggestion = categories.closest(to: label)
                    hintOf[labelKey] = suggestion
                } else { suggestion = nil }
                guard acceptSuggestions, let suggestion, let code = categories.code(for: suggestion) else {
                    r.issues.append(RosterIssue(line: line, message: CheckMessages.unknownCategory(name, label, suggestion: suggestion), mayBeMember: true))
                    continue
                }
                accepted[label, default: (suggestion, [])].lines.append(line)
                category = code
            }
            let roleLabel = f.role
            let roleKey = Array(roleLabel.utf8)
            if roleOf[roleKey] == nil { roleOf[roleKey] = Self.role(roleLabel) }
            guard let role = roleOf[roleKey]! else {
                r.issues.append(RosterIssue(line: line, message: CheckMessages.unknownRole(name, roleLabel), mayBeMember: true))
                continue
            }
            var birthYear: Int?
            if case let y = f.birthYear, !y.isEmpty {
                if let v = Int(y.prefix(4)), (1900...currentYear).contains(v) { birthYear = v }
                else { r.notes.append(CheckMessages.birthYearNotRead(y, line: line)) }
            }
            // the same name with the same birth year is one person listed twice; the same name
            // where a birth year is missing may be: counted once, and the verdict allows for a
            // second person (namesakes exist)
            let key = Self.personKey(fullName)
            if let earlier = seen[key] {
                if let same = earlier.first(where: { $0.year != nil && $0.year == birthYear }) {
                    r.issues.append(RosterIssue(line: line, message: CheckMessages.listedTwice(name, also: same.line), mayBeMember: false))
                    continue
                }
                if let unsure = earlier.first(where: { $0.year == nil || birthYear == nil }) {
                    r.issues.append(RosterIssue(line: line, message: CheckMessages.possiblyListedTwice(name, also: unsure.line), mayBeMember: true))
                    continue
                }
            }
            seen[key, default: []].append((line, birthYear))
            let genderLabel = f.gender
            let genderKey = Array(genderLabel.utf8)
            if genderOf[genderKey] == nil { genderOf[genderKey] = Self.gender(genderLabel) }
            r.members.append(Member(name: name, category: category, role: role, gender: genderOf[genderKey]!,
                                    birthYear: birthYear, organisation: f.organisation.isEmpty ? nil : f.organisation, line: line,
                                    inferred: inferred))
        }
        for (label, a) in accepted.sorted(by: { $0.value.lines[0] < $1.value.lines[0] }) {
            r.notes.append(CheckMessages.suggestionAccepted(label, a.suggestion, lines: a.lines))
        }
        r.issues.sort { $0.line < $1.line }
        return r
    }

    /// A name as initials, for `--redact`.
    static func initials(_ name: String) -> String {
        // «Омарова Б.М.» → «О. Б. М.»; a remark in brackets («(синт.)») is left out
        var depth = 0, words: [String] = [], current = ""
        for c in name + " " {
            if c == "(" { depth += 1 } else if c == ")" { depth = max(0, depth - 1) }
            else if depth == 0 && (c.isLetter || c == "-") { current.append(c); continue }
            if let first = current.first(where: \.isLetter) { words.append("\(first).") }
            current = ""
        }
        return words.joined(separator: " ")
    }

    /// Names compared for duplicates: lower case, ё as е, white space folded (as UTF-8 bytes).
    static func personKey(_ name: String) -> [UInt8] {
        var out: [UInt8] = []
        var space = false
        let lower = name.lowercased()
        out.reserveCapacity(lower.utf8.count)
        var prev: UInt8 = 0
        for b in lower.utf8 {
            if b == 0x20 || b == 0x09 { space = !out.isEmpty; prev = b; continue }
            if space { out.append(0x20); space = false }
            if prev == 0xD1 && b == 0x91 { out[out.count - 1] = 0xD0; out.append(0xB5) }   // ё → е
            else { out.append(b) }
            prev = b
        }
        return out
    }

    /// Spaces, tabs and NBSP off both ends, on bytes (Foundation's trimming is far slower).
    static func trim(_ s: String) -> String {
        let u = Array(s.utf8)
        var a = 0, e = u.count
        while a < e {
            if u[a] == 0x20 || u[a] == 0x09 { a += 1 } else if u[a] == 0xC2 && a + 1 < e && u[a + 1] == 0xA0 { a += 2 } else { break }
        }
        while e > a {
            if u[e - 1] == 0x20 || u[e - 1] == 0x09 { e -= 1 } else if e - 2 >= a && u[e - 2] == 0xC2 && u[e - 1] == 0xA0 { e -= 2 } else { break }
        }
        return a == 0 && e == u.count ? s : String(decoding: u[a..<e], as: UTF8.self)
    }

    static func role(_ s: String) -> Role? {
        switch CategoryCatalog.key(s) {
        case "", "член", "член совета", "член рабочей группы", "мүше", "member": return .member
        case "председатель", "руководитель", "руководитель рабочей группы", "төраға", "басшы", "chair", "head": return .chair
        case "заместитель председателя", "төрағаның орынбасары", "deputy chair", "deputy_chair": return .deputyChair
        case "секретарь", "хатшы", "secretary": return .secretary
        default: return nil
        }
    }

    static func gender(_ s: String) -> Gender? {
        switch CategoryCatalog.key(s) {
        case "ж", "жен", "женский", "женщина", "әйел", "f", "female", "w": return .female
        case "м", "муж", "мужской", "мужчина", "ер", "m", "male": return .male
        default: return nil
        }
    }
}
