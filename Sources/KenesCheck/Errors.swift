import KenesAct

/// A roster, rule file or table that cannot be used, with the file and line.
public struct CheckInputError: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int
    /// Why, in Russian, Kazakh and English (the rule files' own errors are in English only:
    /// they are for whoever writes rules).
    public var text: Message
    /// In English, for logs.
    public var message: String { text.en }
    public init(file: String, line: Int, _ message: String) { self.file = file; self.line = line; self.text = Message(verbatim: message) }
    public init(file: String, line: Int, _ text: Message) { self.file = file; self.line = line; self.text = text }
    public var description: String { "\(file):\(line): error: \(message)" }

    /// «roster.csv:1: ошибка: …» in `locale`.
    public func description(_ locale: ReportLocale) -> String {
        text.refusal(at: "\(file):\(line)", locale)
    }
}
