import Foundation
import KenesAct
import KenesRender
import KenesTestSupport
import Testing

/// The JSON of `kenes parse --format json` against the published schema (schema/act.schema.json).
/// The checker covers the keywords the schema uses: type, required, additionalProperties,
/// enum, const, items, $ref, minimum.
/// A JSON value, decoded without Foundation's number/boolean ambiguity.
indirect enum JSONValue: Decodable, Sendable {
    case null, bool(Bool), int(Int), double(Double), string(String), array([JSONValue]), object([String: JSONValue])

    init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() { self = .null }
        else if let b = try? c.decode(Bool.self) { self = .bool(b) }
        else if let i = try? c.decode(Int.self) { self = .int(i) }
        else if let d = try? c.decode(Double.self) { self = .double(d) }
        else if let s = try? c.decode(String.self) { self = .string(s) }
        else if let a = try? c.decode([JSONValue].self) { self = .array(a) }
        else { self = .object(try c.decode([String: JSONValue].self)) }
    }

    subscript(_ key: String) -> JSONValue? { if case .object(let o) = self { o[key] } else { nil } }
    var string: String? { if case .string(let s) = self { s } else { nil } }
    var strings: [String]? {
        if case .string(let s) = self { return [s] }
        if case .array(let a) = self { return a.compactMap(\.string) }
        return nil
    }
}

@Suite struct SchemaTests {
    static let schema = try! JSONDecoder().decode(JSONValue.self, from: Data(contentsOf: Repo.root.appendingPathComponent("schema/act.schema.json")))

    static func check(_ value: JSONValue, _ schema: JSONValue, _ path: String, _ errors: inout [String]) {
        if let ref = schema["$ref"]?.string {
            return check(value, Self.schema["$defs"]![String(ref.dropFirst("#/$defs/".count))]!, path, &errors)
        }
        if let c = schema["const"]?.string, value.string != c { errors.append("\(path): expected \(c)") }
        if case .array(let options)? = schema["enum"] {
            let ok = options.contains { option in
                switch (option, value) {
                case (.null, .null): return true
                case (.string(let a), .string(let b)): return a == b
                default: return false
                }
            }
            if !ok { errors.append("\(path): \(value) not in enum") }
        }
        if let types = schema["type"]?.strings {
            let ok = types.contains { type in
                switch (type, value) {
                case ("object", .object), ("array", .array), ("string", .string), ("integer", .int),
                     ("boolean", .bool), ("null", .null): return true
                default: return false
                }
            }
            if !ok { errors.append("\(path): \(value) is not \(types)") }
        }
        if case .int(let min)? = schema["minimum"], case .int(let n) = value, n < min { errors.append("\(path): \(n) < \(min)") }
        if case .object(let obj) = value {
            for key in schema["required"]?.strings ?? [] where obj[key] == nil { errors.append("\(path): missing \(key)") }
            for (k, v) in obj {
                if let p = schema["properties"]?[k] { check(v, p, "\(path).\(k)", &errors) }
                else if case .object? = schema["additionalProperties"] { check(v, schema["additionalProperties"]!, "\(path).\(k)", &errors) }
                else if case .bool(false)? = schema["additionalProperties"] { errors.append("\(path): unexpected key \(k)") }
            }
        }
        if case .array(let arr) = value, let items = schema["items"] {
            for (i, v) in arr.enumerated() { check(v, items, "\(path)[\(i)]", &errors) }
        }
    }

    static func errors(_ json: String) throws -> [String] {
        var errors: [String] = []
        check(try JSONDecoder().decode(JSONValue.self, from: Data(json.utf8)), schema, "$", &errors)
        return errors
    }

    @Test(arguments: Repo.corpusFiles(broken: false)) func corpusJSONFollowsTheSchema(_ file: String) throws {
        let errors = try Self.errors(ActJSON.render(try Repo.parse(file)))
        #expect(errors.isEmpty, "\(errors.prefix(5))")
    }

    @Test func generatedActJSONFollowsTheSchema() throws {
        let g = SyntheticAct.generate(.init(language: .kk, targetBytes: 40_000, seed: 77, noise: true))
        let errors = try Self.errors(ActJSON.render(try ActParser.parse(text: g.text)))
        #expect(errors.isEmpty, "\(errors.prefix(5))")
    }

    /// The checker itself must catch a broken document, or the tests above prove nothing.
    @Test func checkerRejectsWhatTheSchemaForbids() throws {
        let good = ActJSON.render(try Repo.parse("corpus/excerpts/law-2015-public-councils-ru.txt"))
        #expect(try Self.errors(good).isEmpty)
        #expect(!(try Self.errors(good.replacingOccurrences(of: "\"status\": \"in_force\"", with: "\"status\": \"valid\""))).isEmpty)
        #expect(!(try Self.errors(good.replacingOccurrences(of: "\"eId\":", with: "\"id\":"))).isEmpty)
        #expect(!(try Self.errors(good.replacingOccurrences(of: "\"line\": 12", with: "\"line\": \"12\""))).isEmpty)
    }
}
