import Foundation
import KenesCLI
import KenesTestSupport
import Testing

/// The documents people hand in — the comparative table, a parallel RU‖KK extract, an
/// induction course — printed as LibreOffice prints them: the pages expected (reviewed by eye),
/// none blank, none holding only a heading, the table's header on every page.
/// `KENES_UPDATE_SCREENSHOTS=1` writes their first pages to docs/screenshots/ for README.
@Suite struct DocumentPagesTests {
    @Test func documentsPrintAsExpected() throws {
        guard LibreOffice.soffice != nil else {
            // installed by .ci/run: under CI a missing LibreOffice is a failure, not a skip
            if ProcessInfo.processInfo.environment["CI"] != nil { Issue.record("soffice is not installed: .ci/run installs libreoffice-writer-nogui") }
            return
        }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kenes-documents-\(UUID())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        func out(_ name: String) -> String { dir.appendingPathComponent(name).path }
        #expect(KenesCommand.run(["diff", Repo.path("corpus/synthetic/public-councils-ru.txt"), Repo.path("corpus/synthetic/public-councils-ru-draft.txt"),
                                  "--format", "table-docx", "-o", out("table.docx")]) == 1)
        #expect(KenesCommand.run(["extract", Repo.path("corpus/synthetic/public-councils-ru.txt"), "--refs", "гл. 1; гл. 2",
                                  "--parallel", Repo.path("corpus/synthetic/public-councils-kk.txt"), "--glossary",
                                  "--format", "docx", "-o", out("extract.docx")]) == 0)
        #expect(KenesCommand.run(["extract", "--course", Repo.path("corpus/courses/induction-ru-kk.yaml"), "--format", "docx", "-o", out("course.docx")]) == 0)
        let pdfs = try LibreOffice.render(["table.docx", "extract.docx", "course.docx"].map { dir.appendingPathComponent($0) }, in: dir)

        let expected = ["table.docx": 2, "extract.docx": 4, "course.docx": 8]
        for (name, pages) in expected {
            let pdf = try #require(pdfs[name], "\(name) was not converted")
            #expect(pdf.pages == pages, "\(name): \(pdf.pages) pages")
            for (k, text) in pdf.pageTexts.enumerated() {
                let letters = text.filter { !$0.isWhitespace }.count
                // a blank page, or one holding a heading and nothing under it
                #expect(letters >= 150, "\(name) page \(k + 1): \(letters) characters: «\(text.prefix(200))»")
            }
        }
        let table = try #require(pdfs["table.docx"])
        #expect(table.pageTexts[0].contains("СРАВНИТЕЛЬНАЯ ТАБЛИЦА"))
        #expect(table.pageTexts.allSatisfy { $0.contains("Действующая редакция") }, "the header row on every page")
        let extract = try #require(pdfs["extract.docx"])
        #expect(extract.pageTexts.dropLast().allSatisfy { $0.contains("Текст на русском языке") && $0.contains("Қазақ тіліндегі мәтін") })
        let course = try #require(pdfs["course.docx"])
        #expect(course.pageTexts[0].contains("Содержание"), "the course opens with its table of contents")

        if ProcessInfo.processInfo.environment["KENES_UPDATE_SCREENSHOTS"] != nil {
            let shots = Repo.root.appendingPathComponent("docs/screenshots")
            try FileManager.default.createDirectory(at: shots, withIntermediateDirectories: true)
            for (name, pages) in [("table", 1...1), ("extract", 1...1), ("course", 2...2)] {
                try LibreOffice.pageImages(dir.appendingPathComponent("\(name).pdf"), pages: pages, dpi: 60,
                                           to: shots.appendingPathComponent("document-\(name)"))
            }
        }
    }
}
