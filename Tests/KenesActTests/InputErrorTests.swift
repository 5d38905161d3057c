import Foundation
import KenesAct
import Testing

/// Bad input: refused with the file, line and column, never half-parsed.
@Suite struct InputErrorTests {
    func error(_ bytes: [UInt8]) -> ActInputError? {
        do { _ = try ActParser.parse(bytes: bytes, options: ParseOptions(fileName: "bad.txt")); return nil }
        catch { return error }
    }

    @Test func emptyAndBlankFiles() {
        #expect(error([])?.reason == .empty)
        #expect(error(Array(" \n\t\n".utf8))?.reason == .empty)
        #expect(error([0xEF, 0xBB, 0xBF])?.reason == .empty)
    }

    @Test func invalidUTF8NamesLineAndColumnOfTheFirstBadByte() throws {
        let e = try #require(error(Array("Статья 1. Текст\n1. Пун".utf8) + [0xFF] + Array("кт.\n".utf8)))
        #expect(e.reason == .invalidUTF8)
        #expect(e.location == FileLocation(file: "bad.txt", line: 2, column: 7))
        #expect(e.description.hasPrefix("bad.txt:2:7: error: invalid UTF-8 (byte 0xFF)"))
    }

    @Test(arguments: [
        [0xC3], [0xE2, 0x82], [0xED, 0xA0, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xC0, 0xAF], [0xF0, 0x80, 0x80, 0x80], [0x80],
    ]) func malformedSequencesAreRefused(_ tail: [UInt8]) {
        #expect(error(Array("Статья 1. Текст ".utf8) + tail)?.reason == .invalidUTF8)
    }

    @Test func windows1251IsRecognised() throws {
        let cp1251: [UInt8] = [0xD1, 0xF2, 0xE0, 0xF2, 0xFC, 0xFF, 0x20, 0x31, 0x2E] // «Статья 1.»
        let e = try #require(error(cp1251))
        #expect(e.reason == .invalidUTF8)
        #expect(e.message.contains("Windows-1251"))
    }

    /// A stream that is not text is refused at its first NUL byte, not after reading up to the
    /// size limit (`kenes parse /dev/zero` read 2 GB first).
    @Test func binaryStreamsAreRefusedAtOnce() throws {
        #expect(throws: ActInputError.self) { try SourceText.read(path: "/dev/zero") }
        do { _ = try SourceText.read(path: "/dev/zero") } catch { #expect(error.reason == .binary && error.message.contains("offset 0")) }
    }

    /// Old Mac line ends (a lone CR) are line breaks: the act parses as it would with LF.
    @Test func loneCarriageReturnsAreLineBreaks() throws {
        let lf = "Статья 1. Понятия\n\n1. Первый пункт.\n2. Второй пункт.\n"
        let cr = try ActParser.parse(text: lf.replacingOccurrences(of: "\n", with: "\r"))
        #expect(cr.tree() == (try ActParser.parse(text: lf)).tree())
        #expect(cr.eIds.contains("art_1__para_2"))
    }

    @Test func binaryAndUTF16() {
        #expect(error(Array("Статья 1.\n".utf8) + [0, 1, 2])?.reason == .binary)
        #expect(error([0xFF, 0xFE, 0x21, 0x04])?.reason == .invalidUTF8)
    }

    @Test func textWithoutAnyUnitIsRefused() throws {
        let e = try #require(error(Array("Письмо о работе совета.\nБез статей и пунктов.\n".utf8)))
        #expect(e.reason == .noStructure)
    }

    @Test func brokenCorpusFilesSayWhatIsWrong() throws {
        let expected: [String: (ActInputError.Reason, Int)] = [
            "corpus/broken/kazakh-letters-lost-windows-1251.txt": (.invalidUTF8, 4),
            "corpus/broken/binary.txt": (.binary, 3),
            "corpus/broken/no-structure.txt": (.noStructure, 6),
            "corpus/broken/unclosed-front-matter.txt": (.noStructure, 5),
            "corpus/broken/truncated-utf8.txt": (.invalidUTF8, 3),
        ]
        for (file, (reason, line)) in expected {
            do {
                _ = try Repo.parse(file)
                Issue.record("\(file) was accepted")
            } catch let error as ActInputError {
                #expect(error.reason == reason, "\(file)")
                #expect(error.location.line == line, "\(file)")
                #expect(error.location.file == file)
            } catch {
                Issue.record("\(file): unexpected error \(error)")
            }
        }
    }

    @Test func missingFileAndDirectory() throws {
        #expect(throws: ActInputError.self) { try ActParser.parse(path: "/nonexistent/act.txt") }
        do { _ = try ActParser.parse(path: Repo.corpus.path); Issue.record("a directory was accepted") }
        catch { #expect(error.reason == .unreadable) }
    }
}

/// Hostile shapes of otherwise valid text stay linear (they kept a core busy for minutes).
@Suite struct BoundedParsingTests {
    /// 20,000 clauses with the same number: each duplicate gets the next free suffix without
    /// searching from the first.
    @Test func manyClausesWithTheSameNumber() throws {
        let text = "Статья 1. Текст\n\n" + String(repeating: "1. Пункт.\n", count: 20_000)
        let act = try ActParser.parse(text: text)
        #expect(act.unitCount == 20_002)
        #expect(act.contains("art_1__para_1_dup20000"))
        // the first hundred one by one, the rest counted in one (`kenes lint` lists them all)
        #expect(act.diagnostics.filter { $0.message.contains("duplicate") }.count == 100)
        #expect(act.diagnostics.last?.message == "19899 more warnings from here on: `kenes lint` lists them all")
        #expect(act.diagnostics.last?.location.line == 104)
        let all = try ActParser.parse(text: text, options: ParseOptions(warningLimit: .max))
        #expect(all.diagnostics.filter { $0.message.contains("duplicate") }.count == 19_999)
    }

    /// One «word» of 200,000 letters alternating Latin and Cyrillic: a hundred warnings of
    /// bounded length and a count of the rest (each message held the whole word, which made
    /// the warnings quadratic in memory).
    @Test func aLongWordOfMixedScripts() throws {
        let word = String(repeating: "aб", count: 100_000)
        let act = try ActParser.parse(text: "Статья 1. Заголовок\n\(word)\n")
        #expect(act.diagnostics.count == 101)
        #expect(act.diagnostics.allSatisfy { $0.message.count < 300 })
        #expect(act.diagnostics.last?.message == "99900 more warnings from here on: `kenes lint` lists them all")
    }

    /// One clause citing the same clause 50,000 times: every citation found, offsets counted in
    /// one pass (they were counted from the start of the text for each).
    @Test func oneClauseWithFiftyThousandCitations() throws {
        let text = "Статья 1. Текст\n\n1. Пункт.\n2. Ссылки: " + String(repeating: "пункт 1 статьи 1, ", count: 50_000) + "и всё.\n"
        let act = try ActParser.parse(text: text)
        let citations = try #require(act.unit("art_1__para_2")).citations
        #expect(citations.count == 50_000)
        #expect(citations.allSatisfy { $0.status == .resolved && $0.target == "art_1__para_1" })
        #expect(citations.last.map { $0.end - $0.start } == "пункт 1 статьи 1".unicodeScalars.count)
    }
}
