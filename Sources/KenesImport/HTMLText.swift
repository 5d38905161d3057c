import CLibXML2
import Foundation
import KenesAct
import KenesFormats

/// The text of an act from an HTML page as the official portal serves it: paragraphs and `<br>`
/// become lines; scripts, styles, navigation and everything from the `aftertext` block on (the
/// site's own furniture) are dropped; a note set inside a paragraph («пунктом 1-1<span
/// class="note">…</span> статьи 52») is cut out, a space left in its place, and given its own
/// line after the paragraph. The «по состоянию на» banner becomes the edition date.
enum HTMLText {
    struct Page {
        var text: String
        var editionDate: String?
        /// Said about the page, not refusing it (a page cut off before its end).
        var warnings: [Message] = []
    }

    static let skipped: Set<String> = ["script", "style", "noscript", "nav", "header", "footer", "select", "button", "form", "iframe", "object", "svg", "template"]
    static let furniture = ["menu", "lang", "breadcrumb", "sidebar", "search", "banner", "social", "share", "toolbar"]
    static let blocks: Set<String> = ["p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "table", "section", "article", "blockquote", "pre", "dd", "dt", "ul", "ol", "td", "th", "body", "center"]

    /// First offset of `needle` in `hay` (a plain loop: the generic `firstRange(of:)` on bytes
    /// resolves to Foundation's and took half the import time).
    static func find(_ needle: [UInt8], in hay: [UInt8]) -> Int? {
        guard let first = needle.first, hay.count >= needle.count else { return nil }
        return hay.withUnsafeBufferPointer { h in
            var i = 0
            let last = h.count - needle.count
            while i <= last {
                if h[i] == first {
                    var k = 1
                    while k < needle.count && h[i + k] == needle[k] { k += 1 }
                    if k == needle.count { return i }
                }
                i += 1
            }
            return nil
        }
    }

    static func extract(_ bytes: [UInt8], file: String, limits: InputLimits) throws(ActInputError) -> Page {
        let loc = FileLocation(file: file, line: 1, column: 1)
        // the encoding the page declares is not trusted: the bytes must be UTF-8
        let utf8 = try SourceText.normalize(bytes, file: file)
        // an internal DTD subset is how entities are smuggled into a page: a real one never has it
        let head = String(decoding: utf8.prefix(4096), as: UTF8.self).lowercased()
        if let d = head.range(of: "<!doctype"), let close = head[d.upperBound...].firstIndex(of: ">"),
           head[d.upperBound..<close].contains("[") {
            throw ActInputError(.unreadable, loc, ImportMessages.htmlEntities)
        }
        try Importer.checkAttributes(utf8, loc, limits)
        let options = Int32(HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                            | HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOIMPLIED.rawValue)
        var failure: ActInputError?
        var lines: [String] = []
        var banner: String?
        utf8.withUnsafeBufferPointer { buf in
            guard let base = buf.baseAddress,
                  let doc = htmlReadMemory(UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self), Int32(buf.count), "act.html", "UTF-8", options) else {
                failure = ActInputError(.noStructure, loc, ImportMessages.notHTML); return
            }
            defer { xmlFreeDoc(doc) }
            var current: [UInt8] = []
            var pendingNotes: [String] = []
            var stopped = false
            // each block ends with a blank line: that is what ends a «Примечание ИЗПИ!» block
            // in the text parser, and a paragraph of the page is never continued by the next
            func take() -> String {
                // spaces and tabs off both ends, on bytes (NBSP indentation stays: the parser keeps it)
                var a = 0, e = current.count
                while a < e && (current[a] == 0x20 || current[a] == 0x09) { a += 1 }
                while e > a && (current[e - 1] == 0x20 || current[e - 1] == 0x09) { e -= 1 }
                let t = String(decoding: current[a..<e], as: UTF8.self)
                current.removeAll(keepingCapacity: true)
                return t
            }
            func flush() {
                let t = take()
                if !t.isEmpty { lines.append(t) }
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
                    failure = ActInputError(.tooLarge, loc, ImportMessages.nestedDeeper("HTML", limits.maxDepth)); return
                }
                var c = node.pointee.children
                while let x = c, !stopped, failure == nil {
                    switch x.pointee.type {
                    case XML_TEXT_NODE:
                        // line breaks inside a paragraph's source are spaces; appended as bytes
                        if let content = x.pointee.content {
                            var p = content
                            while p.pointee != 0 { current.append(p.pointee == 0x0A || p.pointee == 0x0D ? 0x20 : p.pointee); p += 1 }
                        }
                    case XML_ELEMENT_NODE:
                        let n = name(x)
                        let cls = attribute(x, "class").lowercased()
                        if cls.split(separator: " ").contains("aftertext") { flush(); stopped = true; return }
                        if skipped.contains(n) { break }
                        // site furniture that is not in a nav/header/footer element
                        let id = attribute(x, "id").lowercased()
                        if furniture.contains(where: { f in cls.split(separator: " ").contains { $0.contains(f) } || id.contains(f) }) { break }
                        if n == "br" { lines.append(take()); break }
                        if n == "span" && cls.split(separator: " ").contains("note") {
                            // a note inside a paragraph: out of the sentence, onto its own line
                            pendingNotes.append(text(of: x).replacingOccurrences(of: "\n", with: " ").trimmingCharacters(in: .whitespaces))
                            current.append(0x20)
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
        }
        if let failure { throw failure }
        // the edition banner, wherever it is on the page (usually in the dropped furniture): found
        // in the bytes, the tags after it skipped
        for marker in ["по состоянию на", "жағдай бойынша"] {
            let m = Array(marker.utf8)
            guard let at = find(m, in: utf8) else { continue }
            var window = String(decoding: utf8[at..<min(utf8.count, at + 200)], as: UTF8.self)
            while let open = window.firstIndex(of: "<"), let close = window[open...].firstIndex(of: ">") { window.replaceSubrange(open...close, with: " ") }
            banner = LegalDates.first(in: window)
            break
        }
        var kept: [String] = []
        for l in lines where !(l.isEmpty && (kept.last?.isEmpty ?? true)) { kept.append(l) }
        let text = kept.joined(separator: "\n") + "\n"
        var page = Page(text: text, editionDate: banner)
        // libxml2 recovers from a page cut off in the middle: say so, the act may be cut off too
        let tail = String(decoding: utf8.suffix(4096), as: UTF8.self).lowercased()
        if head.contains("<html"), !tail.contains("</html>") {
            page.warnings.append(ImportMessages.cutOff)
        }
        return page
    }
}
