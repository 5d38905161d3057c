import Foundation
import KenesAct

/// Akoma Ntoso 3.0 XML of a parsed act: FRBR metadata from the act's meta, the tree as
/// part / chapter / subchapter / article / paragraph / point / subparagraph with the same eIds,
/// editorial notes as `remark`, resolved citations as `ref`.
public enum AkomaNtoso {
    public static let namespace = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"

    static func x(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    /// ISO 639-2 codes, as FRBRlanguage wants them.
    static func iso3(_ l: Language) -> String { l == .kk ? "kaz" : "rus" }

    public static func export(_ act: Act) -> String {
        let m = act.metadata
        let date = m.date ?? m.editionDate ?? "1900-01-01"
        let number = (m.number ?? "draft").replacingOccurrences(of: "/", with: "-")
        let kind = m.kind == .unknown ? "act" : m.kind.rawValue
        let work = "/akn/kz/act/\(kind)/\(date)/\(x(number))"
        let expr = "\(work)/\(iso3(m.language))@\(m.editionDate ?? "")"
        let tree = act.tree()
        var out = """
        <?xml version="1.0" encoding="UTF-8"?>
        <akomaNtoso xmlns="\(namespace)">
        <act name="\(kind)">
        <meta>
        <identification source="#kenes">
        <FRBRWork><FRBRthis value="\(work)/!main"/><FRBRuri value="\(work)"/><FRBRdate date="\(date)" name="Generation"/><FRBRauthor href="#kenes"/><FRBRcountry value="kz"/><FRBRnumber value="\(x(m.number ?? ""))"/><FRBRname value="\(x(m.title ?? ""))"/></FRBRWork>
        <FRBRExpression><FRBRthis value="\(expr)/!main"/><FRBRuri value="\(expr)"/><FRBRdate date="\(m.editionDate ?? date)" name="Generation"/><FRBRauthor href="#kenes"/><FRBRlanguage language="\(iso3(m.language))"/></FRBRExpression>
        <FRBRManifestation><FRBRthis value="\(expr)/!main.xml"/><FRBRuri value="\(expr)/main.xml"/><FRBRdate date="\(m.editionDate ?? date)" name="Generation"/><FRBRauthor href="#kenes"/></FRBRManifestation>
        </identification>
        <references source="#kenes"><TLCOrganization eId="kenes" href="/ontology/organization/kenes" showAs="Kenes"/></references>
        </meta>

        """
        if !act.preface.isEmpty || !act.notes.isEmpty {
            out += "<preface>" + act.preface.split(separator: "\n").map { "<p>\(x(String($0)))</p>" }.joined()
            out += act.notes.map { "<p>\(remark($0))</p>" }.joined() + "</preface>\n"
        }
        let body = tree.children.filter { $0.kind != .preamble && $0.kind != .conclusions }
        if let pre = tree.children.first(where: { $0.kind == .preamble }) {
            out += "<preamble>" + paragraphs(pre) + "</preamble>\n"
        }
        out += "<body>\n" + body.map(unit).joined() + "</body>\n"
        if let c = tree.children.first(where: { $0.kind == .conclusions }) {
            out += "<conclusions>" + paragraphs(c) + "</conclusions>\n"
        }
        return out + "</act>\n</akomaNtoso>\n"
    }

    static func remark(_ n: Note) -> String {
        "<remark status=\"editorial\" class=\"\(n.kind == .footnote ? "footnote" : "publisher")\">\(x(n.text).replacingOccurrences(of: "\n", with: "&#10;"))</remark>"
    }

    /// The unit's text as `<p>`s, citations as `ref`, then its notes.
    static func paragraphs(_ u: StructuralUnit) -> String {
        var out = ""
        var offset = 0
        let scalars = Array(u.text.unicodeScalars)
        for line in u.text.split(separator: "\n", omittingEmptySubsequences: false) {
            let start = offset, end = offset + line.unicodeScalars.count
            var p = "", pos = start
            for c in u.citations where c.start >= start && c.end <= end && c.start >= pos && c.status == .resolved {
                p += x(String(String.UnicodeScalarView(scalars[pos..<c.start])))
                p += "<ref href=\"#\(c.targets[0])\">\(x(c.text))</ref>"
                pos = c.end
            }
            p += x(String(String.UnicodeScalarView(scalars[pos..<end])))
            if !p.isEmpty { out += "<p>\(p)</p>" }
            offset = end + 1
        }
        return out + u.notes.map { "<p>\(remark($0))</p>" }.joined()
    }

    static let element: [UnitKind: String] = [.part: "part", .chapter: "chapter", .subchapter: "subchapter", .article: "article",
                                             .paragraph: "paragraph", .point: "point", .subparagraph: "subparagraph"]

    static func unit(_ u: StructuralUnit) -> String {
        guard let name = element[u.kind] else { return "" }
        var s = "<\(name) eId=\"\(x(u.eId))\"" + (u.status == .excluded ? " status=\"removed\"" : "") + ">"
        if let n = u.num { s += "<num>\(x(n))</num>" }
        if let h = u.heading { s += "<heading>\(x(h))</heading>" }
        let own = paragraphs(u)
        if u.children.isEmpty {
            s += "<content>" + (own.isEmpty ? "<p/>" : own) + "</content>"
        } else {
            if !own.isEmpty { s += "<intro>\(own)</intro>" }
            s += u.children.map(unit).joined()
        }
        return s + "</\(name)>\n"
    }
}
