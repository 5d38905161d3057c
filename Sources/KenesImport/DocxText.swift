import Foundation
import KenesAct
import KenesFormats

/// The text of an act from DOCX (`ZipArchive` and libxml2's reader over the package parts):
/// one line per paragraph, table cells included; automatic numbering written out as Word shows
/// it (`1.`, `1)`); tracked changes accepted or left as originally written; footnotes as
/// «Сноска.» lines after their paragraph. Entries are capped in size and inflation ratio, DTDs
/// refused, entities never expanded, and nothing is written to disk.
enum DocxText {
    static let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    static func extract(_ bytes: [UInt8], file: String, options: ImportOptions) throws(ActInputError) -> String {
        let loc = FileLocation(file: file, line: 1, column: 1)
        var archive: ZipArchive
        do { archive = try ZipArchive(bytes, limits: options.limits) }
        catch { throw ActInputError(.unreadable, loc, ImportMessages.notDocx(error)) }
        func part(_ name: String) throws(ActInputError) -> Data? {
            do { return try archive.read(name).map { Data($0) } }
            catch { throw ActInputError(error.isSizeLimit ? .tooLarge : .unreadable, loc, ImportMessages.archive(error)) }
        }
        guard let document = try part("word/document.xml") else {
            throw ActInputError(.unreadable, loc, ImportMessages.noDocument)
        }
        var numbering = Numbering()
        if let n = try part("word/numbering.xml") { numbering = try Numbering(parse: n, file: file) }
        var footnotes: [String: String] = [:]
        if let f = try part("word/footnotes.xml") { footnotes = try readFootnotes(f, file: file) }
        return try readDocument(document, file: file, numbering: numbering, footnotes: footnotes, accept: options.acceptTrackedChanges,
                                maxDepth: options.limits.maxDepth)
    }

    /// Walks a part with libxml2's reader (no network, no entities, DTDs refused); `visit` gets
    /// the node type, the local name of WordprocessingML elements ("" for text) and the node.
    static func read(_ data: Data, file: String, maxDepth: Int = 256,
                     _ visit: (_ type: Int32, _ name: String, _ node: XMLPullNode) throws(ActInputError) -> Void) throws(ActInputError) {
        let loc = FileLocation(file: file, line: 1, column: 1)
        // the reader interns names in its dictionary: the same pointer for the same name, so
        // each is turned into a String once (doing it per node was most of the time)
        var names: [UnsafeRawPointer: String] = [:]
        var wordNamespace: UnsafeRawPointer?
        let outcome: Result<Void, XMLPullFailure<ActInputError>> = data.withUnsafeBytes { raw in
            do throws(XMLPullFailure<ActInputError>) {
                try XMLPullReader.walk(raw, maxDepth: maxDepth, encoding: "UTF-8") { (node: XMLPullNode) throws(ActInputError) in
                    let type = node.type
                    if type == 3 || type == 14 { try visit(type, "", node); return }
                    guard let nsPointer = node.namespacePointer else { return }
                    if nsPointer != wordNamespace {
                        guard String(cString: nsPointer.assumingMemoryBound(to: CChar.self)) == w else { return }
                        wordNamespace = nsPointer
                    }
                    guard let namePointer = node.localNamePointer else { return }
                    let name: String
                    if let known = names[namePointer] { name = known } else {
                        name = String(cString: namePointer.assumingMemoryBound(to: CChar.self)); names[namePointer] = name
                    }
                    try visit(type, name, node)
                }
                return .success(())
            } catch { return .failure(error) }
        }
        switch outcome {
        case .success: return
        case .failure(.visitor(let e)): throw e
        case .failure(.reader(let e)):
            switch e {
            case .notXML: throw ActInputError(.unreadable, loc, ImportMessages.partNotXML)
            case .notWellFormed: throw ActInputError(.unreadable, loc, ImportMessages.notWellFormed)
            case .dtd: throw ActInputError(.unreadable, loc, ImportMessages.xmlDTD)
            case .tooDeep(let limit): throw ActInputError(.tooLarge, loc, ImportMessages.nestedDeeper("XML", limit))
            case .tooManyAttributes(let limit): throw ActInputError(.tooLarge, loc, ImportMessages.attributes(limit))
            }
        }
    }

    static func attribute(_ node: XMLPullNode, _ name: String) -> String? { node.attribute(name, namespace: w) }

    static func readFootnotes(_ data: Data, file: String) throws(ActInputError) -> [String: String] {
        var out: [String: String] = [:]
        var id: String?, text = "", inText = false
        try read(data, file: file) { type, name, r throws(ActInputError) in
            switch (type, name) {
            case (1, "footnote"): id = attribute(r, "id"); text = ""
            case (15, "footnote"): if let id { out[id] = text.trimmingCharacters(in: .whitespaces) }
            case (1, "t"): inText = !r.isEmptyElement
            case (15, "t"): inText = false
            case (1, "p"): if !text.isEmpty { text += " " }
            case (3, _), (14, _): if inText { text += r.value }
            default: break
            }
        }
        return out
    }

    static func readDocument(_ data: Data, file: String, numbering: Numbering, footnotes: [String: String],
                             accept: Bool, maxDepth: Int) throws(ActInputError) -> String {
        var counters = numbering.counters()
        var lines: [String] = []
        var line = "", notes: [String] = []
        var inText = false, inserted = 0, deleted = 0
        var numId: String?, level = 0
        try read(data, file: file, maxDepth: maxDepth) { type, name, r throws(ActInputError) in
            switch (type, name) {
            case (1, "p"):
                line = ""; notes = []; numId = nil; level = 0
                if r.isEmptyElement { lines.append("") }
            case (15, "p"):
                var label = ""
                if let n = numId { label = counters.next(numId: n, level: level) }
                let text = label.isEmpty ? line : label + " " + line
                lines.append(text)
                for n in notes { lines.append(""); lines.append(n.hasPrefix("Сноска") || n.hasPrefix("Ескерту") ? n : "Сноска. " + n) }
                // paragraphs are separated by a blank line (which ends a publisher note's block),
                // except a publisher note's marker and the paragraph that carries its text
                if !isPublisherMarker(text) { lines.append("") }
            case (1, "numId"): numId = attribute(r, "val")
            case (1, "ilvl"): level = Int(attribute(r, "val") ?? "0") ?? 0
            case (1, "ins"): if !r.isEmptyElement { inserted += 1 }
            case (15, "ins"): inserted -= 1
            case (1, "del"): if !r.isEmptyElement { deleted += 1 }
            case (15, "del"): deleted -= 1
            case (1, "t"), (1, "delText"): inText = !r.isEmptyElement
            case (15, "t"), (15, "delText"): inText = false
            case (1, "tab"): if keep() { line += "\t" }
            case (1, "br"), (1, "cr"): if keep() { lines.append(line); line = "" }
            case (1, "footnoteReference"):
                if let id = attribute(r, "id"), let text = footnotes[id] { notes.append(text) }
            case (3, _), (14, _):
                if inText && keep() { line += r.value }
            default: break
            }
        }
        func keep() -> Bool { accept ? deleted == 0 : inserted == 0 }
        var kept: [String] = []
        for l in lines {
            let blank = trimmed(l).isEmpty
            if blank && (kept.last?.isEmpty ?? true) { continue }
            kept.append(blank ? "" : l)
        }
        return kept.joined(separator: "\n") + "\n"
    }

    /// Spaces and tabs off both ends (Foundation's `trimmingCharacters` took most of the time).
    static func trimmed(_ s: String) -> Substring {
        let u = s.utf8
        var a = u.startIndex, e = u.endIndex
        while a < e && (u[a] == 0x20 || u[a] == 0x09) { a = u.index(after: a) }
        while e > a && (u[u.index(before: e)] == 0x20 || u[u.index(before: e)] == 0x09) { e = u.index(before: e) }
        return Substring(s.utf8[a..<e])
    }

    static func isPublisherMarker(_ line: String) -> Bool {
        let t = trimmed(line)
        return t.count < 40 && ["Примечание ИЗПИ", "Примечание РЦПИ", "ЗҚАИ-ның ескертпесі", "РҚАО-ның ескертпесі"].contains { t.hasPrefix($0) }
    }
}

/// Word's automatic numbering, for the decimal lists acts use: `%1.` and `%1)` per level.
struct Numbering {
    /// numId → abstract levels: (format text like "%1.", start, numFmt)
    var levels: [String: [Int: (text: String, start: Int, format: String)]] = [:]

    init() {}

    init(parse data: Data, file: String) throws(ActInputError) {
        var abstract: [String: [Int: (String, Int, String)]] = [:]
        var numToAbstract: [String: String] = [:]
        var currentAbstract: String?, currentLevel = 0, currentNum: String?
        try DocxText.read(data, file: file) { type, name, r throws(ActInputError) in
            switch (type, name) {
            case (1, "abstractNum"): currentAbstract = DocxText.attribute(r, "abstractNumId")
            case (1, "lvl"):
                currentLevel = Int(DocxText.attribute(r, "ilvl") ?? "0") ?? 0
                if let a = currentAbstract { abstract[a, default: [:]][currentLevel] = ("%\(currentLevel + 1).", 1, "decimal") }
            case (1, "start"):
                if let a = currentAbstract, let v = Int(DocxText.attribute(r, "val") ?? "") { abstract[a]?[currentLevel]?.1 = v }
            case (1, "numFmt"):
                if let a = currentAbstract, let v = DocxText.attribute(r, "val") { abstract[a]?[currentLevel]?.2 = v }
            case (1, "lvlText"):
                if let a = currentAbstract, let v = DocxText.attribute(r, "val") { abstract[a]?[currentLevel]?.0 = v }
            case (15, "abstractNum"): currentAbstract = nil
            case (1, "num"): currentNum = DocxText.attribute(r, "numId")
            case (1, "abstractNumId"): if let n = currentNum, let a = DocxText.attribute(r, "val") { numToAbstract[n] = a }
            default: break
            }
        }
        for (n, a) in numToAbstract { levels[n] = abstract[a]?.mapValues { (text: $0.0, start: $0.1, format: $0.2) } }
    }

    struct Counters {
        let numbering: Numbering
        var values: [String: [Int]] = [:]
        /// The label of the next paragraph in list `numId` at `level`: «3.», «2)».
        mutating func next(numId: String, level: Int) -> String {
            guard let defs = numbering.levels[numId], let def = defs[level], def.format != "none", def.format != "bullet" else { return "" }
            var v = values[numId] ?? []
            while v.count <= level { v.append((defs[v.count]?.start ?? 1) - 1) }
            v[level] += 1
            v.removeSubrange((level + 1)...)
            values[numId] = v
            var label = def.text
            for (i, n) in v.enumerated() { label = label.replacingOccurrences(of: "%\(i + 1)", with: String(n)) }
            return label
        }
    }

    func counters() -> Counters { Counters(numbering: self) }
}
