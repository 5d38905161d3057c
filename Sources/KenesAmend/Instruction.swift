import KenesAct

/// One amending instruction, read from an amending act: what to do to which unit of the target.
public struct Instruction: Sendable, Equatable {
    public enum Operation: Sendable, Equatable {
        /// «изложить в следующей редакции» / «мынадай редакцияда жазылсын»: the unit's new wording.
        case replace(wording: String)
        /// «заголовок статьи 10 изложить в следующей редакции» / «10-баптың тақырыбы мынадай
        /// редакцияда жазылсын»: the heading alone.
        case replaceHeading(String)
        /// «дополнить пунктом 4 следующего содержания» / «мынадай мазмұндағы 4-тармақпен толықтырылсын».
        case insert(kind: UnitKind, num: String, wording: String)
        /// «слова «…» заменить словами «…»» / ««…» деген сөздер «…» деген сөздермен ауыстырылсын».
        case replaceWords(old: String, new: String)
        /// «слова «…» исключить» / ««…» деген сөздер алып тасталсын».
        case deleteWords(String)
        /// «дополнить предложением следующего содержания» / «мынадай мазмұндағы сөйлеммен толықтырылсын».
        case appendSentence(String)
        /// «пункты 3 и 4 считать соответственно пунктами 4 и 5» / «… тиісінше … деп есептелсін»:
        /// old and new numbers of the target's children of one kind.
        case renumber(kind: UnitKind, from: [String], to: [String])
        /// «исключить» / «алып тасталсын».
        case exclude
    }
    /// The unit acted on (for an insertion: the unit that receives the new one; nil = the act).
    public var target: EId?
    public var operation: Operation
    /// 1-based line of the instruction in the amending act.
    public var line: Int
    /// «в абзаце втором» / «екінші абзацындағы», «в последнем абзаце» / «соңғы абзацындағы»:
    /// word operations limited to that абзац of the target — its part (часть) when it has parts,
    /// else that line of its text; the last абзац of a unit with closing words after its
    /// subclauses is their last line.
    public var textBlock: TextBlock? = nil
}

/// Which абзац of a unit an instruction acts in.
public enum TextBlock: Sendable, Equatable, CustomStringConvertible {
    /// 1-based.
    case number(Int)
    case last

    /// The 0-based position among `count` абзацы, nil when there is no such one.
    func index(among count: Int) -> Int? {
        switch self {
        case .number(let n): n >= 1 && n <= count ? n - 1 : nil
        case .last: count > 0 ? count - 1 : nil
        }
    }

    public var description: String {
        switch self {
        case .number(let n): "\(n)"
        case .last: "last"
        }
    }
}

/// The amending act as far as one target act is concerned.
public struct AmendingAct: Sendable {
    /// The title of the act amended, as the amending act names it.
    public var targetTitle: String
    public var instructions: [Instruction]
    /// Date (ISO) and number from the signature block; nil for a bill.
    public var date: String?
    public var number: String?
    public var language: Language
    public var file: String
    public init(targetTitle: String, instructions: [Instruction], date: String?, number: String?, language: Language, file: String) {
        self.targetTitle = targetTitle; self.instructions = instructions; self.date = date; self.number = number
        self.language = language; self.file = file
    }
}

/// Why an amending act cannot be read or applied: the amending act's file and line.
public struct AmendmentError: Refusal, CustomStringConvertible, Equatable {
    public var file: String
    public var line: Int
    /// Why, in Russian, Kazakh and English.
    public var text: Message
    /// In English, for logs.
    public var message: String { text.en }
    public init(_ file: String, _ line: Int, _ text: Message) { self.file = file; self.line = line; self.text = text }
    public var place: String? { "\(file):\(line)" }
    public var description: String { description(.en) }

    /// Text quoted in a message, cut to a readable length (a hostile line can be megabytes).
    static func excerpt(_ s: String, limit: Int = 120) -> String { s.count <= limit ? s : s.prefix(limit) + "…" }
}
