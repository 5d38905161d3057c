import Foundation
import KenesAct

/// One of the eleven categories the 2020 report counts council members by.
public struct Category: Sendable, Hashable, Codable {
    /// Stable code: state, ngo, parties, unions, media, deputies, ethnocultural, business,
    /// public_figures, budget, other.
    public let code: String
    public let ru: String
    public let kk: String
    public let en: String
    /// Other names people write for it (in both languages).
    public let aliases: [String]
}

/// The categories and every label they go by, from `rules/categories.csv` (copied from the
/// report's tables, see rules/README.md).
public struct CategoryCatalog: Sendable {
    public let categories: [Category]
    private let byLabel: [String: String]
    /// Labels by their loose form (see `looseKey`), where it names one category only.
    private let byLooseLabel: [String: String]

    public init(categories: [Category]) {
        self.categories = categories
        var map: [String: String] = [:], loose: [String: String?] = [:]
        for c in categories {
            for label in [c.code, c.ru, c.kk, c.en] + c.aliases {
                map[Self.key(label)] = c.code
                let k = Self.looseKey(label)
                // a loose form two categories share decides nothing
                if let seen = loose[k], seen != c.code { loose[k] = .some(nil) } else { loose[k] = c.code }
            }
        }
        byLabel = map
        byLooseLabel = loose.compactMapValues { $0 }
    }

    /// How people write a label loosely: Kazakh letters typed with their Russian look-alikes
    /// («уеу» for «ҮЕҰ»), singular or plural and case endings («мемлекеттік орган» for «…
    /// органдар», «госорганы» for «Госорганов», «саяси партия»), extra spaces and punctuation.
    static func looseKey(_ s: String) -> String {
        let letters: [Character: Character] = ["ә": "а", "ғ": "г", "қ": "к", "ң": "н", "ө": "о", "ұ": "у", "ү": "у", "һ": "х", "і": "и"]
        let endings = ["лар", "лер", "дар", "дер", "тар", "тер", "ов", "ев", "ей", "ы", "и", "а", "я"]
        let words = key(s).map { letters[$0] ?? $0 }.split(whereSeparator: { !$0.isLetter })
        return words.map { w -> String in
            var word = String(w)
            while let e = endings.first(where: { word.hasSuffix($0) && word.count - $0.count >= 4 }) { word.removeLast(e.count) }
            return word
        }.joined(separator: " ")
    }

    /// Reads the catalogue CSV: code,ru,kk,en,ru_aliases,kk_aliases,report_lines.
    public init(csv bytes: [UInt8], file path: String) throws(CheckInputError) {
        let table = try Table.readCSV(bytes: bytes, file: path)
        var out: [Category] = []
        for row in table.rows {
            func col(_ name: String) -> String { row.value(name, in: table) ?? "" }
            let aliases = (col("ru_aliases") + ";" + col("kk_aliases")).split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            out.append(Category(code: col("code"), ru: col("ru"), kk: col("kk"), en: col("en"), aliases: aliases))
        }
        if out.isEmpty { throw CheckInputError(file: path, line: 1, CheckMessages.RuleFile.noCategories) }
        self.init(categories: out)
    }

    /// Lower-cased, ё→е, white space folded: how labels are compared.
    static func key(_ s: String) -> String {
        s.lowercased().replacingOccurrences(of: "ё", with: "е")
            .split(whereSeparator: { $0.isWhitespace || $0 == "_" }).joined(separator: " ")
    }

    public func code(for label: String) -> String? { byLabel[Self.key(label)] ?? byLooseLabel[Self.looseKey(label)] }

    public func category(_ code: String) -> Category? { categories.first { $0.code == code } }

    /// A category's name in the three languages (its code when the catalogue lacks it).
    public func label(_ code: String) -> Message {
        category(code).map { Message(ru: $0.ru, kk: $0.kk, en: $0.en) } ?? Message(verbatim: code)
    }

    /// The label nearest to `label` by edit distance, to suggest when it matches none.
    public func closest(to label: String) -> String? {
        let k = Self.key(label)
        var best: (Int, String)?
        for c in categories {
            for l in [c.ru, c.kk, c.en, c.code] + c.aliases {
                let d = editDistance(k, Self.key(l))
                if best == nil || d < best!.0 { best = (d, l) }
            }
        }
        guard let (d, l) = best, d <= max(3, k.count / 2) else { return nil }
        return l
    }
}

/// Levenshtein distance over characters.
func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a), b = Array(b)
    if a.isEmpty { return b.count }
    var prev = Array(0...b.count)
    for i in 1...a.count {
        var cur = [i] + Array(repeating: 0, count: b.count)
        for j in 1...max(b.count, 1) where j <= b.count {
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
        }
        prev = cur
    }
    return prev[b.count]
}
