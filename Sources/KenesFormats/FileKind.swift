/// Kinds of files people hand Kenes that it does not read, told by their first bytes, with what
/// to do instead: a PDF is not an encoding problem.
public enum ForeignFile: Sendable, Equatable {
    case pdf, oldOffice, rtf, image(String), archive(String)

    /// What the bytes are, when they are one of these.
    public static func sniff(_ b: [UInt8]) -> ForeignFile? {
        func starts(_ magic: [UInt8]) -> Bool { b.starts(with: magic) }
        if starts(Array("%PDF-".utf8)) { return .pdf }
        if starts([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { return .oldOffice }
        if starts(Array("{\\rtf".utf8)) { return .rtf }
        if starts([0x89, 0x50, 0x4E, 0x47]) { return .image("PNG") }
        if starts([0xFF, 0xD8, 0xFF]) { return .image("JPEG") }
        if starts(Array("GIF8".utf8)) { return .image("GIF") }
        if starts([0x49, 0x49, 0x2A, 0x00]) || starts([0x4D, 0x4D, 0x00, 0x2A]) { return .image("TIFF") }
        if starts(Array("Rar!".utf8)) { return .archive("RAR") }
        if starts([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C]) { return .archive("7-Zip") }
        if starts([0x1F, 0x8B]) { return .archive("gzip") }
        return nil
    }

    /// For an act: what it is and what to do.
    public var adviceForAct: String {
        switch self {
        case .pdf: "a PDF is not supported: save the act as DOCX or copy its text into a UTF-8 text file"
        case .oldOffice: "an old Word 97 (.doc) or Excel 97 (.xls) file is not supported: save the act as DOCX"
        case .rtf: "RTF is not supported: save the act as DOCX or as UTF-8 text"
        case .image(let kind): "a \(kind) image holds no text Kenes can read: use the act's DOCX, its page on the portal, or its text"
        case .archive(let kind): "a \(kind) archive: unpack it and give the act inside"
        }
    }

    /// For a roster: what it is and what to do.
    public var adviceForRoster: String {
        switch self {
        case .pdf: "a PDF is not supported: save the roster from Excel as XLSX or CSV UTF-8"
        case .oldOffice: "an old Excel 97 (.xls) or Word 97 (.doc) file is not supported: save the roster as XLSX or CSV UTF-8"
        case .rtf: "RTF is not supported: save the roster from Excel as XLSX or CSV UTF-8"
        case .image(let kind): "a \(kind) image holds no table Kenes can read: give the roster as XLSX or CSV"
        case .archive(let kind): "a \(kind) archive: unpack it and give the roster inside"
        }
    }
}
