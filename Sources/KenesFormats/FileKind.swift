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

    /// For an act: what it is and what to do, in `language` (`ru`, `kk` or `en`).
    public func adviceForAct(_ language: String) -> String {
        switch (self, language) {
        case (.pdf, "ru"): "PDF не поддерживается: сохраните акт в DOCX или скопируйте его текст в текстовый файл UTF-8"
        case (.pdf, "kk"): "PDF қолданылмайды: актіні DOCX ретінде сақтаңыз немесе мәтінін UTF-8 мәтіндік файлына көшіріңіз"
        case (.pdf, _): "a PDF is not supported: save the act as DOCX or copy its text into a UTF-8 text file"
        case (.oldOffice, "ru"): "старый файл Word 97 (.doc) или Excel 97 (.xls) не поддерживается: сохраните акт в DOCX"
        case (.oldOffice, "kk"): "ескі Word 97 (.doc) немесе Excel 97 (.xls) файлы қолданылмайды: актіні DOCX ретінде сақтаңыз"
        case (.oldOffice, _): "an old Word 97 (.doc) or Excel 97 (.xls) file is not supported: save the act as DOCX"
        case (.rtf, "ru"): "RTF не поддерживается: сохраните акт в DOCX или как текст UTF-8"
        case (.rtf, "kk"): "RTF қолданылмайды: актіні DOCX немесе UTF-8 мәтіні ретінде сақтаңыз"
        case (.rtf, _): "RTF is not supported: save the act as DOCX or as UTF-8 text"
        case (.image(let kind), "ru"): "изображение \(kind) не содержит текста, который Kenes может прочитать: дайте DOCX акта, его страницу на портале или текст"
        case (.image(let kind), "kk"): "\(kind) суретінде Kenes оқи алатын мәтін жоқ: актінің DOCX файлын, порталдағы бетін немесе мәтінін беріңіз"
        case (.image(let kind), _): "a \(kind) image holds no text Kenes can read: use the act's DOCX, its page on the portal, or its text"
        case (.archive(let kind), "ru"): "архив \(kind): распакуйте его и дайте акт из него"
        case (.archive(let kind), "kk"): "\(kind) архиві: оны ашып, ішіндегі актіні беріңіз"
        case (.archive(let kind), _): "a \(kind) archive: unpack it and give the act inside"
        }
    }

    /// For a roster: what it is and what to do, in `language` (`ru`, `kk` or `en`).
    public func adviceForRoster(_ language: String) -> String {
        switch (self, language) {
        case (.pdf, "ru"): "PDF не поддерживается: сохраните список из Excel как XLSX или CSV UTF-8"
        case (.pdf, "kk"): "PDF қолданылмайды: тізімді Excel-ден XLSX немесе CSV UTF-8 ретінде сақтаңыз"
        case (.pdf, _): "a PDF is not supported: save the roster from Excel as XLSX or CSV UTF-8"
        case (.oldOffice, "ru"): "старый файл Excel 97 (.xls) или Word 97 (.doc) не поддерживается: сохраните список как XLSX или CSV UTF-8"
        case (.oldOffice, "kk"): "ескі Excel 97 (.xls) немесе Word 97 (.doc) файлы қолданылмайды: тізімді XLSX немесе CSV UTF-8 ретінде сақтаңыз"
        case (.oldOffice, _): "an old Excel 97 (.xls) or Word 97 (.doc) file is not supported: save the roster as XLSX or CSV UTF-8"
        case (.rtf, "ru"): "RTF не поддерживается: сохраните список из Excel как XLSX или CSV UTF-8"
        case (.rtf, "kk"): "RTF қолданылмайды: тізімді Excel-ден XLSX немесе CSV UTF-8 ретінде сақтаңыз"
        case (.rtf, _): "RTF is not supported: save the roster from Excel as XLSX or CSV UTF-8"
        case (.image(let kind), "ru"): "изображение \(kind) не содержит таблицы, которую Kenes может прочитать: дайте список как XLSX или CSV"
        case (.image(let kind), "kk"): "\(kind) суретінде Kenes оқи алатын кесте жоқ: тізімді XLSX немесе CSV ретінде беріңіз"
        case (.image(let kind), _): "a \(kind) image holds no table Kenes can read: give the roster as XLSX or CSV"
        case (.archive(let kind), "ru"): "архив \(kind): распакуйте его и дайте список из него"
        case (.archive(let kind), "kk"): "\(kind) архиві: оны ашып, ішіндегі тізімді беріңіз"
        case (.archive(let kind), _): "a \(kind) archive: unpack it and give the roster inside"
        }
    }
}
