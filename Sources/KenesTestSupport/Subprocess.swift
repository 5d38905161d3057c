import Foundation

/// A program run to its end: its exit status and what it printed.
public enum Subprocess {
    /// `tool` with `arguments`; `output` is standard output, with standard error after it when
    /// `errors` (a failing script's traceback is what a test wants to show).
    public static func run(_ tool: String, _ arguments: [String], errors: Bool = false) throws -> (status: Int32, output: String) {
        let p = Process(), out = Pipe()
        p.executableURL = URL(fileURLWithPath: tool)
        p.arguments = arguments
        p.standardOutput = out
        p.standardError = errors ? out : FileHandle.nullDevice
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
