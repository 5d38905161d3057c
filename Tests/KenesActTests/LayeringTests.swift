import Foundation
import KenesTestSupport
import Testing

/// Dependencies point one way (README, «Modules»): every `import Kenes…` in Sources/ names a
/// module of a lower layer. A new upward or sideways edge fails here.
@Suite struct LayeringTests {
    static let layer: [String: Int] = [
        "KenesFormats": 0, "KenesAct": 0,
        "KenesImport": 1, "KenesDiff": 1, "KenesCheck": 1, "KenesExtract": 1, "KenesParity": 1,
        "KenesAmend": 2,            // the drafter compares versions with KenesDiff
        "KenesLibrary": 2,          // editions compared with KenesDiff, sources read with KenesImport
        "KenesRender": 3, "KenesFuzzTargets": 3,
        "KenesService": 4, "KenesTestSupport": 4,
        "KenesServer": 5,           // the web workspace: an adapter over the use-cases, like the CLI
        "KenesCLI": 6,              // `kenes serve` starts the workspace
        "kenes": 7, "kenes-bench": 7,
    ]

    @Test func importsPointDown() throws {
        let sources = Repository.root.appendingPathComponent("Sources")
        var violations: [String] = []
        for module in try FileManager.default.contentsOfDirectory(atPath: sources.path) where module.first != "C" {
            guard let own = Self.layer[module] else { violations.append("\(module): not in the layering"); continue }
            let files = FileManager.default.enumerator(atPath: sources.appendingPathComponent(module).path)!.compactMap { $0 as? String }
            for file in files where file.hasSuffix(".swift") {
                let text = try String(contentsOf: sources.appendingPathComponent(module).appendingPathComponent(file), encoding: .utf8)
                for line in text.split(separator: "\n") where line.hasPrefix("import Kenes") {
                    let imported = String(line.dropFirst("import ".count))
                    guard let theirs = Self.layer[imported] else { violations.append("\(module)/\(file): unknown \(imported)"); continue }
                    if theirs >= own { violations.append("\(module)/\(file) imports \(imported) (layer \(theirs) ≥ \(own))") }
                }
            }
        }
        #expect(violations.isEmpty, "\(violations)")
    }
}
