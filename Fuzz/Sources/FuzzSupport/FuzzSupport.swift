import KenesAct
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
