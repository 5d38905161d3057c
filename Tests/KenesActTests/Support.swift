import Foundation
import KenesAct
import KenesTestSupport
import KenesRender
import Testing

typealias Repo = Repository

extension Repository {
    static let golden = "Tests/KenesActTests/Golden"

    static func parse(_ relative: String, language: Language? = nil) throws -> Act { try act(relative, language: language) }

    static func checkGolden(_ name: String, _ actual: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        if let m = Golden.mismatch("\(golden)/\(name)", actual) { Issue.record(Comment(rawValue: m), sourceLocation: sourceLocation) }
    }

    static func goldenName(_ relative: String, _ ext: String) -> String {
        relative.replacingOccurrences(of: "corpus/", with: "").replacingOccurrences(of: "/", with: "__")
            .replacingOccurrences(of: ".txt", with: ".\(ext)")
    }
}

extension StructuralUnit {
    /// All eIds in document order.
    var allEIds: [EId] {
        var out: [EId] = []
        forEach { out.append($0.eId) }
        return out
    }
}
