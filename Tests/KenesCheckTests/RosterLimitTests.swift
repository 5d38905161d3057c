import Foundation
import KenesAct
import KenesCheck
import KenesTestSupport
import Testing

/// Bounded work on rosters: suggestions for unknown categories stop at a limit.
@Suite struct RosterLimitTests {
    @Test func suggestionsStopAtTheLimit() throws {
        // every row a different unknown label close to «НПО»: «НПааа», «НПбаа», …
        let n = Limits.categorySuggestions + 50
        let letters = Array("абвгдежзийклмнпрстуфхцчшщъыьэюя")
        let rows = (0..<n).map { "Член \($0) (синтетический);НП\(letters[$0 % 31])\(letters[$0 / 31 % 31])\(letters[$0 / 961])" }
        let path = Repo.tempFile("unknown.csv", "ФИО;Категория\n" + rows.joined(separator: "\n") + "\n")
        let r = try Repo.reader.read(path: path)
        #expect(r.issues.count == n)
        let suggested = r.issues.filter { $0.message.en.contains("did you mean") }.count
        #expect(suggested == Limits.categorySuggestions)
        #expect(r.issues[0].message.en.contains("unknown category «НПааа»; did you mean"))
        #expect(!r.issues[n - 1].message.en.contains("did you mean"))
    }
}
