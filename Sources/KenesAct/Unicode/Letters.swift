/// Letters of Russian and Kazakh text told and lower-cased by their code points: Cyrillic
/// and ASCII, nearly all of an act, without Unicode property lookups (they were most of the time
/// of reading words); anything else through Unicode's properties.
public enum Letters {
    @inline(__always) public static func isLetter(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A }
        if v >= 0x400 && v <= 0x52F { return !(v >= 0x483 && v <= 0x489) }
        if v < 0x300 && v != 0xAA && v != 0xB5 && v != 0xBA && v < 0xC0 { return false }
        return c.properties.isAlphabetic
    }

    /// Combining marks inside a word (accents, Cyrillic titlo).
    @inline(__always) public static func isMark(_ c: Unicode.Scalar) -> Bool {
        c.value >= 0x300 && (c.value < 0x370 || (c.value >= 0x483 && c.value <= 0x489) || (c.value > 0x52F && c.properties.generalCategory == .nonspacingMark))
    }

    /// Lower case: Russian and Kazakh letters by their code points, others through Unicode.
    @inline(__always) public static func lower(_ c: Unicode.Scalar) -> Unicode.Scalar {
        let v = c.value
        if v < 0x80 { return v >= 0x41 && v <= 0x5A ? Unicode.Scalar(UInt8(v + 0x20)) : c }
        if v >= 0x410 && v <= 0x42F { return Unicode.Scalar(v + 0x20)! }
        if v >= 0x400 && v <= 0x40F { return Unicode.Scalar(v + 0x50)! }
        if v >= 0x430 && v <= 0x45F { return c }
        // Ә Ғ Қ Ң Ө Ұ Ү Һ: even upper, odd lower
        if v >= 0x48A && v <= 0x4BF || v >= 0x4D0 && v <= 0x4FF { return v & 1 == 0 ? Unicode.Scalar(v + 1)! : c }
        let m = c.properties.lowercaseMapping.unicodeScalars
        return m.count == 1 ? m.first! : c
    }

    /// The letter runs of `text` (digits too: «8-1» gives «8», «1»), lower case, with `fold`
    /// applied to each letter.
    public static func words(_ text: String, fold: (Unicode.Scalar) -> Unicode.Scalar = { $0 }) -> [String] {
        var out: [String] = []
        var w = String.UnicodeScalarView()
        for c in text.unicodeScalars {
            if isLetter(c) || isMark(c) || (c.value >= 0x30 && c.value <= 0x39) { w.append(fold(lower(c))); continue }
            if !w.isEmpty { out.append(String(w)); w = String.UnicodeScalarView() }
        }
        if !w.isEmpty { out.append(String(w)) }
        return out
    }
}
