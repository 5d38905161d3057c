import Foundation

/// Why a reference typed by a person («ст. 8 п. 2», `art_8__para_2`) does not name units.
public struct ReferenceLookupError: Refusal, Equatable, CustomStringConvertible {
    public enum Reason: Sendable, Equatable {
        /// Not a reference Kenes can read.
        case unreadable
        /// Names units that are not in the act; `nearest` lists units that are.
        case notFound(missing: [String], nearest: [EId])
        /// Two readings both exist («п. 1-3» with a clause numbered 1-3).
        case ambiguous(readings: [EId])
    }
    public var reference: String
    public var reason: Reason
    /// The act's language: the nearest units are named as its lawyers write them.
    public var language: Language = .ru
    public var place: String? { nil }
    public var description: String { text.en }

    public var text: Message {
        switch reason {
        case .unreadable:
            return Message(
                ru: "не удаётся прочитать ссылку «\(reference)»: напишите eId (art_8__para_2) или ссылку («ст. 8 п. 2», «статья 8 пункт 2», «8-бап 2-тармақ»)",
                kk: "«\(reference)» сілтемесін оқу мүмкін емес: eId (art_8__para_2) немесе сілтеме жазыңыз («8-бап 2-тармақ», «ст. 8 п. 2»)",
                en: "cannot read reference «\(reference)»: write an eId (art_8__para_2) or a citation («ст. 8 п. 2», «статья 8 пункт 2», «8-бап 2-тармақ»)")
        case .notFound(let missing, let nearest):
            // «п. 4 ст. 8 (art_8__para_4)»: the label to read, the eId to type
            let near = nearest.map { "\(Vocabulary.shortCitation($0, language)) (\($0))" }.joined(separator: ", ")
            let named = missing.map { $0.contains("_") ? "\(Vocabulary.shortCitation(EId($0), language)) (\($0))" : $0 }.joined(separator: ", ")
            return .each { l in
                let absent = [ReportLocale.ru: "«\(reference)»: \(named) нет в этом акте", .kk: "«\(reference)»: \(named) бұл актіде жоқ",
                              .en: "«\(reference)»: \(named) not in this act"][l]!
                return absent + (near.isEmpty ? "" : [ReportLocale.ru: "; ближайшие: ", .kk: "; ең жақындары: ", .en: "; nearest: "][l]! + near)
            }
        case .ambiguous(let readings):
            // the resolver lists the inserted unit first, then the range
            let single = readings.first?.rawValue ?? "", range = readings.dropFirst().map(\.rawValue).joined(separator: ", ")
            return Message(
                ru: "«\(reference)» читается двояко: единица с таким номером (\(single)) или диапазон (\(range)); назовите единицы их eId",
                kk: "«\(reference)» екі түрлі оқылады: дәл осындай нөмірлі бірлік (\(single)) немесе аралық (\(range)); бірліктерді eId арқылы атаңыз",
                en: "«\(reference)» is ambiguous: either the unit numbered as written (\(single)) or the range (\(range)); name the units by their eIds")
        }
    }
}

extension Act {
    /// The eIds a reference names. Accepts eIds and citations as people write them, in Russian
    /// or Kazakh, several separated by «;»: «ст. 8 п. 1-3; ст. 9», «8-бап 2-тармақ».
    public func lookup(_ reference: String) -> Result<[EId], ReferenceLookupError> {
        var out: [EId] = []
        for part in reference.split(separator: ";") {
            let ref = part.trimmingCharacters(in: .whitespacesAndNewlines)
            if ref.isEmpty { continue }
            switch lookupOne(ref) {
            case .success(let ids): out += ids
            case .failure(var e): e.language = metadata.language; return .failure(e)
            }
        }
        if out.isEmpty { return .failure(ReferenceLookupError(reference: reference, reason: .unreadable)) }
        return .success(out)
    }

    func lookupOne(_ ref: String) -> Result<[EId], ReferenceLookupError> {
        let first = lookupAsWritten(ref)
        // «пп. 117-118» is «пункты 117-118» as often as «подпункты»: when the subclauses are not
        // there, the clauses are read
        if case .failure(let e) = first, case .notFound = e.reason, ref.range(of: "пп.") != nil,
           case .success(let ids) = lookupAsWritten(ref.replacingOccurrences(of: "пп.", with: "п.")) {
            return .success(ids)
        }
        return first
    }

    func lookupAsWritten(_ ref: String) -> Result<[EId], ReferenceLookupError> {
        if index[EId(ref)] != nil { return .success([EId(ref)]) }
        if ref.contains("_"), ref.allSatisfy({ $0.isASCII && !$0.isWhitespace }) {
            return .failure(ReferenceLookupError(reference: ref, reason: .notFound(missing: [ref], nearest: nearest(to: EId(ref)))))
        }
        let bytes = Array(ref.utf8)
        let parsed = bytes.withUnsafeBufferPointer { ReferenceGrammar($0).scanAll() }
        guard !parsed.isEmpty else { return .failure(ReferenceLookupError(reference: ref, reason: .unreadable)) }
        var resolver = CitationResolver(source: source, records: records, pieces: pieces, index: index)
        var out: [EId] = []
        for p in parsed {
            let (targets, status) = resolver.resolve(p, from: 0)
            switch status {
            case .resolved: out += targets
            case .ambiguous:
                return .failure(ReferenceLookupError(reference: ref, reason: .ambiguous(readings: targets)))
            case .external, .unresolved:
                let missing = targets.filter { index[$0] == nil }
                return .failure(ReferenceLookupError(reference: ref, reason: .notFound(
                    missing: missing.isEmpty ? [ref] : missing.map(\.rawValue), nearest: missing.first.map { nearest(to: $0) } ?? [])))
            }
        }
        return .success(out)
    }

    /// Units near a missing eId: siblings under its deepest existing ancestor, closest number first.
    public func nearest(to eId: EId, limit: Int = 5) -> [EId] {
        guard let last = eId.last else { return [] }
        var parent = 0
        var ancestor = eId.parent
        while let a = ancestor {
            if let p = index[a] { parent = Int(p); break }
            ancestor = a.parent
        }
        let want = UnitNumber.key(last.number) ?? [0]
        var candidates: [(Int, EId)] = []
        func collect(_ u: Int) {
            for c in children(of: u) {
                let r = records[c]
                if let tail = r.eId.last, tail.prefix == last.prefix {
                    let k = UnitNumber.key(tail.number) ?? [0]
                    candidates.append((abs((k.first ?? 0) - (want.first ?? 0)) * 1000 + abs((k.count > 1 ? k[1] : 0) - (want.count > 1 ? want[1] : 0)), r.eId))
                } else if [.part, .chapter, .subchapter].contains(r.kind) {
                    collect(c)
                }
            }
        }
        collect(parent)
        if candidates.isEmpty { return children(of: parent).prefix(limit).map { records[$0].eId } }
        return candidates.sorted { $0.0 < $1.0 }.prefix(limit).map(\.1)
    }
}

extension EId {
    /// The unit a reference names when reading it needs no act: an eId, or one article with
    /// one clause and one subclause in it, numbers written out («ст. 8 п. 2», «8-бап 2-тармақ»,
    /// «подпункт 3) пункта 1 статьи 5»). Nil for anything else (lists, ranges, chapters, parts,
    /// «настоящей статьи», another act): those are read against the act (`Act.lookup`).
    public init?(plainReference reference: String) {
        let ref = reference.trimmingCharacters(in: .whitespacesAndNewlines)
        if ref.contains("_"), ref.allSatisfy({ $0.isASCII && !$0.isWhitespace }) { self.init(ref); return }
        let bytes = Array(ref.utf8)
        let parsed = bytes.withUnsafeBufferPointer { ReferenceGrammar($0).scanAll() }
        guard parsed.count == 1, let p = parsed.first, p.scope == .unspecified || p.scope == .thisAct,
              bytes[..<p.start].allSatisfy({ $0 == 0x20 }), bytes[p.end...].allSatisfy({ $0 == 0x20 || $0 == 0x2E }) else { return nil }
        var numbers: [RefLevel: String] = [:]
        for g in p.groups {
            guard [.article, .paragraph, .point].contains(g.level), numbers[g.level] == nil, g.items.count == 1,
                  case .single(let n) = g.items[0] else { return nil }
            numbers[g.level] = n
        }
        guard let article = numbers[.article] else { return nil }
        var id = EId.unit(.article, number: article, under: nil)
        if let n = numbers[.paragraph] { id = EId.unit(.paragraph, number: n, under: id) }
        if let n = numbers[.point] { id = EId.unit(.point, number: n, under: id) }
        self = id
    }
}

/// The units a phrase of an amending instruction names, read with the same grammar as the
/// citations in acts, so that the two never disagree: «в пункте 2 статьи 6» → article 6,
/// paragraph 2; «5-баптың 1-тармағының 3) тармақшасы» → article 5, paragraph 1, point 3.
public struct InstructionReference: Sendable, Equatable {
    /// The number each level names (the first of a list or range), nil where not named.
    public var chapter: String?, article: String?, paragraph: String?, point: String?
    /// «часть вторая» / «екінші бөлігі»: the unnumbered part named by its ordinal.
    public var part: String?
    /// «настоящей статьи» / «осы баптың»: the article the instruction stands in.
    public var thisArticle: Bool

    /// The first reference in `phrase`, or nil when it names no unit.
    public init?(_ phrase: String) {
        let bytes = Array(phrase.utf8)
        guard let parsed = bytes.withUnsafeBufferPointer({ ReferenceGrammar($0).scanAll().first }) else { return nil }
        thisArticle = parsed.scope == .thisArticle
        for group in parsed.groups {
            guard let item = group.items.first else { continue }
            let number: String
            switch item {
            case .single(let n): number = n
            case .range(let a, _): number = a
            case .rangeOrInserted(let a, let b): number = a + "-" + b
            }
            let bare = String(number.filter { $0 != ")" })
            switch group.level {
            case .chapter: chapter = bare
            case .article: article = bare
            case .paragraph: paragraph = bare
            case .point: point = bare
            case .subparagraph: part = bare
            default: break
            }
        }
        if chapter == nil && article == nil && paragraph == nil && point == nil && !thisArticle { return nil }
    }
}
