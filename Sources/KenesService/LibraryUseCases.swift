import Foundation
import KenesAct
import KenesFormats
import KenesImport
import KenesLibrary
import KenesRender

/// `kenes library add` and `kenes library list`.
public enum LibraryUseCase {
    public enum Format: String, Sendable, CaseIterable { case text, json }

    /// The library at `path` for reading: it must exist (only `add` creates one).
    static func existing(_ path: String) throws(LibraryError) -> ActLibrary {
        guard FileManager.default.fileExists(atPath: path) else {
            throw LibraryError.noLibrary(path)
        }
        return try ActLibrary(path: path)
    }

    /// `$KENES_LIBRARY`, else the XDG data folder's `kenes/library.sqlite`.
    public static func defaultPath(_ environment: [String: String]) -> String { ActLibrary.defaultPath(environment: environment) }

    /// One file's fate.
    public enum Entry: Sendable {
        case done(file: String, AddOutcome)
        case refused(file: String, reason: String)
        case skipped(file: String)
    }

    public struct AddResult: Sendable {
        public var entries: [Entry]
        public var output: Rendered
        /// Any file refused: the exit is 2.
        public var refused: Bool { entries.contains { if case .refused = $0 { true } else { false } } }

        /// The report: a line per file, in `l`.
        init(entries: [Entry], locale l: ReportLocale) {
            self.entries = entries
            output = Rendered { out in
                for e in entries {
                    switch e {
                    case .done(let file, let o):
                        let (word, work, lang, ed): (Message, String, Language, String?) = switch o {
                        case .added(let w, let l, let d): (LibraryMessages.added, w, l, d)
                        case .unchanged(let w, let l, let d): (LibraryMessages.unchanged, w, l, d)
                        case .replaced(let w, let l, let d): (LibraryMessages.replaced, w, l, d)
                        }
                        out.append("\(word[l])  \(work) [\(lang.rawValue)] \(LibraryMessages.edition[l]) \(ed ?? LibraryMessages.unknown[l])  ← \(file)\n")
                    case .refused(_, let reason): out.append("\(LibraryMessages.refused[l])  \(reason)\n")
                    case .skipped(let file): out.append("\(LibraryMessages.skipped[l])  \(file): \(LibraryMessages.notAnAct[l])\n")
                    }
                }
            }
        }
    }

    /// Files and folders of acts, each added in its own transaction. Files of a folder that are
    /// not acts (by extension) are listed as skipped; a file that does not parse is refused with
    /// its error and changes nothing.
    public static func add(paths: [String], edition: String?, replace: Bool, library path: String, _ env: KenesEnvironment) throws(ServiceError) -> AddResult {
        let library: ActLibrary
        let l = env.refusalLocale()
        do { library = try ActLibrary(path: path) } catch { throw env.refuse(error) }
        var files: [(String, Bool)] = []   // (path, named by the user)
        for p in paths {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: env.path(p), isDirectory: &isDir) else {
                throw ServiceError(ServiceMessages.noSuchPath, env.refusalLocale(), at: p)
            }
            if isDir.boolValue {
                let names = ((try? FileManager.default.contentsOfDirectory(atPath: env.path(p))) ?? []).sorted()
                files += names.map { ((p as NSString).appendingPathComponent($0), false) }
            } else {
                files.append((p, true))
            }
        }
        // Each act is read, parsed and prepared on another core while the one before is written.
        func isAct(_ file: String, named: Bool) -> Bool { named || ActSource.actExtensions.contains { file.lowercased().hasSuffix($0) } }
        let acts = files.filter { isAct($0.0, named: $0.1) }.map(\.0)
        var parsed = acts.first.map { ParsedFile($0, env) }, position = 0
        var entries: [Entry] = []
        for (file, named) in files {
            guard isAct(file, named: named) else { entries.append(.skipped(file: file)); continue }
            let current = parsed!
            position += 1
            parsed = position < acts.count ? ParsedFile(acts[position], env) : nil
            do {
                let (bytes, format, act) = try current.wait()
                entries.append(.done(file: file, try library.add(act, source: bytes, name: file, format: format, edition: edition, replace: replace)))
            } catch let e as any Refusal {
                entries.append(.refused(file: file, reason: e.description(l)))
            } catch {
                entries.append(.refused(file: file, reason: "\(file): \(error)"))
            }
        }
        return AddResult(entries: entries, locale: l)
    }

    /// `kenes library history WORK REF`: the unit through the work's editions.
    public static func history(work: String, reference: String, language: Language, library path: String,
                               format: Format, locale: String? = nil, _ env: KenesEnvironment) throws(ServiceError) -> (UnitHistory, Rendered) {
        let h: UnitHistory
        let l = try env.reportLocale(locale, content: language)
        do { h = try existing(path).history(of: reference, in: work, language: language) } catch { throw ServiceError(error, l) }
        return (h, Rendered { out in
            LibraryReport.writeHistory(h, reference: reference, json: format == .json, locale: l, into: &out)
        })
    }

    /// One act already in memory (an upload to the web workspace), named `name`; a library is
    /// created when there is none.
    public static func add(name: String, bytes: [UInt8], edition: String?, replace: Bool, library path: String,
                           _ env: KenesEnvironment) throws(ServiceError) -> AddOutcome {
        do {
            let library = try ActLibrary(path: path)
            let format = Importer.detect(bytes)
            let act = try Importer.load(bytes: bytes, file: name, options: ImportOptions(format: format))
            return try library.add(act, source: bytes, name: name, format: format, edition: edition, replace: replace)
        } catch let e as any Refusal { throw env.refuse(e) }
        catch { throw ServiceError(messages: ["\(name): \(error)"]) }
    }

    /// The works of the library, as values (the web workspace lays them out itself); none when
    /// there is no library yet.
    public static func works(library path: String, _ env: KenesEnvironment) throws(ServiceError) -> [LibraryWork] {
        guard FileManager.default.fileExists(atPath: path) else { return [] }
        do { return try existing(path).works() } catch { throw env.refuse(error) }
    }

    /// The works of the library, text or JSON (`{"works": [...]}`).
    public static func list(library path: String, format: Format, locale: String? = nil, _ env: KenesEnvironment) throws(ServiceError) -> Rendered {
        let works: [LibraryWork]
        let l = try env.reportLocale(locale, content: nil)
        do { works = try existing(path).works() } catch { throw ServiceError(error, l) }
        return Rendered { out in
            LibraryReport.writeWorks(works, json: format == .json, locale: l, into: &out)
        }
    }
}

/// An act file read, parsed and prepared for the library on a thread of its own; `wait()` gives it.
private final class ParsedFile: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    // written once by the worker before `done` is signalled, read after waiting on it
    private var result: Result<([UInt8], SourceFormat, PreparedAct), Error> = .failure(CancellationError())

    init(_ file: String, _ env: KenesEnvironment) {
        Thread.detachNewThread { [self] in
            result = Result {
                let bytes = try SourceText.read(path: env.path(file))
                let format = Importer.detect(bytes)
                return (bytes, format, PreparedAct(try Importer.load(bytes: bytes, file: file, options: ImportOptions(format: format))))
            }
            done.signal()
        }
    }

    func wait() throws -> ([UInt8], SourceFormat, PreparedAct) {
        done.wait()
        return try result.get()
    }
}
