import KenesAct
import Testing

/// The ICU shim: NFC, word boundaries and collation, with Kazakh letters.
@Suite struct ICUTests {
    @Test func nfcComposesCyrillic() {
        let decomposed = "Ки\u{0306}ын е\u{0308}ж ә\u{0308}"
        let nfc = ICU.nfc(decomposed)
        #expect(nfc.unicodeScalars.map(\.value) == [0x41A, 0x439, 0x44B, 0x43D, 0x20, 0x451, 0x436, 0x20, 0x4DB])
        #expect(ICU.nfc("Қоғамдық кеңес") == "Қоғамдық кеңес")
    }

    @Test func wordBoundariesKeepKazakhLetters() {
        let text = "Статья 8-1. Қоғамдық кеңестер"
        let words = ICU.wordBoundaries(text, locale: "kk").filter { $0.status >= 100 }.map { r in
            String(decoding: Array(text.utf8)[r.range], as: UTF8.self)
        }
        #expect(words == ["Статья", "8", "1", "Қоғамдық", "кеңестер"])
    }

    @Test func kazakhCollationOrder() {
        let sorted = ["ү", "ұ", "қ", "к", "ә", "а", "і", "ы"].sorted { ICU.collationLess($0, $1, language: .kk) }
        #expect(sorted == ["а", "ә", "к", "қ", "ұ", "ү", "ы", "і"])
    }
}
