import Foundation
import KenesAct
import KenesDiff
import KenesFormats

/// The сравнительная таблица (салыстырма кесте) every draft law is submitted with: one row per
/// changed unit, the current and proposed wording side by side, changed words in bold (and struck
/// through in the current wording), and the rationale.
public struct ComparativeTable: Sendable {
    public enum Style: Sendable { case plain, bold, boldStrike }
    public struct Run: Sendable, Equatable { public var text: String; public var style: Style }
    public struct Row: Sendable {
        public var number: Int
        public var element: String
        public var current: [Run]
        public var proposed: [Run]
        public var rationale: String
        public var kind: ChangeKind
    }

    public var language: Language
    /// The language of the table's own words (headings, «Отсутствует.», «Исключить.»): the
    /// act's, unless another is asked for; the law's words stay as they are.
    public var locale: ReportLocale
    public var title: String
    public var rows: [Row]
    /// Keys of the rationale that name no row of the table (a typo, or a unit that did not change).
    public var unusedRationale: [String] = []

    public var headers: [String] {
        switch locale {
        case .kk: ["Р/с №", "Құрылымдық элемент", "Қолданыстағы редакция", "Ұсынылып отырған редакция", "Негіздеме"]
        case .ru: ["№ п/п", "Структурный элемент", "Действующая редакция", "Предлагаемая редакция", "Обоснование"]
        case .en: ["No.", "Provision", "Text in force", "Proposed text", "Rationale"]
        }
    }

    /// «СРАВНИТЕЛЬНАЯ ТАБЛИЦА» above the title.
    public var heading: String { Message(ru: "СРАВНИТЕЛЬНАЯ ТАБЛИЦА", kk: "САЛЫСТЫРМА КЕСТЕ", en: "COMPARATIVE TABLE")[locale] }

    /// `rationale`: a key → the text of the row's last column. `old:art_4` names the unit as the
    /// act in force numbers it, `new:art_4` as the proposed text does; a bare `art_4` is the old
    /// one for deletions and changes and the new one for insertions (where there is no old one).
    public init(_ d: ActDiff, rationale: [String: String] = [:], locale: ReportLocale? = nil) {
        language = d.language
        let locale = locale ?? ReportLocale(d.language)
        self.locale = locale
        title = d.new.metadata.title ?? d.new.fileName
        let absent = Message(ru: "Отсутствует.", kk: "Жоқ.", en: "None.")[locale]
        let excludeWord = Message(ru: "Исключить.", kk: "Алып тасталсын.", en: "Delete.")[locale]
        // a change nobody can see is not a change of the law: no row
        var used = Set<String>()
        func reason(_ c: Change) -> String {
            let keys = [c.old.map { "old:\($0)" }, c.new.map { "new:\($0)" }, c.kind == .inserted ? c.new?.rawValue : c.old?.rawValue]
            for key in keys.compactMap({ $0 }) where rationale[key] != nil { used.insert(key); return rationale[key]! }
            return ""
        }
        rows = d.changes.filter { $0.kind != .invisible }.enumerated().map { i, c in
            let label = PlainText.label(StructuralUnit(kind: c.unitKind, eId: "", num: c.newNum ?? c.oldNum), language: d.language)
            func withLabel(_ num: String?, _ heading: String?, _ text: String?) -> String {
                let l = PlainText.label(StructuralUnit(kind: c.unitKind, eId: "", num: num), language: d.language)
                return [l, heading ?? "", text ?? ""].filter { !$0.isEmpty }.joined(separator: " ")
            }
            var cur: [Run] = [], pro: [Run] = []
            switch c.kind {
            case .inserted:
                cur = [Run(text: absent, style: .plain)]
                let whole = c.inserted.map { PlainText.unit($0, language: d.language) } ?? withLabel(c.newNum, c.newHeading, c.newText)
                // the plain-text indentation of sub-units means nothing in a table cell
                pro = [Run(text: whole.split(separator: "\n").map { $0.drop { $0 == " " } }.joined(separator: "\n"), style: .bold)]
            case .deleted:
                cur = [Run(text: withLabel(c.oldNum, c.oldHeading, c.oldText), style: .boldStrike)]
                pro = [Run(text: excludeWord, style: .plain)]
            case .renumbered where c.edits.isEmpty, .moved where c.edits.isEmpty:
                cur = [Run(text: withLabel(c.oldNum, c.oldHeading, c.oldText), style: .plain)]
                pro = [Run(text: PlainText.label(StructuralUnit(kind: c.unitKind, eId: "", num: c.newNum), language: d.language), style: .bold),
                       Run(text: " " + [c.newHeading ?? "", c.newText ?? ""].filter { !$0.isEmpty }.joined(separator: " "), style: .plain)]
            case .heading:
                cur = [Run(text: label + " ", style: .plain), Run(text: c.oldHeading ?? "", style: .boldStrike)]
                pro = [Run(text: label + " ", style: .plain), Run(text: c.newHeading ?? "", style: .bold)]
            default:
                let oldLabel = PlainText.label(StructuralUnit(kind: c.unitKind, eId: "", num: c.oldNum), language: d.language)
                let newLabel = PlainText.label(StructuralUnit(kind: c.unitKind, eId: "", num: c.newNum), language: d.language)
                cur = oldLabel.isEmpty ? [] : [Run(text: oldLabel + " ", style: .plain)]
                pro = newLabel.isEmpty ? [] : [Run(text: newLabel + " ", style: oldLabel == newLabel ? .plain : .bold)]
                if let h = c.oldHeading, c.oldHeading != c.newHeading { cur.append(Run(text: h + " ", style: .boldStrike)) } else if let h = c.oldHeading { cur.append(Run(text: h + " ", style: .plain)) }
                if let h = c.newHeading, c.oldHeading != c.newHeading { pro.append(Run(text: h + " ", style: .bold)) } else if let h = c.newHeading { pro.append(Run(text: h + " ", style: .plain)) }
                func add(_ edits: [WordEdit]) {
                    for e in edits {
                        switch e.op {
                        case .equal: cur.append(Run(text: e.text, style: .plain)); pro.append(Run(text: e.text, style: .plain))
                        case .delete: cur.append(Run(text: e.text, style: .boldStrike))
                        case .insert: pro.append(Run(text: e.text, style: .bold))
                        }
                    }
                }
                if c.edits.isEmpty && !c.wrapUpEdits.isEmpty {
                    add([WordEdit(op: .equal, text: c.newText ?? "")])
                } else {
                    add(c.edits)
                }
                if !c.wrapUpEdits.isEmpty {
                    // the closing words after the subclauses; the unchanged subclauses between
                    // are left out, as an ellipsis
                    add([WordEdit(op: .equal, text: "\n…\n")])
                    add(c.wrapUpEdits)
                }
            }
            // a unit is named as the act in force numbers it; where the proposed text numbers it
            // otherwise (it, or its article, renumbered or moved), that number follows
            var element = Vocabulary.citation(path: c.oldPath ?? c.path, d.language)
            if c.oldPath != nil, c.newVersion != nil {
                let now = Vocabulary.citation(path: c.path, d.language)
                let lowered = now.prefix(1).lowercased() + now.dropFirst()
                if now != element { element += Message(ru: " (в новой редакции: \(lowered))", kk: " (жаңа редакцияда: \(now))", en: " (in the proposed text: \(now))")[locale] }
            }
            return Row(number: i + 1, element: element, current: cur, proposed: pro, rationale: reason(c), kind: c.kind)
        }
        unusedRationale = rationale.keys.filter { !used.contains($0) }.sorted()
    }

    // MARK: HTML

    public func html() -> String { String(writing: { writeHTML(into: &$0) }) }

    public func writeHTML(into out: inout ByteWriter) {
        func cell(_ runs: [Run]) {
            for r in runs {
                let t = Escaping.xml(r.text).replacingOccurrences(of: "\n", with: "<br>")
                switch r.style {
                case .plain: out.append(t)
                case .bold: out.append("<b>\(t)</b>")
                case .boldStrike: out.append("<b><s>\(t)</s></b>")
                }
            }
        }
        let head = headers.map { "<th>\(Escaping.xml($0))</th>" }.joined()
        out.append("""
        <!DOCTYPE html>
        <html lang="\(language.rawValue)"><head><meta charset="utf-8"><title>\(Escaping.xml(title))</title>
        <style>
        body{font-family:"Times New Roman",serif;font-size:12pt;margin:1.5cm}
        h1{font-size:13pt;text-align:center;font-weight:bold}
        table{border-collapse:collapse;width:100%;table-layout:fixed} th,td{border:1px solid #000;padding:4pt;vertical-align:top}
        th:nth-child(1),td:nth-child(1){width:5%} th:nth-child(2),td:nth-child(2){width:15%}
        th:nth-child(3),td:nth-child(3),th:nth-child(4),td:nth-child(4){width:30%}
        @page{size:A4 landscape;margin:1.5cm} tr{break-inside:avoid}
        </style></head><body>
        <h1>\(heading)<br>\(Escaping.xml(title))</h1>
        <table><thead><tr>\(head)</tr></thead><tbody>

        """)
        for (i, r) in rows.enumerated() {
            if i > 0 { out.append("\n") }
            out.append("<tr><td>\(r.number)</td><td>\(Escaping.xml(r.element))</td><td>")
            cell(r.current)
            out.append("</td><td>")
            cell(r.proposed)
            out.append("</td><td>\(Escaping.xml(r.rationale))</td></tr>")
        }
        out.append("\n</tbody></table></body></html>\n")
    }

    // MARK: DOCX

    /// WordprocessingML of the table, landscape A4, Times New Roman 12 pt.
    public func documentXML() -> String { String(writing: { writeDocumentXML(into: &$0) }) }

    public func writeDocumentXML(into out: inout ByteWriter) {
        func runs(_ rs: [Run]) -> String {
            rs.map { Docx.run($0.text, bold: $0.style != .plain, strike: $0.style == .boldStrike) }.joined()
        }
        func cell(_ content: String, width: Int) -> String {
            "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/></w:tcPr><w:p>\(content)</w:p></w:tc>"
        }
        let widths = [700, 2300, 4900, 4900, 2600]
        let border = ["top", "left", "bottom", "right", "insideH", "insideV"].map { "<w:\($0) w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>" }.joined()
        out.append(Docx.documentStart)
        out.append(Docx.paragraph(Docx.run(heading, bold: true), center: true, spacingAfter: 0))
        out.append(Docx.paragraph(Docx.run(title, bold: true), center: true))
        out.append("<w:tbl><w:tblPr><w:tblW w:w=\"15400\" w:type=\"dxa\"/><w:tblBorders>\(border)</w:tblBorders><w:tblLayout w:type=\"fixed\"/></w:tblPr>")
        out.append("<w:tblGrid>" + widths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>")
        out.append("<w:tr><w:trPr><w:tblHeader/></w:trPr>" + zip(headers, widths).map { cell(Docx.run($0.0, bold: true), width: $0.1) }.joined() + "</w:tr>")
        for r in rows {
            out.append("<w:tr><w:trPr><w:cantSplit/></w:trPr>")
            out.append(cell(Docx.run(String(r.number)), width: widths[0]) + cell(Docx.run(r.element), width: widths[1]))
            out.append(cell(runs(r.current), width: widths[2]) + cell(runs(r.proposed), width: widths[3]))
            out.append(cell(Docx.run(r.rationale), width: widths[4]) + "</w:tr>")
        }
        out.append("</w:tbl><w:p/>")
        out.append(Docx.documentEnd(landscape: true))
    }

    /// The table as a .docx.
    public func docx() throws -> Data {
        var w = ByteWriter()
        writeDocumentXML(into: &w)
        return try Docx.package(w.bytes)
    }
}
