/// A structural check of a ZIP archive before ZIPFoundation reads it: ZIPFoundation trusts the
/// offsets and sizes an archive states and traps on ones that point outside it (found by
/// fuzzing), so every central-directory entry and its local header must lie inside the bytes.
public enum ZipCheck {
    public enum Problem: Error, CustomStringConvertible, Sendable {
        case noDirectory, outOfBounds(String), zip64
        public var description: String {
            switch self {
            case .noDirectory: "no ZIP central directory: the file is truncated or not an archive"
            case .outOfBounds(let what): "damaged archive: \(what) points outside the file"
            case .zip64: "ZIP64 archives are not accepted (a document never needs one)"
            }
        }
    }

    static func u16(_ b: [UInt8], _ i: Int) -> Int { Int(b[i]) | Int(b[i + 1]) << 8 }
    static func u32(_ b: [UInt8], _ i: Int) -> Int { Int(b[i]) | Int(b[i + 1]) << 8 | Int(b[i + 2]) << 16 | Int(b[i + 3]) << 24 }

    public static func validate(_ b: [UInt8]) throws(Problem) {
        let n = b.count
        guard n >= 22 else { throw .noDirectory }
        // the end-of-central-directory record, within the last 64 KB + 22 bytes
        var eocd = -1
        var i = n - 22
        while i >= max(0, n - 22 - 65_535) {
            if b[i] == 0x50 && b[i + 1] == 0x4B && b[i + 2] == 0x05 && b[i + 3] == 0x06 { eocd = i; break }
            i -= 1
        }
        guard eocd >= 0 else { throw .noDirectory }
        let entries = u16(b, eocd + 10), size = u32(b, eocd + 12), offset = u32(b, eocd + 16)
        if entries == 0xFFFF || size == 0xFFFF_FFFF || offset == 0xFFFF_FFFF { throw .zip64 }
        guard offset + size <= eocd else { throw .outOfBounds("the central directory") }
        var p = offset
        for _ in 0..<entries {
            guard p + 46 <= eocd, u32(b, p) == 0x0201_4B50 else { throw .outOfBounds("a central directory entry") }
            let compressed = u32(b, p + 20), uncompressed = u32(b, p + 24)
            let nameLength = u16(b, p + 28), extra = u16(b, p + 30), comment = u16(b, p + 32)
            let local = u32(b, p + 42)
            if compressed == 0xFFFF_FFFF || uncompressed == 0xFFFF_FFFF || local == 0xFFFF_FFFF { throw .zip64 }
            guard p + 46 + nameLength + extra + comment <= eocd else { throw .outOfBounds("an entry's name") }
            guard local + 30 <= offset, u32(b, local) == 0x0403_4B50 else { throw .outOfBounds("a local file header") }
            let localName = u16(b, local + 26), localExtra = u16(b, local + 28)
            guard local + 30 + localName + localExtra + compressed <= offset else { throw .outOfBounds("an entry's data") }
            // the local header's own sizes must say the same (unless a data descriptor follows)
            let flags = u16(b, local + 6)
            if flags & 0x0008 == 0 {
                let localCompressed = u32(b, local + 18)
                guard localCompressed == compressed, local + 30 + localName + localExtra + localCompressed <= offset else {
                    throw .outOfBounds("a local header's size")
                }
            }
            p += 46 + nameLength + extra + comment
        }
    }
}
