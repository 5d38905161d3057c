import Foundation
import KenesAct
import KenesCLI
import KenesDiff
import KenesRender
import KenesService
import KenesTestSupport
import Testing
import ZIPFoundation

/// Every output format on the corpus draft, against golden files reviewed by eye
/// (`KENES_UPDATE_GOLDEN=1 swift test` rewrites them).
@Suite struct OutputTests {
    static let diff = DiffTests.diff
    func check(_ name: String, _ actual: String) throws {
        let mismatch = Golden.mismatch("Tests/KenesDiffTests/Golden/\(name)", actual)
        #expect(mismatch == nil, "\(mismatch ?? "")")
    }

    @Test func text() throws { try check("draft.txt", DiffRenderer.text(Self.diff, locale: .ru)) }

    /// The report's words are those of its locale: no English word in the Russian and Kazakh
    /// reports (eIds and the act's own text aside), none of the Russian furniture in the English.
    @Test func reportsSpeakTheirLocale() throws {
        for locale in [ReportLocale.ru, .kk] {
            for (format, text) in [("text", DiffRenderer.text(Self.diff, locale: locale)), ("markdown", DiffRenderer.markdown(Self.diff, locale: locale)),
                                   ("html", DiffRenderer.html(Self.diff, locale: locale))] {
                let english = EnglishWords.of(text, html: format == "html", allowed: ["syn", "txt", "kenes"])   // the synthetic act's title names Kenes
                #expect(english.isEmpty, "\(locale) \(format): \(Set(english).sorted())")
            }
        }
        let en = DiffRenderer.text(Self.diff, locale: .en)
        for russian in ["изменено", "дополнено", "без изменений"] { #expect(!en.contains(russian)) }
        // the comparative table: its own words in the locale, the law's words as they are
        let kkTable = ComparativeTable(Self.diff, locale: .kk).html()
        #expect(EnglishWords.of(kkTable, html: true, allowed: ["syn", "txt", "kenes"]).isEmpty)
        #expect(kkTable.contains("САЛЫСТЫРМА КЕСТЕ") && kkTable.contains("<th>Қолданыстағы редакция</th>"))
        let enTable = ComparativeTable(Self.diff, locale: .en).html()
        #expect(enTable.contains("<th>No.</th><th>Provision</th><th>Text in force</th><th>Proposed text</th><th>Rationale</th>"))
        #expect(enTable.contains("None.") && enTable.contains("Delete.") && enTable.contains("(in the proposed text: "))
        for russian in ["СРАВНИТЕЛЬНАЯ", "Отсутствует.", "Исключить.", "в новой редакции"] { #expect(!enTable.contains(russian)) }
        #expect(enTable.contains("Общественный совет"))
    }
    @Test func json() throws {
        let j = DiffRenderer.json(Self.diff)
        try check("draft.json", j)
        let parsed = try JSONSerialization.jsonObject(with: Data(j.utf8)) as? [String: Any]
        let summary = parsed?["summary"] as? [String: Int]
        #expect(summary?["inserted"] == 2)
        #expect(summary?["renumbered"] == 2)
        #expect(summary?["unchanged"] == Self.diff.unchanged)
    }
    @Test func markdown() throws { try check("draft.md", DiffRenderer.markdown(Self.diff, locale: .ru)) }
    @Test func html() throws {
        let h = DiffRenderer.html(Self.diff, locale: .ru)
        try check("draft.html", h)
        #expect(!h.contains("<script") && !h.contains("<link") && !h.contains("src="))   // self-contained
        #expect(h.contains("<ins>и организаций </ins>"))
    }
    @Test func tableHTML() throws {
        let t = ComparativeTable(Self.diff, rationale: ["art_8__para_2-1": "Минимальный состав рабочей группы."]).html()
        try check("draft-table.html", t)
        #expect(t.contains("<th>№ п/п</th><th>Структурный элемент</th><th>Действующая редакция</th><th>Предлагаемая редакция</th><th>Обоснование</th>"))
        #expect(t.contains("Минимальный состав рабочей группы."))
    }

    /// The DOCX, checked part by part: a valid package whose table has one row per change.
    @Test func tableDOCX() throws {
        let data = try ComparativeTable(Self.diff, rationale: ["art_9__para_3": "Норма перенесена в типовое положение."]).docx()
        let archive = try Archive(data: data, accessMode: .read)
        #expect(Set(archive.map(\.path)) == ["[Content_Types].xml", "_rels/.rels", "word/_rels/document.xml.rels", "word/styles.xml", "word/document.xml"])
        var xml = Data()
        _ = try archive.extract(archive["word/document.xml"]!) { xml.append($0) }
        let doc = String(decoding: xml, as: UTF8.self)
        #expect(doc.components(separatedBy: "<w:tr>").count - 1 == Self.diff.changes.count + 1)   // header + one per change
        #expect(doc.contains("<w:tblHeader/>"))
        #expect(doc.contains("<w:rPr><w:b/><w:strike/></w:rPr><w:t xml:space=\"preserve\">3. Порядок избрания"))
        #expect(doc.contains("<w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">и организаций </w:t>"))
        #expect(doc.contains("Норма перенесена в типовое положение."))
        #expect(doc.contains("w:orient=\"landscape\""))
        // well-formed XML: every element opened is closed
        #expect(doc.components(separatedBy: "<w:tc>").count == doc.components(separatedBy: "</w:tc>").count)
        #expect(doc.components(separatedBy: "<w:tr>").count == doc.components(separatedBy: "</w:tr>").count)
    }

    @Test func kazakhTableHeaders() throws {
        let kk = try Repo.act("corpus/synthetic/public-councils-kk.txt")
        let text = try String(contentsOfFile: Repo.path("corpus/synthetic/public-councils-kk.txt"), encoding: .utf8)
            .replacingOccurrences(of: "2. Азаматтық қоғамның өкілдері қоғамдық кеңес мүшелерінің кемінде 70 пайызын құрайды.",
                                  with: "2. Азаматтық қоғамның өкілдері қоғамдық кеңес мүшелерінің кемінде 75 пайызын құрайды.")
        let d = ActDiffer.diff(old: kk, new: try ActParser.parse(text: text, options: ParseOptions(fileName: "kk-draft.txt")))
        let t = ComparativeTable(d)
        #expect(t.headers == ["Р/с №", "Құрылымдық элемент", "Қолданыстағы редакция", "Ұсынылып отырған редакция", "Негіздеме"])
        #expect(t.rows.map(\.element) == ["6-баптың 2-тармағы"])
        #expect(t.rows[0].proposed.contains { $0.text == "75" && $0.style == .bold })
    }

    @Test func commandLine() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kenes-diff-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let old = Repo.path("corpus/synthetic/public-councils-ru.txt"), new = Repo.path("corpus/synthetic/public-councils-ru-draft.txt")
        #expect(KenesCommand.run(["diff", old, old]) == 0)
        #expect(KenesCommand.run(["diff", old, new, "--format", "json", "-o", dir.appendingPathComponent("d.json").path]) == 1)
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("d.json").path))
        #expect(KenesCommand.run(["diff", old, new, "--format", "table-docx", "-o", dir.appendingPathComponent("t.docx").path]) == 1)
        #expect(KenesCommand.run(["diff", old, new, "--format", "table-docx"]) == 2)                 // binary needs -o
        #expect(KenesCommand.run(["diff", old, Repo.path("corpus/synthetic/public-councils-kk.txt")]) == 2) // languages
        #expect(KenesCommand.run(["diff", old, Repo.path("corpus/excerpts/law-2015-public-councils-ru.txt")]) == 2) // different acts
        #expect(KenesCommand.run(["diff", old, Repo.path("corpus/excerpts/law-2015-public-councils-ru.txt"), "--force"]) == 1)
        #expect(KenesCommand.run(["diff", old, Repo.path("corpus/broken/truncated-utf8.txt")]) == 2)
        let bad = dir.appendingPathComponent("r.yaml").path
        try "- not a mapping".write(toFile: bad, atomically: true, encoding: .utf8)
        #expect(KenesCommand.run(["diff", old, new, "--format", "table-html", "--rationale", bad]) == 2)
    }

    /// Two texts that are not versions of one act are refused in the report's language.
    @Test func refusalsSpeakTheLocale() throws {
        func refusal(_ new: String, _ locale: String?) -> String {
            let o = DiffUseCase.Options(versions: .files(old: ActSource(path: Repo.path("corpus/synthetic/public-councils-ru.txt")), new: ActSource(path: Repo.path(new))),
                                        locale: locale)
            do { _ = try DiffUseCase.run(o, KenesEnvironment(today: Date(), baseFolder: Repo.root)); return "" } catch { return error.description }
        }
        #expect(refusal("corpus/excerpts/law-2015-public-councils-ru.txt", nil).hasPrefix("ошибка: это разные акты (№ 1-SYN и № 383-V)"))
        #expect(refusal("corpus/excerpts/law-2015-public-councils-ru.txt", "kk").hasPrefix("қате: бұл әртүрлі актілер"))
        #expect(refusal("corpus/synthetic/public-councils-kk.txt", "en").hasPrefix("error: ") && refusal("corpus/synthetic/public-coun" + "cils-kk.txt", "en").hasSuffix("compare versions in the same language"))
    }

    /// Rationale keys say which side they name; a bare eId is the old unit, or the new one for an
    /// insertion; a key naming no row is reported, not silently dropped.
    @Test func rationaleKeysNameASide() throws {
        let t = ComparativeTable(Self.diff, rationale: [
            "old:art_20__para_1": "по действующей нумерации", "new:art_8__para_2-1": "вставка", "art_9__para_3": "удаление",
            "new:art_13__para_3": "перенос", "art_99": "опечатка", "new:art_20__para_1": "не тот пункт",
        ])
        func reason(_ element: String) -> String? { t.rows.first { $0.element.hasPrefix(element) }?.rationale }
        #expect(reason("Пункт 1 статьи 20") == "по действующей нумерации")
        #expect(reason("Пункт 2-1 статьи 8") == "вставка")
        #expect(reason("Пункт 3 статьи 9") == "удаление")
        #expect(reason("Пункт 2 статьи 14") == "перенос")
        #expect(t.unusedRationale == ["art_99", "new:art_20__para_1"])
        // a YAML file that does not parse is named with its line
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kenes-rationale-\(UUID())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let bad = dir.appendingPathComponent("r.yaml").path
        try "art_1: ok\nart_2: \"unclosed\n".write(toFile: bad, atomically: true, encoding: .utf8)
        let result = Result { try DiffUseCase.run(.init(versions: .files(old: ActSource(path: Repo.path("corpus/synthetic/public-councils-ru.txt")),
                                                                         new: ActSource(path: Repo.path("corpus/synthetic/public-councils-ru-draft.txt"))),
                                                       format: .tableHTML, rationale: bad), KenesEnvironment(today: Date(), baseFolder: dir)) }
        guard case .failure(let e as ServiceError) = result else { Issue.record("accepted"); return }
        #expect(e.description.hasPrefix("\(bad):3: ошибка: это не YAML"), "\(e)")   // Russian unless asked
    }
}
