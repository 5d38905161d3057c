import Foundation
import KenesFormats

/// Generated rosters of any length (invented names), as CSV, XLSX, JSON and YAML, for the
/// benchmark and for tests of large inputs.
public enum SyntheticRoster {
    static let categories = ["Госорганы", "НПО", "Партии", "Профсоюзы", "СМИ", "Депутаты", "Этнокультурные объединения",
                             "Бизнес", "Общественные деятели", "Бюджетная сфера", "Другое"]

    public static func rows(_ n: Int, seed: UInt64 = 1) -> [[String]] {
        var rng = SeededRandom(seed: seed)
        return (0..<n).map { i in
            let cat = categories[Int(rng.next() % UInt64(categories.count))]
            return ["Участник \(i + 1) (синт.)", cat, i == 0 ? "председатель" : "член", rng.next() % 2 == 0 ? "ж" : "м",
                    String(1950 + Int(rng.next() % 50)), "Организация \(i % 97)"]
        }
    }

    static let header = ["ФИО", "Категория", "Роль", "Пол", "Год рождения", "Организация"]

    public static func csv(_ rows: [[String]]) -> String {
        ([header] + rows).map { $0.joined(separator: ";") }.joined(separator: "\n") + "\n"
    }

    public static func yaml(_ rows: [[String]]) -> String {
        var s = "body: council\nlevel: local\nmembers:\n"
        for r in rows { s += "  - {name: \"\(r[0])\", category: \(r[1]), role: \(r[2]), gender: \(r[3]), birth_year: \(r[4])}\n" }
        return s
    }

    public static func json(_ rows: [[String]]) -> String {
        "{\"body\": \"council\", \"level\": \"local\", \"members\": [\n" + rows.map {
            "{\"name\": \"\($0[0])\", \"category\": \"\($0[1])\", \"role\": \"\($0[2])\", \"gender\": \"\($0[3])\", \"birth_year\": \($0[4])}"
        }.joined(separator: ",\n") + "]}\n"
    }

    /// A minimal XLSX workbook with the rows on its first sheet, text in shared strings as Excel
    /// writes it.
    /// `formattedEmptyRows` adds rows as Excel keeps them for their formatting alone, without cells.
    public static func writeXLSX(_ rows: [[String]], to url: URL, formattedEmptyRows: Int = 0) throws {
        try writeWorkbook([("Лист1", [header] + rows)], to: url, formattedEmptyRows: formattedEmptyRows)
    }

    /// A workbook of named sheets (rows as given, the first is not taken as a header), listed in
    /// `xl/workbook.xml` with their relationships as Excel writes them, the parts numbered in
    /// reverse so that only the workbook's order is right.
    public static func writeWorkbook(_ sheets: [(name: String, rows: [[String]])], to url: URL, formattedEmptyRows: Int = 0) throws {
        var strings: [String] = [], index: [String: Int] = [:]
        var parts: [(String, String)] = []
        var listing = "", relationships = ""
        for (s, (name, rows)) in sheets.enumerated() {
            var sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
            for (i, r) in rows.enumerated() {
                sheet += "<row r=\"\(i + 1)\">"
                for (j, v) in r.enumerated() {
                    let ref = "\(String(UnicodeScalar(UInt8(65 + j))))\(i + 1)"
                    if let n = Int(v) { sheet += "<c r=\"\(ref)\"><v>\(n)</v></c>"; continue }
                    let k = index[v] ?? { strings.append(v); index[v] = strings.count - 1; return strings.count - 1 }()
                    sheet += "<c r=\"\(ref)\" t=\"s\"><v>\(k)</v></c>"
                }
                sheet += "</row>"
            }
            for k in 0..<formattedEmptyRows { sheet += "<row r=\"\(rows.count + 1 + k)\" spans=\"1:6\" ht=\"15\" customHeight=\"1\"/>" }
            sheet += "</sheetData></worksheet>"
            let part = "sheet\(sheets.count - s).xml"
            parts.append(("xl/worksheets/\(part)", sheet))
            listing += "<sheet name=\"\(Escaping.xml(name))\" sheetId=\"\(s + 1)\" r:id=\"rId\(s + 1)\"/>"
            relationships += "<Relationship Id=\"rId\(s + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/\(part)\"/>"
        }
        let sst = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            + strings.map { "<si><t>\(Escaping.xml($0))</t></si>" }.joined() + "</sst>"
        parts += [
            ("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>"),
            ("xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>\(listing)</sheets></workbook>"),
            ("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\(relationships)</Relationships>"),
            ("xl/sharedStrings.xml", sst),
        ]
        try Data(ZipPackage.make(parts.map { ($0.0, Array($0.1.utf8)) })).write(to: url)
    }
}
