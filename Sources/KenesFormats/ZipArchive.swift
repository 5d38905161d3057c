import CInflate

/// A ZIP archive in memory (DOCX, XLSX), read with its own small reader rather than ZIPFoundation,
/// which trusts the offsets an archive states (and traps on ones outside the file) and loops
/// forever on a deflate stream that ends early — both found by fuzzing. Here every offset is
/// checked against the bytes before anything is read, each entry inflates in one bounded call
/// into a buffer of its stated size, and its size and CRC must come out as stated.
public struct ZipArchive: Sendable {
    public struct Entry: Sendable {
        public let path: String
        public let compressedSize: Int
        public let uncompressedSize: Int
        let method: Int
        let crc: UInt32
        let dataOffset: Int
    }

    public enum Problem: Error, CustomStringConvertible, Sendable, Equatable {
        case noDirectory, zip64
        case outOfBounds(String)
        case unsafePath(String)
        case unsupportedMethod(String, Int)
        case damaged(String, Damage)
        case tooLarge(String, Int, Int)
        case ratio(String, Int, Int)
        case totalTooLarge(Int)

        public var description: String { text("en") }

        /// Why, in `language` (`ru`, `kk` or `en`): the format layer knows no Kenes types.
        public func text(_ language: String) -> String {
            let (ru, kk) = (language == "ru", language == "kk")
            switch self {
            case .noDirectory:
                return ru ? "нет оглавления ZIP: файл обрезан или это не архив" : kk ? "ZIP мазмұны жоқ: файл қиылған немесе бұл архив емес"
                    : "no ZIP central directory: the file is truncated or not an archive"
            case .zip64:
                return ru ? "архивы ZIP64 не принимаются (документу они не нужны)" : kk ? "ZIP64 архивтері қабылданбайды (құжатқа олар қажет емес)"
                    : "ZIP64 archives are not accepted (a document never needs one)"
            case .outOfBounds(let what):
                return ru ? "архив повреждён: \(what) указывает за пределы файла" : kk ? "архив бүлінген: \(what) файлдан тыс жерді көрсетеді"
                    : "damaged archive: \(what) points outside the file"
            case .unsafePath(let path):
                return ru ? "элемент архива \(path) указывает за пределы пакета: отклонено" : kk ? "\(path) архив элементі пакеттен тыс жерді көрсетеді: қабылданбады"
                    : "archive entry \(path) points outside the package: refused"
            case .unsupportedMethod(let path, let m):
                let name = Self.methodName(m, language)
                return ru ? "\(path) сжат иначе (\(name)), а Kenes читает только stored и deflate (так пишут Word и Excel): сохраните файл заново из Word или Excel"
                    : kk ? "\(path) \(name) әдісімен сығылған, Kenes оны оқымайды (тек Word пен Excel жазатын stored және deflate): файлды Word немесе Excel арқылы қайта сақтаңыз"
                    : "\(path) is compressed with \(name), which Kenes does not read (only stored and deflate, what Word and Excel write): save the file again from Word or Excel"
            case .damaged(let path, let why):
                return ru ? "архив повреждён: \(path) \(why.text(language))" : kk ? "архив бүлінген: \(path) \(why.text(language))"
                    : "damaged archive: \(path) \(why.text(language))"
            case .tooLarge(let path, let size, let limit):
                return ru ? "\(path) распаковывается в \(size) байт (предел \(limit)): отклонено" : kk ? "\(path) \(size) байтқа ашылады (шегі \(limit)): қабылданбады"
                    : "\(path) would inflate to \(size) bytes (limit \(limit)): refused"
            case .ratio(let path, let ratio, let limit):
                return ru ? "\(path) распаковывается в \(ratio) раз (предел \(limit)): отклонено как zip-бомба" : kk ? "\(path) \(ratio) есе ұлғаяды (шегі \(limit)): zip-бомба ретінде қабылданбады"
                    : "\(path) inflates \(ratio):1 (limit \(limit):1): refused as a zip bomb"
            case .totalTooLarge(let limit):
                return ru ? "прочитанные элементы вместе больше \(limit) байт: отклонено" : kk ? "оқылған элементтер жиыны \(limit) байттан асады: қабылданбады"
                    : "the entries read inflate to more than \(limit) bytes in all: refused"
            }
        }

        /// How an entry is damaged.
        public enum Damage: Sendable, Equatable {
            case twoSizes, truncated, overflow(Int), notDeflate, wrongSize(Int, Int), crc

            func text(_ language: String) -> String {
                let (ru, kk) = (language == "ru", language == "kk")
                switch self {
                case .twoSizes: return ru ? "записан с двумя разными размерами" : kk ? "екі түрлі өлшеммен жазылған" : "is stored with two different sizes"
                case .truncated: return ru ? "кончается раньше своих сжатых данных" : kk ? "сығылған деректерінен бұрын аяқталады" : "ends before its compressed data does"
                case .overflow(let size):
                    return ru ? "распаковывается больше чем в заявленные \(size) байт" : kk ? "мәлімделген \(size) байттан көпке ашылады"
                        : "inflates to more than the \(size) bytes it states"
                case .notDeflate: return ru ? "— не данные deflate" : kk ? "deflate деректері емес" : "is not valid deflate data"
                case .wrongSize(let produced, let size):
                    return ru ? "распаковывается в \(produced) байт, а не в заявленные \(size)" : kk ? "мәлімделген \(size) емес, \(produced) байтқа ашылады"
                        : "inflates to \(produced) bytes, not the \(size) it states"
                case .crc: return ru ? "не проходит проверку CRC" : kk ? "CRC тексерісінен өтпейді" : "fails its CRC check"
                }
            }
        }

        static func methodName(_ m: Int, _ language: String) -> String {
            switch m {
            case 12: "bzip2"
            case 14: "LZMA"
            case 93: "Zstandard"
            case 95: "XZ"
            case 98: "PPMd"
            case 99: language == "ru" ? "шифрование AES" : language == "kk" ? "AES шифрлау" : "AES encryption"
            default: language == "ru" ? "метод сжатия \(m)" : language == "kk" ? "\(m) сығу әдісі" : "compression method \(m)"
            }
        }

        /// Refusals for size, as opposed to damage.
        public var isSizeLimit: Bool {
            switch self {
            case .tooLarge, .ratio, .totalTooLarge: true
            default: false
            }
        }
    }

    public let entries: [Entry]
    private let bytes: [UInt8]
    private let limits: InputLimits
    private var inflated = 0

    public init(_ bytes: [UInt8], limits: InputLimits = InputLimits()) throws(Problem) {
        self.bytes = bytes
        self.limits = limits
        self.entries = try Self.directory(bytes)
    }

    public subscript(path: String) -> Entry? { entries.first { $0.path == path } }

    /// The inflated contents of the entry named `path`, or nil when there is none. Counts toward
    /// the archive's total limit.
    public mutating func read(_ path: String) throws(Problem) -> [UInt8]? {
        guard let entry = self[path] else { return nil }
        // an unsupported method is said as such before the sizes are judged (bzip2 was refused as a «zip bomb»)
        guard entry.method == 0 || entry.method == 8 else { throw .unsupportedMethod(path, entry.method) }
        let size = entry.uncompressedSize
        if size > Int(clamping: limits.maxEntryBytes) { throw .tooLarge(path, size, Int(clamping: limits.maxEntryBytes)) }
        if size > max(entry.compressedSize, 1) * Int(clamping: limits.maxRatio) {
            throw .ratio(path, size / max(entry.compressedSize, 1), Int(clamping: limits.maxRatio))
        }
        inflated += size
        if inflated > Int(clamping: limits.maxTotalBytes) { throw .totalTooLarge(Int(clamping: limits.maxTotalBytes)) }
        let data = bytes[entry.dataOffset..<entry.dataOffset + entry.compressedSize]
        var out: [UInt8]
        switch entry.method {
        case 0:
            guard entry.compressedSize == size else { throw .damaged(path, .twoSizes) }
            out = Array(data)
        case 8:
            // one byte more than stated, so that a stream longer than it says is caught
            out = [UInt8](repeating: 0, count: size + 1)
            var produced = 0
            let status = data.withUnsafeBufferPointer { input in
                out.withUnsafeMutableBufferPointer { output in
                    kenes_inflate_raw(input.baseAddress, input.count, output.baseAddress, output.count, &produced)
                }
            }
            switch Int(status) {
            case Int(KENES_INFLATE_OK): break
            case Int(KENES_INFLATE_TRUNCATED): throw .damaged(path, .truncated)
            case Int(KENES_INFLATE_OVERFLOW): throw .damaged(path, .overflow(size))
            default: throw .damaged(path, .notDeflate)
            }
            guard produced == size else { throw .damaged(path, .wrongSize(produced, size)) }
            out.removeLast()
        default:
            throw .unsupportedMethod(path, entry.method)
        }
        let crc = out.withUnsafeBufferPointer { kenes_crc32($0.baseAddress, $0.count) }
        guard crc == entry.crc else { throw .damaged(path, .crc) }
        return out
    }

    static func u16(_ b: [UInt8], _ i: Int) -> Int { Int(b[i]) | Int(b[i + 1]) << 8 }
    static func u32(_ b: [UInt8], _ i: Int) -> Int { Int(b[i]) | Int(b[i + 1]) << 8 | Int(b[i + 2]) << 16 | Int(b[i + 3]) << 24 }

    /// The central directory, every entry and its local header checked to lie inside the bytes.
    static func directory(_ b: [UInt8]) throws(Problem) -> [Entry] {
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
        let count = u16(b, eocd + 10), size = u32(b, eocd + 12), offset = u32(b, eocd + 16)
        if count == 0xFFFF || size == 0xFFFF_FFFF || offset == 0xFFFF_FFFF { throw .zip64 }
        guard offset + size <= eocd else { throw .outOfBounds("the central directory") }
        var entries: [Entry] = []
        entries.reserveCapacity(count)
        var p = offset
        for _ in 0..<count {
            guard p + 46 <= eocd, u32(b, p) == 0x0201_4B50 else { throw .outOfBounds("a central directory entry") }
            let method = u16(b, p + 10), crc = UInt32(u32(b, p + 16))
            let compressed = u32(b, p + 20), uncompressed = u32(b, p + 24)
            let nameLength = u16(b, p + 28), extra = u16(b, p + 30), comment = u16(b, p + 32)
            let local = u32(b, p + 42)
            if compressed == 0xFFFF_FFFF || uncompressed == 0xFFFF_FFFF || local == 0xFFFF_FFFF { throw .zip64 }
            guard p + 46 + nameLength + extra + comment <= eocd else { throw .outOfBounds("an entry's name") }
            let path = String(decoding: b[(p + 46)..<(p + 46 + nameLength)], as: UTF8.self)
            if path.hasPrefix("/") || path.hasPrefix("\\") || path.split(whereSeparator: { $0 == "/" || $0 == "\\" }).contains("..") {
                throw .unsafePath(path)
            }
            guard local + 30 <= offset, u32(b, local) == 0x0403_4B50 else { throw .outOfBounds("a local file header") }
            let dataOffset = local + 30 + u16(b, local + 26) + u16(b, local + 28)
            guard dataOffset + compressed <= offset else { throw .outOfBounds("an entry's data") }
            // the local header's own size must say the same (unless a data descriptor follows)
            if u16(b, local + 6) & 0x0008 == 0, u32(b, local + 18) != compressed { throw .outOfBounds("a local header's size") }
            entries.append(Entry(path: path, compressedSize: compressed, uncompressedSize: uncompressed,
                                 method: method, crc: crc, dataOffset: dataOffset))
            p += 46 + nameLength + extra + comment
        }
        return entries
    }
}
