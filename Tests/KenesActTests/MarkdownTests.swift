import KenesAct
import KenesRender
import Testing

@Suite struct MarkdownTests {
    @Test func markdownKeepsStructureAndLabelsSyntheticText() throws {
        let md = MarkdownRenderer.render(try Repo.parse("corpus/synthetic/public-councils-ru.txt"))
        let lines = md.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == "# Об общественных советах (синтетический текст для тестов Kenes)")
        #expect(lines.contains("_law · № 1-SYN · 2015-01-01 · ru · edition 2021-01-10 · SYNTHETIC TEXT_"))
        #expect(lines.contains("## Глава 2. ПОРЯДОК ФОРМИРОВАНИЯ И ДЕЯТЕЛЬНОСТИ ОБЩЕСТВЕННЫХ СОВЕТОВ"))
        #expect(lines.contains("### Статья 8-1. Руководитель рабочей группы"))
        #expect(lines.contains("#### Статья 10. Общественный мониторинг"))   // under Параграф 1 of Глава 3
        #expect(lines.contains("**2-1)** обеспечение открытости деятельности государственных органов;"))
        #expect(lines.contains("### Статья 7. _(исключено)_"))
        #expect(lines.contains("Исключена Законом РК от 10.01.2021 № 12-SYN."))
        #expect(lines.contains { $0.hasPrefix("> Сноска. Статья 8 с изменениями") })
        // nothing is indented into a code block
        #expect(!lines.contains { $0.hasPrefix("    ") })
    }
}

@Suite struct MarkdownEscapingTests {
    @Test func actTextNeverBecomesMarkup() throws {
        let act = try ActParser.parse(text: """
            ---
            synthetic: yes
            ---
            ЗАКОН (синтетический текст)

            Статья 1. Заголовок <b>жирный</b>

            1. Текст со <script>alert(1)</script> и [ссылкой](javascript:alert(1)), `код` и *звёздочками*.
            """)
        let md = MarkdownRenderer.render(act)
        #expect(!md.contains("<script>") && !md.contains("<b>"))
        #expect(!md.replacingOccurrences(of: "\\](", with: "").contains("]("))
        #expect(md.contains("\\<script\\>alert(1)\\</script\\>"))
        #expect(md.contains("\\*звёздочками\\*"))
    }
}
