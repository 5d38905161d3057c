import KenesAct

/// One discrepancy between the Russian and the Kazakh text of an act.
public struct ParityFinding: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable, Codable {
        /// A unit present in one language only.
        case missing
        /// Quantities that differ: digits, numbers and fractions in words, percentages, amounts.
        case number
        /// Dates that differ, whatever their spelling.
        case date
        /// Citations whose resolved targets differ, or that resolve in one language only.
        case citation
        /// In force in one language, excluded in the other.
        case status
        /// The two versions name different amending acts.
        case note
        /// A word with letters of two scripts, or an invisible character, in either text.
        case script
    }

    public var kind: Kind
    public var eId: EId
    /// How a lawyer names the unit in each language (nil where it is missing).
    public var label: (ru: String?, kk: String?)
    /// What each version says (nil where it says nothing).
    public var ru: String?
    public var kk: String?
    public var explanation: Message

    public static func == (a: ParityFinding, b: ParityFinding) -> Bool {
        a.kind == b.kind && a.eId == b.eId && a.label == b.label && a.ru == b.ru && a.kk == b.kk && a.explanation == b.explanation
    }
}

/// The two versions compared.
public struct ParityReport: Sendable {
    public var ru: Act
    public var kk: Act
    public var findings: [ParityFinding]
    /// Units present in both languages whose content was compared.
    public var compared: Int

    public func count(_ kind: ParityFinding.Kind) -> Int { findings.filter { $0.kind == kind }.count }
}

/// Compares the Russian and Kazakh texts of one act unit by unit, aligned by eId. Only what can
/// be checked without understanding the words is compared: structure, quantities, dates,
/// citations, status, amending acts named, and characters that do not belong.
public enum ParityChecker {
    public static func compare(ru: Act, kk: Act) -> ParityReport {
        var findings: [(key: Double, finding: ParityFinding)] = []
        var ruUnits: [EId: (UnitIndex, Int)] = [:], kkUnits: [EId: (UnitIndex, Int)] = [:]
        var ruOrder: [EId] = [], kkOrder: [EId] = []
        ru.forEachUnit { u, _ in let id = ru.eId(u); ruUnits[id] = (u, ruOrder.count); ruOrder.append(id) }
        kk.forEachUnit { u, _ in let id = kk.eId(u); kkUnits[id] = (u, kkOrder.count); kkOrder.append(id) }

        func label(_ act: Act, _ id: EId) -> String? {
            guard act.contains(id) else { return nil }
            return Vocabulary.citation(path: act.path(to: id), act.metadata.language)
        }
        func add(_ key: Double, _ kind: ParityFinding.Kind, _ id: EId, ru r: String?, kk k: String?, _ why: Message) {
            findings.append((key, ParityFinding(kind: kind, eId: id, label: (label(ru, id), label(kk, id)), ru: r, kk: k, explanation: why)))
        }
        /// A unit whose ancestor is already reported (missing, or excluded on one side) says nothing more.
        var silenced: Set<EId> = []
        func isSilenced(_ id: EId) -> Bool {
            var p = id.parent
            while let q = p { if silenced.contains(q) { return true }; p = q.parent }
            return false
        }

        var compared = 0
        for (position, id) in ruOrder.enumerated() where id != .act {
            let key = Double(position)
            if isSilenced(id) { silenced.insert(id); continue }
            guard let (k, _) = kkUnits[id] else {
                silenced.insert(id)
                add(key, .missing, id, ru: shown(ru, ruUnits[id]!.0), kk: nil, ParityMessages.onlyIn(.ru))
                continue
            }
            let r = ruUnits[id]!.0
            let (a, b) = (ru.shallowUnit(r), kk.shallowUnit(k))
            if a.status != b.status {
                silenced.insert(id)
                add(key, .status, id, ru: excerpt(a.text), kk: excerpt(b.text),
                    ParityMessages.excludedIn(a.status == .excluded ? .ru : .kk))
                continue
            }
            compared += 1
            for f in compareContent(a, b) { add(key, f.kind, id, ru: f.ru, kk: f.kk, f.why) }
        }
        // units only the Kazakh text has, after the last unit both share before them
        var lastShared = -1.0
        for id in kkOrder where id != .act {
            if let (_, p) = ruUnits[id] { lastShared = Double(p); continue }
            if isSilenced(id) { silenced.insert(id); continue }
            silenced.insert(id)
            add(lastShared + 0.5, .missing, id, ru: nil, kk: shown(kk, kkUnits[id]!.0), ParityMessages.onlyIn(.kk))
        }
        let ordered = findings.enumerated().sorted { ($0.element.key, $0.offset) < ($1.element.key, $1.offset) }.map(\.element.finding)
        return ParityReport(ru: ru, kk: kk, findings: ordered, compared: compared)
    }

    struct ContentFinding { var kind: ParityFinding.Kind; var ru: String?; var kk: String?; var why: Message }

    /// Quantities, dates, citations, amending acts and characters of one unit in both languages.
    static func compareContent(_ a: StructuralUnit, _ b: StructuralUnit) -> [ContentFinding] {
        var out: [ContentFinding] = []
        // the text and the closing words, citations left out (compared by their targets)
        let fa = facts(a, .ru), fb = facts(b, .kk)
        let (onlyRu, onlyKk) = difference(fa.quantities, fb.quantities)
        if !onlyRu.isEmpty || !onlyKk.isEmpty {
            out.append(ContentFinding(kind: .number, ru: fa.quantities.map(\.description).joined(separator: ", "),
                                      kk: fb.quantities.map(\.description).joined(separator: ", "),
                                      why: sides(.quantities, onlyRu.map(\.description), onlyKk.map(\.description))))
        }
        let (datesRu, datesKk) = dateDifference(fa.dates, fb.dates)
        if !datesRu.isEmpty || !datesKk.isEmpty {
            out.append(ContentFinding(kind: .date, ru: fa.dates.joined(separator: ", "), kk: fb.dates.joined(separator: ", "),
                                      why: sides(.dates, datesRu, datesKk)))
        }
        let ca = citationKeys(a), cb = citationKeys(b)
        let (citesRu, citesKk) = difference(ca, cb)
        if !citesRu.isEmpty || !citesKk.isEmpty {
            out.append(ContentFinding(kind: .citation, ru: ca.joined(separator: "; "), kk: cb.joined(separator: "; "),
                                      why: sides(.citations, citesRu, citesKk)))
        }
        let na = a.amendments.map { "\($0.date) № \($0.number)" }, nb = b.amendments.map { "\($0.date) № \($0.number)" }
        let (notesRu, notesKk) = difference(na, nb)
        if !notesRu.isEmpty || !notesKk.isEmpty {
            out.append(ContentFinding(kind: .note, ru: na.joined(separator: "; "), kk: nb.joined(separator: "; "),
                                      why: sides(.amendingActs, notesRu, notesKk)))
        }
        // one finding per text: the first character named, the others counted
        for (unit, isRu) in [(a, true), (b, false)] {
            let issues = integrity(unit)
            guard let first = issues.first else { continue }
            let said = first.message + (issues.count > 1 ? " (and \(issues.count - 1) more in this unit)" : "")
            out.append(ContentFinding(kind: .script, ru: isRu ? said : nil, kk: isRu ? nil : said, why: ParityMessages.inText(isRu ? .ru : .kk)))
        }
        return out
    }

    static func facts(_ u: StructuralUnit, _ language: Language) -> StatedFacts {
        let text = StatedFacts.read(u.text, language: language, skipping: u.citations.filter { !$0.inWrapUp }.map { $0.start..<$0.end })
        guard let w = u.wrapUp else { return text }
        let closing = StatedFacts.read(w, language: language, skipping: u.citations.filter(\.inWrapUp).map { $0.start..<$0.end })
        return StatedFacts(quantities: text.quantities + closing.quantities, dates: text.dates + closing.dates)
    }

    /// Each citation of the act's own units as what it names: «art_8__para_2», or
    /// «unresolved art_8__para_9» where it names nothing there. Citations of other acts are
    /// named differently in each language and are not compared.
    static func citationKeys(_ u: StructuralUnit) -> [String] {
        u.citations.filter { $0.status != .external }.map { c in
            let targets = c.targets.map(\.rawValue).joined(separator: ", ")
            return c.status == .resolved ? targets : "\(c.status.rawValue) \(targets)"
        }
    }

    static func integrity(_ u: StructuralUnit) -> [IntegrityIssue] {
        var issues: [IntegrityIssue] = []
        for text in [u.heading ?? "", u.text, u.wrapUp ?? ""] where !text.isEmpty {
            var t = text
            issues += t.withUTF8 { TextIntegrity.scan($0) }
        }
        return issues
    }

    /// What each side has that the other has not, counted (a multiset difference).
    static func difference<T: Hashable>(_ a: [T], _ b: [T]) -> ([T], [T]) {
        var count: [T: Int] = [:]
        for x in a { count[x, default: 0] += 1 }
        for x in b { count[x, default: 0] -= 1 }
        var onlyA: [T] = [], onlyB: [T] = []
        for x in a where (count[x] ?? 0) > 0 { onlyA.append(x); count[x]! -= 1 }
        for x in b where (count[x] ?? 0) < 0 { onlyB.append(x); count[x]! += 1 }
        return (onlyA, onlyB)
    }

    /// Dates compared whole, then a day and month without a year («1 наурыздан») against a full
    /// date on the same day and month.
    static func dateDifference(_ a: [String], _ b: [String]) -> ([String], [String]) {
        var (x, y) = difference(a, b)
        func dayMonth(_ d: String) -> Substring { d.suffix(5) }
        for (i, d) in x.enumerated().reversed() where d.hasPrefix("--") {
            if let j = y.firstIndex(where: { dayMonth($0) == dayMonth(d) }) { x.remove(at: i); y.remove(at: j) }
        }
        for (j, d) in y.enumerated().reversed() where d.hasPrefix("--") {
            if let i = x.firstIndex(where: { dayMonth($0) == dayMonth(d) }) { x.remove(at: i); y.remove(at: j) }
        }
        return (x, y)
    }

    static func sides(_ what: ParityMessages.Compared, _ ru: [String], _ kk: [String]) -> Message {
        .each { l in
            var parts: [String] = []
            if !ru.isEmpty { parts.append("\(ru.joined(separator: ", ")) " + ParityMessages.onlyIn(.ru)[l]) }
            if !kk.isEmpty { parts.append("\(kk.joined(separator: ", ")) " + ParityMessages.onlyIn(.kk)[l]) }
            return ParityMessages.differ(what)[l] + ": " + parts.joined(separator: "; ")
        }
    }

    /// A unit as the reader finds it: its label, heading and the start of its text.
    static func shown(_ act: Act, _ u: UnitIndex) -> String {
        let parts = [Vocabulary.heading(act.kind(u), number: act.num(u), act.metadata.language), act.heading(u) ?? "", act.text(u)]
        return excerpt(parts.filter { !$0.isEmpty }.joined(separator: " "))
    }

    static func excerpt(_ s: String, limit: Int = 120) -> String {
        let flat = s.replacingOccurrences(of: "\n", with: " ")
        return flat.count <= limit ? flat : String(flat.prefix(limit)) + "…"
    }
}
