import KenesAct

/// A token of legal text: a word, a number, white space or punctuation. Concatenated, the tokens
/// of a text give it back exactly.
public struct WordToken: Sendable, Equatable {
    public var text: Substring
    public var isSpace: Bool
}

/// Word boundaries from ICU, then merged where ICU splits what a lawyer reads as one token:
/// `8-1`, `1-1.`, `№ 406-VI`, `03.01.2021`, `2-1)`.
public enum LegalTokenizer {
    public static func tokens(_ text: String, language: Language) -> [WordToken] {
        let bytes = Array(text.utf8)
        var raw: [(Int, Int)] = []
        var prev = 0
        for (range, _) in ICU.wordBoundaries(text, locale: language.rawValue) {
            raw.append((range.lowerBound, range.upperBound)); prev = range.upperBound
        }
        if prev < bytes.count { raw.append((prev, bytes.count)) }
        func slice(_ r: (Int, Int)) -> Substring {
            let u = text.utf8
            return Substring(text[u.index(u.startIndex, offsetBy: r.0)..<u.index(u.startIndex, offsetBy: r.1)])
        }
        func isAlnum(_ r: (Int, Int)) -> Bool {
            guard r.1 > r.0 else { return false }
            let b = bytes[r.0]
            return (b >= 0x30 && b <= 0x39) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) || b >= 0xC0
        }
        func isDigits(_ r: (Int, Int)) -> Bool { r.1 > r.0 && bytes[r.0] >= 0x30 && bytes[r.0] <= 0x39 }
        func isSpace(_ r: (Int, Int)) -> Bool {
            (r.0..<r.1).allSatisfy { bytes[$0] == 0x20 || bytes[$0] == 0x0A || bytes[$0] == 0x09 } || (r.1 - r.0 == 2 && bytes[r.0] == 0xC2 && bytes[r.0 + 1] == 0xA0)
        }
        var merged: [(Int, Int)] = []
        var i = 0
        while i < raw.count {
            var cur = raw[i]
            var last = cur
            // «№» + space + number: one token
            if r1(cur, bytes) == "№", i + 2 < raw.count, isSpace(raw[i + 1]), isAlnum(raw[i + 2]) {
                cur = (cur.0, raw[i + 2].1); last = raw[i + 2]; i += 2
            }
            // number or word, then - . / and a number or word, with nothing between: 8-1, 03.01.2021, 406-VI, 21/П-31
            while i + 2 < raw.count, isAlnum(last), raw[i + 1].1 - raw[i + 1].0 == 1,
                  [0x2D, 0x2E, 0x2F].contains(bytes[raw[i + 1].0]), isAlnum(raw[i + 2]),
                  isDigits(last) || isDigits(raw[i + 2]) {
                cur = (cur.0, raw[i + 2].1); last = raw[i + 2]; i += 2
            }
            // a clause number's closing «)» or «.»: 2-1)
            if isDigits(cur), i + 1 < raw.count, raw[i + 1].1 - raw[i + 1].0 == 1, bytes[raw[i + 1].0] == 0x29 {
                cur = (cur.0, raw[i + 1].1); i += 1
            }
            merged.append(cur)
            i += 1
        }
        return merged.map { WordToken(text: slice($0), isSpace: isSpace($0)) }
    }

    static func r1(_ r: (Int, Int), _ bytes: [UInt8]) -> String { String(decoding: bytes[r.0..<r.1], as: UTF8.self) }

    /// Purely typographic variants made equal: quotes, dashes, NBSP, and characters nobody sees
    /// (soft hyphens, zero-width characters, a Latin lookalike for a Cyrillic letter). (ё/е is a
    /// real difference.)
    public static func typographic(_ s: Substring) -> String {
        var out = String.UnicodeScalarView()
        for c in s.unicodeScalars {
            switch c {
            case "«", "»", "“", "”", "„", "\"": out.append("\"")
            case "–", "—", "‒", "‑": out.append("-")
            case "\u{00A0}", "\u{202F}", "\u{2009}": out.append(" ")
            default: out.append(contentsOf: TextIntegrity.folded(String(c)).unicodeScalars)
            }
        }
        return String(out)
    }
}

/// One step of a word-level diff.
public struct WordEdit: Sendable, Equatable, Codable {
    public enum Op: String, Sendable, Codable { case equal, insert, delete }
    public var op: Op
    public var text: String
    public init(op: Op, text: String) { self.op = op; self.text = text }
}

public enum WordDiff {
    /// Word-level edits from `a` to `b`: common prefix and suffix trimmed, then Myers' O(ND)
    /// diff on the middle, then neighbouring edits of the same kind joined.
    public static func diff(_ a: String, _ b: String, language: Language, ignoreTypography: Bool = false) -> [WordEdit] {
        compare(a, b, language: language, ignoreTypography: ignoreTypography).edits
    }

    /// The word-level edits, or, when the changed middle holds more than `Limits.wordDiffTokens`
    /// tokens, that middle as deleted and inserted whole (`coarse`: the words were not compared).
    public static func compare(_ a: String, _ b: String, language: Language, ignoreTypography: Bool = false) -> (edits: [WordEdit], coarse: Bool) {
        let ta = LegalTokenizer.tokens(a, language: language), tb = LegalTokenizer.tokens(b, language: language)
        var ids: [String: Int] = [:]
        func id(_ t: WordToken) -> Int {
            let key = ignoreTypography ? LegalTokenizer.typographic(t.text) : String(t.text)
            if let v = ids[key] { return v }
            ids[key] = ids.count
            return ids.count - 1
        }
        let xa = ta.map(id), xb = tb.map(id)
        var out: [WordEdit] = []
        func emit(_ op: WordEdit.Op, _ s: Substring) {
            if let last = out.last, last.op == op { out[out.count - 1].text += s } else { out.append(WordEdit(op: op, text: String(s))) }
        }
        var p = 0
        while p < xa.count && p < xb.count && xa[p] == xb[p] { p += 1 }
        var s = 0
        while s < xa.count - p && s < xb.count - p && xa[xa.count - 1 - s] == xb[xb.count - 1 - s] { s += 1 }
        for t in ta[..<p] { emit(.equal, t.text) }
        let coarse = (xa.count - s - p) + (xb.count - s - p) > Limits.wordDiffTokens
        if coarse {
            for t in ta[p..<(xa.count - s)] { emit(.delete, t.text) }
            for t in tb[p..<(xb.count - s)] { emit(.insert, t.text) }
        } else {
            for step in myers(Array(xa[p..<(xa.count - s)]), Array(xb[p..<(xb.count - s)])) {
                switch step {
                case .equal(let i, _): emit(.equal, ta[p + i].text)
                case .delete(let i): emit(.delete, ta[p + i].text)
                case .insert(let j): emit(.insert, tb[p + j].text)
                }
            }
        }
        for t in ta[(xa.count - s)...] { emit(.equal, t.text) }
        return (out, coarse)
    }

    public enum Step: Equatable { case equal(Int, Int), delete(Int), insert(Int) }

    /// Myers' shortest edit script in linear space: the "middle snake" of the forward and the
    /// backward search splits the problem in two, recursively, so memory stays O(N+M) (keeping
    /// every step's frontier, as the greedy version does to walk back, took gigabytes on a
    /// rewritten clause of a few thousand words). Deletions come before insertions in a change.
    public static func myers(_ a: [Int], _ b: [Int]) -> [Step] {
        var steps: [Step] = []
        steps.reserveCapacity(a.count + b.count)
        var search = MiddleSnake(a: a, b: b)
        search.diff(0, a.count, 0, b.count, into: &steps)
        return steps
    }
}

/// The divide-and-conquer half of linear-space Myers.
struct MiddleSnake {
    let a: [Int], b: [Int]
    var forward: [Int] = [], backward: [Int] = []

    init(a: [Int], b: [Int]) {
        self.a = a; self.b = b
        // diagonals of the backward search reach |delta| + d + 1 ≤ 1.5 (N + M) + 2 from zero
        forward = [Int](repeating: 0, count: 4 * (a.count + b.count) + 6)
        backward = forward
    }

    mutating func diff(_ aLo: Int, _ aHi: Int, _ bLo: Int, _ bHi: Int, into steps: inout [WordDiff.Step]) {
        var aLo = aLo, bLo = bLo, aHi = aHi, bHi = bHi
        while aLo < aHi && bLo < bHi && a[aLo] == b[bLo] { steps.append(.equal(aLo, bLo)); aLo += 1; bLo += 1 }
        var suffix = 0
        while aHi > aLo && bHi > bLo && a[aHi - 1] == b[bHi - 1] { aHi -= 1; bHi -= 1; suffix += 1 }
        if aLo == aHi {
            for j in bLo..<bHi { steps.append(.insert(j)) }
        } else if bLo == bHi {
            for i in aLo..<aHi { steps.append(.delete(i)) }
        } else {
            let (x0, y0, x1, y1) = find(aLo, aHi, bLo, bHi)
            diff(aLo, x0, bLo, y0, into: &steps)
            for i in 0..<(x1 - x0) { steps.append(.equal(x0 + i, y0 + i)) }
            diff(x1, aHi, y1, bHi, into: &steps)
        }
        for i in 0..<suffix { steps.append(.equal(aHi + i, bHi + i)) }
    }

    /// A snake (x0, y0) → (x1, y1) on a shortest path through the box, in absolute positions.
    /// Both searches keep x per diagonal k = x − y (relative to the box); the backward one
    /// starts from the box's far corner, on diagonal delta.
    mutating func find(_ aLo: Int, _ aHi: Int, _ bLo: Int, _ bHi: Int) -> (Int, Int, Int, Int) {
        let n = aHi - aLo, m = bHi - bLo, delta = n - m, odd = delta & 1 != 0
        let offset = 2 * (n + m) + 2
        forward[offset + 1] = 0
        backward[offset + delta - 1] = n
        backward[offset + delta + 1] = n + 1
        for d in 0...((n + m + 1) / 2) {
            var k = -d
            while k <= d {
                var x = (k == -d || (k != d && forward[offset + k - 1] < forward[offset + k + 1]))
                    ? forward[offset + k + 1] : forward[offset + k - 1] + 1
                var y = x - k
                let x0 = x, y0 = y
                while x < n && y < m && a[aLo + x] == b[bLo + y] { x += 1; y += 1 }
                forward[offset + k] = x
                if odd && k >= delta - (d - 1) && k <= delta + (d - 1) && x >= backward[offset + k] {
                    return (aLo + x0, bLo + y0, aLo + x, bLo + y)
                }
                k += 2
            }
            k = d
            while k >= -d {
                let kb = k + delta
                // coming back along the path: from kb − 1 (an insertion last) or kb + 1 (a deletion)
                var x = (k == d || (k != -d && backward[offset + kb - 1] <= backward[offset + kb + 1] - 1))
                    ? backward[offset + kb - 1] : backward[offset + kb + 1] - 1
                var y = x - kb
                let x1 = x, y1 = y
                while x > 0 && y > 0 && a[aLo + x - 1] == b[bLo + y - 1] { x -= 1; y -= 1 }
                backward[offset + kb] = x
                if !odd && kb >= -d && kb <= d && x <= forward[offset + kb] {
                    return (aLo + x, bLo + y, aLo + x1, bLo + y1)
                }
                k -= 2
            }
        }
        preconditionFailure("the searches always meet by d = ⌈(N+M)/2⌉")
    }
}
