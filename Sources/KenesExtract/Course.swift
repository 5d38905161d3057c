import Foundation
import KenesAct
import Yams

/// An induction course: modules of extracts, in the order a trainer teaches them.
///
/// ```yaml
/// title: Вводный курс для новых членов общественного совета
/// audience: члены общественных советов
/// act: ../excerpts/law-2015-public-councils-ru.txt      # relative to this file
/// parallel: ../excerpts/law-2015-public-councils-kk.txt # optional
/// glossary: used                                         # none | all | used
/// modules:
///   - title: Кто входит в совет
///     note: Квота гражданского общества
///     refs: "ст. 1 п. 7"
///     act: …                                              # optional, per module
/// ```
public struct CourseSpec: Sendable, Codable {
    public struct Module: Sendable, Codable {
        public var title: String
        public var note: String?
        public var refs: String
        public var act: String?
        public var parallel: String?
    }
    public var title: String
    public var audience: String?
    public var act: String?
    public var parallel: String?
    public var glossary: String?
    public var modules: [Module]
}

/// A course with its extracts made.
public struct Course: Sendable {
    public struct Module: Sendable {
        public var title: String
        public var note: String?
        public var refs: String
        public var extract: Extract
        public init(title: String, note: String?, refs: String, extract: Extract) {
            self.title = title; self.note = note; self.refs = refs; self.extract = extract
        }
    }
    public var title: String
    public var audience: String?
    public var modules: [Module]

    public init(title: String, audience: String?, modules: [Module]) {
        self.title = title; self.audience = audience; self.modules = modules
    }

    /// Reads the spec, parses the acts it names (each once) and makes every module's extract.
    public static func load(_ path: String, notes: Bool = false, parse: (String) throws -> Act) throws(ExtractError) -> Course {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { throw ExtractError(path, ExtractRefusals.unreadableCourse) }
        let spec: CourseSpec
        do { spec = try YAMLDecoder().decode(CourseSpec.self, from: text) }
        catch { throw ExtractError(path, ExtractRefusals.notCourse("\(error)")) }
        let base = URL(fileURLWithPath: path).deletingLastPathComponent()
        var acts: [String: Act] = [:]
        func act(_ rel: String) throws(ExtractError) -> Act {
            // relative to the course file; an absolute path as it is; a bare name with no file
            // beside the course («1-SYN») is a work of the library, for `parse` to look up
            let beside = rel.hasPrefix("/") ? rel : base.appendingPathComponent(rel).standardizedFileURL.path
            let full = rel.contains("/") || rel.contains(".") || FileManager.default.fileExists(atPath: beside) ? beside : rel
            if let a = acts[full] { return a }
            do { let a = try parse(full); acts[full] = a; return a }
            catch { throw ExtractError(path, ExtractRefusals.moduleAct(rel, (error as? any Refusal)?.text ?? Message(verbatim: "\(error)"))) }
        }
        let mode = GlossaryMode(rawValue: spec.glossary ?? "none") ?? .none
        var modules: [Module] = []
        for (i, m) in spec.modules.enumerated() {
            guard let actPath = m.act ?? spec.act else { throw ExtractError(path, ExtractRefusals.noAct(i + 1)) }
            let main = try act(actPath)
            let other = try (m.parallel ?? (m.act == nil ? spec.parallel : nil)).map { p throws(ExtractError) in try act(p) }
            do {
                let e = try Extract.make(act: main, refs: m.refs, parallel: other, notes: notes, glossary: mode)
                modules.append(Module(title: m.title, note: m.note, refs: m.refs, extract: e))
            } catch {
                throw ExtractError(path, ExtractRefusals.module(i + 1, m.title, error.text))
            }
        }
        return Course(title: spec.title, audience: spec.audience, modules: modules)
    }
}
