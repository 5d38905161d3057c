import CICUShim
import Foundation
import KenesAct
import KenesFormats

/// A table as read from CSV or XLSX: a header and rows, each row with the line (CSV) or row
/// number (XLSX) people see in their editor.
public struct Table: Sendable {
    public var file: String
    public var header: [String]
    public var rows: [TableRow]
    /// Said about the whole file: the encoding it was decoded from, damage found in it.
    public var notes: [Message] = []
    /// XLSX leaves trailing empty cells out, so only CSV rows must match the header's width.
    public var fromSpreadsheet = false
}

public struct TableRow: Sendable {
    public var line: Int
    public var cells: [String]
    /// Why the row could not be read as written (a quote that never closes), or nil.
    public var problem: Message?

    public init(line: Int, cells: [String], problem: Message? = nil) { self.line = line; self.cells = cells; self.problem = problem }

    /// The cell under a header (compared case-insensitively).
    public func value(_ column: String, in table: Table) -> String? {
        guard let i = table.header.firstIndex(where: { $0.lowercased() == column.lowercased() }), i < cells.count else { return nil }
        return cells[i]
    }
}

extension Table {
    /// Limits for untrusted spreadsheets: the same as for every archive (a roster is kilobytes, a
    /// 100,000-row one a few MB inflating about 10:1).
    static var limits: InputLimits { InputLimits() }

    /// CSV or XLSX, told apart by content (an XLSX is a ZIP: `PK\3\4`).
    public static func read(path: String) throws(CheckInputError) -> Table {
        try read(bytes: contents(of: path), file: path)
    }

    public static func read(bytes: [UInt8], file: String) throws(CheckInputError) -> Table {
        if bytes.isEmpty { throw CheckInputError(file: file, line: 1, CheckMessages.Input.empty) }
        if let foreign = ForeignFile.sniff(Array(bytes.prefix(16))) { throw CheckInputError(file: file, line: 1, CheckMessages.Input.foreign(foreign)) }
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return try readXLSX(bytes: bytes, file: file) }
        return try readCSV(bytes: bytes, file: file)
    }

    /// The file's bytes, read once.
    static func contents(of path: String) throws(CheckInputError) -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CheckInputError(file: path, line: 1, CheckMessages.Input.unreadable)
        }
        return [UInt8](data)
    }

    // MARK: CSV

    /// A file that is UTF-8 but for some lines (rows pasted from elsewhere): those lines emptied,
    /// and their numbers, so that the UTF-8 rows are kept and the bad ones reported (decoding the
    /// whole file as Windows-1251 turned every row into mojibake). A file with no valid non-ASCII
    /// UTF-8 line is left as it is, for `decode` to read as Windows-1251.
    static func utf8WithBadLines(_ bytes: [UInt8]) -> ([UInt8], [Int]) {
        let valid = bytes.withUnsafeBufferPointer { Int(kenes_utf8_scan($0.baseAddress, Int32($0.count)).firstInvalid) >= $0.count }
        guard !valid else { return (bytes, []) }
        var lines: [(range: Range<Int>, ok: Bool, nonASCII: Bool)] = []
        var start = 0
        while start <= bytes.count {
            var end = start
            while end < bytes.count && bytes[end] != 0x0A { end += 1 }
            let ok = bytes.withUnsafeBufferPointer { b in
                Int(kenes_utf8_scan(b.baseAddress! + start, Int32(end - start)).firstInvalid) >= end - start
            }
            lines.append((start..<end, ok, bytes[start..<end].contains { $0 >= 0x80 }))
            start = end + 1
        }
        guard lines.contains(where: { $0.ok && $0.nonASCII }) else { return (bytes, []) }
        var out: [UInt8] = [], bad: [Int] = []
        out.reserveCapacity(bytes.count)
        for (i, l) in lines.enumerated() {
            if i > 0 { out.append(0x0A) }
            if l.ok { out.append(contentsOf: bytes[l.range]) } else { bad.append(i + 1) }
        }
        return (out, bad)
    }

    /// UTF-8 (with or without BOM), or Windows-1251 as Excel in Kazakhstan often saves it.
    public static func decode(_ raw: [UInt8], file: String) throws(CheckInputError) -> (String, [Message]) {
        var bytes = raw
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        let scan = bytes.withUnsafeBufferPointer { kenes_utf8_scan($0.baseAddress, Int32($0.count)) }
        if Int(scan.firstNul) < bytes.count {
            throw CheckInputError(file: file, line: lineOf(Int(scan.firstNul), bytes), CheckMessages.Input.binary)
        }
        if Int(scan.firstInvalid) >= bytes.count { return (String(decoding: bytes, as: UTF8.self), []) }
        // not UTF-8: Windows-1251, through ICU
        var cap = bytes.count * 2 + 16
        var out = [UInt8](repeating: 0, count: cap)
        var err: Int32 = 0
        var n = Int(bytes.withUnsafeBufferPointer { b in out.withUnsafeMutableBufferPointer { o in
            kenes_to_utf8("windows-1251", b.baseAddress, Int32(b.count), o.baseAddress, Int32(cap), &err) } })
        if n > cap {
            cap = n; out = [UInt8](repeating: 0, count: cap)
            n = Int(bytes.withUnsafeBufferPointer { b in out.withUnsafeMutableBufferPointer { o in
                kenes_to_utf8("windows-1251", b.baseAddress, Int32(b.count), o.baseAddress, Int32(cap), &err) } })
        }
        guard err <= 0 else {
            throw CheckInputError(file: file, line: lineOf(Int(scan.firstInvalid), bytes), CheckMessages.Input.encoding)
        }
        return (String(decoding: out[..<n], as: UTF8.self), [CheckMessages.decodedAs1251])
    }

    static func lineOf(_ offset: Int, _ bytes: [UInt8]) -> Int {
        bytes[..<min(offset, bytes.count)].reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
    }

    public static func readCSV(bytes: [UInt8], file: String) throws(CheckInputError) -> Table {
        let (clean, badLines) = utf8WithBadLines(bytes)
        let (text, notes) = try decode(clean, file: file)
        var records = parseCSV(text)
        if badLines.first == 1 { throw CheckInputError(file: file, line: 1, CheckMessages.Input.headerNotUTF8) }
        for line in badLines {
            records.append(TableRow(line: line, cells: [], problem: CheckMessages.invalidUTF8Row))
        }
        records.sort { $0.line < $1.line }
        guard let first = records.first else { throw CheckInputError(file: file, line: 1, CheckMessages.Input.noHeader) }
        records.removeFirst()
        var table = Table(file: file, header: first.cells.map { $0.trimmingCharacters(in: .whitespaces) }, rows: records, notes: notes)
        if notes.contains(CheckMessages.decodedAs1251) {
            // Windows-1251 has no ә ғ қ ң ө ұ ү һ: Excel writes «?» in their place
            let damaged = table.rows.filter { row in row.cells.contains { looksDamaged($0) } }.map(\.line)
            if !damaged.isEmpty {
                table.notes.append(CheckMessages.kazakhLettersLost(damaged))
            }
        }
        return table
    }

    /// A «?» between letters: a character the encoding could not hold.
    static func looksDamaged(_ s: String) -> Bool {
        let chars = Array(s)
        for i in chars.indices where chars[i] == "?" {
            let before = i > 0 && chars[i - 1].isLetter
            let after = i + 1 < chars.count && chars[i + 1].isLetter
            if before || after { return true }
        }
        return false
    }

    /// RFC 4180 with the delimiter Excel chose (`,` or `;` or tab, from the first line); quoted
    /// fields may hold delimiters, `""` and line breaks. Each record keeps the line it starts on.
    /// A quoted field that never closes, or whose "line breaks" hold whole rows (as many
    /// delimiters as the header), is a stray quote: that line is reported and the lines after it
    /// are read as rows of their own (swallowing them could turn a violation into compliance).
    /// Works on UTF-8 bytes: every character with a meaning here is ASCII.
    static func parseCSV(_ text: String) -> [TableRow] {
        var text = text
        return text.withUTF8 { b -> [TableRow] in
            let n = b.count
            var firstEnd = 0
            while firstEnd < n && b[firstEnd] != 0x0A { firstEnd += 1 }
            let counts = [UInt8(ascii: ";"), 0x09, UInt8(ascii: ",")].map { d in (d, b[..<firstEnd].filter { $0 == d }.count) }
            let (delimiter, headerDelimiters) = counts.max { $0.1 < $1.1 }!
            var rows: [TableRow] = []
            var i = 0, line = 1
            while i < n {
                let record = parseRecord(b, from: i, delimiter: delimiter, rowDelimiters: max(1, headerDelimiters))
                if record.strayQuote {
                    // the record's first line alone, its quote taken as a character
                    var end = i
                    while end < n && b[end] != 0x0A { end += 1 }
                    let cells = b[i..<end].split(separator: delimiter, omittingEmptySubsequences: false)
                        .map { String(decoding: $0.filter { $0 != 0x0D }, as: UTF8.self) }
                    rows.append(TableRow(line: line, cells: cells, problem: CheckMessages.unclosedQuote))
                    i = end + 1
                    line += 1
                    continue
                }
                if !(record.cells.count == 1 && record.cells[0].allSatisfy { $0 == " " || $0 == "\t" }) {
                    rows.append(TableRow(line: line, cells: record.cells))
                }
                line += record.lines
                i = record.next
            }
            return rows
        }
    }

    /// One record from `i`: its cells, the lines it spans, where the next begins, and whether a
    /// quoted field in it runs away.
    static func parseRecord(_ b: UnsafeBufferPointer<UInt8>, from start: Int, delimiter: UInt8, rowDelimiters: Int)
        -> (cells: [String], lines: Int, next: Int, strayQuote: Bool) {
        let n = b.count
        var cells: [String] = [], cell: [UInt8] = []
        var i = start, lines = 1
        var quoted = false, sawQuote = false
        // delimiters seen on the current line inside a quoted field: a whole row's worth means
        // the quote swallowed rows
        var quotedLineDelimiters = 0, quotedLines = 0
        func endCell() { cells.append(String(decoding: cell, as: UTF8.self)); cell.removeAll(keepingCapacity: true) }
        while i < n {
            let c = b[i]
            if quoted {
                if c == 0x22 {
                    if i + 1 < n && b[i + 1] == 0x22 { cell.append(0x22); i += 2; continue }
                    quoted = false
                } else {
                    if c == 0x0A {
                        lines += 1; quotedLines += 1; quotedLineDelimiters = 0
                    } else if c == delimiter {
                        quotedLineDelimiters += 1
                        if quotedLines > 0 && quotedLineDelimiters >= rowDelimiters { return (cells, lines, i, true) }
                    }
                    if !(c == 0x0D && i + 1 < n && b[i + 1] == 0x0A) { cell.append(c) }
                }
                i += 1
                continue
            }
            switch c {
            case 0x22 where cell.isEmpty && !sawQuote: quoted = true; sawQuote = true; quotedLineDelimiters = 0; quotedLines = 0
            case delimiter: endCell(); sawQuote = false
            case 0x0D where i + 1 < n && b[i + 1] == 0x0A: break
            case 0x0A, 0x0D:
                endCell()
                return (cells, lines, i + 1, false)
            default: cell.append(c)
            }
            i += 1
        }
        if quoted && quotedLines > 0 { return (cells, lines, n, true) }
        if !cell.isEmpty || !cells.isEmpty || start < n { endCell() }
        return (cells, lines, n, false)
    }
}
