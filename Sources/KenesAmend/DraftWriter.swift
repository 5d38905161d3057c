import KenesAct

/// The words of a drafted amending act: references in the cases each instruction needs
/// (Russian: статью 8 / в статье 8 / статьей 8; Kazakh: 8-бап / 8-баптағы / 8-баппен), steps on
/// one article grouped under «в статье 8:» / «8-бапта:», items numbered, wording quoted.
struct DraftWriter {
    let old: Act, new: Act
    let newUnits: [EId: StructuralUnit]
    /// Date (ISO) and number of the signed law; nil for a bill.
    let signature: (date: String, number: String)?
    var ru: Bool { new.metadata.language == .ru }

    /// (article, paragraph, point) numbers of an eId; chapter for `chp_N`.
    struct Place { var chapter: String?; var article: String?; var para: String?; var point: String? }
    func place(_ eId: EId) -> Place {
        Place(chapter: eId.number(of: .chapter).map(String.init), article: eId.number(of: .article).map(String.init),
              para: eId.number(of: .paragraph).map(String.init), point: eId.number(of: .point).map(String.init))
    }

    enum Case { case object, locative }

    /// «подпункт 3) пункта 2 статьи 8» / «8-баптың 2-тармағының 3) тармақшасы»; without the article
    /// when `relative` (inside «в статье 8:»). Empty for the article itself when relative.
    func ref(_ eId: EId, _ grammaticalCase: Case, relative: Bool) -> String {
        let p = place(eId)
        let language = new.metadata.language
        let object = grammaticalCase == .object
        if let c = p.chapter, p.article == nil {
            if ru { return object ? Vocabulary.reference(.chapter, number: c, .ru, .accusative) : "в " + Vocabulary.reference(.chapter, number: c, .ru, .locative) }
            // a chapter of the act: the possessive («2-тарауындағы»)
            return Vocabulary.reference(.chapter, number: c, .kk, object ? .nominative : .locative, possessive: !object)
        }
        var units: [(kind: UnitKind, number: String)] = []
        if !relative, let a = p.article { units.append((.article, a)) }
        if let n = p.para { units.append((.paragraph, n)) }
        if let q = p.point { units.append((.point, q)) }
        guard !units.isEmpty else { return "" }
        // the last unit named takes the case, those before it the genitive; Kazakh names the
        // object of an instruction in the nominative («8-бап … жазылсын»)
        if ru { return (object ? "" : "в ") + Vocabulary.citation(units, .ru, object ? .accusative : .locative) }
        return Vocabulary.citation(units, .kk, object ? .nominative : .locative)
    }

    /// «пунктом 5» / «5-тармақпен».
    func instrumental(_ u: StructuralUnit) -> String {
        Vocabulary.reference(u.kind, number: u.num ?? "", new.metadata.language, .instrumental)
    }

    func wording(_ u: StructuralUnit) -> [String] {
        var lines = ConsolidatedText.lines(u, language: new.metadata.language, notes: false).filter { !$0.isEmpty }
        lines[0] = "«" + lines[0]
        lines[lines.count - 1] += "»"
        return lines
    }

    /// More than one word: «слова … словами» rather than «слово … словом».
    func isPhrase(_ x: String) -> Bool { x.contains(" ") }

    /// Words changed: «после слова «…» дополнить словами «…»» when words are only added after
    /// the phrase, else «слова «…» заменить словами «…»».
    func wordsLine(_ x: String, _ y: String) -> String {
        let ru = new.metadata.language == .ru
        if y.hasPrefix(x + " ") {
            let added = String(y.dropFirst(x.count + 1))
            return ru ? "после \(isPhrase(x) ? "слов" : "слова") «\(x)» дополнить \(isPhrase(added) ? "словами" : "словом") «\(added)»"
                      : "«\(x)» деген \(isPhrase(x) ? "сөздерден" : "сөзден") кейін «\(added)» деген \(isPhrase(added) ? "сөздермен" : "сөзбен") толықтырылсын"
        }
        return ru ? "\(isPhrase(x) ? "слова" : "слово") «\(x)» заменить \(isPhrase(y) ? "словами" : "словом") «\(y)»"
                  : "«\(x)» деген \(isPhrase(x) ? "сөздер" : "сөз") «\(y)» деген \(isPhrase(y) ? "сөздермен" : "сөзбен") ауыстырылсын"
    }

    /// One step's lines, its references relative to `context` (an article eId) when given.
    func lines(_ s: AmendmentDrafter.Step, context: EId?) -> [String] {
        let rel = context != nil
        func lead(_ r: String, _ rest: String) -> String { r.isEmpty ? rest.prefix(1).lowercased() + rest.dropFirst() : r + " " + rest }
        switch s {
        case .restate(let t):
            let head = ru ? lead(ref(t, .object, relative: rel), "изложить в следующей редакции:") : lead(ref(t, .object, relative: rel), "мынадай редакцияда жазылсын:")
            return [head] + wording(newUnits[t]!)
        case .renumberArticles(let from, let to):
            func list(_ ns: [String]) -> String {
                ns.count == 1 ? ns[0] : ns.dropLast().joined(separator: ", ") + (ru ? " и " : " және ") + ns.last!
            }
            if ru {
                return [from.count == 1 ? "статью \(from[0]) считать статьей \(to[0])"
                                        : "статьи \(list(from)) считать соответственно статьями \(list(to))"]
            }
            return [from.count == 1 ? "\(from[0])-бап \(to[0])-бап деп есептелсін"
                                    : "\(list(from))-баптар тиісінше \(list(to))-баптар деп есептелсін"]
        case .heading(let t):
            // «заголовок статьи 10» / «10-баптың тақырыбы»
            let p = place(t)
            let named: (UnitKind, String) = p.article.map { (.article, $0) } ?? (.chapter, p.chapter ?? "")
            let head = ru ? "заголовок \(Vocabulary.reference(named.0, number: named.1, .ru, .genitive)) изложить в следующей редакции:"
                          : "\(Vocabulary.reference(named.0, number: named.1, .kk, .genitive)) тақырыбы мынадай редакцияда жазылсын:"
            return [head, "«\(newUnits[t]!.heading ?? "")»"]
        case .exclude(let t):
            return [ru ? "\(ref(t, .object, relative: rel)) исключить" : "\(ref(t, .object, relative: rel)) алып тасталсын"]
        case .words(let t, let x, let y):
            let r = t == context ? "" : ref(t, .locative, relative: rel)
            let line = wordsLine(x, y)
            return [r.isEmpty ? line : r + " " + line]
        case .closing(let t, let part, let phrase, let wording):
            // named in full: a Kazakh part has no number to start a reference inside «8-бапта:»
            let p = place(t)
            let units = [(UnitKind.article, p.article), (.paragraph, p.para)].compactMap { k, n in n.map { (kind: k, number: $0) } }
            let language = new.metadata.language
            if let (x, y) = phrase {
                return [(ru ? "в " : "") + Vocabulary.part(part, of: units, language, .locative)! + " " + wordsLine(x, y)]
            }
            let head = ru ? Vocabulary.part(part, of: units, .ru, .accusative)! + " изложить в следующей редакции:"
                          : Vocabulary.part(part, of: units, .kk)! + " мынадай редакцияда жазылсын:"
            return [head, "«\(wording)»"]
        case .insert(let parent, let u):
            let r = parent == .act || parent == context ? "" : ref(parent, .object, relative: rel)
            let line = ru ? "дополнить \(instrumental(u)) следующего содержания:" : "мынадай мазмұндағы \(instrumental(u)) толықтырылсын:"
            return [r.isEmpty ? line : r + " " + line] + wording(u)
        }
    }

    /// The article a step acts inside (nil for steps on whole articles and chapters).
    func article(_ s: AmendmentDrafter.Step) -> EId? {
        switch s {
        case .closing: return nil
        case .insert(let parent, let u): return u.kind == .article || u.kind == .chapter ? nil : parent.outermost
        default:
            let t = s.target
            return t.parent != nil ? t.article : nil
        }
    }

    func write(_ steps: [AmendmentDrafter.Step]) -> String {
        var items: [[String]] = []
        var i = 0
        while i < steps.count {
            let art = article(steps[i])
            var j = i + 1
            while let art, j < steps.count, article(steps[j]) == art { j += 1 }
            // consecutive steps inside one article go under «в статье N:» / «N-бапта:»
            if j - i == 1 {
                items.append(lines(steps[i], context: nil))
            } else {
                let a = place(art!).article!
                var item = [ru ? "в статье \(a):" : "\(a)-бапта:"]
                for (k, s) in steps[i..<j].enumerated() {
                    var l = lines(s, context: art)
                    if k < j - i - 1 { l[l.count - 1] += ";" }
                    item += l
                }
                items.append(item)
            }
            i = j
        }
        var body: [String] = []
        for (k, item) in items.enumerated() {
            var l = item
            l[0] = "\(k + 1)) " + l[0]
            l[l.count - 1] += k == items.count - 1 ? "." : ";"
            body += l + [""]
        }
        return (header() + body + footer()).joined(separator: "\n") + "\n"
    }

    static let ruMonths = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"]
    static let kkMonths = ["қаңтардағы", "ақпандағы", "наурыздағы", "сәуірдегі", "мамырдағы", "маусымдағы", "шілдедегі", "тамыздағы",
                           "қыркүйектегі", "қазандағы", "қарашадағы", "желтоқсандағы"]

    func header() -> [String] {
        let m = old.metadata
        let title = m.title ?? new.metadata.title ?? ""
        let parts = (m.date ?? "").split(separator: "-").compactMap { Int($0) }
        if ru {
            var of = ""
            if parts.count == 3 { of += " от \(parts[2]) \(Self.ruMonths[parts[1] - 1]) \(parts[0]) года" }
            if let n = m.number { of += " № \(n)" }
            return (signature == nil ? ["ПРОЕКТ", ""] : []) + ["ЗАКОН РЕСПУБЛИКИ КАЗАХСТАН", "",
                    "О внесении изменений и дополнений в Закон Республики Казахстан «\(title)»", "",
                    "Статья 1. Внести в Закон Республики Казахстан\(of) «\(title)» следующие изменения и дополнения:", ""]
        }
        let of = parts.count == 3 ? " \(parts[0]) жылғы \(parts[2]) \(Self.kkMonths[parts[1] - 1])" : ""
        return (signature == nil ? ["ЖОБА", ""] : []) + ["ҚАЗАҚСТАН РЕСПУБЛИКАСЫНЫҢ ЗАҢЫ", "",
                "«\(title)» Қазақстан Республикасының Заңына өзгерістер мен толықтырулар енгізу туралы", "",
                "1-бап. «\(title)»\(of) Қазақстан Республикасының Заңына мынадай өзгерістер мен толықтырулар енгізілсін:", ""]
    }

    func footer() -> [String] {
        var lines = ru ? ["Статья 2. Настоящий Закон вводится в действие по истечении десяти календарных дней после дня его первого официального опубликования.",
                          "", "Президент", "Республики Казахстан"]
                       : ["2-бап. Осы Заң алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі.",
                          "", "Қазақстан Республикасының", "Президенті"]
        if let signature {
            let d = signature.date.split(separator: "-").compactMap { Int($0) }
            if d.count == 3 {
                lines += ["", ru ? "Астана, \(d[2]) \(Self.ruMonths[d[1] - 1]) \(d[0]) года" : "Астана, \(d[0]) жылғы \(d[2]) \(LegalDates.kazakhMonths[d[1] - 1])",
                          "№ \(signature.number)"]
            }
        }
        return lines
    }
}
