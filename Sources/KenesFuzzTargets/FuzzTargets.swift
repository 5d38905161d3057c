import KenesAct
import KenesAmend
import KenesImport

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

    /// Any bytes, read as an amending act and applied to `amendedAct`.
    public static func amend(_ bytes: UnsafeBufferPointer<UInt8>) {
        let text = String(decoding: bytes, as: UTF8.self)
        if let law = try? AmendmentParser.parse(text: text, file: "fuzz", targetTitle: nil) {
            _ = try? Amender.consolidate(amendedAct, with: law)
        }
    }
}
