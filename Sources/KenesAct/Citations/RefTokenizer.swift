/// Tokens of reference grammar over UTF-8 bytes: words, numbers (`8-1`, `3)`, `1.`) and
/// punctuation. Works on bytes so that scanning a whole act costs little; words are decoded only
/// when the grammar asks what one says.
struct RefToken {
    enum Kind: UInt8 { case word, number, punct }
    var kind: Kind
    var start: Int
    var end: Int
    /// For numbers: `)` or `.` immediately after the digits, else 0 (not part of `start..<end`).
    var closer: UInt8 = 0
    /// For numbers: a hyphen joins the number to the following word (`8-баптың`).
    var glued = false
    /// For punctuation: the scalar.
    var scalar: Unicode.Scalar = " "
}

enum RefTokenizer {
    static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    /// Decodes one scalar at `i`; returns it and its length. Invalid bytes come back as U+FFFD.
    @inline(__always)
    static func scalar(_ s: UnsafeBufferPointer<UInt8>, _ i: Int) -> (Unicode.Scalar, Int) {
        let b0 = s[i]
        if b0 < 0x80 { return (Unicode.Scalar(b0), 1) }
        var v: UInt32, n: Int
        if b0 & 0xE0 == 0xC0 { v = UInt32(b0 & 0x1F); n = 2 }
        else if b0 & 0xF0 == 0xE0 { v = UInt32(b0 & 0x0F); n = 3 }
        else { v = UInt32(b0 & 0x07); n = 4 }
        guard i + n <= s.count else { return ("\u{FFFD}", 1) }
        for k in 1..<n { v = (v << 6) | UInt32(s[i + k] & 0x3F) }
        return (Unicode.Scalar(v) ?? "\u{FFFD}", n)
    }

    @inline(__always)
    static func isLetter(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A }
        return (v >= 0x400 && v <= 0x52F) || (v >= 0xC0 && v <= 0x24F && v != 0xD7 && v != 0xF7)
    }

    static func tokenize(_ s: UnsafeBufferPointer<UInt8>) -> [RefToken] {
        var out: [RefToken] = []
        var i = 0
        let n = s.count
        while i < n {
            let b = s[i]
            if b == 0x20 || b == 0x0A || b == 0x09 { i += 1; continue }
            if isDigit(b) {
                let start = i
                while i < n && isDigit(s[i]) { i += 1 }
                // inserted numbers: 8-1, 1-1-2 (a hyphen followed by a digit)
                while i + 1 < n && s[i] == 0x2D && isDigit(s[i + 1]) {
                    i += 1
                    while i < n && isDigit(s[i]) { i += 1 }
                }
                var t = RefToken(kind: .number, start: start, end: i)
                if i < n && (s[i] == 0x29 || s[i] == 0x2E) {
                    // `1.` counts as a closer only when not followed by a digit (dates: 03.01.2021)
                    if s[i] == 0x29 || !(i + 1 < n && isDigit(s[i + 1])) { t.closer = s[i] }
                }
                if i + 1 < n && s[i] == 0x2D {
                    let (c, _) = scalar(s, i + 1)
                    if isLetter(c) { t.glued = true }
                }
                out.append(t)
                if t.closer == 0x29 || t.glued { i += 1 }
                continue
            }
            let (c, len) = scalar(s, i)
            if isLetter(c) {
                let start = i
                i += len
                while i < n {
                    let (c2, l2) = scalar(s, i)
                    if isLetter(c2) { i += l2; continue }
                    // Kazakh abbreviations take case endings after a hyphen: ҚРЗ-ның
                    if c2 == "-" && i + 1 < n {
                        let (c3, _) = scalar(s, i + 1)
                        if isLetter(c3) { i += 1; continue }
                    }
                    break
                }
                out.append(RefToken(kind: .word, start: start, end: i))
                continue
            }
            if c == "\u{00A0}" || c == "\u{00AD}" || c == "\u{2009}" || c == "\u{202F}" { i += len; continue }
            var t = RefToken(kind: .punct, start: i, end: i + len)
            t.scalar = c
            out.append(t)
            i += len
        }
        return out
    }
}
