import Foundation
import KenesAct
import KenesFormats

/// Which worksheet of a workbook holds the roster (`--sheet`): by its number from 1, in the order
/// Excel shows the tabs, or by its name.
public enum SheetChoice: Sendable, Equatable {
    case number(Int), name(String)
    public init(_ text: String) { self = Int(text).map { .number($0) } ?? .name(text) }
}

extension Table {
    /// A worksheet of an XLSX workbook, read with `ZipArchive` and libxml2's reader (no network,
    /// no entity substitution, DTDs refused), each entry capped in size and ratio: the one
    /// `sheet` names, or else the first for which `holdsRoster` is true (the list is often on a
    /// second sheet, after a title page), or else the first.
    public static func readXLSX(path: String, sheet: SheetChoice? = nil,
                                holdsRoster: (Table) -> Bool = { _ in true }) throws(CheckInputError) -> Table {
        try readXLSX(bytes: contents(of: path), file: path, sheet: sheet, holdsRoster: holdsRoster)
    }

    public static func readXLSX(bytes: [UInt8], file path: String, sheet: SheetChoice? = nil,
                                holdsRoster: (Table) -> Bool = { _ in true }) throws(CheckInputError) -> Table {
        do { return try readXLSXUntyped(bytes, path: path, sheet: sheet, holdsRoster: holdsRoster) }
        catch let e as CheckInputError { throw e }
        catch { throw CheckInputError(file: path, line: 1, CheckMessages.Input.notXLSX(Message(verbatim: "\(error)"))) }
    }

    static func readXLSXUntyped(_ raw: [UInt8], path: String, sheet choice: SheetChoice?, holdsRoster: (Table) -> Bool) throws -> Table {
        var archive: ZipArchive
        do { archive = try ZipArchive(raw, limits: limits) }
        catch { throw CheckInputError(file: path, line: 1, CheckMessages.Input.notXLSX(CheckMessages.Input.archive(error))) }
        func entryData(_ name: String) throws -> Data? {
            do { return try archive.read(name).map { Data($0) } }
            catch { throw CheckInputError(file: path, line: 1, CheckMessages.Input.archive(error)) }
        }
        let sheets = try worksheets(archive.entries.map(\.path), workbook: entryData("xl/workbook.xml"),
                                    relationships: entryData("xl/_rels/workbook.xml.rels"), file: path)
        guard !sheets.isEmpty else { throw CheckInputError(file: path, line: 1, CheckMessages.Input.noWorksheet) }
        var shared: [String] = []
        if let strings = try entryData("xl/sharedStrings.xml") {
            shared = try XMLRows(data: strings, file: path).sharedStrings()
        }
        func table(_ k: Int) throws -> Table? {
            guard let data = try entryData(sheets[k].part) else { return nil }
            let rows = try XMLRows(data: data, file: path).sheetRows(shared: shared)
            guard let header = rows.first else { return nil }
            var t = Table(file: path, header: header.cells.map { $0.trimmingCharacters(in: .whitespaces) }, rows: Array(rows.dropFirst()),
                          fromSpreadsheet: true)
            if sheets.count > 1 { t.notes.append(CheckMessages.sheetRead(k + 1, name: sheets[k].name, of: sheets.count)) }
            return t
        }
        let listing = sheets.enumerated().map { "\($0.offset + 1) «\($0.element.name)»" }.joined(separator: ", ")
        if let choice {
            let k: Int?
            switch choice {
            case .number(let n): k = (1...sheets.count).contains(n) ? n - 1 : nil
            case .name(let name): k = sheets.firstIndex { $0.name.compare(name, options: [.caseInsensitive, .widthInsensitive]) == .orderedSame }
            }
            guard let k else { throw CheckInputError(file: path, line: 1, CheckMessages.Input.noSheet(listing)) }
            guard let t = try table(k) else { throw CheckInputError(file: path, line: 1, CheckMessages.Input.emptySheet(k + 1, sheets[k].name)) }
            return t
        }
        var first: Table?
        for k in sheets.indices {
            guard let t = try table(k) else { continue }
            if holdsRoster(t) { return t }
            if first == nil { first = t }
        }
        guard let first else { throw CheckInputError(file: path, line: 1, CheckMessages.Input.allSheetsEmpty(listing)) }
        return first
    }

    /// The worksheets in tab order with their names: `xl/workbook.xml` lists them, its
    /// relationships give each one's part. A workbook without them (some generators) falls back
    /// to the parts' numbers, sheet1.xml before sheet10.xml.
    static func worksheets(_ entries: [String], workbook: Data?, relationships: Data?, file: String) throws -> [(name: String, part: String)] {
        let parts = entries.filter { $0.hasPrefix("xl/worksheets/") && $0.hasSuffix(".xml") }
        var listed: [(name: String, part: String)] = []
        if let workbook, let relationships {
            var targets: [String: String] = [:]
            try XMLRows(data: relationships, file: file).walk { r in
                guard r.type == 1, r.named("Relationship"), let id = r.attribute("Id"), let target = r.attribute("Target") else { return }
                targets[id] = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
            }
            try XMLRows(data: workbook, file: file).walk { r in
                guard r.type == 1, r.named("sheet"),
                      let id = r.attribute("id", namespace: "http://schemas.openxmlformats.org/officeDocument/2006/relationships"),
                      let part = targets[id], parts.contains(part) else { return }
                listed.append((r.attribute("name") ?? "\(listed.count + 1)", part))
            }
        }
        if !listed.isEmpty { return listed }
        return parts.sorted { $0.count != $1.count ? $0.count < $1.count : $0 < $1 }.enumerated().map { ("\($0.offset + 1)", $0.element) }
    }
}

/// Streaming reads of the two SpreadsheetML parts a roster needs.
struct XMLRows {
    let data: Data
    let file: String

    /// Walks the document with libxml2's reader (no network, no entities, DTDs refused). Names
    /// are compared as C strings: making a Swift String of every element name doubled the time.
    func walk(_ visit: (XMLPullNode) throws -> Void) throws {
        let outcome: Result<Void, XMLPullFailure<any Error>> = data.withUnsafeBytes { raw in
            do throws(XMLPullFailure<any Error>) {
                try XMLPullReader.walk(raw, maxDepth: Table.limits.maxDepth, visit)
                return .success(())
            } catch { return .failure(error) }
        }
        switch outcome {
        case .success: return
        case .failure(.visitor(let e)): throw e
        case .failure(.reader(.notXML)): throw CheckInputError(file: file, line: 1, CheckMessages.Input.partNotXML)
        case .failure(.reader(.notWellFormed)): throw CheckInputError(file: file, line: 1, CheckMessages.Input.partNotWellFormed)
        case .failure(.reader(.dtd)): throw CheckInputError(file: file, line: 1, CheckMessages.Input.partDTD)
        case .failure(.reader(.tooDeep(let limit))): throw CheckInputError(file: file, line: 1, CheckMessages.Input.partTooDeep(limit))
        case .failure(.reader(.tooManyAttributes(let limit))): throw CheckInputError(file: file, line: 1, CheckMessages.Input.partAttributes(limit))
        }
    }

    /// `<si>` items: the text of all their `<t>` runs.
    func sharedStrings() throws -> [String] {
        var out: [String] = []
        var current = "", inT = false
        try walk { r in
            switch r.type {
            case 1 where r.named("si"): current = ""
            case 15 where r.named("si"): out.append(current)
            case 1 where r.named("t"): inT = !r.isEmptyElement
            case 15 where r.named("t"): inT = false
            case 3, 14: if inT { current += r.value }
            default: break
            }
        }
        return out
    }

    /// Rows of `<sheetData>`; a row's number is its `r` attribute (what Excel shows).
    func sheetRows(shared: [String]) throws -> [TableRow] {
        var rows: [TableRow] = []
        var cells: [String] = []
        var rowNumber = 0, column = 0
        var cellType = "", text = "", inValue = false
        func place(_ value: String) {
            guard column < 16_384 else { return }
            while cells.count < column { cells.append("") }
            if cells.count == column { cells.append(value) } else { cells[column] = value }
        }
        try walk { r in
            switch r.type {
            case 1 where r.named("row"):
                rowNumber = Int(r.attribute("r") ?? "") ?? rowNumber + 1
                cells = []
                // a row Excel keeps only for its formatting (`<row r="18" ht="15" customHeight="1"/>`)
                // holds no cells: skipped, as a CSV line of bare delimiters is
            case 15 where r.named("row"):
                if !cells.allSatisfy({ $0.isEmpty }) { rows.append(TableRow(line: rowNumber, cells: cells)) }
            case 1 where r.named("c"):
                cellType = r.attribute("t") ?? "n"
                column = Self.column(r.attribute("r")) ?? cells.count
                text = ""
                if r.isEmptyElement { place("") }
            case 15 where r.named("c"):
                if cellType == "s" {
                    guard let i = Int(text), i >= 0, i < shared.count else {
                        throw CheckInputError(file: file, line: rowNumber, CheckMessages.Input.noSharedString(text))
                    }
                    place(shared[i])
                } else if cellType == "b" {
                    place(text == "1" ? "TRUE" : "FALSE")
                } else {
                    place(text)
                }
            case 1 where r.named("v") || r.named("t"): inValue = !r.isEmptyElement
            case 15 where r.named("v") || r.named("t"): inValue = false
            case 3, 14: if inValue { text += r.value }
            default: break
            }
        }
        return rows
    }

    /// `B3` → 1 (zero-based column).
    static func column(_ ref: String?) -> Int? {
        guard let ref else { return nil }
        var n = 0, any = false
        for u in ref.unicodeScalars {
            guard u.value >= 65 && u.value <= 90 else { break }
            n = n * 26 + Int(u.value - 64); any = true
        }
        return any ? n - 1 : nil
    }
}
