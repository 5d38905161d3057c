// `kenes library search`, `cites` and `check`: queries over an existing library.
import Foundation
import KenesAct
import KenesFormats
import KenesLibrary
import KenesRender

extension LibraryUseCase {
    /// `kenes library search`: units matching the words, best first.
    public static func search(_ query: String, language: Language, asOf: String?, allEditions: Bool, work: String?, limit: Int,
                              library path: String, format: Format, locale: String? = nil, _ env: KenesEnvironment) throws(ServiceError) -> ([SearchHit], Rendered) {
        let hits: [SearchHit]
        let l = try env.reportLocale(locale, content: language)
        do {
            hits = try existing(path).search(query, language: language, asOf: asOf, today: env.todayISO,
                                                     allEditions: allEditions, work: work, limit: limit)
        } catch { throw ServiceError(error, l) }
        return (hits, Rendered { out in
            LibraryReport.writeHits(hits, query: query, json: format == .json, locale: l, into: &out)
        })
    }
}

extension LibraryUseCase {
    /// `kenes library check`: the problems found, none for a sound library.
    public static func verify(library path: String, _ env: KenesEnvironment) throws(ServiceError) -> [Message] {
        do { return try existing(path).verify() } catch { throw env.refuse(error) }
    }
}

extension LibraryUseCase {
    /// `kenes library cites WORK REF`: the units that cite it, within the act and from others.
    public static func cites(work: String, reference: String, language: Language, asOf: String?, library path: String,
                             format: Format, locale: String? = nil, _ env: KenesEnvironment) throws(ServiceError) -> ([CitingUnit], Rendered) {
        let found: (target: EId, work: LibraryWork, citedBy: [CitingUnit])
        let l = try env.reportLocale(locale, content: language)
        do { found = try existing(path).citing(reference, in: work, language: language, asOf: asOf, today: env.todayISO) }
        catch { throw ServiceError(error, l) }
        return (found.citedBy, Rendered { out in
            LibraryReport.writeCitedBy(found, language: language, json: format == .json, locale: l, into: &out)
        })
    }
}
