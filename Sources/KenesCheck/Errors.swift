import KenesAct

/// A roster, rule file or table that cannot be used, with the file and line.
public struct CheckInputError: Refusal, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int
    /// Why, in Russian, Kazakh and English.
    public var text: Message
    /// In English, for logs.
    public var message: String { text.en }
    public init(file: String, line: Int, _ text: Message) { self.file = file; self.line = line; self.text = text }
    public var place: String? { "\(file):\(line)" }
    public var description: String { description(.en) }
}
