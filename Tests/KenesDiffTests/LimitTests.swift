import Foundation
import KenesAct
import KenesDiff
import KenesTestSupport
import Testing

/// Bounded work in the diff (README, «Limits»): each limit at its value and beyond.
@Suite struct DiffLimitTests {
    static func words(_ prefix: String, _ n: Int) -> String { (0..<n).map { "\(prefix)\($0)" }.joined(separator: " ") }

    /// Up to the limit the words are compared; beyond it the clause is shown replaced whole and
    /// the change says so.
    @Test func wordDiffTokenLimit() {
        // n words and n - 1 spaces on each side, all different: 2 (2n - 1) tokens
        let atLimit = (Limits.wordDiffTokens / 2 + 1) / 2
        let small = WordDiff.compare(Self.words("а", atLimit), Self.words("б", atLimit), language: .ru)
        #expect(!small.coarse)
        let big = WordDiff.compare(Self.words("а", atLimit + 1), Self.words("б", atLimit + 1), language: .ru)
        #expect(big.coarse)
        #expect(big.edits.map(\.op) == [.delete, .insert])
        // what is not compared is still all there
        #expect(big.edits[0].text == Self.words("а", atLimit + 1) && big.edits[1].text == Self.words("б", atLimit + 1))
    }

    static func act(_ clauses: [String], number: (Int) -> String) throws -> Act {
        var text = "---\nsynthetic: yes\n---\nЗАКОН (синтетический текст)\n\nСтатья 1. Порядок\n\n"
        for (i, c) in clauses.enumerated() { text += "\(number(i)). \(c)\n" }
        return try ActParser.parse(text: text)
    }

    /// 1,000 clauses renumbered (1, 2, … → 1-1, 1-2, …) and every one edited: no content or eId
    /// matches, so each is matched by similarity among its nearest siblings only — and still to
    /// its own edited version.
    @Test func renumberedAndEditedClausesMatchTheirNeighbours() throws {
        let old = (0..<1_000).map { "Положение номер \($0) о порядке работы совета и его членов." }
        let new = old.map { $0.replacingOccurrences(of: "членов", with: "участников") }
        let d = ActDiffer.diff(old: try Self.act(old) { "\($0 + 1)" }, new: try Self.act(new) { "1-\($0 + 1)" })
        #expect(d.count(.inserted) == 0)
        #expect(d.count(.deleted) == 0)
        #expect(d.changes.filter { $0.kind == .modified }.count == 1_000)
        #expect(d.changes.allSatisfy { c in c.kind != .modified || c.oldText!.replacingOccurrences(of: "членов", with: "участников") == c.newText })
    }
}

@Suite struct CitationLimitTests {
    static func act(items: Int) throws -> Act {
        let list = (1...items).map { "1-\($0 % 3 + 1)" }.joined(separator: ", ")
        return try ActParser.parse(text: "Статья 1. Понятия\n\n1. Первый.\n\n2. Второй со ссылкой на пункты \(list) настоящей статьи.\n")
    }

    @Test func aListAtTheLimitIsReadAndBeyondItIsLeftUnresolved() throws {
        let at = try Self.act(items: Limits.citationItems)
        #expect(at.unit("art_1__para_2")?.citations.first?.status != .unresolved || !at.diagnostics.contains { $0.message.contains("the limit is") })
        let beyond = try Self.act(items: Limits.citationItems + 1)
        #expect(beyond.unit("art_1__para_2")?.citations.first?.status == .unresolved)
        #expect(beyond.diagnostics.contains { $0.message.contains("\(Limits.citationItems + 1) items (the limit is \(Limits.citationItems))") })
    }
}
