import Foundation
import KenesFormats

extension Table {
    /// The first worksheet of an XLSX workbook, read with `ZipArchive` and libxml2's reader
    /// (no network, no entity substitution, DTDs refused), each entry capped in size and ratio.
    public static func readXLSX(path: String) throws(CheckInputError) -> Table {
        do { return try readXLSXUntyped(path: path) }
        catch let e as CheckInputError { throw e }
        catch { throw CheckInputError(file: path, line: 1, "cannot read the XLSX file: \(error)") }
    }

    static func readXLSXUntyped(path: String) throws -> Table {
        guard let raw = FileManager.default.contents(atPath: path) else { throw CheckInputError(file: path, line: 1, "cannot read the file") }
        var archive: ZipArchive
        do { archive = try ZipArchive([UInt8](raw), limits: limits) }
        catch { throw CheckInputError(file: path, line: 1, "not a readable XLSX: \(error)") }
        func entryData(_ name: String) throws -> Data? {
            do { return try archive.read(name).map { Data($0) } }
            catch { throw CheckInputError(file: path, line: 1, error.description) }
        }
        let sheets: [String] = archive.entries.map(\.path).filter { $0.hasPrefix("xl/worksheets/sheet") && $0.hasSuffix(".xml") }
        // sheet1.xml before sheet10.xml
        let sheetName = sheets.min { (a: String, b: String) -> Bool in a.count != b.count ? a.count < b.count : a < b }
        guard let sheetName, let sheet = try entryData(sheetName) else {
            throw CheckInputError(file: path, line: 1, "no worksheet in this XLSX file")
        }
        var shared: [String] = []
        if let strings = try entryData("xl/sharedStrings.xml") {
            shared = try XMLRows(data: strings, file: path).sharedStrings()
        }
        let rows = try XMLRows(data: sheet, file: path).sheetRows(shared: shared)
        guard let header = rows.first else { throw CheckInputError(file: path, line: 1, "the first worksheet is empty") }
        return Table(file: path, header: header.cells.map { $0.trimmingCharacters(in: .whitespaces) }, rows: Array(rows.dropFirst()),
                     fromSpreadsheet: true)
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
        case .failure(.reader(.notXML)): throw CheckInputError(file: file, line: 1, "the XLSX part is not XML")
        case .failure(.reader(.notWellFormed)): throw CheckInputError(file: file, line: 1, "the XLSX part is not well-formed XML")
        case .failure(.reader(.dtd)): throw CheckInputError(file: file, line: 1, "a DTD in an XLSX part: refused")
        case .failure(.reader(.tooDeep(let limit))): throw CheckInputError(file: file, line: 1, "XML nested deeper than \(limit) in an XLSX part: refused")
        case .failure(.reader(.tooManyAttributes(let limit))): throw CheckInputError(file: file, line: 1, "an XLSX part has an element with more than \(limit) attributes: refused")
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
                        throw CheckInputError(file: file, line: rowNumber, "cell refers to shared string \(text), which does not exist")
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
