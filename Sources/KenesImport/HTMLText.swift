import CLibXML2
import Foundation
import KenesAct

/// The text of an act from an HTML page as the official portal serves it: paragraphs and `<br>`
/// become lines; scripts, styles, navigation and everything from the `aftertext` block on (the
/// site's own furniture) are dropped; a note set inside a paragraph («пунктом 1-1<span
/// class="note">…</span> статьи 52») is cut out, a space left in its place, and given its own
/// line after the paragraph. The «по состоянию на» banner becomes the edition date.
enum HTMLText {
    struct Page { var text: String; var editionDate: String? }

    static let skipped: Set<String> = ["script", "style", "noscript", "nav", "header", "footer", "select", "button", "form", "iframe", "object", "svg", "template"]
    static let furniture = ["menu", "lang", "breadcrumb", "sidebar", "search", "banner", "social", "share", "toolbar"]
    static let blocks: Set<String> = ["p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "table", "section", "article", "blockquote", "pre", "dd", "dt", "ul", "ol", "td", "th", "body", "center"]

    static func extract(_ bytes: [UInt8], file: String, limits: ImportLimits) throws(ActInputError) -> Page {
        let loc = FileLocation(file: file, line: 1, column: 1)
        // the encoding the page declares is not trusted: the bytes must be UTF-8
        let utf8 = try SourceText.normalize(bytes, file: file)
        // an internal DTD subset is how entities are smuggled into a page: a real one never has it
        let head = String(decoding: utf8.prefix(4096), as: UTF8.self).lowercased()
        if let d = head.range(of: "<!doctype"), let close = head[d.upperBound...].firstIndex(of: ">"),
           head[d.upperBound..<close].contains("[") {
            throw ActInputError(.unreadable, loc, "the page declares entities in its DOCTYPE: refused (entities and DTDs are never loaded)")
        }
        let options = Int32(HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                            | HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOIMPLIED.rawValue)
        var failure: ActInputError?
        var lines: [String] = []
        var banner: String?
        utf8.withUnsafeBufferPointer { buf in
            guard let base = buf.baseAddress,
                  let doc = htmlReadMemory(UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self), Int32(buf.count), "act.html", "UTF-8", options) else {
                failure = ActInputError(.noStructure, loc, "not an HTML page libxml2 can read"); return
            }
            defer { xmlFreeDoc(doc) }
            var current = ""
            var pendingNotes: [String] = []
            var stopped = false
            // each block ends with a blank line: that is what ends a «Примечание ИЗПИ!» block
            // in the text parser, and a paragraph of the page is never continued by the next
            func flush() {
                let t = current.trimmingCharacters(in: .whitespaces)
                if !t.isEmpty { lines.append(t) }
                current = ""
                for n in pendingNotes where !n.isEmpty { lines.append(""); lines.append(n) }
                pendingNotes = []
                if lines.last.map({ !$0.isEmpty }) ?? false { lines.append("") }
            }
            func text(of node: xmlNodePtr) -> String {
                var out = ""
                var c = node.pointee.children
                while let x = c {
                    if x.pointee.type == XML_TEXT_NODE, let content = x.pointee.content { out += String(cString: content) }
                    else if x.pointee.type == XML_ELEMENT_NODE { out += (name(x) == "br" ? "\n" : text(of: x)) }
                    c = x.pointee.next
                }
                return out
            }
            func name(_ n: xmlNodePtr) -> String { n.pointee.name.map { String(cString: $0).lowercased() } ?? "" }
            func attribute(_ n: xmlNodePtr, _ a: String) -> String {
                guard let v = xmlGetProp(n, a) else { return "" }
                defer { kenes_xml_free(v) }
                return String(cString: v)
            }
            func walk(_ node: xmlNodePtr, depth: Int) {
                if stopped || failure != nil { return }
                guard depth <= limits.maxDepth else {
                    failure = ActInputError(.tooLarge, loc, "HTML nested deeper than \(limits.maxDepth) elements: refused"); return
                }
                var c = node.pointee.children
                while let x = c, !stopped, failure == nil {
                    switch x.pointee.type {
                    case XML_TEXT_NODE:
                        if let content = x.pointee.content { current += String(cString: content).replacingOccurrences(of: "\n", with: " ") }
                    case XML_ELEMENT_NODE:
                        let n = name(x)
                        let cls = attribute(x, "class").lowercased()
                        if cls.split(separator: " ").contains("aftertext") { flush(); stopped = true; return }
                        if skipped.contains(n) { break }
                        // site furniture that is not in a nav/header/footer element
                        let id = attribute(x, "id").lowercased()
                        if furniture.contains(where: { f in cls.split(separator: " ").contains { $0.contains(f) } || id.contains(f) }) { break }
                        if n == "br" { let t = current; current = ""; lines.append(t.trimmingCharacters(in: .whitespaces)); break }
                        if n == "span" && cls.split(separator: " ").contains("note") {
                            // a note inside a paragraph: out of the sentence, onto its own line
                            pendingNotes.append(text(of: x).replacingOccurrences(of: "\n", with: " ").trimmingCharacters(in: .whitespaces))
                            current += " "
                            break
                        }
                        let block = blocks.contains(n)
                        if block { flush() }
                        walk(x, depth: depth + 1)
                        if block { flush() }
                    default: break
                    }
                    c = x.pointee.next
                }
            }
            // the act's own container when the page has one (div.main on the portal)
            func findContent(_ n: xmlNodePtr, depth: Int) -> xmlNodePtr? {
                guard depth < limits.maxDepth else { return nil }
                var c = n.pointee.children
                while let x = c {
                    if x.pointee.type == XML_ELEMENT_NODE {
                        let cls = attribute(x, "class").lowercased().split(separator: " ")
                        let id = attribute(x, "id").lowercased()
                        if cls.contains("main") || ["content", "text", "document"].contains(id) { return x }
                        if let f = findContent(x, depth: depth + 1) { return f }
                    }
                    c = x.pointee.next
                }
                return nil
            }
            if let root = xmlDocGetRootElement(doc) {
                walk(findContent(root, depth: 0) ?? root, depth: 0)
                flush()
            }
            // the edition banner, wherever it is on the page (it is usually in the dropped furniture)
            let all = text(of: xmlDocGetRootElement(doc) ?? UnsafeMutablePointer(OpaquePointer(doc)))
            if let r = all.range(of: "по состоянию на") ?? all.range(of: "жағдай бойынша") {
                banner = LegalDates.first(in: String(all[r.lowerBound...].prefix(60)))
            }
        }
        if let failure { throw failure }
        var kept: [String] = []
        for l in lines where !(l.isEmpty && (kept.last?.isEmpty ?? true)) { kept.append(l) }
        let text = kept.joined(separator: "\n") + "\n"
        return Page(text: text, editionDate: banner)
    }
}
