import Foundation

/// A JSON value, decoded without Foundation's number/boolean ambiguity.
public indirect enum JSONValue: Decodable, Sendable {
    case null, bool(Bool), int(Int), double(Double), string(String), array([JSONValue]), object([String: JSONValue])

    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() { self = .null }
        else if let b = try? c.decode(Bool.self) { self = .bool(b) }
        else if let i = try? c.decode(Int.self) { self = .int(i) }
        else if let d = try? c.decode(Double.self) { self = .double(d) }
        else if let s = try? c.decode(String.self) { self = .string(s) }
        else if let a = try? c.decode([JSONValue].self) { self = .array(a) }
        else { self = .object(try c.decode([String: JSONValue].self)) }
    }

    public subscript(_ key: String) -> JSONValue? { if case .object(let o) = self { o[key] } else { nil } }
    public var string: String? { if case .string(let s) = self { s } else { nil } }
    var strings: [String]? {
        if case .string(let s) = self { return [s] }
        if case .array(let a) = self { return a.compactMap(\.string) }
        return nil
    }
}

/// Checks JSON against the schemas in `schema/` for the keywords they use: type, required,
/// additionalProperties, enum (strings and null), const, items, minimum and `$ref` to `$defs`,
/// in the same file or another (`act.schema.json#/$defs/unit`).
public struct SchemaValidator: Sendable {
    let folder: URL
    var schemas: [String: JSONValue] = [:]

    public init(folder: URL = Repository.root.appendingPathComponent("schema")) throws {
        self.folder = folder
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".schema.json") {
            schemas[name] = try JSONDecoder().decode(JSONValue.self, from: Data(contentsOf: folder.appendingPathComponent(name)))
        }
    }

    /// A schema known by `name` besides the files (one of the OpenAPI document's components).
    public mutating func add(_ name: String, _ schema: JSONValue) { schemas[name] = schema }

    /// What in `json` breaks the schema file `name`, as paths with reasons; empty when it follows it.
    public func errors(_ json: String, schema name: String) throws -> [String] {
        var errors: [String] = []
        let value = try JSONDecoder().decode(JSONValue.self, from: Data(json.utf8))
        check(value, schemas[name]!, file: name, "$", &errors)
        return errors
    }

    func check(_ value: JSONValue, _ schema: JSONValue, file: String, _ path: String, _ errors: inout [String]) {
        if let ref = schema["$ref"]?.string {
            let parts = ref.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
            let target = parts[0].isEmpty ? file : String(parts[0])
            let def = String(parts[1].dropFirst("/$defs/".count))
            guard let resolved = schemas[target]?["$defs"]?[def] else { errors.append("\(path): cannot resolve \(ref)"); return }
            return check(value, resolved, file: target, path, &errors)
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
                case ("object", .object), ("array", .array), ("string", .string), ("integer", .int), ("number", .int), ("number", .double),
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
                if let p = schema["properties"]?[k] { check(v, p, file: file, "\(path).\(k)", &errors) }
                else if case .object? = schema["additionalProperties"] { check(v, schema["additionalProperties"]!, file: file, "\(path).\(k)", &errors) }
                else if case .bool(false)? = schema["additionalProperties"] { errors.append("\(path): unexpected key \(k)") }
            }
        }
        if case .array(let arr) = value, let items = schema["items"] {
            for (i, v) in arr.enumerated() { check(v, items, file: file, "\(path)[\(i)]", &errors) }
        }
    }
}
