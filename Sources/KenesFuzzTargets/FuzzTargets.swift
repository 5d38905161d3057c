import KenesAct
import KenesAmend
import KenesImport
import KenesParity

/// The bodies of the fuzz targets, compiled in the main build and run by its tests so they
/// cannot rot; `Fuzz/` adds only libFuzzer's entry points (built with `-sanitize=fuzzer`).
/// Errors are fine: crashes, hangs and runaway memory are what the fuzzer looks for.
public enum FuzzTargets {
    /// Any bytes, read as `format`, and the tree built.
    public static func importAct(_ bytes: UnsafeBufferPointer<UInt8>, as format: SourceFormat) {
        if let act = try? Importer.load(bytes: Array(bytes), file: "fuzz", options: ImportOptions(format: format)) {
            _ = act.tree()
        }
    }

    /// A small act for amending instructions to act on (articles, clauses, subclauses, parts).
    static let amendedAct = try! ActParser.parse(text: """
        Об общественных советах
        Статья 1. Понятия
        1) совет – орган;
        2) группа – орган.
        Статья 2. Состав
        1. Совет состоит из членов.
        2. Члены совета избираются:
        1) гражданами;
        2) организациями.
        Статья 3. Порядок
        Первая часть статьи.
        Вторая часть статьи.
        """)

    /// Any bytes split at the first NUL (or in half) into a Russian and a Kazakh text, each
    /// parsed and the two compared: the reading of numbers and dates in words, citations, scripts.
    public static func parity(_ bytes: UnsafeBufferPointer<UInt8>) {
        let cut = bytes.firstIndex(of: 0) ?? bytes.count / 2
        let ru = Array(bytes[..<cut]), kk = Array(bytes[min(cut + 1, bytes.count)...])
        guard let a = try? ActParser.parse(bytes: ru, options: ParseOptions(fileName: "ru", language: .ru)),
              let b = try? ActParser.parse(bytes: kk, options: ParseOptions(fileName: "kk", language: .kk)) else { return }
        _ = ParityChecker.compare(ru: a, kk: b)
    }

    /// Any bytes, read as an amending act and applied to `amendedAct`.
    public static func amend(_ bytes: UnsafeBufferPointer<UInt8>) {
        let text = String(decoding: bytes, as: UTF8.self)
        if let law = try? AmendmentParser.parse(text: text, file: "fuzz", targetTitle: nil) {
            _ = try? Amender.consolidate(amendedAct, with: law)
        }
    }
}
