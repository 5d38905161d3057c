import KenesAct

/// How a unit is named in a lawyer's text: «подпункт 3) пункта 1 статьи 5»,
/// «5-баптың 1-тармағының 3) тармақшасы».
public enum UnitLabel {
    public static func citation(_ path: [StructuralUnit], language: Language) -> String {
        // an article's place is enough: chapters and parts above it are left out
        var units = path
        if let a = units.lastIndex(where: { $0.kind == .article }) { units = Array(units[a...]) }
        if units.isEmpty { return "" }
        return language == .kk ? kazakh(units) : russian(units)
    }

    static func bare(_ u: StructuralUnit) -> String { u.num.map { String(UnitNumber.bare($0)) } ?? "" }

    static func russian(_ units: [StructuralUnit]) -> String {
        func nominative(_ u: StructuralUnit) -> String {
            switch u.kind {
            case .part: "раздел \(bare(u))"
            case .chapter: "глава \(bare(u))"
            case .subchapter: "параграф \(bare(u))"
            case .article: "статья \(bare(u))"
            case .paragraph: "пункт \(bare(u))"
            case .point: "подпункт \(bare(u)))"
            case .subparagraph: "часть \(u.eId.number ?? "")"
            case .preamble: "преамбула"
            case .conclusions: "подпись"
            case .act: "акт"
            }
        }
        func genitive(_ u: StructuralUnit) -> String {
            switch u.kind {
            case .part: "раздела \(bare(u))"
            case .chapter: "главы \(bare(u))"
            case .subchapter: "параграфа \(bare(u))"
            case .article: "статьи \(bare(u))"
            case .paragraph: "пункта \(bare(u))"
            case .point: "подпункта \(bare(u)))"
            case .subparagraph: "части \(u.eId.number ?? "")"
            default: nominative(u)
            }
        }
        let s = ([nominative(units.last!)] + units.dropLast().reversed().map(genitive)).joined(separator: " ")
        return s.prefix(1).uppercased() + s.dropFirst()
    }

    static func kazakh(_ units: [StructuralUnit]) -> String {
        func num(_ u: StructuralUnit) -> String {
            let b = bare(u)
            if u.kind == .point { return "\(b))" }
            return b.first?.isNumber == true ? "\(b)-" : "\(b) "
        }
        func word(_ u: StructuralUnit, _ form: Int) -> String { // 0 nominative, 1 genitive (first), 2 possessive+genitive, 3 possessive
            let forms: [UnitKind: [String]] = [
                .part: ["бөлім", "бөлімнің", "бөлімінің", "бөлімі"],
                .chapter: ["тарау", "тараудың", "тарауының", "тарауы"],
                .subchapter: ["параграф", "параграфтың", "параграфының", "параграфы"],
                .article: ["бап", "баптың", "бабының", "бабы"],
                .paragraph: ["тармақ", "тармақтың", "тармағының", "тармағы"],
                .point: [" тармақша", " тармақшаның", " тармақшасының", " тармақшасы"],
                .subparagraph: ["бөлік", "бөліктің", "бөлігінің", "бөлігі"],
            ]
            if u.kind == .subparagraph { return "\(u.eId.number ?? "")-" + forms[.subparagraph]![form] }
            if u.kind == .preamble { return "кіріспе" }
            if u.kind == .conclusions { return "қолтаңба" }
            return num(u) + (forms[u.kind]?[form] ?? "")
        }
        if units.count == 1 { return word(units[0], 0) }
        var parts = [word(units[0], 1)]
        for u in units.dropFirst().dropLast() { parts.append(word(u, 2)) }
        parts.append(word(units.last!, 3))
        return parts.joined(separator: " ")
    }
}
