import Foundation

import KenesAct

/// Defined terms of an act: from its definitions article («Основные понятия, используемые в
/// настоящем Законе» / «Осы Заңда пайдаланылатын негізгі ұғымдар»), or else from definitional
/// clauses («под … понимается …», «… – это …», and article 1 written as a list of
/// «term – definition»).
public struct Glossary: Sendable {
    public struct Entry: Sendable, Equatable {
        public var term: String
        public var definition: String
        /// Where it is defined.
        public var eId: EId
    }

    public var language: Language
    public var entries: [Entry]
    /// Where the terms came from: the definitions article's eId, "clauses", or nil when the act
    /// defines nothing.
    public var source: EId?
    /// The same for the other language, in a parallel extract.
    public var parallel: Glossary? { get { other.first } set { other = newValue.map { [$0] } ?? [] } }
    private var other: [Glossary] = []

    public init(language: Language, entries: [Entry], source: EId?) {
        self.language = language; self.entries = entries; self.source = source
    }

    public init(act: Act) {
        let tree = act.tree()
        language = act.metadata.language
        var articles: [StructuralUnit] = []
        tree.forEach { if $0.kind == .article { articles.append($0) } }
        let isDefinitions = { (u: StructuralUnit) -> Bool in
            let h = (u.heading ?? "").lowercased()
            return (h.contains("понятия") && h.contains("использ")) || h.contains("негізгі ұғымдар") || h.contains("ұғымдар")
        }
        if let defs = articles.first(where: isDefinitions) {
            entries = Self.listEntries(defs)
            source = defs.eId
            return
        }
        // no definitions article: article 1 as a list of definitions (the 2013 draft), then
        // definitional sentences anywhere
        if let first = articles.first(where: { $0.num == "1" }) {
            let list = Self.listEntries(first)
            if !list.isEmpty { entries = list; source = first.eId; return }
        }
        var found: [Entry] = []
        tree.forEach { u in
            if let e = Self.sentenceDefinition(u.text, eId: u.eId) { found.append(e) }
        }
        entries = found
        source = found.isEmpty ? nil : "clauses"
    }

    /// «term – definition;» items of a list (points or clauses).
    static func listEntries(_ article: StructuralUnit) -> [Entry] {
        var out: [Entry] = []
        article.forEach { u in
            guard u.kind == .point || u.kind == .paragraph || u.kind == .subparagraph else { return }
            if let e = dashDefinition(u.text, eId: u.eId) { out.append(e) }
        }
        return out
    }

    static let dashes = [" – ", " — ", " - "]

    /// «общественный совет – консультативно-совещательный … орган;»: a short term before a dash.
    static func dashDefinition(_ text: String, eId: EId) -> Entry? {
        for d in dashes {
            guard let r = text.range(of: d) else { continue }
            var term = String(text[..<r.lowerBound]).trimmingCharacters(in: .whitespaces)
            if term.hasSuffix(" это") { term = String(term.dropLast(4)) }
            let words = term.split(separator: " ")
            guard (1...6).contains(words.count), !term.contains(","), !term.contains(".") else { return nil }
            var def = String(text[r.upperBound...]).trimmingCharacters(in: .whitespaces)
            if def.hasPrefix("это ") { def = String(def.dropFirst(4)) }
            while let l = def.last, l == ";" || l == "." { def.removeLast() }
            return Entry(term: term, definition: def, eId: eId)
        }
        return nil
    }

    /// «Под общественным мониторингом понимается …».
    static func sentenceDefinition(_ text: String, eId: EId) -> Entry? {
        guard let p = text.range(of: " понимается ") else { return nil }
        let before = text[..<p.lowerBound]
        guard let pod = before.range(of: "од ", options: .backwards) ?? before.range(of: "Под ") else { return nil }
        let term = before[pod.upperBound...].trimmingCharacters(in: .whitespaces)
        guard (1...6).contains(term.split(separator: " ").count) else { return nil }
        var def = String(text[p.upperBound...]).trimmingCharacters(in: .whitespaces)
        while let l = def.last, l == ";" || l == "." { def.removeLast() }
        return Entry(term: term, definition: def, eId: eId)
    }

    /// Only the terms that occur in `units` — inflected forms too: «рабочей группы» is «рабочая
    /// группа», «қоғамдық кеңестің» is «қоғамдық кеңес».
    public func used(in units: [StructuralUnit]) -> Glossary {
        var texts: [String] = []
        for u in units { u.forEach { texts.append(($0.heading ?? "") + " " + $0.text + " " + ($0.wrapUp ?? "")) } }
        let words = texts.joined(separator: " ").lowercased().split(whereSeparator: { !$0.isLetter && $0 != "-" })
        let index = WordIndex(words)
        var g = self
        g.entries = entries.filter { Self.occurs($0.term, in: index) }
        return g
    }

    /// Where each word starts with each of its first four letters: a term is looked for only
    /// where its first word could be (trying every position for every term was terms × words:
    /// 4,000 terms took 14 s).
    struct WordIndex {
        let words: [Substring]
        var positions: [Substring: [Int]] = [:]

        init(_ words: [Substring]) {
            self.words = words
            for (i, w) in words.enumerated() {
                for n in 1...min(4, w.count) { positions[w.prefix(n), default: []].append(i) }
            }
        }
    }

    /// The term's words, each matched by its stem (the word less its last two letters, at least
    /// four kept), in a row.
    static func occurs(_ term: String, in index: WordIndex) -> Bool {
        let stems = term.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "-" }).map { w -> Substring in
            w.count <= 4 ? w : w.prefix(max(4, w.count - 2))
        }
        guard let first = stems.first, index.words.count >= stems.count else { return false }
        let words = index.words
        for i in index.positions[first.prefix(4)] ?? [] where i + stems.count <= words.count {
            if stems.indices.allSatisfy({ words[i + $0].hasPrefix(stems[$0]) }) { return true }
        }
        return false
    }
}
