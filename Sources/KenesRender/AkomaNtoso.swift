import KenesAct
import KenesFormats

/// Akoma Ntoso 3.0 XML of a parsed act: FRBR metadata from the act's meta, the tree as
/// part / chapter / subchapter / article / paragraph / point / subparagraph with the same eIds,
/// closing words after a list of subclauses as `wrapUp`, editorial notes as `remark`, resolved
/// citations as `ref`. Written from the parsed records.
public enum AkomaNtoso {
    public static let namespace = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"

    static func x(_ s: String) -> String { Escaping.xml(s) }

    /// ISO 639-2 codes, as FRBRlanguage wants them.
    static func iso3(_ l: Language) -> String { l == .kk ? "kaz" : "rus" }

    public static func export(_ act: Act) -> String { String(writing: { write(act, into: &$0) }) }

    public static func write(_ act: Act, into out: inout ByteWriter) {
        let m = act.metadata
        let date = m.date ?? m.editionDate ?? "1900-01-01"
        let number = (m.number ?? "draft").replacingOccurrences(of: "/", with: "-")
        let kind = m.kind == .unknown ? "act" : m.kind.rawValue
        let work = "/akn/kz/act/\(kind)/\(date)/\(x(number))"
        let expr = "\(work)/\(iso3(m.language))@\(m.editionDate ?? "")"
        out.append("""
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

        """)
        let preface = act.preface, notes = act.notes
        if !preface.isEmpty || !notes.isEmpty {
            out.append("<preface>")
            for line in preface.split(separator: "\n") { out.append("<p>"); out.appendXML(String(line)); out.append("</p>") }
            for n in notes { out.append("<p>"); remark(n, into: &out); out.append("</p>") }
            out.append("</preface>\n")
        }
        var preamble: UnitIndex?, conclusions: UnitIndex?, body: [UnitIndex] = []
        act.forEachChild(act.root) { u in
            switch act.kind(u) {
            case .preamble: if preamble == nil { preamble = u }
            case .conclusions: if conclusions == nil { conclusions = u }
            default: body.append(u)
            }
        }
        if let preamble {
            out.append("<preamble>"); paragraphs(act, preamble, into: &out); out.append("</preamble>\n")
        }
        out.append("<body>\n")
        for u in body { unit(act, u, into: &out) }
        out.append("</body>\n")
        if let conclusions {
            out.append("<conclusions>"); paragraphs(act, conclusions, into: &out); out.append("</conclusions>\n")
        }
        out.append("</act>\n</akomaNtoso>\n")
    }

    static func remark(_ n: Note, into out: inout ByteWriter) {
        out.append("<remark status=\"editorial\" class=\"")
        out.append(n.kind == .footnote ? "footnote" : "publisher")
        out.append("\">")
        var first = true
        for line in n.text.split(separator: "\n", omittingEmptySubsequences: false) {
            if !first { out.append("&#10;") }
            first = false
            out.appendXML(String(line))
        }
        out.append("</remark>")
    }

    /// The unit's text as `<p>`s (one per line), resolved citations as `ref`, then its notes.
    static func paragraphs(_ act: Act, _ u: UnitIndex, into out: inout ByteWriter) {
        lines(act, u, wrapUp: false, into: &out)
        for n in act.notes(u) { out.append("<p>"); remark(n, into: &out); out.append("</p>") }
    }

    /// The lines of a unit's text or of its wrap-up as `<p>`s, resolved citations as `ref`.
    static func lines(_ act: Act, _ u: UnitIndex, wrapUp: Bool, into out: inout ByteWriter) {
        let spans = act.citationSpans(u).filter { $0.status == .resolved && $0.inWrapUp == wrapUp }
        var next = 0, lineStart = 0
        func each(_ body: (UnsafeBufferPointer<UInt8>) -> Void) {
            if wrapUp { act.forEachWrapUpLine(u, body) } else { act.forEachTextLine(u, body) }
        }
        each { line in
            let lineEnd = lineStart + line.count
            if !line.isEmpty {
                out.append("<p>")
                var pos = 0
                while next < spans.count, spans[next].bytes.lowerBound < lineEnd {
                    let c = spans[next]
                    next += 1
                    let s = c.bytes.lowerBound - lineStart, e = c.bytes.upperBound - lineStart
                    guard s >= pos, e <= line.count else { continue }
                    out.appendXML(UnsafeBufferPointer(rebasing: line[pos..<s]))
                    out.append("<ref href=\"#")
                    out.appendXML(c.targets[0].rawValue)
                    out.append("\">")
                    out.appendXML(UnsafeBufferPointer(rebasing: line[s..<e]))
                    out.append("</ref>")
                    pos = e
                }
                out.appendXML(UnsafeBufferPointer(rebasing: line[pos...]))
                out.append("</p>")
            }
            lineStart = lineEnd + 1
        }
    }

    static func element(_ kind: UnitKind) -> StaticString? {
        switch kind {
        case .part: "part"
        case .chapter: "chapter"
        case .subchapter: "subchapter"
        case .article: "article"
        case .paragraph: "paragraph"
        case .point: "point"
        case .subparagraph: "subparagraph"
        case .act, .preamble, .conclusions: nil
        }
    }

    static func unit(_ act: Act, _ u: UnitIndex, into out: inout ByteWriter) {
        guard let name = element(act.kind(u)) else { return }
        out.append("<"); out.append(name); out.append(" eId=\""); out.appendXML(act.eId(u).rawValue); out.append("\"")
        if act.status(u) == .excluded { out.append(" status=\"removed\"") }
        out.append(">")
        if let n = act.num(u) { out.append("<num>"); out.appendXML(n); out.append("</num>") }
        if let h = act.heading(u) { out.append("<heading>"); out.appendXML(h); out.append("</heading>") }
        if !act.hasChildren(u) {
            out.append("<content>")
            let before = out.count
            paragraphs(act, u, into: &out)
            if out.count == before { out.append("<p/>") }
            out.append("</content>")
        } else {
            // the intro wraps the unit's own paragraphs, when it has any
            var own = ByteWriter()
            paragraphs(act, u, into: &own)
            if !own.bytes.isEmpty { out.append("<intro>"); out.append(own.bytes); out.append("</intro>") }
            act.forEachChild(u) { unit(act, $0, into: &out) }
            // closing words after the subclauses: the unit's, after its children
            if act.hasWrapUp(u) { out.append("<wrapUp>"); lines(act, u, wrapUp: true, into: &out); out.append("</wrapUp>") }
        }
        out.append("</"); out.append(name); out.append(">\n")
    }
}
