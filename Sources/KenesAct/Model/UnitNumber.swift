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
        var out: [Int] = []
        var current = 0, digits = 0
        var roman = 0, prev = 0
        let romanValue: (UInt8) -> Int = { b in
            switch b { case 0x49: 1; case 0x56: 5; case 0x58: 10; case 0x4C: 50; case 0x43: 100; case 0x4D: 1000; default: 0 }
        }
        let utf8 = Array(num.utf8)
        var end = utf8.count
        while end > 0 && (utf8[end - 1] == 0x2E || utf8[end - 1] == 0x29) { end -= 1 }
        if end == 0 { return nil }
        if romanValue(utf8[0]) > 0 {
            // roman numerals, read right to left
            for b in utf8[..<end].reversed() {
                let v = romanValue(b)
                guard v > 0 else { return nil }
                if v < prev { roman -= v } else { roman += v; prev = v }
            }
            return [roman]
        }
        for b in utf8[..<end] {
            if b >= 0x30 && b <= 0x39 {
                current = current &* 10 &+ Int(b - 0x30); digits += 1
                if digits > 9 { return nil }
            } else if b == 0x2D && digits > 0 {
                out.append(current); current = 0; digits = 0
            } else { return nil }
        }
        guard digits > 0 else { return nil }
        out.append(current)
        return out
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
