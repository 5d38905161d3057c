/// The language an act is written in. Kazakhstan publishes every act in both.
public enum Language: String, Sendable, Codable, CaseIterable {
    case ru, kk
}

/// What sort of act a text is, as its title block says.
public enum ActKind: String, Sendable, Codable {
    /// Закон / Заң
    case law
    /// Кодекс
    case code
    /// Указ / Жарлық
    case decree
    /// Постановление / Қаулы
    case resolution
    /// Проект / жоба: a draft of any of the above.
    case draft
    case unknown
}

/// What the title block, the front matter and the edition banner say about an act.
public struct ActMetadata: Sendable, Equatable, Codable {
    public var title: String?
    public var kind: ActKind
    /// ISO date (yyyy-mm-dd) of adoption, when stated.
    public var date: String?
    /// The act's number as printed, e.g. `383-V`.
    public var number: String?
    /// Place of signing (Астана, Акорда), when stated.
    public var place: String?
    public var language: Language
    /// ISO date of the edition the text is as of («по состоянию на …»), when stated.
    public var editionDate: String?
    /// The `---` front-matter block of a corpus file, key → value, in file order.
    public var frontMatter: [FrontMatterEntry]

    public init(title: String? = nil, kind: ActKind = .unknown, date: String? = nil, number: String? = nil,
                place: String? = nil, language: Language, editionDate: String? = nil,
                frontMatter: [FrontMatterEntry] = []) {
        self.title = title; self.kind = kind; self.date = date; self.number = number
        self.place = place; self.language = language; self.editionDate = editionDate
        self.frontMatter = frontMatter
    }

    public subscript(frontMatter key: String) -> String? {
        frontMatter.first { $0.key == key }?.value
    }

    /// True when the front matter marks the file as an excerpt (`excerpt: yes`): numbering gaps
    /// are then expected and not warned about.
    public var isExcerpt: Bool { self[frontMatter: "excerpt"]?.lowercased() == "yes" }
    /// True when the front matter marks the text as synthetic (`synthetic: yes`).
    public var isSynthetic: Bool { self[frontMatter: "synthetic"]?.lowercased() == "yes" }
}

public struct FrontMatterEntry: Sendable, Equatable, Codable {
    public var key: String
    public var value: String
    public init(key: String, value: String) { self.key = key; self.value = value }
}

/// The structural units of an act. Raw values are the Akoma Ntoso element names, which are
/// also the prefixes of the eIds.
public enum UnitKind: String, Sendable, Codable, CaseIterable {
    /// The act itself (the root of the tree).
    case act
    /// Text between the title block and the first structural unit.
    case preamble
    /// Раздел / бөлім (`part_VIII`).
    case part
    /// Глава / тарау (`chp_2`).
    case chapter
    /// Параграф (`chp_2__subchp_1`).
    case subchapter
    /// Статья / бап (`art_8-1`).
    case article
    /// Пункт / тармақ (`art_8__para_2`), or a numbered item of an act without articles (`para_117`).
    case paragraph
    /// Подпункт / тармақша (`art_1__para_1__point_2`, `art_4__point_6`).
    case point
    /// Unnumbered part (часть / бөлік) of an article (`art_2__subpara_1`).
    case subparagraph
    /// The signature block (Президент Республики Казахстан …).
    case conclusions

    /// The word a Russian or Kazakh lawyer uses for the unit: capitalized for the act's
    /// divisions and articles («Статья», «Бап»), lower case for clauses («пункт», «тармақ»).
    public func label(_ language: Language) -> String {
        let word = Vocabulary.noun(self, language)
        return [.paragraph, .point, .subparagraph].contains(self) ? word : Vocabulary.capitalized(word)
    }
}

/// Whether a unit is in force or survives only as an «Исключен …» / «Алып тасталды …» line.
public enum UnitStatus: String, Sendable, Codable {
    case inForce = "in_force"
    case excluded
}

/// Editorial material, kept apart from the law's own text.
public enum NoteKind: String, Sendable, Codable {
    /// «Сноска. …» / «Ескерту. …»: the portal's footnote on a unit's amendment history.
    case footnote
    /// «Примечание ИЗПИ!» / «Примечание РЦПИ!» / «ЗҚАИ-ның ескертпесі!» / «РҚАО-ның ескертпесі!».
    case publisher
}

/// An amending act named in a note or an exclusion line.
public struct Amendment: Sendable, Equatable, Hashable, Codable {
    /// ISO date, yyyy-mm-dd.
    public var date: String
    /// Number as printed, e.g. `406-VI`.
    public var number: String
    /// law / decree / resolution when the wording says so.
    public var actKind: ActKind?
    public init(date: String, number: String, actKind: ActKind? = nil) {
        self.date = date; self.number = number; self.actKind = actKind
    }
}

public struct Note: Sendable, Equatable, Codable {
    public var kind: NoteKind
    /// The note's text, lines trimmed and joined with newlines.
    public var text: String
    public var amendments: [Amendment]
    /// 1-based line where the note starts.
    public var line: Int
    public init(kind: NoteKind, text: String, amendments: [Amendment], line: Int) {
        self.kind = kind; self.text = text; self.amendments = amendments; self.line = line
    }
    public static func == (a: Note, b: Note) -> Bool { a.kind == b.kind && a.text == b.text }
}

public enum CitationStatus: String, Sendable, Codable {
    /// Every unit the citation names exists in this act.
    case resolved
    /// It names units of this act that do not exist.
    case unresolved
    /// It names another act.
    case external
    /// The wording allows two readings that both exist (e.g. «статьи 1-3» with an article 1-3).
    case ambiguous
}

/// A reference inside a unit's text to other units.
public struct Citation: Sendable, Equatable, Codable {
    /// The words of the reference as they stand in the text.
    public var text: String
    /// Offsets in the citing unit's `text` (or `wrapUp`), in Unicode scalars (code points), end
    /// exclusive.
    public var start: Int
    public var end: Int
    /// The one unit cited, when exactly one is; nil for lists, ranges and failures.
    public var target: EId?
    /// Every unit the citation names, ranges expanded to the units that exist.
    public var targets: [EId]
    /// The other act named («Закона Республики Казахстан «О …»»), or nil.
    public var external: String?
    public var status: CitationStatus
    /// The offsets count in the unit's wrap-up (the closing words after its subclauses), not
    /// its text.
    public var inWrapUp: Bool
    public init(text: String, start: Int, end: Int, target: EId?, targets: [EId], external: String?, status: CitationStatus,
                inWrapUp: Bool = false) {
        self.text = text; self.start = start; self.end = end; self.target = target
        self.targets = targets; self.external = external; self.status = status; self.inWrapUp = inWrapUp
    }
}
