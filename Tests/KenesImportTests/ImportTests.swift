import Foundation
import KenesAct
import KenesCLI
import KenesImport
import KenesFuzzTargets
import KenesFormats
import KenesTestSupport
import Testing
import ZIPFoundation

typealias Repo = Repository

/// Acts as users download them: the portal's HTML page and Word files.
@Suite struct ImportTests {
    static let text = try! ActParser.parse(path: Repo.path("corpus/synthetic/public-councils-ru.txt")).tree()

    @Test func formatIsToldByContent() throws {
        #expect(Importer.detect(Array("Статья 1. Текст".utf8)) == .text)
        #expect(Importer.detect(Array("\u{FEFF}  <!DOCTYPE html><html>".utf8)) == .html)
        #expect(Importer.detect([0x50, 0x4B, 0x03, 0x04, 0, 0]) == .docx)
        #expect(Importer.detect(Array("<p>Статья 1.</p>".utf8)) == .html)
    }

    @Test func portalHTMLGivesTheSameTreeAsText() throws {
        let act = try Importer.load(path: Repo.path("corpus/synthetic/public-councils-ru-portal.html"))
        #expect(firstDifference(act.tree(), Self.text) == nil)
        #expect(act.metadata.editionDate == "2021-01-10")
        // the page's furniture is gone
        let all = String(decoding: act.source, as: UTF8.self)
        for furniture in ["Главная", "ҚАЗ", "Состояние базы", "var counter", "Последние документы", "©"] { #expect(!all.contains(furniture), "\(furniture)") }
    }

    @Test func docxGivesTheSameTreeAsText() throws {
        var original = ImportOptions()
        original.acceptTrackedChanges = false
        let act = try Importer.load(path: Repo.path("corpus/synthetic/public-councils-ru.docx"), options: original)
        #expect(firstDifference(act.tree(), Self.text) == nil)
        // numbering came from numbering.xml, the footnote became the article's note
        #expect(act.unit("art_8")?.notes.first?.text.hasPrefix("Сноска. Статья 8 с изменениями") == true)
        let accepted = try Importer.load(path: Repo.path("corpus/synthetic/public-councils-ru.docx"))
        #expect(accepted.unit("art_5__para_2")?.text.contains("государственных органов и организаций информацию") == true)
        #expect(act.unit("art_5__para_2")?.text.contains("государственных органов информацию") == true)
    }

    @Test func inlineNotesLeaveASpaceAndTheirOwnLine() throws {
        let html = "<html><body><div class=\"main\"><p><b>Статья 52. Порядок</b></p><p>1. В соответствии с пунктом 1-1<span class=\"note\">Сноска. Пункт 1-1 изменен Законом РК от 03.01.2021 № 406-VI.</span> статьи 52 совет решает.</p></div></body></html>"
        let act = try Importer.load(bytes: Array(html.utf8), file: "page.html")
        #expect(act.unit("art_52__para_1")?.text == "В соответствии с пунктом 1-1  статьи 52 совет решает.")
        #expect(act.unit("art_52__para_1")?.notes.first?.amendments == [Amendment(date: "2021-01-03", number: "406-VI", actKind: .law)])
    }

    // MARK: hostile files: refused cleanly, within fixed limits

    static func zip(_ entries: [(String, Data)], method: CompressionMethod = .deflate) throws -> [UInt8] {
        let archive = try Archive(accessMode: .create)
        for (name, data) in entries {
            try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count), compressionMethod: method) { pos, size in
                data.subdata(in: Int(pos)..<Int(pos) + size)
            }
        }
        return [UInt8](archive.data!)
    }

    static func docx(_ document: String) throws -> [UInt8] {
        try zip([("word/document.xml", Data(document.utf8))])
    }

    func refusal(_ bytes: [UInt8], _ file: String = "hostile.docx", limits: InputLimits = InputLimits()) -> ActInputError? {
        var o = ImportOptions()
        o.limits = limits
        do { _ = try Importer.load(bytes: bytes, file: file, options: o); return nil } catch { return error }
    }

    @Test func zipBombIsRefusedByRatioAndBySize() throws {
        // 20 MB of one letter inflates about 1000:1
        let bomb = try Self.zip([("word/document.xml", Data(repeating: 0x41, count: 20 << 20))])
        let e = try #require(refusal(bomb))
        #expect(e.reason == .tooLarge)
        #expect(e.message.contains("zip bomb"))
        var small = InputLimits()
        small.maxEntryBytes = 1 << 20
        let big = try Self.zip([("word/document.xml", Data((0..<(3 << 20)).map { UInt8(truncatingIfNeeded: $0 &* 2654435761 >> 13) }))], method: .none)
        #expect(refusal(big, limits: small)?.reason == .tooLarge)
    }

    @Test func damagedDeflateDataIsRefusedNotLoopedOn() throws {
        // found by fuzzing: ZIPFoundation inflated this forever
        let e = try #require(refusalOf(file: Repo.path("corpus/broken/fuzz-deflate-overrun.docx")))
        #expect(e.reason == .unreadable)
        #expect(e.message.contains("damaged archive"))
        // a deflate stream cut short, its sizes cut to match in both headers
        var cut = try Self.docx("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>Статья 1. А</w:t></w:r></w:p></w:body></w:document>")
        let directory = Int(cut[cut.count - 6]) | Int(cut[cut.count - 5]) << 8
        let compressed = Int(cut[18]) | Int(cut[19]) << 8
        for at in [18, directory + 20] { cut[at] = UInt8((compressed / 2) & 0xFF); cut[at + 1] = UInt8((compressed / 2) >> 8) }
        #expect(refusal(cut)?.message.contains("ends before its compressed data does") == true)
        // a wrong CRC in the central directory
        var crc = try Self.docx("<w:document/>")
        let dir = Int(crc[crc.count - 6]) | Int(crc[crc.count - 5]) << 8
        crc[dir + 16] ^= 0xFF
        #expect(refusal(crc)?.message.contains("CRC") == true)
    }

    func refusalOf(file: String) -> ActInputError? {
        do { _ = try Importer.load(path: file); return nil } catch { return error }
    }

    @Test func entitiesAndDTDsAreRefused() throws {
        let xxe = """
        <?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]>
        <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Статья 1. &x;</w:t></w:r></w:p></w:body></w:document>
        """
        let e = try #require(refusal(try Self.docx(xxe)))
        #expect(e.message.contains("DTD"))
        let laughs = "<?xml version=\"1.0\"?><!DOCTYPE l [<!ENTITY a \"aaaaaaaaaa\">" + (1...9).map { "<!ENTITY \(Character(UnicodeScalar(97 + $0)!)) \"" + String(repeating: "&\(Character(UnicodeScalar(96 + $0)!));", count: 10) + "\">" }.joined() + "]><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>&j;</w:t></w:r></w:p></w:body></w:document>"
        #expect(refusal(try Self.docx(laughs)) != nil)
        let htmlXXE = "<!DOCTYPE html [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><html><body><p>Статья 1. Текст &x;</p><p>1. Пункт.</p></body></html>"
        #expect(refusal(Array(htmlXXE.utf8), "x.html")?.message.contains("DOCTYPE") == true)
    }

    @Test func deepNestingTruncationAndBadPathsAreRefused() throws {
        let deep = "<html><body>" + String(repeating: "<div>", count: 5000) + "Статья 1. А" + String(repeating: "</div>", count: 5000) + "</body></html>"
        #expect(refusal(Array(deep.utf8), "deep.html") != nil)
        let good = try Self.docx("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>Статья 1. А</w:t></w:r></w:p><w:p><w:r><w:t>1. Пункт.</w:t></w:r></w:p></w:body></w:document>")
        #expect(refusal(good) == nil)
        #expect(refusal(Array(good.prefix(good.count / 2))) != nil)                     // truncated archive
        let slip = try Self.zip([("../../evil.xml", Data("x".utf8)), ("word/document.xml", Data("<w:document/>".utf8))])
        #expect(refusal(slip) != nil)
        // found by fuzzing: a local header whose size disagrees with the central directory made
        // ZIPFoundation trap; now it is refused before ZIPFoundation reads it
        var lying = good
        lying[18] = 0xFF; lying[19] = 0xFF; lying[20] = 0x00
        #expect(refusal(lying)?.message.contains("damaged archive") == true)
        var offsets = good
        let eocd = offsets.count - 22
        offsets[eocd + 16] = 0xF0; offsets[eocd + 17] = 0xFF
        #expect(refusal(offsets) != nil)
        let notWord = try Self.zip([("hello.txt", Data("hi".utf8))])
        #expect(refusal(notWord)?.message.contains("word/document.xml") == true)
    }

    @Test func declaredEncodingIsNotTrusted() throws {
        // a page that says windows-1251 but is UTF-8 is read as what it is
        let html = "<html><head><meta charset=\"windows-1251\"></head><body><p>Статья 1. Заголовок</p><p>1. Пункт.</p></body></html>"
        #expect(try Importer.load(bytes: Array(html.utf8), file: "a.html").unit("art_1__para_1")?.text == "Пункт.")
        // and one really in windows-1251 is refused with the line and column
        var cp: [UInt8] = Array("<html><body><p>".utf8) + [0xD1, 0xF2, 0xE0, 0xF2, 0xFC, 0xFF, 0x20, 0x31, 0x2E] + Array("</p></body></html>".utf8)
        let e = try #require(refusal(cp, "cp.html"))
        #expect(e.reason == .invalidUTF8)
    }

    @Test func everyCommandReadsEveryFormat() throws {
        let html = Repo.path("corpus/synthetic/public-councils-ru-portal.html"), docx = Repo.path("corpus/synthetic/public-councils-ru.docx")
        let txt = Repo.path("corpus/synthetic/public-councils-ru.txt")
        #expect(KenesCommand.run(["parse", html]) == 0)
        #expect(KenesCommand.run(["show", docx, "ст. 8 п. 2"]) == 0)
        #expect(KenesCommand.run(["diff", txt, html]) == 0)
        #expect(KenesCommand.run(["diff", txt, docx, "--original"]) == 0)
        #expect(KenesCommand.run(["diff", txt, docx]) == 1)
        #expect(KenesCommand.run(["extract", docx, "--refs", "ст. 1"]) == 0)
        #expect(KenesCommand.run(["parse", txt, "--from", "docx"]) == 2)
    }
}

/// What an archive Kenes cannot read is told as what it is.
@Suite struct ArchiveMessageTests {
    /// A bzip2 entry (method 12) was refused as a «zip bomb» by the size checks before the
    /// method was looked at.
    @Test func anUnsupportedMethodIsSaidAsSuch() throws {
        var bytes = try ImportTests.docx(String(repeating: "<w:p/>", count: 20_000))
        // the central directory's and the local header's method fields: deflate (8) → bzip2 (12)
        for i in 0..<(bytes.count - 4) where bytes[i] == 0x50 && bytes[i + 1] == 0x4B {
            if bytes[i + 2] == 0x01 && bytes[i + 3] == 0x02 { bytes[i + 10] = 12 }
            if bytes[i + 2] == 0x03 && bytes[i + 3] == 0x04 { bytes[i + 8] = 12 }
        }
        do {
            _ = try Importer.load(bytes: bytes, file: "bz.docx")
            Issue.record("accepted")
        } catch {
            #expect(error.message.contains("bzip2") && !error.message.contains("zip bomb"))
        }
    }
}

/// An Akoma Ntoso or HTML element with more attributes than the limit is refused before libxml2
/// (which checks them pairwise) reads it.
@Suite struct AttributeLimitTests {
    @Test(arguments: [SourceFormat.akn, .html]) func refusedBeyondTheLimit(_ format: SourceFormat) {
        let attrs = (0...InputLimits().maxAttributes).map { "a\($0)=\"1\"" }.joined(separator: " ")
        let doc = format == .akn ? "<akomaNtoso \(attrs)><act/></akomaNtoso>" : "<html><body><p \(attrs)>Статья 1. Текст</p></body></html>"
        do {
            _ = try Importer.load(bytes: Array(doc.utf8), file: "many.\(format.rawValue)", options: ImportOptions(format: format))
            Issue.record("accepted")
        } catch {
            #expect(error.reason == .tooLarge && error.message.contains("attributes"))
        }
    }
}

/// The fuzz targets' bodies on the corpus (their seeds) and on damaged copies: they compile in
/// the main build and run here, so `scripts/fuzz.sh` never finds them broken.
@Suite struct FuzzTargetTests {
    @Test func bodiesRunOnTheirSeeds() throws {
        let seeds: [(String, SourceFormat?)] = [("corpus/synthetic/public-councils-ru.txt", .text), ("corpus/synthetic/public-councils-ru-portal.html", .html),
                                                ("corpus/synthetic/public-councils-ru.docx", .docx), ("corpus/broken/fuzz-deflate-overrun.docx", .docx),
                                                ("corpus/amendments/law-2022-ru.txt", nil)]
        for (file, format) in seeds {
            let bytes = try [UInt8](Data(contentsOf: Repo.root.appendingPathComponent(file)))
            for cut in [bytes.count, bytes.count / 2, 7] {
                bytes.prefix(cut).withUnsafeBufferPointer { b in
                    if let format { FuzzTargets.importAct(b, as: format) } else { FuzzTargets.amend(b) }
                }
            }
        }
        let pair = try [UInt8](Data(contentsOf: Repo.root.appendingPathComponent("corpus/synthetic/public-councils-ru.txt"))) + [0]
            + [UInt8](Data(contentsOf: Repo.root.appendingPathComponent("corpus/synthetic/public-councils-kk.txt")))
        for cut in [pair.count, pair.count / 3, 7] { pair.prefix(cut).withUnsafeBufferPointer { FuzzTargets.parity($0) } }
    }
}

/// Akoma Ntoso nested deeper than the limit is said as such (it was «not well-formed»).
@Suite struct NestingTests {
    @Test func deepAkomaNtosoIsRefusedAsDeep() {
        let depth = InputLimits().maxDepth + 1
        let xml = "<akomaNtoso>" + String(repeating: "<a>", count: depth) + String(repeating: "</a>", count: depth) + "</akomaNtoso>"
        do {
            _ = try Importer.load(bytes: Array(xml.utf8), file: "deep.xml")
            Issue.record("accepted")
        } catch {
            #expect(error.message.contains("nested deeper than \(InputLimits().maxDepth)"))
        }
    }
}

/// Nothing lost in silence: a page cut off is warned about, CDATA in Akoma Ntoso is text.
@Suite struct SilentLossTests {
    @Test func aTruncatedPortalPageIsWarnedAbout() throws {
        let page = try [UInt8](Data(contentsOf: Repo.root.appendingPathComponent("corpus/synthetic/public-councils-ru-portal.html")))
        let whole = try Importer.load(bytes: page, file: "page.html")
        #expect(!whole.diagnostics.contains { $0.message.contains("cut off") })
        let cut = try Importer.load(bytes: Array(page.prefix(page.count / 2)), file: "page.html")
        #expect(cut.diagnostics.first?.message.contains("cut off") == true)
        #expect(cut.unitCount < whole.unitCount)
    }

    @Test func cdataInAkomaNtosoIsText() throws {
        let xml = """
        <akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><act name="law"><body>
        <article eId="art_1"><num>1</num><heading>Понятия</heading><content><p><![CDATA[Текст <в> CDATA (синтетический).]]></p></content></article>
        </body></act></akomaNtoso>
        """
        let act = try Importer.load(bytes: Array(xml.utf8), file: "cdata.xml")
        #expect(act.unit("art_1__subpara_1")?.text == "Текст <в> CDATA (синтетический).")
    }
}

/// Files Kenes does not read are named for what they are, with what to do.
@Suite struct ForeignFileTests {
    @Test(arguments: [("%PDF-1.7\n%âãÏÓ", "PDF is not supported: save the act as DOCX"),
                      ("{\\rtf1\\ansi Статья 1.}", "RTF is not supported")])
    func namedForWhatTheyAre(_ head: String, _ expected: String) {
        do { _ = try Importer.load(bytes: Array(head.utf8), file: "f"); Issue.record("accepted") }
        catch { #expect(error.message.contains(expected)) }
    }

    @Test func oldOfficeAndImages() {
        let cases: [([UInt8], String)] = [([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0], "Word 97 (.doc)"),
                                          ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A], "PNG image"), ([0xFF, 0xD8, 0xFF, 0xE0], "JPEG image"),
                                          (Array("Rar!\u{1A}\u{07}".utf8), "RAR archive")]
        for (bytes, expected) in cases {
            do { _ = try Importer.load(bytes: bytes, file: "f"); Issue.record("accepted \(expected)") }
            catch { #expect(error.message.contains(expected), "\(error.message)") }
        }
    }
}

/// A Russian act saved as Windows-1251 text is read, with a warning; one whose Kazakh letters
/// were lost to Windows-1251 is refused; `--strict-utf8` refuses the first too.
@Suite struct LegacyEncodingTests {
    @Test func windows1251IsReadWithAWarning() throws {
        let act = try Importer.load(path: Repo.path("corpus/synthetic/public-councils-ru-windows-1251.txt"))
        #expect(act.unit("art_1__para_2")?.text == "Рабочая группа – временный орган.")
        #expect(act.metadata.isSynthetic)
        #expect(act.diagnostics.first?.message.contains("Windows-1251") == true)
        var strict = ImportOptions()
        strict.strictUTF8 = true
        #expect(throws: ActInputError.self) { try Importer.load(path: Repo.path("corpus/synthetic/public-councils-ru-windows-1251.txt"), options: strict) }
    }

    @Test func lostKazakhLettersAreRefused() {
        do {
            _ = try Importer.load(path: Repo.path("corpus/broken/kazakh-letters-lost-windows-1251.txt"))
            Issue.record("accepted")
        } catch {
            #expect(error.location.line == 6)
            #expect(error.message.contains("cannot hold the Kazakh letters"))
        }
    }
}
