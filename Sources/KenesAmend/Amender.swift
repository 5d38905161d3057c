import KenesAct
import KenesDiff

/// Applies an amending act's instructions to an act and writes the consolidated text.
public enum Amender {
    /// The act as the amending act leaves it: portal-style text (title block as in the act, units
    /// in order, «Сноска» notes naming the amending act on every article it touched), checked by
    /// parsing it again. Any instruction that cannot be applied stops everything.
    public static func consolidate(_ act: Act, with amendment: AmendingAct) throws(AmendmentError) -> String {
        var c = Consolidation(tree: EditableTree(act.tree()), amendment: amendment, language: act.metadata.language)
        for i in amendment.instructions { try c.apply(i) }
        c.addNotes()
        return ConsolidatedText.render(c.tree.root, act: act)
    }

    /// A unit's number as an ordered key (`8-1` → [8, 1]); [] when it has none.
    static func key(of u: StructuralUnit) -> [Int] { u.num.flatMap { UnitNumber.key($0) } ?? [] }

    /// The unit that holds the articles (or chapters) numbered next to `num`: the container of the
    /// last one with a smaller number.
    static func container(of kind: UnitKind, before num: String, in root: StructuralUnit) -> EId? {
        let newKey = UnitNumber.key(num) ?? []
        var best: EId?
        func walk(_ u: StructuralUnit) {
            for c in u.children {
                if c.kind == kind, UnitNumber.less(key(of: c), newKey) { best = u.eId }
                if c.kind != kind { walk(c) }
            }
        }
        walk(root)
        return best
    }

    /// Replaces the whole-word occurrences of `old` (not «совет» inside «советах»); `inWords`
    /// counts the occurrences inside longer words, for the error when there is no other.
    static func replaceWords(in u: inout StructuralUnit, _ old: String, _ new: String, _ count: inout Int, inWords: inout Int) {
        func replace(_ s: String) -> String {
            var out = "", rest = s[...]
            while let r = rest.range(of: old) {
                let before = r.lowerBound > rest.startIndex ? rest[rest.index(before: r.lowerBound)] : nil
                let after = r.upperBound < rest.endIndex ? rest[r.upperBound] : nil
                let whole = !(before?.isLetter ?? false) && !(before?.isNumber ?? false) && !(after?.isLetter ?? false) && !(after?.isNumber ?? false)
                out += rest[..<r.lowerBound]
                if whole { out += new; count += 1 } else { out += rest[r]; inWords += 1 }
                rest = rest[r.upperBound...]
            }
            return out + rest
        }
        if u.text.contains(old) { u.text = tidy(replace(u.text), deleted: new.isEmpty) }
        if let h = u.heading, h.contains(old) { u.heading = replace(h) }
        for i in u.children.indices { replaceWords(in: &u.children[i], old, new, &count, inWords: &inWords) }
        if let w = u.wrapUp, w.contains(old) { u.wrapUp = tidy(replace(w), deleted: new.isEmpty) }
    }

    /// One line with the words replaced (see `replaceWords`).
    static func replacingWords(in line: String, _ old: String, _ new: String, _ count: inout Int, inWords: inout Int) -> String {
        var u = StructuralUnit(kind: .subparagraph, eId: "", text: line)
        replaceWords(in: &u, old, new, &count, inWords: &inWords)
        return u.text
    }

    /// After words are deleted: no double spaces, no space before punctuation.
    static func tidy(_ s: String, deleted: Bool) -> String {
        guard deleted else { return s }
        var t = s
        while t.contains("  ") { t = t.replacingOccurrences(of: "  ", with: " ") }
        for p in [",", ".", ";", ":"] { t = t.replacingOccurrences(of: " " + p, with: p) }
        return t.trimmingCharacters(in: .whitespaces)
    }

    /// «Законом РК от 10.01.2021 № 12-SYN» / «ҚР 10.01.2021 № 12-SYN Заңымен», or the bill.
    static func byAct(_ language: Language, _ a: AmendingAct, _ grammaticalCase: GrammaticalCase = .instrumental) -> String {
        let bill = a.date == nil || a.number == nil
        // Russian names the amending law in the instrumental («Законом РК от …»), or in the
        // genitive after «в редакции» («Закона РК от …»)
        let noun = bill ? (grammaticalCase == .genitive ? "проекта Закона РК" : "проектом Закона РК")
                        : (grammaticalCase == .genitive ? "Закона РК" : "Законом РК")
        guard let date = a.date, let number = a.number else { return language == .ru ? noun : "ҚР Заңының жобасымен" }
        return language == .ru ? "\(noun) от \(dotted(date, language)) № \(number)" : "ҚР \(dotted(date, language)) № \(number) Заңымен"
    }

    /// 2022-03-15 → 15.03.2022 in Russian notes, 2022.03.15 in Kazakh ones (as the portal
    /// writes them).
    static func dotted(_ iso: String, _ language: Language) -> String {
        let d = iso.split(separator: "-")
        guard d.count == 3 else { return iso }
        return language == .ru ? "\(d[2]).\(d[1]).\(d[0])" : "\(d[0]).\(d[1]).\(d[2])"
    }

    static func exclusionLine(_ kind: UnitKind, _ language: Language, _ a: AmendingAct) -> String {
        if language == .kk { return (kind == .point ? "алып тасталды - " : "Алып тасталды - ") + byAct(language, a) + "." }
        let word = kind == .article ? "Исключена" : kind == .point ? "исключен" : "Исключен"
        return "\(word) \(byAct(language, a))."
    }

    static func addFootnote(_ u: inout StructuralUnit, _ language: Language, _ a: AmendingAct, restated: Bool) {
        let by = byAct(language, a)
        let num = u.num.map { String(UnitNumber.bare($0)) } ?? ""
        func article(_ c: GrammaticalCase) -> String { Vocabulary.capitalized(Vocabulary.reference(.article, number: num, language, c)) }
        if restated {
            let text = language == .ru ? "Сноска. \(article(.nominative)) в редакции \(byAct(language, a, .genitive))."
                                       : "Ескерту. \(article(.nominative)) жаңа редакцияда - \(by)."
            u.notes.append(Note(kind: .footnote, text: text, amendments: [], line: 0))
            return
        }
        if language == .ru, let k = u.notes.firstIndex(where: { $0.kind == .footnote && $0.text.contains("с изменени") }) {
            // «…с изменением, внесенным Законом РК от X.» → «…с изменениями, внесенными законами РК от X; от Y.»
            var t = u.notes[k].text
            if t.hasSuffix(".") { t.removeLast() }
            t = t.replacingOccurrences(of: "с изменением, внесенным", with: "с изменениями, внесенными")
                .replacingOccurrences(of: "внесенными Законом РК", with: "внесенными законами РК")
            t += by.hasPrefix("Законом РК ") ? "; " + by.dropFirst("Законом РК ".count) + "." : "; " + by + "."
            u.notes[k].text = t
            return
        }
        if language == .kk, let k = u.notes.firstIndex(where: { $0.kind == .footnote && $0.text.contains("өзгеріс") }),
           let d = a.date, let n = a.number {
            // «… - ҚР X Заңымен.» → «… - ҚР X; Y заңдарымен.»
            var t = u.notes[k].text
            for ending in [" заңдарымен.", " Заңымен."] where t.hasSuffix(ending) {
                t.removeLast(ending.count)
                u.notes[k].text = t.replacingOccurrences(of: "өзгеріс енгізілді", with: "өзгерістер енгізілді") + "; \(dotted(d, language)) № \(n) заңдарымен."
                return
            }
        }
        let text = language == .ru ? "Сноска. \(article(.nominative)) с изменениями, внесенными \(by)."
                                   : "Ескерту. \(article(.dative)) өзгеріс енгізілді - \(by)."
        u.notes.append(Note(kind: .footnote, text: text, amendments: [], line: 0))
    }

    static func insertionNote(_ article: EId, _ language: Language, _ a: AmendingAct) -> String {
        let added = Vocabulary.reference(.article, number: article.number ?? "", language, .instrumental)
        return language == .ru ? "Сноска. Закон дополнен \(added) в соответствии с \(byAct(language, a))."
                               : "Ескерту. Заң \(added) толықтырылды - \(byAct(language, a))."
    }
}

extension Amender {
    /// Reads the amending act at `path` (plain text), applies its section for `act`, and parses
    /// the consolidated text again: the text as written, and the act Kenes reads back from it.
    public static func amend(_ act: Act, withFileAt path: String) throws(AmendmentError) -> (text: String, act: Act) {
        let bytes: [UInt8]
        do { bytes = try SourceText.read(path: path) } catch { throw AmendmentError(path, error.location.line, error.text) }
        return try amend(act, withBytes: bytes, file: path)
    }

    /// The same with the amending act's bytes already in memory (an upload), named `path`.
    public static func amend(_ act: Act, withBytes raw: [UInt8], file path: String) throws(AmendmentError) -> (text: String, act: Act) {
        let text: String
        do { text = String(decoding: try SourceText.normalize(raw, file: path), as: UTF8.self) }
        catch { throw AmendmentError(path, error.location.line, error.text) }
        let amendment = try AmendmentParser.parse(text: text, file: path, targetTitle: act.metadata.title, targetDate: act.metadata.date)
        let consolidated = try consolidate(act, with: amendment)
        do {
            let result = try ActParser.parse(text: consolidated, options: ParseOptions(fileName: act.metadata.title ?? path, language: act.metadata.language))
            return (consolidated, result)
        } catch {
            throw AmendmentError(path, 1, AmendMessages.consolidatedDoesNotParse(error.text))
        }
    }
}

/// An act's tree while an amending act's instructions are applied to it, and what the notes
/// will say about each article.
struct Consolidation {
    var tree: EditableTree
    let amendment: AmendingAct
    let language: Language
    var touched: [EId] = []           // articles changed, in order
    var added: Set<EId> = []          // articles inserted
    var restated: Set<EId> = []       // articles given a new wording whole
    /// The line of the instruction that gave each unit a new wording, and of each exclusion:
    /// a later instruction on the same unit (or inside an excluded one) contradicts it.
    var restatedAt: [EId: Int] = [:], excludedAt: [EId: Int] = [:]

    func fail(_ i: Instruction, _ why: Message) -> AmendmentError { AmendmentError(amendment.file, i.line, why) }
    /// «п. 2 ст. 8 (art_8__para_2)»: a unit as the act's lawyers write it.
    func name(_ eId: EId) -> String { AmendMessages.unit(eId, language) }

    /// An instruction that contradicts an earlier one: two new wordings of one unit, or anything
    /// done to a unit already excluded (inside it included). Both lines are named.
    func checkConflicts(_ i: Instruction) throws(AmendmentError) {
        guard let target = i.target else { return }
        for (excluded, line) in excludedAt where excluded == target || excluded.contains(target) {
            throw fail(i, AmendMessages.afterExclusion(name(excluded), line: line, this: i.line))
        }
        if case .replace = i.operation, let line = restatedAt[target] {
            throw fail(i, AmendMessages.restatedTwice(name(target), line: line, this: i.line))
        }
    }

    mutating func apply(_ i: Instruction) throws(AmendmentError) {
        try checkConflicts(i)
        if let t = i.target {
            if case .replace = i.operation { restatedAt[t] = i.line }
            if case .exclude = i.operation { excludedAt[t] = i.line }
        }
        if let (owner, path, line) = closingLine(i) {
            try amendClosingWords(i, owner: owner, path: path, line: line)
            if let a = i.target?.article { touched.append(a) }
            return
        }
        switch i.operation {
        case .replace(let wording): try restate(i, wording)
        case .replaceHeading(let heading):
            let (target, path) = try locate(i)
            guard tree.unit(at: path).heading != nil else { throw fail(i, AmendMessages.noHeading(name(target))) }
            tree.modify(path) { $0.heading = heading }
        case .insert(let kind, let num, let wording): try insert(i, kind, num, wording)
        case .replaceWords(let old, let new): try words(i, old, new)
        case .deleteWords(let old): try words(i, old, "")
        case .appendSentence(let sentence):
            let (_, path) = try locate(i)
            tree.modify(path) { u in u.text += (u.text.isEmpty ? "" : " ") + sentence }
        case .renumber(let kind, let from, let to): try renumber(i, kind, from, to)
        case .exclude: try exclude(i)
        }
        if let a = i.target?.article { touched.append(a) }
    }

    /// The new wording parsed on its own. Alone, «2) …» reads as an item of an act without
    /// articles: it takes the kind the instruction gives it.
    func fragment(_ wording: String, as kind: UnitKind, _ i: Instruction) throws(AmendmentError) -> StructuralUnit {
        let parsed: Act
        do { parsed = try ActParser.parse(text: wording, options: ParseOptions(fileName: amendment.file, language: language)) }
        catch { throw fail(i, AmendMessages.wordingNotUnit(error.text)) }
        guard var unit = parsed.tree().children.first(where: { $0.kind != .preamble }) else {
            throw fail(i, AmendMessages.wordingUnnumbered)
        }
        if unit.kind == .paragraph && kind == .point { unit.kind = .point }
        return unit
    }

    /// The instruction's target and where it is in the tree.
    func locate(_ i: Instruction) throws(AmendmentError) -> (EId, [Int]) {
        guard let target = i.target, let path = tree.find(target) else { throw fail(i, AmendMessages.notInAct(i.target.map(name) ?? "?")) }
        return (target, path)
    }

    /// New wording of a unit: the same kind and number, its notes kept.
    mutating func restate(_ i: Instruction, _ wording: String) throws(AmendmentError) {
        let (target, path) = try locate(i)
        let old = tree.unit(at: path)
        var unit = try fragment(wording, as: old.kind, i)
        guard unit.kind == old.kind, unit.num.map(UnitNumber.bare) == old.num.map(UnitNumber.bare) else {
            throw fail(i, AmendMessages.wordingIsOther("\(unit.kind.label(language)) \(unit.num ?? "")", restated: name(target)))
        }
        unit.notes = old.notes
        tree.modify(path) { $0 = unit }
        tree.renumber(under: Array(path.dropLast()))
        if unit.kind == .article { restated.insert(target) }
    }

    /// A unit added by number: after its last sibling of the kind with a smaller number.
    mutating func insert(_ i: Instruction, _ kind: UnitKind, _ num: String, _ wording: String) throws(AmendmentError) {
        var unit = try fragment(wording, as: kind, i)
        guard unit.kind == kind, unit.num.map(UnitNumber.bare) == Optional(UnitNumber.bare(num)) else {
            throw fail(i, AmendMessages.insertsOther("\(kind.label(language)) \(num)", given: "\(unit.kind.label(language)) \(unit.num ?? "")"))
        }
        unit.notes = []
        let parentPath: [Int]
        if let t = i.target {
            guard let p = tree.find(t) else { throw fail(i, AmendMessages.notInAct(name(t))) }
            parentPath = p
        } else {
            // an article or chapter goes where its number puts it among its kind
            parentPath = Amender.container(of: kind, before: num, in: tree.root).flatMap { tree.find($0) } ?? []
        }
        let newKey = UnitNumber.key(num) ?? []
        // the siblings of its kind are in number order (the parser warns where they are not): its
        // place by binary search — scanning them all for every insertion was quadratic (10,000
        // insertions into one article took 47 s). The parent's copy is let go before the edit,
        // or the edit would copy all its children.
        let (at, taken, parentId): (Int, Bool, EId) = {
            let parent = tree.unit(at: parentPath)
            let same = parent.children.indices.filter { parent.children[$0].kind == kind }
            var lo = 0, hi = same.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if UnitNumber.less(Amender.key(of: parent.children[same[mid]]), newKey) { lo = mid + 1 } else { hi = mid }
            }
            let taken = lo < same.count && Amender.key(of: parent.children[same[lo]]) == newKey
            return (lo > 0 ? same[lo - 1] + 1 : 0, taken, parent.eId)
        }()
        if taken { throw fail(i, AmendMessages.alreadyHas(name(parentId), "\(kind.label(language)) \(num)")) }
        tree.modify(parentPath) { $0.children.insert(unit, at: at) }
        tree.renumber(under: parentPath, child: at)
        if kind == .article { added.insert(EId.unit(.article, number: num, under: nil)) }
    }

    /// Words replaced (or deleted, `new` empty) in the target, or in one абзац of it.
    mutating func words(_ i: Instruction, _ old: String, _ new: String) throws(AmendmentError) {
        let (target, path) = try locate(i)
        var count = 0, inWords = 0, missing = false
        tree.modify(path) { u in
            guard let block = i.textBlock else { Amender.replaceWords(in: &u, old, new, &count, inWords: &inWords); return }
            let parts = u.children.indices.filter { u.children[$0].kind == .subparagraph }
            if !parts.isEmpty {
                guard let k = block.index(among: parts.count) else { missing = true; return }
                Amender.replaceWords(in: &u.children[parts[k]], old, new, &count, inWords: &inWords)
            } else {
                var lines = u.text.components(separatedBy: "\n")
                guard let k = block.index(among: lines.count) else { missing = true; return }
                lines[k] = Amender.replacingWords(in: lines[k], old, new, &count, inWords: &inWords)
                u.text = lines.joined(separator: "\n")
            }
        }
        if missing { throw fail(i, AmendMessages.noAbzac(name(target), i.textBlock!)) }
        try found(i, old, in: AmendMessages.place(name(target), i.textBlock), count: count, inWords: inWords)
    }

    /// The error when the words an instruction names are not where it says.
    func found(_ i: Instruction, _ old: String, in place: Message, count: Int, inWords: Int) throws(AmendmentError) {
        if count == 0 && inWords > 0 { throw fail(i, AmendMessages.onlyInsideWords(AmendmentError.excerpt(old), place)) }
        guard count > 0 else { throw fail(i, AmendMessages.wordsNotIn(AmendmentError.excerpt(old), place)) }
    }

    /// The closing words after a list of subclauses have no eId: an instruction names them as
    /// a part of the unit that lists («часть вторая пункта 3»: its words before the list are
    /// part one, each closing paragraph the next) or as its «последний абзац». The unit, where
    /// it is and which closing line, when the instruction names one.
    func closingLine(_ i: Instruction) -> (owner: EId, path: [Int], line: Int)? {
        guard let t = i.target else { return nil }
        // the cheap tests first: a lookup walks the tree, and one that fails walks all of it
        if t.last?.kind == .subparagraph, let n = t.number.flatMap({ Int($0) }), n >= 2,
           tree.find(t) == nil, let owner = t.parent, let path = tree.find(owner) {
            let u = tree.unit(at: path)
            if let w = u.wrapUp, !u.children.contains(where: { $0.kind == .subparagraph }),
               n - 2 < w.split(separator: "\n").count {
                return (owner, path, n - 2)
            }
        }
        if i.textBlock == .last, let path = tree.find(t), let w = tree.unit(at: path).wrapUp {
            return (t, path, w.split(separator: "\n").count - 1)
        }
        return nil
    }

    /// An instruction on one line of a unit's closing words.
    mutating func amendClosingWords(_ i: Instruction, owner: EId, path: [Int], line k: Int) throws(AmendmentError) {
        var lines = (tree.unit(at: path).wrapUp ?? "").components(separatedBy: "\n")
        let place = AmendMessages.closingWords(name(owner), abzac: k + 1)
        switch i.operation {
        case .replace(let wording):
            lines.replaceSubrange(k...k, with: wording.components(separatedBy: "\n"))
        case .replaceWords(let old, let new):
            var count = 0, inWords = 0
            lines[k] = Amender.replacingWords(in: lines[k], old, new, &count, inWords: &inWords)
            try found(i, old, in: place, count: count, inWords: inWords)
        case .deleteWords(let old):
            var count = 0, inWords = 0
            lines[k] = Amender.replacingWords(in: lines[k], old, "", &count, inWords: &inWords)
            try found(i, old, in: place, count: count, inWords: inWords)
        case .appendSentence(let sentence):
            lines[k] += (lines[k].isEmpty ? "" : " ") + sentence
        case .exclude:
            lines.remove(at: k)
        case .insert, .renumber, .replaceHeading:
            throw fail(i, AmendMessages.closingWordsOnly(place))
        }
        tree.modify(path) { $0.wrapUp = lines.isEmpty ? nil : lines.joined(separator: "\n") }
    }

    /// «… считать соответственно …»: the listed units renumbered under the target.
    mutating func renumber(_ i: Instruction, _ kind: UnitKind, _ from: [String], _ to: [String]) throws(AmendmentError) {
        let parentId = i.target ?? .act
        guard let path = parentId == .act ? [] : tree.find(parentId) else { throw fail(i, AmendMessages.notInAct(name(parentId))) }
        var found: Set<String> = [], clash: String?
        let mapping = Dictionary(uniqueKeysWithValues: zip(from, to))
        func renumber(_ u: inout StructuralUnit, deep: Bool) {
            for k in u.children.indices {
                let c = u.children[k]
                if c.kind == kind, let n = c.num {
                    let bare = String(UnitNumber.bare(n))
                    if let m = mapping[bare] {
                        found.insert(bare)
                        u.children[k].num = m + String(n.drop { $0.isNumber || $0 == "-" })
                    } else if to.contains(bare) { clash = bare }
                }
                if deep && c.kind != kind { renumber(&u.children[k], deep: true) }
            }
        }
        tree.modify(path) { renumber(&$0, deep: kind == .article) }
        tree.renumber(under: path)
        if let missing = from.first(where: { !found.contains($0) }) {
            throw fail(i, AmendMessages.nothingToRenumber(name(parentId), "\(kind.label(language)) \(missing)"))
        }
        if let clash { throw fail(i, AmendMessages.renumberClash("\(kind.label(language)) \(clash)")) }
    }

    /// «… исключить»: the unit stays as the portal's exclusion line.
    mutating func exclude(_ i: Instruction) throws(AmendmentError) {
        let (target, path) = try locate(i)
        let unit = tree.unit(at: path)
        guard unit.status != .excluded else { throw fail(i, AmendMessages.alreadyExcluded(name(target))) }
        let line = Amender.exclusionLine(unit.kind, language, amendment)
        tree.modify(path) { u in u.status = .excluded; u.heading = nil; u.children = []; u.text = line }
    }

    /// Footnotes on the articles changed, as the portal writes them.
    mutating func addNotes() {
        var seen: Set<EId> = []
        for a in touched where !seen.contains(a) && !added.contains(a) {
            seen.insert(a)
            tree.update(a) { u in Amender.addFootnote(&u, language, amendment, restated: restated.contains(a)) }
        }
        for a in added {
            tree.update(a) { u in u.notes.append(Note(kind: .footnote, text: Amender.insertionNote(a, language, amendment), amendments: [], line: 0)) }
        }
    }
}
