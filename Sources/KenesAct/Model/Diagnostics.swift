/// A place in an input file. Lines and columns are 1-based; columns count Unicode scalars.
public struct FileLocation: Sendable, Equatable, Codable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int
    public init(file: String, line: Int, column: Int) { self.file = file; self.line = line; self.column = column }
    public var description: String { "\(file):\(line):\(column)" }
}

/// Something the parser noticed that a lawyer should look at, without refusing the text.
public struct Diagnostic: Sendable, Equatable, CustomStringConvertible {
    public enum Severity: String, Sendable, Codable { case warning, error }
    public var severity: Severity
    public var location: FileLocation
    /// What was noticed, in Russian, Kazakh and English.
    public var text: Message
    /// The language of the act it is about: its warnings are read in it unless another is asked.
    public var language: Language?
    /// In English, for logs and JSON contracts.
    public var message: String { text.en }
    public init(severity: Severity, location: FileLocation, message: String) {
        self.severity = severity; self.location = location; self.text = Message(verbatim: message)
    }
    public init(severity: Severity, location: FileLocation, text: Message, language: Language?) {
        self.severity = severity; self.location = location; self.text = text; self.language = language
    }
    public var description: String { "\(location): \(severity.rawValue): \(message)" }

    /// «file:3:1: предупреждение: …» in `locale`, else in the act's language; a message that
    /// exists in one language only keeps the English frame.
    public func description(_ locale: ReportLocale?) -> String {
        text.refusal(at: location.description, locale ?? language.map(ReportLocale.init) ?? .en, warning: severity == .warning)
    }
}

/// Why an input could not be turned into a trustworthy act. Always names the file and, where
/// there is one, the line and column.
public struct ActInputError: Refusal, Equatable, CustomStringConvertible {
    public enum Reason: String, Sendable, Equatable {
        case unreadable, empty, binary, invalidUTF8, noStructure, tooLarge, unknownReference
    }
    public var reason: Reason
    public var location: FileLocation
    /// Why, in Russian, Kazakh and English.
    public var text: Message
    /// In English, for logs.
    public var message: String { text.en }
    public init(_ reason: Reason, _ location: FileLocation, _ text: Message) {
        self.reason = reason; self.location = location; self.text = text
    }
    public var place: String? { location.description }
    public var description: String { description(.en) }
}
