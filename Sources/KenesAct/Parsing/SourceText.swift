import CICUShim
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reading an input file into the normalized bytes the parser works on.
///
/// Normalized means only: UTF-8 BOM removed, CRLF and lone CR → LF, NFC. Everything else (NBSP, soft
/// hyphens, dashes, tabs, blank lines) is kept, so the text renderer can give it back byte for byte.
public enum SourceText {
    /// Acts beyond this size are refused: offsets are kept as 32-bit integers.
    public static let maxBytes = Int(Int32.max) - 1

    public static func read(path: String) throws(ActInputError) -> [UInt8] {
        let loc = FileLocation(file: path, line: 1, column: 1)
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else {
            let code = errno
            switch code {
            case ENOENT: throw ActInputError(.unreadable, loc, Message(ru: "нет такого файла", kk: "мұндай файл жоқ", en: "no such file"))
            case EACCES: throw ActInputError(.unreadable, loc, Message(ru: "нет прав на чтение файла", kk: "файлды оқуға рұқсат жоқ", en: "no permission to read the file"))
            default:
                let why = String(cString: strerror(code))
                throw ActInputError(.unreadable, loc, Message(ru: "не удаётся открыть файл: \(why)", kk: "файлды ашу мүмкін емес: \(why)", en: "cannot open file: \(why)"))
            }
        }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw ActInputError(.unreadable, loc, Message(ru: "не удаётся прочитать сведения о файле", kk: "файл туралы мәліметті оқу мүмкін емес", en: "cannot stat file")) }
        if (st.st_mode & S_IFMT) == S_IFDIR {
            throw ActInputError(.unreadable, loc, Message(ru: "это папка, а не файл", kk: "бұл файл емес, қалта", en: "is a directory, not a file"))
        }
        let size = Int(st.st_size)
        if size > maxBytes { throw ActInputError(.tooLarge, loc, Messages.tooLarge(size)) }
        var bytes = [UInt8]()
        if (st.st_mode & S_IFMT) == S_IFREG {
            bytes = [UInt8](unsafeUninitializedCapacity: size) { buf, count in
                var got = 0
                while got < size {
                    let r = Glibc.read(fd, buf.baseAddress! + got, size - got)
                    if r <= 0 { break }
                    got += r
                }
                count = got
            }
        } else {
            // pipes and other streams: read to the end
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            while true {
                let r = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
                if r <= 0 { break }
                // a NUL byte means binary: refused at once, not after reading gigabytes (/dev/zero)
                if let nul = chunk[..<r].firstIndex(of: 0) {
                    throw ActInputError(.binary, loc, Messages.binary(bytes.count + nul))
                }
                bytes.append(contentsOf: chunk[..<r])
                if bytes.count > maxBytes { throw ActInputError(.tooLarge, loc, Messages.tooLarge(nil)) }
            }
        }
        return bytes
    }

    /// Checks that `raw` is a text we can trust and returns it normalized.
    public static func normalize(_ raw: [UInt8], file: String) throws(ActInputError) -> [UInt8] {
        if raw.isEmpty { throw ActInputError(.empty, FileLocation(file: file, line: 1, column: 1), Message(ru: "файл пуст", kk: "файл бос", en: "file is empty")) }
        if raw.count > maxBytes { throw ActInputError(.tooLarge, FileLocation(file: file, line: 1, column: 1), Messages.tooLarge(nil)) }
        if raw.starts(with: [0xFF, 0xFE]) || raw.starts(with: [0xFE, 0xFF]) {
            throw ActInputError(.invalidUTF8, FileLocation(file: file, line: 1, column: 1),
                                Message(ru: "файл в кодировке UTF-16: сохраните акт в UTF-8", kk: "файл UTF-16 кодтауында: актіні UTF-8 ретінде сақтаңыз",
                                        en: "the file is UTF-16; save the act as UTF-8"))
        }
        let scan = raw.withUnsafeBufferPointer { kenes_utf8_scan($0.baseAddress, Int32($0.count)) }
        if Int(scan.firstNul) < raw.count && scan.firstNul <= scan.firstInvalid {
            let nul = Int(scan.firstNul)
            throw ActInputError(.binary, location(of: nul, in: raw, file: file), Messages.binary(nul))
        }
        if Int(scan.firstInvalid) < raw.count {
            let bad = Int(scan.firstInvalid)
            let hex = String(raw[bad], radix: 16, uppercase: true)
            let w1251 = looksLikeWindows1251(raw)
            throw ActInputError(.invalidUTF8, location(of: bad, in: raw, file: file), Message(
                ru: "неверный UTF-8 (байт 0x\(hex)): \(w1251 ? "похоже на Windows-1251 (кириллица); " : "")сохраните акт в UTF-8",
                kk: "қате UTF-8 (0x\(hex) байты): \(w1251 ? "Windows-1251 (кирилл) сияқты; " : "")актіні UTF-8 ретінде сақтаңыз",
                en: "invalid UTF-8 (byte 0x\(hex)): \(w1251 ? "this looks like Windows-1251 (Cyrillic); " : "")save the act as UTF-8"))
        }
        var bytes = raw
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if scan.hasCR != 0 {
            var out = [UInt8]()
            out.reserveCapacity(bytes.count)
            var i = 0
            while i < bytes.count {
                if bytes[i] == 0x0D && i + 1 < bytes.count && bytes[i + 1] == 0x0A { i += 1; continue }
                // a lone CR (old Mac line ends) is a line break too: read as one line, an act
                // had no structural unit
                out.append(bytes[i] == 0x0D ? 0x0A : bytes[i]); i += 1
            }
            bytes = out
        }
        // the scan's NFC offset holds for `raw`; BOM and CR removal shift it, so only use it untouched
        bytes = bytes.count == raw.count ? ICU.nfc(bytes, from: Int(scan.firstNonNFC)) : ICU.nfc(bytes)
        if !bytes.contains(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x09 }) {
            throw ActInputError(.empty, FileLocation(file: file, line: 1, column: 1),
                                Message(ru: "в файле только пробелы", kk: "файлда тек бос орындар бар", en: "file holds only white space"))
        }
        return bytes
    }

    /// 1-based line and column (in scalars) of a byte offset.
    public static func location(of offset: Int, in bytes: [UInt8], file: String) -> FileLocation {
        var line = 1, lineStart = 0
        for i in 0..<min(offset, bytes.count) where bytes[i] == 0x0A { line += 1; lineStart = i + 1 }
        var column = 1
        var i = lineStart
        while i < offset {
            let b = bytes[i]
            i += b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
            column += 1
        }
        return FileLocation(file: file, line: line, column: column)
    }

    /// Windows-1251 Cyrillic is bytes 0xC0-0xFF mostly followed by more such bytes or ASCII,
    /// which UTF-8 never allows (a lead byte must be followed by 0x80-0xBF).
    /// A text act saved by older Word as Windows-1251 (Russian, as text), in UTF-8, with the
    /// warning to give; nil when the bytes are not that. Kazakh letters Windows-1251 cannot hold
    /// (ә ғ қ ң ө ұ ү һ) come out of Word as «?»: such a text is refused, the act is damaged.
    public static func fromWindows1251(_ raw: [UInt8], file: String) throws(ActInputError) -> (bytes: [UInt8], warning: Message)? {
        let scan = raw.withUnsafeBufferPointer { kenes_utf8_scan($0.baseAddress, Int32($0.count)) }
        guard Int(scan.firstInvalid) < raw.count, Int(scan.firstNul) >= raw.count, looksLikeWindows1251(raw),
              let utf8 = ICU.utf8(from: raw, charset: "windows-1251") else { return nil }
        // «?» next to a Cyrillic letter: a letter the encoding could not hold
        let text = String(decoding: utf8, as: UTF8.self)
        let chars = Array(text)
        for i in chars.indices where chars[i] == "?" {
            let cyrillic = { (c: Character) in c.unicodeScalars.first.map { (0x400...0x4FF).contains($0.value) } ?? false }
            if (i > 0 && cyrillic(chars[i - 1])) || (i + 1 < chars.count && cyrillic(chars[i + 1])) {
                let line = chars[..<i].filter { $0 == "\n" }.count + 1
                throw ActInputError(.invalidUTF8, FileLocation(file: file, line: line, column: 1),
                                    Message(ru: "сохранён в Windows-1251, где нет казахских букв ә ғ қ ң ө ұ ү һ: они потеряны («?»); сохраните акт в UTF-8 из оригинала",
                                            kk: "Windows-1251 кодтауында сақталған, онда ә ғ қ ң ө ұ ү һ әріптері жоқ: олар жоғалған («?»); актіні түпнұсқадан UTF-8 ретінде сақтаңыз",
                                            en: "saved as Windows-1251, which cannot hold the Kazakh letters ә ғ қ ң ө ұ ү һ: they were lost («?»); save the act as UTF-8 from the original"))
            }
        }
        return (utf8, Message(ru: "файл в кодировке Windows-1251, а не UTF-8: прочитан в ней (--strict-utf8 отклоняет такой файл); сохраните акт в UTF-8",
                             kk: "файл UTF-8 емес, Windows-1251 кодтауында: солай оқылды (--strict-utf8 мұндай файлды қабылдамайды); актіні UTF-8 ретінде сақтаңыз",
                             en: "the file is in Windows-1251, not UTF-8: read as such (pass --strict-utf8 to refuse it); save the act as UTF-8"))
    }

    static func looksLikeWindows1251(_ b: [UInt8]) -> Bool {
        var cyrillic = 0, broken = 0
        for i in 0..<min(b.count, 1 << 16) - 1 where b[i] >= 0xC0 {
            cyrillic += 1
            if b[i + 1] < 0x80 || b[i + 1] >= 0xC0 { broken += 1 }
        }
        return cyrillic > 0 && broken * 2 > cyrillic
    }
}

extension SourceText {
    /// The refusals said in two places: while reading a file and when given its bytes.
    enum Messages {
        static func tooLarge(_ size: Int?) -> Message {
            let limit = SourceText.maxBytes
            return size.map { size in
                Message(ru: "файл занимает \(size) байт; предел \(limit)", kk: "файл көлемі \(size) байт; шегі \(limit)",
                        en: "file is \(size) bytes; the limit is \(limit)")
            } ?? Message(ru: "больше \(limit) байт: отклонено", kk: "\(limit) байттан артық: қабылданбады", en: "input exceeds \(limit) bytes")
        }

        static func binary(_ offset: Int) -> Message {
            Message(ru: "двоичный файл (байт NUL на смещении \(offset)); ожидался текст акта в UTF-8",
                    kk: "екілік файл (\(offset) ығысуында NUL байты); UTF-8 кодтауындағы акт мәтіні күтілген",
                    en: "binary file (NUL byte at offset \(offset)); expected the text of an act in UTF-8")
        }
    }
}
