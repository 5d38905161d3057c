import CICUShim

/// ICU services Kenes needs, behind the C shim.
public enum ICU {
    /// NFC of UTF-8 bytes. Lines already in NFC (nearly all of them) are not copied through ICU:
    /// the quick check finds the first line that needs work and only such lines are normalized.
    /// Normalization never crosses a line break, so line-by-line output equals whole-text output.
    public static func nfc(_ bytes: [UInt8]) -> [UInt8] {
        let firstSuspect = bytes.withUnsafeBufferPointer { b in
            Int(kenes_nfc_quick_check_utf8(b.baseAddress, Int32(b.count)))
        }
        return nfc(bytes, from: firstSuspect)
    }

    /// NFC of UTF-8 bytes known to be NFC before `firstSuspect` (see `kenes_utf8_scan`).
    static func nfc(_ bytes: [UInt8], from firstSuspect: Int) -> [UInt8] {
        if firstSuspect >= bytes.count { return bytes }
        var lineStart = firstSuspect
        while lineStart > 0 && bytes[lineStart - 1] != 0x0A { lineStart -= 1 }
        var out = [UInt8]()
        out.reserveCapacity(bytes.count + bytes.count / 8)
        out.append(contentsOf: bytes[..<lineStart])
        bytes.withUnsafeBufferPointer { b in
            var i = lineStart
            while i < b.count {
                var e = i
                while e < b.count && b[e] != 0x0A { e += 1 }
                let line = UnsafeBufferPointer(rebasing: b[i..<e])
                if Int(kenes_nfc_quick_check_utf8(line.baseAddress, Int32(line.count))) >= line.count {
                    out.append(contentsOf: line)
                } else {
                    out.append(contentsOf: normalizeLine(line))
                }
                if e < b.count { out.append(0x0A) }
                i = e + 1
            }
        }
        return out
    }

    static func normalizeLine(_ line: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var cap = line.count * 3 + 16
        while true {
            var err: Int32 = 0
            var dst = [UInt8](repeating: 0, count: cap)
            let n = dst.withUnsafeMutableBufferPointer { d in
                Int(kenes_nfc_utf8(line.baseAddress, Int32(line.count), d.baseAddress, Int32(cap), &err))
            }
            if err > 0 { return Array(line) } // ICU refused (cannot happen for valid UTF-8): keep as is
            if n <= cap { dst.removeSubrange(n...); return dst }
            cap = n
        }
    }

    /// Bytes in a legacy character set (`windows-1251`) as UTF-8, or nil when they are not.
    public static func utf8(from bytes: [UInt8], charset: String) -> [UInt8]? {
        guard !bytes.isEmpty else { return [] }
        var cap = bytes.count * 3 + 16
        var out = [UInt8](repeating: 0, count: cap)
        var err: Int32 = 0
        var n = Int(bytes.withUnsafeBufferPointer { b in out.withUnsafeMutableBufferPointer { o in
            kenes_to_utf8(charset, b.baseAddress, Int32(b.count), o.baseAddress, Int32(cap), &err) } })
        if n > cap {
            cap = n
            out = [UInt8](repeating: 0, count: cap)
            n = Int(bytes.withUnsafeBufferPointer { b in out.withUnsafeMutableBufferPointer { o in
                kenes_to_utf8(charset, b.baseAddress, Int32(b.count), o.baseAddress, Int32(cap), &err) } })
        }
        return err > 0 ? nil : Array(out[..<n])
    }

    public static func nfc(_ s: String) -> String {
        String(decoding: nfc(Array(s.utf8)), as: UTF8.self)
    }

    /// Word segments of `text` by ICU's rules for `locale`, each with ICU's rule status
    /// (0 none, 100-199 number, 200-499 letters/kana/ideographs). Offsets are UTF-8 bytes.
    public static func wordBoundaries(_ text: String, locale: String) -> [(range: Range<Int>, status: Int)] {
        let bytes = Array(text.utf8)
        var out: [(Range<Int>, Int)] = []
        bytes.withUnsafeBufferPointer { b in
            var err: Int32 = 0
            guard let w = locale.withCString({ kenes_words_open($0, b.baseAddress, Int32(b.count), &err) }), err <= 0 else { return }
            defer { kenes_words_close(w) }
            var prev = 0
            while true {
                let n = Int(kenes_words_next(w))
                if n < 0 { break }
                out.append((prev..<n, Int(kenes_words_status(w))))
                prev = n
            }
        }
        return out
    }

    /// Collation order for a language: Kazakh letters in Kazakh alphabet order, ё with е in Russian.
    public static func collationLess(_ a: String, _ b: String, language: Language) -> Bool {
        var err: Int32 = 0
        let aa = Array(a.utf8), bb = Array(b.utf8)
        let r = language.rawValue.withCString { loc in
            kenes_collate_utf8(loc, aa, Int32(aa.count), bb, Int32(bb.count), &err)
        }
        return err > 0 ? a < b : r < 0
    }
}
