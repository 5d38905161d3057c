import KenesFuzzTargets
import KenesImport

/// libFuzzer's callbacks over the bodies in KenesFuzzTargets (part of the main build).
public func fuzzImport(_ data: UnsafePointer<UInt8>, _ size: Int, as format: SourceFormat) -> Int32 {
    FuzzTargets.importAct(UnsafeBufferPointer(start: data, count: size), as: format)
    return 0
}

public func fuzzParity(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    FuzzTargets.parity(UnsafeBufferPointer(start: data, count: size))
    return 0
}

public func fuzzAmend(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    FuzzTargets.amend(UnsafeBufferPointer(start: data, count: size))
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
