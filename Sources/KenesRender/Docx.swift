import Foundation
import KenesFormats

/// A minimal WordprocessingML package: the document part, its styles (Times New Roman 12 pt,
/// Russian) and the relationships Word and LibreOffice require, written as one ZIP package.
enum Docx {
    /// A run; line breaks in `text` become `<w:br/>`.
    static func run(_ text: String, bold: Bool = false, strike: Bool = false, italic: Bool = false) -> String {
        var props = ""
        if bold { props += "<w:b/>" }
        if italic { props += "<w:i/>" }
        if strike { props += "<w:strike/>" }
        let rPr = props.isEmpty ? "" : "<w:rPr>\(props)</w:rPr>"
        return text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { i, p in
            (i > 0 ? "<w:r>\(rPr)<w:br/></w:r>" : "") + "<w:r>\(rPr)<w:t xml:space=\"preserve\">\(Escaping.xml(String(p)))</w:t></w:r>"
        }.joined()
    }

    /// `keepNext`: a heading stays on the page of what follows it (no page ends on a heading).
    static func paragraph(_ runs: String, center: Bool = false, pageBreakBefore: Bool = false, indentTwips: Int = 0, spacingAfter: Int = 60,
                          keepNext: Bool = false) -> String {
        var pPr = ""
        if keepNext { pPr += "<w:keepNext/>" }
        if pageBreakBefore { pPr += "<w:pageBreakBefore/>" }
        pPr += "<w:spacing w:after=\"\(spacingAfter)\"/>"
        if indentTwips > 0 { pPr += "<w:ind w:left=\"\(indentTwips)\"/>" }
        if center { pPr += "<w:jc w:val=\"center\"/>" }
        return "<w:p><w:pPr>\(pPr)</w:pPr>\(runs)</w:p>"
    }

    /// A table of `widths` (twips) with borders; `header` is repeated on each page. Each row is its
    /// cells' paragraphs; a row of one cell spans them all. Rows may break across pages: a row
    /// can hold a whole chapter, and keeping it whole would leave pages half empty.
    static func table(widths: [Int], header: [String], rows: [[String]]) -> String {
        let border = ["top", "left", "bottom", "right", "insideH", "insideV"].map { "<w:\($0) w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"999999\"/>" }.joined()
        func row(_ cells: [String], header: Bool) -> String {
            let trPr = header ? "<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>" : ""
            let tcs = cells.count == 1 && widths.count > 1
                ? ["<w:tc><w:tcPr><w:tcW w:w=\"\(widths.reduce(0, +))\" w:type=\"dxa\"/><w:gridSpan w:val=\"\(widths.count)\"/></w:tcPr>\(cells[0].isEmpty ? "<w:p/>" : cells[0])</w:tc>"]
                : zip(cells, widths).map { c, w in "<w:tc><w:tcPr><w:tcW w:w=\"\(w)\" w:type=\"dxa\"/></w:tcPr>\(c.isEmpty ? "<w:p/>" : c)</w:tc>" }
            return "<w:tr>\(trPr)\(tcs.joined())</w:tr>"
        }
        return "<w:tbl><w:tblPr><w:tblW w:w=\"\(widths.reduce(0, +))\" w:type=\"dxa\"/><w:tblBorders>\(border)</w:tblBorders></w:tblPr><w:tblGrid>"
            + widths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>"
            + row(header.map { paragraph(run($0, bold: true), keepNext: true) }, header: true)
            + rows.map { row($0, header: false) }.joined() + "</w:tbl>"
    }

    /// The document part around its body, for writers that stream the body.
    static let documentStart = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
    """

    static func documentEnd(landscape: Bool) -> String {
        let size = landscape ? "<w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/>" : "<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
        return "<w:sectPr>\(size)<w:pgMar w:top=\"850\" w:right=\"720\" w:bottom=\"850\" w:left=\"1134\" w:header=\"708\" w:footer=\"708\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>"
    }

    static let contentTypes = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>
    """
    static let rootRels = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>
    """
    static let documentRels = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>
    """
    static let styles = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman"/><w:sz w:val="24"/><w:szCs w:val="24"/><w:lang w:val="ru-RU"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults></w:styles>
    """

    /// The .docx bytes for a document part.
    static func package(_ documentXML: [UInt8]) throws -> Data {
        Data(try ZipPackage.make([("[Content_Types].xml", Array(contentTypes.utf8)), ("_rels/.rels", Array(rootRels.utf8)),
                                  ("word/_rels/document.xml.rels", Array(documentRels.utf8)), ("word/styles.xml", Array(styles.utf8)),
                                  ("word/document.xml", documentXML)]))
    }
}
