import Foundation
import KenesAct

/// Why an extract cannot be made: a reference that names nothing or two things, a missing file,
/// an act in the wrong language for `--parallel`.
public struct ExtractError: Refusal, CustomStringConvertible {
    public var place: String?
    public var text: Message
    public init(_ place: String?, _ text: Message) { self.place = place; self.text = text }
    public var description: String { description(.en) }
}

/// The sentences of `ExtractError`.
enum ExtractRefusals {
    static func parallelSameLanguage(_ p: String, _ l: Language, _ main: String) -> Message {
        Message(ru: "--parallel требует акт на другом языке, а этот на \(l.rawValue), как и \(main)",
                kk: "--parallel басқа тілдегі актіні қажет етеді, ал бұл да \(main) сияқты \(l.rawValue) тілінде",
                en: "--parallel needs the act in the other language, and this one is \(l.rawValue) like \(main)")
    }
    static let unreadableCourse = Message(ru: "не удаётся прочитать файл курса", kk: "курс файлын оқу мүмкін емес", en: "cannot read the course file")
    static func notCourse(_ detail: String) -> Message {
        Message(ru: "это не файл курса (title, modules с title и refs): \(detail)", kk: "бұл курс файлы емес (title, title және refs бар modules): \(detail)",
                en: "not a course file (title, modules with title and refs): \(detail)")
    }
    static func moduleAct(_ rel: String, _ why: Message) -> Message {
        .each { l in [ReportLocale.ru: "акт модуля \(rel): ", .kk: "\(rel) модуль актісі: ", .en: "module act \(rel): "][l]! + why[l] }
    }
    static func noAct(_ n: Int) -> Message {
        Message(ru: "модуль \(n) не называет акта, и у курса его нет", kk: "\(n)-модуль актіні атамайды, курста да акт жоқ",
                en: "module \(n) names no act and the course has none")
    }
    static func module(_ n: Int, _ title: String, _ why: Message) -> Message {
        .each { l in [ReportLocale.ru: "модуль \(n) «\(title)»: ", .kk: "\(n)-модуль «\(title)»: ", .en: "module \(n) «\(title)»: "][l]! + why[l] }
    }
}

/// A selected unit, in one language or side by side in both.
public struct ExtractItem: Sendable {
    public var eId: EId
    /// The units from the top of the act down to this one (in the main act, or the parallel one).
    public var path: [StructuralUnit]
    public var main: StructuralUnit?
    public var parallel: StructuralUnit?
}

/// What the act is, for the header every extract carries.
public struct ActCard: Sendable {
    public var title: String
    public var kind: ActKind
    public var number: String?
    public var date: String?
    /// «по состоянию на …», or what the front matter says the text is as of.
    public var edition: String?
    public var language: Language
    public var synthetic: Bool
    public var excerpt: Bool
    public var file: String

    public init(_ act: Act) {
        let m = act.metadata
        title = m.title ?? act.fileName
        kind = m.kind; number = m.number; date = m.date
        edition = m.editionDate ?? m[frontMatter: "edition"]
        language = m.language; synthetic = m.isSynthetic; excerpt = m.isExcerpt; file = act.fileName
    }
}

/// Clauses chosen by citation, in one or two languages, with the glossary that goes with them.
public struct Extract: Sendable {
    public var main: ActCard
    public var parallel: ActCard?
    public var items: [ExtractItem]
    public var glossary: Glossary?
    /// Units present in only one of the two languages.
    public var mismatches: [String]

    /// Selects `refs` («ст. 8 п. 1-3; ст. 9», «8-бап 2-тармақ», eIds, «гл. 2») from `act`, and the same
    /// units from `parallel` when given. A unit inside another selected one is not repeated.
    public static func make(act: Act, refs: String, parallel: Act? = nil, notes: Bool = false,
                            glossary: GlossaryMode = .none) throws(ExtractError) -> Extract {
        if let p = parallel, p.metadata.language == act.metadata.language {
            throw ExtractError(p.fileName, ExtractRefusals.parallelSameLanguage(p.fileName, p.metadata.language, act.fileName))
        }
        var ids: [EId] = []
        switch act.lookup(refs) {
        case .success(let found): ids = found
        case .failure(let e): throw ExtractError(act.fileName, e.text)
        }
        // keep the first mention, drop units inside another selected unit
        var seen = Set<EId>()
        ids = ids.filter { seen.insert($0).inserted }
        let selected = Set(ids)
        ids = ids.filter { id in !act.path(to: id).dropLast().contains { selected.contains($0.eId) } }

        var items: [ExtractItem] = []
        var mismatches: [String] = []
        for id in ids {
            var main = act.unit(id), other = parallel?.unit(id)
            if !notes { main?.stripNotes(); other?.stripNotes() }
            if parallel != nil {
                mismatches += Self.unmatched(main, other, act.metadata.language, parallel!.metadata.language)
            }
            items.append(ExtractItem(eId: id, path: act.path(to: id), main: main, parallel: other))
        }
        var g: Glossary?
        if glossary != .none {
            g = Glossary(act: act)
            if glossary == .used { g = g?.used(in: items.compactMap(\.main)) }
            if let p = parallel {
                var pg = Glossary(act: p)
                if glossary == .used { pg = pg.used(in: items.compactMap(\.parallel)) }
                g?.parallel = pg
            }
        }
        return Extract(main: ActCard(act), parallel: parallel.map(ActCard.init), items: items, glossary: g, mismatches: mismatches)
    }

    /// eIds in one tree and not the other: the language versions' structures differ there.
    static func unmatched(_ a: StructuralUnit?, _ b: StructuralUnit?, _ la: Language, _ lb: Language) -> [String] {
        var ida: [EId] = [], idb: [EId] = []
        a?.forEach { ida.append($0.eId) }
        b?.forEach { idb.append($0.eId) }
        let sa = Set(ida), sb = Set(idb)
        return ida.filter { !sb.contains($0) }.map { "\($0): only in \(la.rawValue)" }
            + idb.filter { !sa.contains($0) }.map { "\($0): only in \(lb.rawValue)" }
    }
}

public enum GlossaryMode: String, Sendable { case none, all, used }

extension StructuralUnit {
    mutating func stripNotes() {
        notes = []
        for i in children.indices { children[i].stripNotes() }
    }
}
