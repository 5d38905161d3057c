import CLibXML2
import Foundation
import KenesAct
import KenesFormats

/// Akoma Ntoso 3.0 back into an act: the XML is read (no network, no entities, DTDs refused),
/// written out as the plain text of the act — label, heading, text, notes where the portal puts
/// them — and that text parsed as any other, so every format gives one tree.
enum AkomaNtosoText {
    static func extract(_ bytes: [UInt8], file: String, limits: InputLimits) throws(ActInputError) -> (String, Language?) {
        let loc = FileLocation(file: file, line: 1, column: 1)
        let utf8 = try SourceText.normalize(bytes, file: file)
        let head = String(decoding: utf8.prefix(2048), as: UTF8.self)
        if head.contains("<!DOCTYPE") || head.contains("<!ENTITY") {
            throw ActInputError(.unreadable, loc, ImportMessages.xmlDTD)
        }
        try Importer.checkAttributes(utf8, loc, limits)
        if !utf8.withUnsafeBytes({ MarkupPreScan.depthWithinLimit($0, limit: limits.maxDepth) }) {
            throw ActInputError(.tooLarge, loc, ImportMessages.nestedDeeper("XML", limits.maxDepth))
        }
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        var failure: ActInputError?
        var lines: [String] = []
        var language: Language?
        utf8.withUnsafeBufferPointer { buf in
            guard let base = buf.baseAddress,
                  let doc = xmlReadMemory(UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self), Int32(buf.count), "act.xml", "UTF-8", options),
                  let root = xmlDocGetRootElement(doc) else {
                failure = ActInputError(.unreadable, loc, ImportMessages.notWellFormed); return
            }
            defer { xmlFreeDoc(doc) }
            func name(_ n: xmlNodePtr) -> String { n.pointee.name.map { String(cString: $0) } ?? "" }
            func attr(_ n: xmlNodePtr, _ a: String) -> String? {
                guard let v = xmlGetProp(n, a) else { return nil }
                defer { kenes_xml_free(v) }
                return String(cString: v)
            }
            func elements(_ n: xmlNodePtr) -> [xmlNodePtr] {
                var out: [xmlNodePtr] = []
                var c = n.pointee.children
                while let x = c { if x.pointee.type == XML_ELEMENT_NODE { out.append(x) }; c = x.pointee.next }
                return out
            }
            /// Text of an inline container, `remark`s left out (they are notes).
            func text(_ n: xmlNodePtr, depth: Int = 0) -> String {
                guard depth < limits.maxDepth else { return "" }
                var out = ""
                var c = n.pointee.children
                while let x = c {
                    // CDATA sections are text too (they were dropped)
                    if x.pointee.type == XML_TEXT_NODE || x.pointee.type == XML_CDATA_SECTION_NODE, let content = x.pointee.content {
                        out += String(cString: content)
                    }
                    else if x.pointee.type == XML_ELEMENT_NODE && name(x) != "remark" { out += text(x, depth: depth + 1) }
                    c = x.pointee.next
                }
                return out
            }
            func remarks(_ n: xmlNodePtr) -> [(String, Bool)] {
                var out: [(String, Bool)] = []
                for p in elements(n) {
                    for r in elements(p) where name(r) == "remark" { out.append((text(r), attr(r, "class") == "publisher")) }
                }
                return out
            }
            func paragraphs(_ n: xmlNodePtr) -> [String] {
                elements(n).filter { name($0) == "p" }.map { text($0) }.filter { !$0.isEmpty }
            }
            func label(_ kind: String, _ num: String) -> String {
                // the elements are named as Kenes's unit kinds
                UnitKind(rawValue: kind).map { Vocabulary.heading($0, number: num, language ?? .ru) } ?? num
            }
            func unit(_ n: xmlNodePtr, depth: Int) {
                guard depth < limits.maxDepth else { failure = ActInputError(.tooLarge, loc, ImportMessages.nestedDeeper("XML", limits.maxDepth)); return }
                let kind = name(n)
                let kids = elements(n)
                let num = kids.first { name($0) == "num" }.map { text($0) } ?? ""
                let heading = kids.first { name($0) == "heading" }.map { text($0) }
                let own = kids.first { name($0) == "content" || name($0) == "intro" }
                let notes = own.map(remarks) ?? []
                // publisher notes stand before the unit they concern, as on the portal
                for (t, _) in notes.filter({ $0.1 }) { lines += [t, ""] }
                let texts = own.map(paragraphs) ?? []
                let isContainer = ["part", "chapter", "subchapter", "article"].contains(kind)
                var first = kind == "subparagraph" ? "" : label(kind, num)
                if isContainer && attr(n, "status") == "removed" && heading == nil {
                    // «Статья 7. Исключена Законом РК …» stands on the label's line
                    lines.append([first, texts.first ?? ""].filter { !$0.isEmpty }.joined(separator: " "))
                    lines += texts.dropFirst()
                } else if isContainer {
                    if let h = heading { first += " " + h }
                    lines.append(first)
                    lines += texts
                } else {
                    lines.append([first, texts.first ?? ""].filter { !$0.isEmpty }.joined(separator: " "))
                    lines += texts.dropFirst()
                }
                for (t, _) in notes.filter({ !$0.1 }) { lines.append(t) }
                for k in kids where ["part", "chapter", "subchapter", "article", "paragraph", "point", "subparagraph"].contains(name(k)) {
                    unit(k, depth: depth + 1)
                }
                // closing words after the subclauses: the parser gives them back to this unit
                if let wrapUp = kids.first(where: { name($0) == "wrapUp" }) { lines += paragraphs(wrapUp) }
            }
            guard name(root) == "akomaNtoso", let act = elements(root).first else {
                failure = ActInputError(.unreadable, loc, ImportMessages.notAkomaNtoso(name(root))); return
            }
            // language from FRBRExpression
            func find(_ n: xmlNodePtr, _ target: String, depth: Int = 0) -> xmlNodePtr? {
                if name(n) == target { return n }
                guard depth < 12 else { return nil }
                for k in elements(n) { if let f = find(k, target, depth: depth + 1) { return f } }
                return nil
            }
            if let l = find(act, "FRBRlanguage").flatMap({ attr($0, "language") }) { language = l == "kaz" ? .kk : .ru }
            for part in elements(act) {
                switch name(part) {
                case "preface":
                    lines += paragraphs(part)
                    lines += remarks(part).map(\.0)
                    lines.append("")
                case "preamble":
                    lines += paragraphs(part); lines += remarks(part).map(\.0); lines.append("")
                case "body":
                    for k in elements(part) { unit(k, depth: 0); if failure != nil { return } }
                case "conclusions":
                    lines.append(""); lines += paragraphs(part)
                default: break
                }
            }
        }
        if let failure { throw failure }
        return (lines.joined(separator: "\n") + "\n", language)
    }
}

/// Validation of XML against an XSD with libxml2's schema validator (the schema's own imports
/// resolved next to it on disk).
public enum SchemaValidator {
    public static func validate(xml: String, xsd path: String) -> [String] {
        guard let ctxt = xmlSchemaNewParserCtxt(path) else { return ["cannot read schema \(path)"] }
        defer { xmlSchemaFreeParserCtxt(ctxt) }
        guard let schema = xmlSchemaParse(ctxt) else { return ["cannot parse schema \(path)"] }
        defer { xmlSchemaFree(schema) }
        guard let valid = xmlSchemaNewValidCtxt(schema) else { return ["cannot validate"] }
        defer { xmlSchemaFreeValidCtxt(valid) }
        let bytes = Array(xml.utf8)
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        guard let doc = bytes.withUnsafeBufferPointer({ b in
            xmlReadMemory(UnsafeRawPointer(b.baseAddress!).assumingMemoryBound(to: CChar.self), Int32(b.count), "akn.xml", "UTF-8", options)
        }) else { return ["not well-formed XML"] }
        defer { xmlFreeDoc(doc) }
        let result = xmlSchemaValidateDoc(valid, doc)
        if result == 0 { return [] }
        var errors: [String] = []
        if let e = xmlGetLastError(), let msg = e.pointee.message {
            errors.append("line \(e.pointee.line): \(String(cString: msg).trimmingCharacters(in: .whitespacesAndNewlines))")
        }
        return errors.isEmpty ? ["invalid (code \(result))"] : errors
    }
}
