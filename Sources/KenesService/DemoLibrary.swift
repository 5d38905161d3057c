import Foundation
import KenesAct
import KenesLibrary

/// The library `kenes demo` tours and `kenes serve --demo` serves: the corpus's acts as they
/// are labelled (synthetic, excerpt), and a second edition of the synthetic act made by
/// applying the corpus's synthetic amending law of 2022 to it (never an invented edition of a
/// real act).
public enum DemoLibrary {
    /// The acts added, relative to the corpus folder.
    static let acts = ["synthetic/public-councils-ru.txt", "synthetic/public-councils-kk.txt",
                       "synthetic/closing-words-ru.txt", "synthetic/closing-words-kk.txt",
                       "excerpts/law-2015-public-councils-ru.txt", "excerpts/law-2015-public-councils-kk.txt",
                       "excerpts/decree-2020-ru.txt", "excerpts/decree-2020-kk.txt"]
    /// The date the synthetic amending law of 2022 says it takes effect.
    public static let secondEdition = "2022-03-25"

    /// Builds the library at `library`; what was added, in `add`'s report.
    public static func build(corpus: String, library: String, _ env: KenesEnvironment) throws(ServiceError) -> LibraryUseCase.AddResult {
        var entries = try LibraryUseCase.add(paths: acts.map { "\(corpus)/\($0)" }, edition: nil, replace: false, library: library, env).entries
        for language in ["ru", "kk"] {
            let act = ActSource(path: "\(corpus)/synthetic/public-councils-\(language).txt")
            let amended = try AmendUseCase.run(.init(act: act, law: "\(corpus)/amendments/law-2022-\(language).txt"), env)
            let name = "public-councils-\(language)-2022.txt"
            entries.append(.done(file: name, try LibraryUseCase.add(name: name, bytes: Array(amended.text.utf8), edition: secondEdition,
                                                                    replace: false, library: library, env)))
        }
        return LibraryUseCase.AddResult(entries: entries, locale: env.refusalLocale())
    }
}
