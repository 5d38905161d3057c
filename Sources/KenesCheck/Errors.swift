/// A roster, rule file or table that cannot be used, with the file and line.
public struct CheckInputError: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var message: String
    public init(file: String, line: Int, _ message: String) { self.file = file; self.line = line; self.message = message }
    public var description: String { "\(file):\(line): error: \(message)" }
}
