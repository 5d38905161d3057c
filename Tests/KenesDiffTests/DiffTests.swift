import Foundation
import KenesAct
import KenesAmend
import KenesDiff
import KenesRender
import KenesTestSupport
import Testing

typealias Repo = Repository

/// What a lawyer would list by hand for the synthetic draft, and the properties every diff keeps.
@Suite struct DiffTests {
    static let old = try! Repo.act("corpus/synthetic/public-councils-ru.txt")
    static let new = try! Repo.act("corpus/synthetic/public-councils-ru-draft.txt")
    static let diff = ActDiffer.diff(old: old, new: new)

    @Test func theDraftsChangesAsALawyerWouldListThem() {
        let got = Self.diff.changes.map { "\($0.kind.rawValue) \($0.old ?? "-") \($0.new ?? "-")" }
        #expect(got == [
            "modified art_5__para_2 art_5__para_2",
            "excluded art_6__para_3 art_6__para_3",
            "inserted - art_8__para_2-1",
            "deleted art_9__para_3 -",
            "heading art_10 art_10",
            "moved art_14__para_2 art_13__para_3",
            "inserted - art_19",
            "renumbered art_19 art_20",
            "renumbered art_20 art_21",
            "modified art_20__para_1 art_21__para_1",
        ])
        let modified = Self.diff.changes[0]
        #expect(modified.edits.filter { $0.op != .equal } == [WordEdit(op: .insert, text: "и организаций ")])
        let inserted = Self.diff.changes[2]
        #expect(inserted.parent == "art_8")
        #expect(inserted.after == "art_8__para_2")
        #expect(Vocabulary.citation(path: inserted.path, .ru) == "Пункт 2-1 статьи 8")
    }

    @Test func aDocumentComparedWithItselfHasNoChanges() throws {
        for file in ["corpus/synthetic/public-councils-ru.txt", "corpus/synthetic/public-councils-kk.txt", "corpus/excerpts/draft-2013-public-control-ru.txt"] {
            let a = try Repo.act(file)
            let d = ActDiffer.diff(old: a, new: a, options: DiffOptions(notes: true))
            #expect(d.isEmpty)
            #expect(d.unchanged == a.unitCount - 1)
        }
    }

    @Test(arguments: [false, true]) func applyingTheChangesGivesTheNewVersion(_ notes: Bool) {
        let d = ActDiffer.diff(old: Self.old, new: Self.new, options: DiffOptions(notes: notes))
        #expect(firstDifference(d.applied(), d.comparedNew()) == nil)
    }

    /// Closing words after a list changed: a change of the unit that lists (they have no eId),
    /// the subclauses between untouched; applying it gives the new version.
    @Test(arguments: ["ru", "kk"]) func changedClosingWordsAreAChangeOfTheirUnit(_ lang: String) throws {
        let old = try Repo.act("corpus/synthetic/closing-words-\(lang).txt")
        let new = try Amender.amend(old, withFileAt: Repo.path("corpus/amendments/law-2024-closing-words-\(lang).txt")).act
        let d = ActDiffer.diff(old: old, new: new)
        #expect(d.changes.map { "\($0.kind.rawValue) \($0.new ?? "-")" } == ["modified art_1__para_1", "modified art_2", "modified art_3__para_1"])
        for c in d.changes {
            #expect(c.edits.isEmpty, "the words before the list are unchanged in \(c.new!)")
            #expect(c.wrapUpEdits.contains { $0.op != .equal })
        }
        let removed = d.changes[1].wrapUpEdits.filter { $0.op == .delete }.map(\.text).joined()
        #expect(removed.contains(lang == "ru" ? "или лицом, его замещающим" : "немесе оны алмастыратын адам"))
        #expect(firstDifference(d.applied(), d.comparedNew()) == nil)
        let text = DiffRenderer.text(d, color: false, locale: .en)
        #expect(text.contains("modified  \(lang == "ru" ? "Статья 2" : "2-бап")  [art_2]\n  closing words after the subclauses: "))
    }

    /// Characters nobody sees changed: an `invisible` change naming them, no row of the
    /// comparative table, nothing with --ignore-typography; applying it gives the new version.
    @Test func invisibleCharactersAreAnInvisibleChange() throws {
        var text = try Repo.text("corpus/synthetic/public-councils-ru.txt")
        text = text.replacingOccurrences(of: "Настоящий Закон определяет", with: "Настоящий Закон оп\u{00AD}ределяет")
        text = text.replacingOccurrences(of: "2. Представители гражданского общества составляют не менее 70",
                                         with: "2. Представители гражданского общества сoставляют не менее 70")   // Latin o
        let new = try ActParser.parse(text: text, options: ParseOptions(fileName: "new.txt"))
        let d = ActDiffer.diff(old: Self.old, new: new)
        #expect(d.changes.map { "\($0.kind.rawValue) \($0.new ?? "-")" } == ["invisible preamble", "invisible art_6__para_2"])
        #expect(d.changes[0].characters.map { "\($0.old.map { String($0.value, radix: 16) } ?? "-")→\($0.new.map { String($0.value, radix: 16) } ?? "-")" } == ["-→ad"])
        #expect(d.changes[1].characters.map { "\($0.old.map { String($0.value, radix: 16) } ?? "-")→\($0.new.map { String($0.value, radix: 16) } ?? "-")" } == ["43e→6f"])
        let report = DiffRenderer.text(d, locale: .en)
        #expect(report.contains("invisible  Пункт 2 статьи 6  [art_6__para_2]\n  U+043E CYRILLIC SMALL LETTER O → U+006F LATIN SMALL LETTER O\n"))
        #expect(report.hasSuffix("0 inserted, 0 deleted, 0 modified, 0 renumbered, 0 moved, 2 invisible; 82 unchanged\n"))
        #expect(DiffRenderer.text(d, locale: .ru).hasSuffix("дополнено: 0, удалено: 0, изменено: 0, перенумеровано: 0, перемещено: 0, невидимые символы: 2; без изменений: 82\n"))
        #expect(DiffRenderer.text(d, locale: .kk).contains("көрінбейтін таңбалар  Пункт 2 статьи 6"))
        #expect(ComparativeTable(d).rows.isEmpty)
        #expect(ActDiffer.diff(old: Self.old, new: new, options: DiffOptions(ignoreTypography: true)).isEmpty)
        #expect(firstDifference(d.applied(), d.comparedNew()) == nil)
    }

    /// Generated acts, mutated: words changed, clauses inserted and deleted, a chapter inserted so
    /// that the following chapters are renumbered, notes edited.
    @Test(arguments: [(Language.ru, UInt64(1)), (.kk, 2), (.ru, 3), (.kk, 4)]) func applyingChangesToGeneratedActs(_ lang: Language, _ seed: UInt64) throws {
        let g = SyntheticAct.generate(.init(language: lang, targetBytes: 60_000, seed: seed))
        let edited = SyntheticAct.mutate(g.text, language: lang, seed: seed)
        let a = try ActParser.parse(text: g.text), b = try ActParser.parse(text: edited)
        for notes in [false, true] {
            let d = ActDiffer.diff(old: a, new: b, options: DiffOptions(notes: notes))
            #expect(!d.isEmpty)
            #expect(firstDifference(d.applied(), d.comparedNew()) == nil, "seed \(seed), notes \(notes)")
        }
        let d = ActDiffer.diff(old: a, new: b)
        // the inserted chapter renumbers the chapters after it: renumbering, not deletion + insertion
        #expect(d.count(.renumbered) >= 1)
        #expect(d.changes.filter { $0.unitKind == .chapter && $0.kind == .deleted }.isEmpty)
    }

    /// A run of renumbered articles is renumbering, never N deletions and N insertions.
    @Test func renumberedRunOfArticles() throws {
        let a = try ActParser.parse(text: (1...12).map { "Статья \($0). Заголовок \($0)\n1. Текст статьи номер \($0) о совете.\n" }.joined())
        let b = try ActParser.parse(text: "Статья 1. Новая\n1. Совсем новый текст.\n" + (1...12).map { "Статья \($0 + 1). Заголовок \($0)\n1. Текст статьи номер \($0) о совете.\n" }.joined())
        let d = ActDiffer.diff(old: a, new: b)
        #expect(d.count(.renumbered) == 12)
        #expect(d.count(.inserted) == 1)
        #expect(d.count(.deleted) == 0)
        #expect(firstDifference(d.applied(), d.comparedNew()) == nil)
    }

    @Test func typographyIsADifferenceUnlessIgnored() throws {
        let a = try ActParser.parse(text: "Статья 1. А\n1. Закон «Об общественных советах» – текст.\n")
        let b = try ActParser.parse(text: "Статья 1. А\n1. Закон \"Об общественных советах\" - текст.\n")
        #expect(ActDiffer.diff(old: a, new: b).count(.modified) == 1)
        #expect(ActDiffer.diff(old: a, new: b, options: DiffOptions(ignoreTypography: true)).isEmpty)
        let e = try ActParser.parse(text: "Статья 1. А\n1. Её текст.\n")
        let ee = try ActParser.parse(text: "Статья 1. А\n1. Ее текст.\n")
        #expect(!ActDiffer.diff(old: e, new: ee, options: DiffOptions(ignoreTypography: true)).isEmpty) // ё is a letter
    }

    @Test func notesAreComparedOnlyWhenAsked() throws {
        let a = try ActParser.parse(text: "Статья 1. А\nСноска. Статья 1 с изменениями, внесенными Законом РК от 03.01.2021 № 406-VI.\n1. Текст.\n")
        let b = try ActParser.parse(text: "Статья 1. А\nСноска. Статья 1 с изменениями, внесенными законами РК от 03.01.2021 № 406-VI; от 05.05.2022 № 1-VII.\n1. Текст.\n")
        #expect(ActDiffer.diff(old: a, new: b).isEmpty)
        let d = ActDiffer.diff(old: a, new: b, options: DiffOptions(notes: true))
        #expect(d.changes.map(\.kind) == [.modified])
        #expect(firstDifference(d.applied(), d.comparedNew()) == nil)
    }

    @Test func wordsStayWhole() {
        let t = LegalTokenizer.tokens("См. статью 8-1 Закона от 03.01.2021 № 406-VI и подпункт 2-1) — қоғамдық кеңес.", language: .ru)
            .filter { !$0.isSpace }.map { String($0.text) }
        #expect(t.contains("8-1"))
        #expect(t.contains("03.01.2021"))
        #expect(t.contains("№ 406-VI"))
        #expect(t.contains("2-1)"))
        #expect(t.contains("қоғамдық"))
        #expect(t.contains("кеңес"))
    }

    @Test func myersGivesAShortestScript() {
        var rng = SeededRandom(seed: 5)
        for round in 0..<240 {
            // mostly small alphabets and lengths; every 20th round long and sparse in matches
            let length = round % 20 == 0 ? 400 : 30, alphabet = round % 20 == 0 ? 40 : 5
            let a = (0..<Int(rng.next() % UInt64(length))).map { _ in Int(rng.next() % UInt64(alphabet)) }
            let b = (0..<Int(rng.next() % UInt64(length))).map { _ in Int(rng.next() % UInt64(alphabet)) }
            let steps = WordDiff.myers(a, b)
            // replaying the script gives b and walks a in order, and its length is that of the
            // LCS-based optimum
            var out: [Int] = [], fromA: [Int] = []
            for s in steps {
                switch s {
                case .equal(let i, let j): out.append(a[i]); fromA.append(i); #expect(a[i] == b[j])
                case .insert(let j): out.append(b[j])
                case .delete(let i): fromA.append(i)
                }
            }
            #expect(out == b)
            #expect(fromA == Array(a.indices))
            let edits = steps.filter { if case .equal = $0 { return false } else { return true } }.count
            #expect(edits == a.count + b.count - 2 * lcs(a, b))
        }
    }

    /// A clause rewritten word for word: the script is every old word out and every new word
    /// in, deletions first (linear space: the greedy version kept a frontier per step, gigabytes
    /// at a few thousand words).
    @Test func aRewrittenClauseIsAllDeletionsThenInsertions() {
        let a = Array(0..<3_000), b = Array(3_000..<6_000)
        let steps = WordDiff.myers(a, b)
        #expect(steps.count == 6_000)
        #expect(steps.prefix(3_000).allSatisfy { if case .delete = $0 { true } else { false } })
        #expect(steps.suffix(3_000).allSatisfy { if case .insert = $0 { true } else { false } })
    }

    func lcs(_ a: [Int], _ b: [Int]) -> Int {
        var t = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                t[i][j] = a[i] == b[j] ? t[i + 1][j + 1] + 1 : max(t[i + 1][j], t[i][j + 1])
            }
        }
        return t[0][0]
    }
}
