/// Numbers of structural units as ordered keys: `8` → [8], `8-1` → [8, 1], `VIII` → [8].
/// Inserted units sort between their neighbours: 8 < 8-1 < 8-2 < 9.
public enum UnitNumber {
    /// The number without its trailing `.` or `)`.
    public static func bare(_ num: String) -> Substring {
        var s = Substring(num)
        while let l = s.last, l == "." || l == ")" { s = s.dropLast() }
        return s
    }

    public static func key(_ num: some StringProtocol) -> [Int]? {
        let b = bare(String(num))
        if b.isEmpty { return nil }
        if let r = roman(b) { return [r] }
        var out: [Int] = []
        for part in b.split(separator: "-", omittingEmptySubsequences: false) {
            guard let v = Int(part) else { return nil }
            out.append(v)
        }
        return out
    }

    static func roman(_ s: Substring) -> Int? {
        let values: [Character: Int] = ["I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "M": 1000]
        var total = 0, prev = 0
        for ch in s.reversed() {
            guard let v = values[ch] else { return nil }
            if v < prev { total -= v } else { total += v; prev = v }
        }
        return total > 0 ? total : nil
    }

    /// Lexicographic order of keys: [8] < [8, 1] < [9].
    public static func less(_ a: [Int], _ b: [Int]) -> Bool { a.lexicographicallyPrecedes(b) }

    /// Whether `next` may follow `prev` without a gap: the next number at some level of `prev`
    /// (8-1 → 8-2 or 9), or the first inserted number after it (8 → 8-1).
    public static func follows(_ prev: [Int], _ next: [Int]) -> Bool {
        if next == prev + [1] { return true }
        for i in prev.indices {
            var candidate = Array(prev[...i])
            candidate[i] += 1
            if next == candidate { return true }
        }
        return false
    }
}
