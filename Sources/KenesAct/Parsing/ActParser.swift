import Foundation

/// How to read an act.
public struct ParseOptions: Sendable {
    /// Name used in messages (the path, usually).
    public var fileName: String
    /// nil: detect from the text.
    public var language: Language?
    /// How many warnings to give one by one; the rest are counted in one last warning (a
    /// damaged act can have a hundred thousand; `kenes lint` lists them all).
    public var warningLimit: Int
    public init(fileName: String = "<input>", language: Language? = nil, warningLimit: Int = 100) {
        self.fileName = fileName; self.language = language; self.warningLimit = warningLimit
    }
}

/// Reads the plain text of a Kazakhstan legal act, Russian or Kazakh, into an `Act`.
///
/// The text is read line by line: each line is classified from its first bytes (heading, numbered
/// clause, note, text), then placed in the tree. Every byte of the normalized input ends up in
/// exactly one piece of one unit, so nothing is dropped and the text can be printed back as it was.
public enum ActParser {
    public static func parse(path: String, options: ParseOptions = ParseOptions()) throws(ActInputError) -> Act {
        var o = options
        if o.fileName == "<input>" { o.fileName = path }
        return try parse(bytes: SourceText.read(path: path), options: o)
    }

    public static func parse(text: String, options: ParseOptions = ParseOptions()) throws(ActInputError) -> Act {
        try parse(bytes: Array(text.utf8), options: options)
    }

    public static func parse(bytes raw: [UInt8], options: ParseOptions = ParseOptions()) throws(ActInputError) -> Act {
        let source = try SourceText.normalize(raw, file: options.fileName)
        var builder = ActBuilder(source: source, options: options)
        return try builder.build()
    }

    /// Russian or Kazakh, from the share of the letters only Kazakh uses (ә ғ қ ң ө ұ ү һ і)
    /// among the Cyrillic letters of the first 256 KB.
    public static func detectLanguage(_ bytes: [UInt8]) -> Language {
        var cyrillic = 0, kazakh = 0
        let n = min(bytes.count, 1 << 18)
        var i = 0
        while i + 1 < n {
            let b0 = bytes[i]
            if b0 >= 0xD0 && b0 <= 0xD3 {
                let v = (UInt32(b0 & 0x1F) << 6) | UInt32(bytes[i + 1] & 0x3F)
                cyrillic += 1
                switch v {
                case 0x4D8, 0x4D9, 0x492, 0x493, 0x49A, 0x49B, 0x4A2, 0x4A3, 0x4E8, 0x4E9,
                     0x4B0, 0x4B1, 0x4AE, 0x4AF, 0x4BA, 0x4BB, 0x406, 0x456: kazakh += 1
                default: break
                }
                i += 2
            } else { i += 1 }
        }
        return cyrillic > 0 && kazakh * 100 >= cyrillic * 2 ? .kk : .ru
    }
}

struct ActBuilder {
    let source: [UInt8]
    let options: ParseOptions
    var lines: [LineInfo] = []
    var lineStarts: [Int32] = []

    var records: [UnitRecord] = []
    var pieces: [Piece] = []
    var noteRecords: [NoteRecord] = []
    var index: [EId: Int32] = [:]
    /// The last duplicate suffix given to each eId.
    var duplicates: [EId: Int] = [:]
    var diagnostics: [Diagnostic] = []
    /// The act's language, once detected: its warnings are read in it.
    var language: Language?
    /// Integrity warnings beyond the limit, counted but not made, and where the first one is.
    var unlisted = 0
    var firstUnlisted: FileLocation?
    var stack: [Int32] = [0]
    /// Pieces of a publisher note waiting for the unit that follows it.
    var pending: [Piece] = []
    var pendingNotes: [Int32] = []
    /// Last number key per kind, for numbering checks of units numbered across the act.
    /// Indexed by `globalSlot(kind)`: articles, chapters, parts, paragraphs of acts without articles.
    var lastGlobalKey: [([Int], Int32)?] = [nil, nil, nil, nil]
    var articleHasNumbered = false
    var isExcerpt = false
    /// The list of subclauses being read: its parent, its items so far, and whether every item
    /// before the last ends «;» (or is excluded). Kept as points open, so that deciding on closing
    /// words costs nothing per line.
    var list: (parent: Int32, items: Int, semicolons: Bool) = (-1, 0, false)
    /// The unit whose closing words (wrap-up) the text lines are, or -1.
    var wrapUpOwner: Int32 = -1
    /// The last subclause whose following text was tried as closing words.
    var triedWrapUp: Int32 = -1

    init(source: [UInt8], options: ParseOptions) {
        self.source = source
        self.options = options
    }

    func location(line: Int, column: Int = 1) -> FileLocation {
        FileLocation(file: options.fileName, line: line, column: column)
    }

    mutating func warn(_ line: Int32, _ text: Message) {
        diagnostics.append(Diagnostic(severity: .warning, location: location(line: Int(line) + 1), text: text, language: language))
    }

    func str(_ s: Int32, _ e: Int32) -> String {
        source.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[Int(s)..<Int(e)]), as: UTF8.self) }
    }

    // MARK: lines

    mutating func splitLines() {
        source.withUnsafeBufferPointer { b in
            let classifier = LineClassifier(b: b)
            var s = 0
            let n = b.count
            var count = 1
            var q = b.baseAddress!
            let last = b.baseAddress! + n
            while let hit = memchr(q, 0x0A, last - q) {
                count += 1
                q = UnsafePointer(hit.assumingMemoryBound(to: UInt8.self)) + 1
            }
            lines.reserveCapacity(count)
            while s < n {
                var e = s
                // memchr is several times faster than a byte loop here
                if let p = memchr(b.baseAddress! + s, 0x0A, n - s) {
                    e = b.baseAddress!.distance(to: p.assumingMemoryBound(to: UInt8.self))
                } else { e = n }
                lines.append(classifier.classify(start: s, end: e))
                s = e + 1
            }
        }
        lineStarts = lines.map(\.start)
    }

    /// Front matter: `---` on the first line, `key: value` lines, `---`.
    mutating func frontMatter() throws(ActInputError) -> (entries: [FrontMatterEntry], endLine: Int) {
        guard let first = lines.first, str(first.cStart, first.cEnd) == "---", first.cStart == first.start else { return ([], 0) }
        var entries: [FrontMatterEntry] = []
        for i in 1..<lines.count {
            let l = str(lines[i].start, lines[i].end)
            if l.trimmingCharacters(in: .whitespaces) == "---" { return (entries, i + 1) }
            guard let colon = l.firstIndex(of: ":") else {
                if l.trimmingCharacters(in: .whitespaces).isEmpty { continue }
                throw ActInputError(.noStructure, location(line: i + 1), Message(
                    ru: "блок метаданных, открытый `---` в строке 1, не закрыт: ожидалось `ключ: значение` или `---`, а стоит «\(l.prefix(60))»",
                    kk: "1-жолда `---` арқылы ашылған метадеректер блогы жабылмаған: `кілт: мән` немесе `---` күтілген, ал «\(l.prefix(60))» тұр",
                    en: "front matter opened with `---` on line 1 is not closed: expected `key: value` or `---`, found «\(l.prefix(60))»"))
            }
            entries.append(FrontMatterEntry(key: l[..<colon].trimmingCharacters(in: .whitespaces),
                                            value: l[l.index(after: colon)...].trimmingCharacters(in: .whitespaces)))
        }
        throw ActInputError(.noStructure, location(line: 1), Message(
            ru: "блок метаданных, открытый `---` в строке 1, нигде не закрыт строкой `---`",
            kk: "1-жолда `---` арқылы ашылған метадеректер блогы `---` жолымен жабылмаған",
            en: "front matter opened with `---` on line 1 is never closed"))
    }

    /// Publisher-note blocks run to the next blank line; headings may continue on the next line.
    mutating func markBlocks() {
        var i = 0
        while i < lines.count {
            switch lines[i].kind {
            case .publisherNote:
                var j = i + 1
                while j < lines.count && lines[j].kind != .blank { lines[j].kind = .noteContinuation; j += 1 }
                i = j
                continue
            case .heading:
                let upper = isUpper(lines[i].restStart, lines[i].cEnd)
                var j = i + 1
                while j < lines.count && lines[j].kind == .text {
                    let l = lines[j]
                    let first = firstScalar(l.cStart)
                    let continues = first.properties.isLowercase || (upper && lines[i].unitKind != .article && isUpper(l.cStart, l.cEnd))
                    guard continues else { break }
                    lines[j].kind = .headingContinuation
                    j += 1
                }
                i = j
                continue
            default:
                i += 1
            }
        }
    }

    func firstScalar(_ at: Int32) -> Unicode.Scalar {
        source.withUnsafeBufferPointer { RefTokenizer.scalar($0, Int(at)).0 }
    }

    /// True when the range has letters and none of them is lower case (ГЛАВА 2. ОБЩИЕ ПОЛОЖЕНИЯ).
    func isUpper(_ s: Int32, _ e: Int32) -> Bool {
        guard e > s else { return false }
        var letters = 0
        for ch in str(s, e).unicodeScalars where ch.properties.isAlphabetic {
            if ch.properties.isLowercase { return false }
            letters += 1
        }
        return letters > 0
    }

    /// «Президент Республики Казахстан», «Қазақстан Республикасының Президенті», «Премьер-Министр …».
    func isSignatureStart(_ i: Int) -> Bool {
        let l = lines[i]
        guard l.kind == .text, l.cEnd - l.cStart < 160 else { return false }
        let s = str(l.cStart, l.cEnd).lowercased()
        if s.hasPrefix("президент") || s.hasPrefix("премьер-министр") { return true }
        if s.hasPrefix("қазақстан республикасының") || s.hasPrefix("қазақстан республикасы") {
            if s.contains("президенті") || s.contains("премьер-министрі") { return true }
            var j = i + 1
            while j < lines.count && lines[j].kind == .blank { j += 1 }
            if j < lines.count {
                let next = str(lines[j].cStart, lines[j].cEnd).lowercased()
                return next.hasPrefix("президенті") || next.hasPrefix("премьер-министрі")
            }
        }
        return false
    }

    // MARK: building

    /// The act from its lines: the body located, the title block read, each line laid out as
    /// pieces of the units it opens or continues, then notes placed and citations resolved.
    mutating func build() throws(ActInputError) -> Act {
        splitLines()
        let (fm, bodyStart) = try frontMatter()
        isExcerpt = fm.first { $0.key == "excerpt" }?.value.lowercased() == "yes"
        markBlocks()

        let language = options.language ?? ActParser.detectLanguage(source)
        self.language = language
        guard let firstUnit = (bodyStart..<lines.count).first(where: { lines[$0].kind == .heading || lines[$0].kind == .numbered }) else {
            throw ActInputError(.noStructure, location(line: bodyStart + 1), Message(
                ru: "не найдено ни одной структурной единицы: ожидались статьи («Статья 1.», «1-бап.»), главы или нумерованные пункты («1.», «1)»)",
                kk: "бірде-бір құрылымдық бірлік табылмады: баптар («Статья 1.», «1-бап.»), тараулар немесе нөмірленген тармақтар («1.», «1)») күтілген",
                en: "no structural unit found: expected articles («Статья 1.», «1-бап.»), chapters or numbered clauses («1.», «1)»)"))
        }
        let lastUnit = (firstUnit..<lines.count).last { lines[$0].kind == .heading || lines[$0].kind == .numbered }!
        let signature = ((lastUnit + 1)..<lines.count).first { isSignatureStart($0) } ?? lines.count
        let (metadata, titleLines) = titleBlock(bodyStart: bodyStart, firstUnit: firstUnit, language: language, frontMatter: fm)

        startLayout(bodyStart: bodyStart)
        for li in bodyStart..<lines.count {
            if li >= signature { layOutSignature(li, first: li == signature) }
            else { layOut(li, firstUnit: firstUnit, titleLines: titleLines) }
        }
        flushPending()
        let bodyByte = bodyStart < lines.count ? Int(lines[bodyStart].start) : source.count
        lines = []
        warnAboutIntegrity(from: bodyByte)
        return try finish(metadata: metadata, bodyStart: bodyStart)
    }

    /// The title block among the lines before the first unit, and the metadata it states.
    func titleBlock(bodyStart: Int, firstUnit: Int, language: Language, frontMatter fm: [FrontMatterEntry]) -> (ActMetadata, Set<Int>) {
        let pre = (bodyStart..<firstUnit).filter { lines[$0].kind == .text }
        let preText = pre.map { str(lines[$0].cStart, lines[$0].cEnd) }
        let blankAfter = pre.map { $0 + 1 < lines.count && lines[$0 + 1].kind == .blank }
        let titleIdx = TitleBlock.lines(preText, blankAfter: blankAfter)
        let metadata = TitleBlock.metadata(titleIdx.sorted().map { preText[$0] }, language: language, frontMatter: fm)
        return (metadata, Set(titleIdx.map { pre[$0] }))
    }

    /// The act's record and the front matter's piece; the arrays sized up front (growing them by
    /// doubling would copy hundreds of megabytes on a large act).
    mutating func startLayout(bodyStart: Int) {
        let structural = lines.reduce(0) { $0 + ($1.kind == .heading || $1.kind == .numbered ? 1 : 0) }
        records.reserveCapacity(structural + 8)
        index.reserveCapacity(structural + 8)
        pieces.reserveCapacity(lines.count * 3 + 16)
        records.append(UnitRecord(kind: .act, eId: .act, line: 0, parent: -1, pieceStart: 0))
        index[.act] = 0
        if bodyStart > 0 {
            let fmEnd = bodyStart < lines.count ? lines[bodyStart].start : Int32(source.count)
            pieces.append(Piece(role: .frontMatter, note: -1, start: 0, end: fmEnd))
        }
    }

    /// A line of the signature block (from «Президент Республики Казахстан» on).
    mutating func layOutSignature(_ li: Int, first: Bool) {
        let l = lines[li], ln = Int32(li)
        let trailing = (l.cEnd, min(l.end + 1, Int32(source.count)))
        if first { flushPending(); open(.conclusions, num: nil, line: ln) }
        if l.kind == .blank { trivia(l.start, trailing.1); return }
        trivia(l.start, l.cStart)
        if l.kind == .footnote || l.kind == .publisherNote || l.kind == .noteContinuation {
            startNote(l.kind == .footnote ? .footnote : .publisher, line: ln, pending: false)
            add(.note, l.cStart, l.cEnd, note: Int32(noteRecords.count - 1))
        } else {
            add(.text, l.cStart, l.cEnd)
        }
        trivia(trailing.0, trailing.1)
    }

    /// A line of the title block or the body: the unit it opens, or what it adds to the open one.
    mutating func layOut(_ li: Int, firstUnit: Int, titleLines: Set<Int>) {
        let l = lines[li], ln = Int32(li)
        let trailing = (l.cEnd, min(l.end + 1, Int32(source.count)))
        switch l.kind {
        case .blank:
            if pending.isEmpty { trivia(l.start, trailing.1) } else { pendingTrivia(l.start, trailing.1) }
        case .heading, .numbered:
            openUnit(for: l, line: ln)
            trivia(l.start, l.cStart)
            add(.label, l.cStart, l.labelEnd)
            trivia(l.labelEnd, l.restStart)
            if l.restStart < l.cEnd {
                let excluded = isExclusion(l.restStart, l.cEnd)
                if excluded { records[records.count - 1].status = .excluded }
                add(l.kind == .heading && !excluded ? .heading : .text, l.restStart, l.cEnd)
            }
            trivia(trailing.0, trailing.1)
        case .headingContinuation:
            trivia(l.start, l.cStart)
            add(.heading, l.cStart, l.cEnd)
            trivia(trailing.0, trailing.1)
        case .footnote:
            flushPending()
            trivia(l.start, l.cStart)
            startNote(.footnote, line: ln, pending: false)
            add(.note, l.cStart, l.cEnd, note: Int32(noteRecords.count - 1))
            trivia(trailing.0, trailing.1)
        case .publisherNote, .noteContinuation:
            // waits for the next unit: the portal puts these before the heading they concern
            if l.kind == .publisherNote { startNote(.publisher, line: ln, pending: true) }
            let noteIndex = pendingNotes.last ?? Int32(noteRecords.count - 1)
            if pendingNotes.isEmpty {
                // a continuation line whose note was already attached (cannot normally happen)
                trivia(l.start, l.cStart); add(.note, l.cStart, l.cEnd, note: noteIndex); trivia(trailing.0, trailing.1)
            } else {
                pendingTrivia(l.start, l.cStart)
                pending.append(Piece(role: .note, note: noteIndex, start: l.cStart, end: l.cEnd))
                pendingTrivia(trailing.0, trailing.1)
            }
        case .text:
            flushPending()
            trivia(l.start, l.cStart)
            if li < firstUnit {
                if titleLines.contains(li) {
                    add(.preface, l.cStart, l.cEnd)
                } else {
                    if records.last!.kind != .preamble { open(.preamble, num: nil, line: ln) }
                    add(.text, l.cStart, l.cEnd)
                }
            } else {
                placeText(l, line: ln)
            }
            trivia(trailing.0, trailing.1)
        }
    }

    /// Mixed scripts and invisible characters in the body (the front matter is Kenes's own).
    /// Only as many as can be listed become warnings; the rest are counted.
    mutating func warnAboutIntegrity(from start: Int) {
        let issues = source.withUnsafeBufferPointer { TextIntegrity.scan($0, range: start..<$0.count) }
        for issue in issues.prefix(options.warningLimit) {
            diagnostics.append(Diagnostic(severity: .warning, location: sourceLocation(ofByte: Int32(issue.offset)), text: issue.text, language: language))
        }
        if issues.count > options.warningLimit {
            unlisted += issues.count - options.warningLimit
            firstUnlisted = sourceLocation(ofByte: Int32(issues[options.warningLimit].offset))
        }
    }

    /// Notes placed, citations resolved, warnings in line order.
    mutating func finish(metadata: ActMetadata, bodyStart: Int) throws(ActInputError) -> Act {
        if records.count == 1 || !records.contains(where: { $0.kind != .act && $0.kind != .preamble && $0.kind != .conclusions }) {
            throw ActInputError(.noStructure, location(line: bodyStart + 1), Message(
                ru: "не найдено ни одной структурной единицы (статьи, пункта, главы): это не текст акта или его заголовки не распознаны",
                kk: "бірде-бір құрылымдық бірлік (бап, тармақ, тарау) табылмады: бұл акт мәтіні емес немесе тақырыптары танылмады",
                en: "no structural unit found (article, clause, chapter): this is not the text of an act, or its headings were not recognised"))
        }
        var resolver = CitationResolver(source: source, records: records, pieces: pieces, index: index)
        placeNotes(&resolver)
        let citations = resolver.resolveAll()
        for w in resolver.warnings {
            diagnostics.append(Diagnostic(severity: .warning, location: sourceLocation(ofByte: w.offset), text: w.message, language: language))
        }
        diagnostics.sort { ($0.location.line, $0.location.column) < ($1.location.line, $1.location.column) }
        if diagnostics.count > options.warningLimit || unlisted > 0 {
            var rest = unlisted, from = firstUnlisted
            if diagnostics.count > options.warningLimit {
                rest += diagnostics.count - options.warningLimit
                let cut = diagnostics[options.warningLimit].location
                if from == nil || (cut.line, cut.column) < (from!.line, from!.column) { from = cut }
                diagnostics.removeSubrange(options.warningLimit...)
            }
            diagnostics.append(Diagnostic(severity: .warning, location: from!, text: ParseMessages.moreWarnings(rest), language: language))
        }
        return Act(metadata: metadata, source: source, fileName: options.fileName, diagnostics: diagnostics,
                   records: records, pieces: pieces, noteRecords: noteRecords, citationRecords: citations, index: index)
    }

    /// Records where each note's pieces are, and the unit it is about: the unit whose pieces hold
    /// it, or an enclosing unit the note names («Сноска. Статья 3 с изменением …» printed after
    /// the last clause of article 3 is about article 3).
    mutating func placeNotes(_ resolver: inout CitationResolver) {
        for u in records.indices {
            let end = u + 1 < records.count ? Int(records[u + 1].pieceStart) : pieces.count
            for pi in Int(records[u].pieceStart)..<end where pieces[pi].role == .note {
                let n = Int(pieces[pi].note)
                if noteRecords[n].unit < 0 { noteRecords[n].unit = Int32(u); noteRecords[n].pieceStart = Int32(pi) }
                noteRecords[n].pieceEnd = Int32(pi + 1)
            }
        }
        for n in noteRecords.indices where noteRecords[n].unit > 0 {
            let owner = Int(noteRecords[n].unit)
            var bytes: [UInt8] = []
            for p in pieces[Int(noteRecords[n].pieceStart)..<Int(noteRecords[n].pieceEnd)] where p.role == .note && p.note == Int32(n) {
                bytes.append(contentsOf: source[Int(p.start)..<Int(p.end)]); bytes.append(0x0A)
            }
            guard let ref = bytes.withUnsafeBufferPointer({ ReferenceGrammar($0).scanAll().first }) else { continue }
            let (targets, status) = resolver.resolve(ref, from: owner)
            if status == .unresolved {
                let words = String(decoding: bytes[ref.start..<ref.end], as: UTF8.self)
                warn(noteRecords[n].line - 1, ParseMessages.noteNamesNothing(words, targets.map(\.rawValue).joined(separator: ", ")))
            }
            guard status == .resolved, targets.count == 1, let t = index[targets[0]] else { continue }
            var a = owner
            while a > 0 && a != Int(t) { a = Int(records[a].parent) }
            if a == Int(t) { noteRecords[n].unit = t }
        }
    }

    func sourceLocation(ofByte offset: Int32) -> FileLocation {
        var lo = 0, hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        let col = source[Int(lineStarts[lo])..<Int(offset)].reduce(1) { $0 + ($1 & 0xC0 != 0x80 ? 1 : 0) }
        return location(line: lo + 1, column: col)
    }

    // MARK: pieces

    mutating func add(_ role: PieceRole, _ s: Int32, _ e: Int32, note: Int32 = -1) {
        pieces.append(Piece(role: role, note: note, start: s, end: e))
    }

    /// White space: merged with the previous piece when that is white space too.
    mutating func trivia(_ s: Int32, _ e: Int32) {
        guard e > s else { return }
        if let last = pieces.last, last.role == .trivia, last.end == s, pieces.count > Int(records[records.count - 1].pieceStart) {
            pieces[pieces.count - 1].end = e
        } else {
            pieces.append(Piece(role: .trivia, note: -1, start: s, end: e))
        }
    }

    mutating func pendingTrivia(_ s: Int32, _ e: Int32) {
        guard e > s else { return }
        if let last = pending.last, last.role == .trivia, last.end == s { pending[pending.count - 1].end = e }
        else { pending.append(Piece(role: .trivia, note: -1, start: s, end: e)) }
    }

    mutating func startNote(_ kind: NoteKind, line: Int32, pending isPending: Bool) {
        noteRecords.append(NoteRecord(kind: kind, line: line + 1))
        if isPending { pendingNotes.append(Int32(noteRecords.count - 1)) }
    }

    /// Publisher notes not followed by a unit stay with the unit they sit in.
    mutating func flushPending() {
        guard !pending.isEmpty else { return }
        for p in pending {
            if p.role == .trivia { trivia(p.start, p.end) } else { pieces.append(p) }
        }
        pending.removeAll(keepingCapacity: true)
        pendingNotes.removeAll(keepingCapacity: true)
    }

    /// «Исключен(а, о, ы) …», «Алып тасталды …», «Утратил(а) силу …», «Күші жойылды …».
    static let exclusionWords = ["Исключен", "исключен", "Алып тасталды", "алып тасталды", "Утратил", "утратил",
                                 "Күші жойылды", "күші жойылды"].map { Array($0.utf8) }

    func isExclusion(_ s: Int32, _ e: Int32) -> Bool {
        source.withUnsafeBufferPointer { b in
            Self.exclusionWords.contains { w in
                Int(e - s) >= w.count && b[Int(s)..<Int(s) + w.count].elementsEqual(w)
            }
        }
    }

    // MARK: units

    mutating func placeText(_ l: LineInfo, line: Int32) {
        if wrapUpOwner < 0 && closesList() { wrapUpOwner = records[records.count - 1].parent }
        if wrapUpOwner >= 0 {
            let o = Int(wrapUpOwner)
            if records[o].wrapUpEnd == records[o].wrapUpStart { records[o].wrapUpStart = Int32(pieces.count) }
            add(.wrapUp, l.cStart, l.cEnd)
            records[o].wrapUpEnd = Int32(pieces.count)
            return
        }
        let top = records[records.count - 1]
        if top.kind == .article && top.firstChild < 0 && !articleHasNumbered || top.kind == .subparagraph {
            open(.subparagraph, num: nil, line: line)
        }
        add(.text, l.cStart, l.cEnd)
    }

    /// Whether a text line after the open subclause is the closing words of the unit that lists
    /// it (Akoma Ntoso `wrapUp`): only after a list of at least two subclauses whose items end
    /// «;» and whose last item ends «.». Anything else stays the subclause's own text.
    mutating func closesList() -> Bool {
        let u = Int32(records.count - 1)
        guard records[Int(u)].kind == .point, stack.last == u, triedWrapUp != u else { return false }
        triedWrapUp = u
        return list.parent == records[Int(u)].parent && list.items >= 2 && list.semicolons && lastTextByte(Int(u)) == UInt8(ascii: ".")
    }

    /// The last byte of a unit's text as laid out so far (0 when it has none).
    func lastTextByte(_ u: Int) -> UInt8 {
        let end = u + 1 < records.count ? Int(records[u + 1].pieceStart) : pieces.count
        for p in pieces[Int(records[u].pieceStart)..<end].reversed() where p.role == .text {
            return p.end > p.start ? source[Int(p.end) - 1] : 0
        }
        return 0
    }

    /// A subclause opens under `parent` after `previous` (-1: it is the first child).
    mutating func extendList(parent: Int32, previous: Int32) {
        if previous >= 0 && list.parent == parent && records[Int(previous)].kind == .point {
            let p = records[Int(previous)]
            list.items += 1
            list.semicolons = list.semicolons && (p.status == .excluded || lastTextByte(Int(previous)) == UInt8(ascii: ";"))
        } else {
            // a list starts with the parent's first child; after anything else it is not a list
            list = (parent, 1, previous < 0)
        }
    }

    mutating func openUnit(for l: LineInfo, line: Int32) {
        var kind = l.unitKind
        let num = str(l.numStart, l.numEnd)
        if kind == .article {
            // does the article have numbered clauses? decides whether its paragraphs are parts
            articleHasNumbered = false
            var j = Int(line) + 1
            while j < lines.count {
                let k = lines[j]
                if k.kind == .heading { break }
                if k.kind == .numbered { articleHasNumbered = true; break }
                j += 1
            }
        }
        if kind == .point && !stack.contains(where: { records[Int($0)].kind == .article })
            && !stack.contains(where: { records[Int($0)].kind == .paragraph && records[Int($0)].num?.last == "." }) {
            // an act without articles numbers its items `117)`: they are its paragraphs
            kind = .paragraph
        }
        flushPendingInto(kind: kind, num: num, line: line)
    }

    /// Opens a unit and moves the publisher notes waiting for it inside.
    mutating func flushPendingInto(kind: UnitKind, num: String?, line: Int32) {
        if pending.isEmpty { open(kind, num: num, line: line); return }
        let held = pending
        pending = []
        pendingNotes = []
        open(kind, num: num, line: line)
        for p in held {
            if p.role == .trivia { trivia(p.start, p.end) } else { pieces.append(p) }
        }
    }

    /// Closes open units until the innermost one is of a kind that may hold the new unit.
    mutating func popTo(_ allowed: (UnitKind) -> Bool) {
        while stack.count > 1 && !allowed(records[Int(stack.last!)].kind) { stack.removeLast() }
    }

    static func isContainer(_ k: UnitKind) -> Bool { k == .act || k == .part || k == .chapter || k == .subchapter }

    mutating func open(_ kind: UnitKind, num: String?, line: Int32) {
        switch kind {
        case .preamble, .conclusions: stack = [0]
        case .part: popTo { $0 == .act }
        case .chapter: popTo { $0 == .act || $0 == .part }
        case .subchapter: popTo { $0 == .act || $0 == .part || $0 == .chapter }
        case .article: popTo(Self.isContainer)
        case .paragraph:
            if stack.contains(where: { records[Int($0)].kind == .article }) { popTo { $0 == .article } } else { popTo(Self.isContainer) }
        case .point:
            if let p = stack.lastIndex(where: { records[Int($0)].kind == .paragraph && records[Int($0)].num?.last == "." }),
               !stack[p...].contains(where: { records[Int($0)].kind == .article }) {
                stack.removeSubrange((p + 1)...)
            } else {
                popTo { $0 == .article }
            }
        case .subparagraph: popTo { $0 == .article }
        case .act: break
        }
        let parent = stack.last!
        let pLast = records[Int(parent)].lastChild
        wrapUpOwner = -1
        if kind == .point { extendList(parent: parent, previous: pLast) }
        var eId: EId
        if kind == .subparagraph {
            // parts (части) are unnumbered: counted among their siblings
            var k = 1
            if pLast >= 0, records[Int(pLast)].kind == .subparagraph, let n = records[Int(pLast)].eId.number.flatMap({ Int($0) }) { k = n + 1 }
            eId = EId.unit(kind, number: String(k), under: records[Int(parent)].eId)
        } else {
            eId = EId.unit(kind, number: num ?? "", under: records[Int(parent)].eId)
        }
        if let n = num { checkNumbering(kind: kind, num: n, parent: parent, line: line) }
        if let prev = index[eId] {
            warn(line, ParseMessages.duplicate(kind, num, firstAt: records[Int(prev)].line))
            // the next free suffix, counted per eId (searching from 2 each time was quadratic)
            var k = max(2, duplicates[eId, default: 1] + 1)
            while index[eId.duplicate(k)] != nil { k += 1 }
            duplicates[eId] = k
            eId = eId.duplicate(k)
        }
        let idx = Int32(records.count)
        records.append(UnitRecord(kind: kind, eId: eId, num: num, line: line + 1, parent: parent, pieceStart: Int32(pieces.count)))
        index[eId] = idx
        if pLast >= 0 { records[Int(pLast)].nextSibling = idx } else { records[Int(parent)].firstChild = idx }
        records[Int(parent)].lastChild = idx
        stack.append(idx)
    }

    /// Warns about numbers that repeat, go backwards or skip (8 → 10); inserted numbers
    /// (8 → 8-1 → 9) are normal. Excerpts skip the gap checks.
    mutating func checkNumbering(kind: UnitKind, num: String, parent: Int32, line: Int32) {
        guard let key = UnitNumber.key(num) else { return }
        let global = kind == .article || kind == .chapter || kind == .part
            || (kind == .paragraph && records[Int(parent)].kind != .article)
        var prev: ([Int], Int32)?
        if global {
            let slot = kind == .article ? 0 : kind == .chapter ? 1 : kind == .part ? 2 : 3
            prev = lastGlobalKey[slot]
            lastGlobalKey[slot] = (key, line)
        } else {
            var c = records[Int(parent)].lastChild
            while c >= 0 && records[Int(c)].kind != kind { c = -1 }
            if c >= 0, let n = records[Int(c)].num, let k = UnitNumber.key(n) { prev = (k, records[Int(c)].line - 1) }
        }
        guard let (pk, pline) = prev else {
            if !isExcerpt && key != [1] && key.first != 0 {
                warn(line, ParseMessages.startsAt(kind, num))
            }
            return
        }
        if key == pk { return } // reported as a duplicate eId
        if UnitNumber.less(key, pk) {
            warn(line, ParseMessages.outOfOrder(kind, num, after: pk.map(String.init).joined(separator: "-"), line: pline + 1))
        } else if !isExcerpt && !UnitNumber.follows(pk, key) {
            warn(line, ParseMessages.jumps(kind, num, after: pk.map(String.init).joined(separator: "-")))
        }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
