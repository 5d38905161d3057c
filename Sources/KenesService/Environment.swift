import Foundation
import KenesAct
import KenesFormats
import KenesImport
import KenesLibrary

/// What a use-case may not take from the process: today's date and the folder relative paths
/// are read from and shown against. The CLI passes the real clock and the current folder; tests
/// and the server pass their own, so the same request gives the same report.
public struct KenesEnvironment: Sendable {
    public var today: Date
    public var baseFolder: URL
    /// The act library works are looked up in (`--library`, `KENES_LIBRARY`, or the XDG default).
    public var libraryPath: String?
    /// `KENES_LOCALE`: the language of reports when a command is not told (`--locale`).
    public var locale: String?
    public init(today: Date, baseFolder: URL, libraryPath: String? = nil, locale: String? = nil) {
        self.today = today; self.baseFolder = baseFolder; self.libraryPath = libraryPath; self.locale = locale
    }

    /// The locale `--locale` or `KENES_LOCALE` asks for, nil when none is asked (or none Kenes knows).
    public var askedLocale: ReportLocale? { locale.flatMap { ReportLocale(rawValue: $0.lowercased()) } }

    /// The language of a report: `--locale`, else `KENES_LOCALE`, else the language of what is
    /// reported on, else Russian.
    public func reportLocale(_ option: String?, content: Language?) throws(ServiceError) -> ReportLocale {
        do { return try ReportLocale.choose(option: option, environment: locale.map { ["KENES_LOCALE": $0] } ?? [:], content: content) }
        catch { throw ServiceError(error, .ru) }
    }

    /// The language of a refusal: the one asked for, else that of the act or roster it is
    /// about, else Russian.
    public func refusalLocale(_ content: Language? = nil) -> ReportLocale {
        askedLocale ?? content.map(ReportLocale.init) ?? .ru
    }

    /// `refusal` said in the language asked for, else `content`'s.
    public func refuse(_ refusal: any Refusal, content: Language? = nil) -> ServiceError {
        ServiceError(refusal, refusalLocale(content))
    }

    /// `today` as ISO yyyy-mm-dd (UTC).
    public var todayISO: String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day], from: today)
        return String(format: "%04d-%02d-%02d", c.year!, c.month!, c.day!)
    }

    /// The current year of `today` (Gregorian, UTC).
    public var year: Int {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar.component(.year, from: today)
    }

    /// A path as given, or relative to the base folder.
    public func path(_ p: String) -> String { p.hasPrefix("/") ? p : baseFolder.appendingPathComponent(p).path }
}

/// Why a use-case could not run, in words for the person who asked (file:line: error: …); the
/// CLI exits 2, the server answers 4xx.
public struct ServiceError: Refusal, CustomStringConvertible {
    /// The lines to show, already in the language asked for.
    public var messages: [String]
    /// The refusal they say, when there is one (a course names the act its module could not read).
    public var cause: (any Refusal)?
    public init(messages: [String]) { self.messages = messages }
    /// «ошибка: …» / «қате: …» / «error: …», in `locale`.
    public init(_ text: Message, _ locale: ReportLocale, at place: String? = nil) {
        self.init(LocatedRefusal(place: place, text: text), locale)
    }
    /// A refusal from below, said in `locale`.
    public init(_ refusal: any Refusal, _ locale: ReportLocale) {
        messages = [refusal.description(locale)]
        cause = refusal
    }
    public var place: String? { cause?.place }
    public var text: Message { cause?.text ?? Message(verbatim: messages.joined(separator: "\n")) }
    public var description: String { messages.joined(separator: "\n") }
}

/// A refusal the service layer itself makes: a place and the words.
struct LocatedRefusal: Refusal {
    var place: String?
    var text: Message
}

/// Why two texts are not versions of one act, in Russian, Kazakh and English.
enum ComparisonMessages {
    static func languages(_ a: String, _ la: Language, _ b: String, _ lb: Language) -> Message {
        Message(ru: "\(a) на \(la.rawValue), а \(b) на \(lb.rawValue): сравнивайте редакции на одном языке",
                kk: "\(a) — \(la.rawValue), ал \(b) — \(lb.rawValue): бір тілдегі редакцияларды салыстырыңыз",
                en: "\(a) is in \(la.rawValue) and \(b) in \(lb.rawValue): compare versions in the same language")
    }

    static func differentActs(_ x: String, _ y: String, then: Message) -> Message {
        .each { l in [ReportLocale.ru: "это разные акты (\(x) и \(y))", .kk: "бұл әртүрлі актілер (\(x) және \(y))", .en: "these are different acts (\(x) and \(y))"][l]! + "; " + then[l] }
    }

    static let force = Message(ru: "сравнить их всё же позволяет --force", kk: "бәрібір салыстыру үшін --force беріңіз", en: "pass --force to compare them anyway")
    static let twoLanguages = Message(ru: "дайте две языковые версии одного акта", kk: "бір актінің екі тілдегі нұсқасын беріңіз",
                                      en: "give the two language versions of one act")

    static func sameLanguage(_ a: String, _ b: String, _ l: Language) -> Message {
        Message(ru: "\(a) и \(b) оба на \(l.rawValue): дайте русский и казахский тексты одного акта",
                kk: "\(a) және \(b) екеуі де \(l.rawValue): бір актінің орысша және қазақша мәтінін беріңіз",
                en: "\(a) and \(b) are both in \(l.rawValue): give the Russian and the Kazakh text of one act")
    }
}

/// A rendered output: written on demand into a buffer or a stream, so a large report goes
/// straight to its file.
public struct Rendered: Sendable {
    /// Text or binary (DOCX); binary output needs a file.
    public var isBinary: Bool
    public let write: @Sendable (inout ByteWriter) throws -> Void

    public init(isBinary: Bool = false, write: @escaping @Sendable (inout ByteWriter) throws -> Void) {
        self.isBinary = isBinary
        self.write = write
    }

    public static func text(_ s: String) -> Rendered { Rendered { $0.append(s) } }
    public static func bytes(_ b: [UInt8], binary: Bool = true) -> Rendered { Rendered(isBinary: binary) { $0.append(b) } }

    /// The whole output in memory (tests, the server).
    public func bytes() throws -> [UInt8] {
        var w = ByteWriter()
        try write(&w)
        return w.bytes
    }
}

/// Where an act comes from and how to read it.
public struct ActSource: Sendable {
    public var path: String
    public var format: SourceFormat?
    public var language: Language?
    /// DOCX: tracked changes accepted (default) or the original text.
    public var acceptTrackedChanges = true
    /// Plain text that is not UTF-8 refused instead of read as Windows-1251.
    public var strictUTF8 = false
    /// Warnings given one by one (`kenes lint`: all).
    public var warningLimit = 100
    /// For a work of the library: the edition in force on this day (else today's).
    public var asOf: String?
    /// The library to look works up in, instead of the environment's.
    public var library: String?
    /// The file's contents when they are already in memory (an upload); `path` then only names it.
    public var bytes: [UInt8]?

    public init(path: String, format: SourceFormat? = nil, language: Language? = nil, acceptTrackedChanges: Bool = true, strictUTF8: Bool = false) {
        self.path = path; self.format = format; self.language = language; self.acceptTrackedChanges = acceptTrackedChanges
        self.strictUTF8 = strictUTF8
    }

    /// A work of the library at `library` (`NUMBER` or `ID`), in `language`, as in force on `asOf`.
    public static func work(_ id: String, language: Language?, asOf: String? = nil, library: String) -> ActSource {
        var s = ActSource(path: id, language: language)
        s.asOf = asOf
        s.library = library
        return s
    }

    /// A file when it exists, or when the argument has a folder or an act file's extension;
    /// otherwise a work of the library: `NUMBER` or `ID`, with `@YYYY-MM-DD` for an edition.
    public var namesWork: Bool {
        !path.contains("/") && !Self.actExtensions.contains { path.lowercased().hasSuffix($0) }
    }
    static let actExtensions = [".txt", ".html", ".htm", ".docx", ".xml", ".akn", ".json"]

    /// Whether this source is read from the library: it names a work and no such file exists.
    func readsWork(_ env: KenesEnvironment) -> Bool {
        bytes == nil && namesWork && !FileManager.default.fileExists(atPath: env.path(path))
    }

    public func load(_ env: KenesEnvironment) throws(ServiceError) -> Act {
        if let bytes { return try load(bytes: bytes, locale: env.refusalLocale(language)) }
        if readsWork(env) { return try loadWork(env).0 }
        // read from the base folder, named as the user wrote it (messages, JSON `file`)
        let bytes: [UInt8]
        let locale = (try? env.reportLocale(nil, content: language)) ?? .ru
        do { bytes = try SourceText.read(path: env.path(path)) } catch { throw named(error, locale) }
        return try load(bytes: bytes, locale: locale)
    }

    /// The file's bytes, already read, as this source's act; a refusal in `locale`.
    public func load(bytes: [UInt8], locale: ReportLocale = .ru) throws(ServiceError) -> Act {
        var options = ImportOptions(format: format, language: language)
        options.acceptTrackedChanges = acceptTrackedChanges
        options.strictUTF8 = strictUTF8
        options.warningLimit = warningLimit
        do { return try Importer.load(bytes: bytes, file: path, options: options) } catch { throw named(error, locale) }
    }

    /// The refusal named by the path as the user wrote it, in `locale` (`KENES_LOCALE`, else the
    /// language asked with `--lang`, else Russian: the act could not be read to tell its own).
    func named(_ error: ActInputError, _ locale: ReportLocale) -> ServiceError {
        var e = error
        e.location.file = path
        return ServiceError(e, locale)
    }
}

extension ActSource {
    /// The library this source reads works from: opened only if it exists (a lookup never
    /// creates one).
    func library(_ env: KenesEnvironment) throws(ServiceError) -> ActLibrary {
        let locale = env.refusalLocale(language)
        guard let path = library ?? env.libraryPath else { throw ServiceError(ServiceMessages.noFileNoLibrary, locale, at: self.path) }
        guard FileManager.default.fileExists(atPath: path) else { throw ServiceError(ServiceMessages.noFileNoLibrary(at: path), locale, at: self.path) }
        do { return try ActLibrary(path: path) } catch { throw ServiceError(error, locale) }
    }

    /// The work this source names, in its language (Russian unless told), as of its date.
    public func loadWork(_ env: KenesEnvironment) throws(ServiceError) -> (Act, LibraryExpression) {
        let lib = try library(env)
        do { return try lib.act(path, language: language ?? .ru, asOf: asOf, today: env.todayISO) }
        catch { throw env.refuse(error, content: language) }
    }

    /// The expression of the work this source names, chosen as `loadWork` chooses it, and its library.
    func workExpression(_ env: KenesEnvironment) throws(ServiceError) -> (ActLibrary, LibraryExpression) {
        let lib = try library(env)
        do { return (lib, try lib.expression(path, language: language ?? .ru, asOf: asOf, today: env.todayISO).1) }
        catch { throw env.refuse(error, content: language) }
    }
}
