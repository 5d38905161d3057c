import KenesAct
import KenesAmend
import KenesImport

/// Any bytes, read as `format`. Errors are fine; crashes, hangs and runaway memory are what the
/// fuzzer looks for.
public func fuzzImport(_ data: UnsafePointer<UInt8>, _ size: Int, as format: SourceFormat) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    if let act = try? Importer.load(bytes: bytes, file: "fuzz", options: ImportOptions(format: format)) {
        _ = act.tree()
    }
    return 0
}

/// A small act for amending instructions to act on (articles, clauses, subclauses, parts).
let amendedAct = try! ActParser.parse(text: """
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
public func fuzzAmend(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    if let law = try? AmendmentParser.parse(text: text, file: "fuzz", targetTitle: nil) {
        _ = try? Amender.consolidate(amendedAct, with: law)
    }
    return 0
}

@_silgen_name("LLVMFuzzerRunDriver")
func runDriver(_ argc: UnsafeMutablePointer<Int32>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
               _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> Int32) -> Int32

/// SwiftPM links an executable's entry point as `<module>_main`; each target hands its own to
/// libFuzzer's driver through this.
public func runFuzzer(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>,
                      _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> Int32) -> Int32 {
    var count = argc
    var args: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = argv
    return runDriver(&count, &args, callback)
}
