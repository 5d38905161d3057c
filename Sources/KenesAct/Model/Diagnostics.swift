/// A place in an input file. Lines and columns are 1-based; columns count Unicode scalars.
public struct FileLocation: Sendable, Equatable, Codable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int
    public init(file: String, line: Int, column: Int) { self.file = file; self.line = line; self.column = column }
    public var description: String { "\(file):\(line):\(column)" }
}

/// Something the parser noticed that a lawyer should look at, without refusing the text.
public struct Diagnostic: Sendable, Equatable, Codable, CustomStringConvertible {
    public enum Severity: String, Sendable, Codable { case warning, error }
    public var severity: Severity
    public var location: FileLocation
    public var message: String
    public init(severity: Severity, location: FileLocation, message: String) {
        self.severity = severity; self.location = location; self.message = message
    }
    public var description: String { "\(location): \(severity.rawValue): \(message)" }
}

/// Why an input could not be turned into a trustworthy act. Always names the file and, where
/// there is one, the line and column.
public struct ActInputError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Reason: String, Sendable, Equatable {
        case unreadable, empty, binary, invalidUTF8, noStructure, tooLarge, unknownReference
    }
    public var reason: Reason
    public var location: FileLocation
    public var message: String
    public init(_ reason: Reason, _ location: FileLocation, _ message: String) {
        self.reason = reason; self.location = location; self.message = message
    }
    public var description: String { "\(location): error: \(message)" }
}
