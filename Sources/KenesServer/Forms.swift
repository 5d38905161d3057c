import Foundation
import Hummingbird
import MultipartKit

/// A submitted form: text fields and uploaded files, read in memory only (rosters are personal
/// data: nothing of a request is written to disk or logged).
struct Form: Sendable {
    struct Upload: Sendable {
        var filename: String
        var bytes: [UInt8]
    }
    var fields: [String: [String]] = [:]
    var files: [String: Upload] = [:]

    subscript(_ name: String) -> String? {
        fields[name]?.first.flatMap { $0.isEmpty ? nil : $0 }
    }
    func all(_ name: String) -> [String] { fields[name] ?? [] }

    /// Fields named `prefix` + key, by key (`assign.12`, `rationale.old:art_4`).
    func prefixed(_ prefix: String) -> [String: String] {
        var out: [String: String] = [:]
        for (k, v) in fields where k.hasPrefix(prefix) { if let first = v.first, !first.isEmpty { out[String(k.dropFirst(prefix.count))] = first } }
        return out
    }

    /// A file sent with the form, or carried back in a hidden field (`NAME.b64` and
    /// `NAME.name`) by the page that showed its result, so that a re-check or a download needs no
    /// copy kept on the server.
    func upload(_ name: String) -> Upload? {
        if let f = files[name], !f.bytes.isEmpty { return f }
        guard let b64 = self[name + ".b64"], let data = Data(base64Encoded: b64) else { return nil }
        return Upload(filename: self[name + ".name"] ?? name, bytes: [UInt8](data))
    }

    /// Reads a `multipart/form-data` or `application/x-www-form-urlencoded` body.
    static func read(_ request: inout Request, limit: Int) async throws -> Form {
        let body = try await request.body.collect(upTo: limit)
        let type = request.headers[.contentType] ?? ""
        if type.lowercased().hasPrefix("multipart/form-data") {
            guard let boundary = parameter("boundary", in: type) else { throw HTTPError(.badRequest, message: "multipart body without a boundary") }
            return try multipart(body, boundary: boundary)
        }
        return urlEncoded(String(buffer: body))
    }

    /// `a=1&b=%D0%B0` (also a query string).
    static func urlEncoded(_ s: String) -> Form {
        var f = Form()
        for pair in s.split(separator: "&") {
            let kv = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ x: Substring) -> String { String(x).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String(x) }
            f.fields[decode(kv[0]), default: []].append(kv.count > 1 ? decode(kv[1]) : "")
        }
        return f
    }

    static func multipart(_ body: ByteBuffer, boundary: String) throws -> Form {
        var f = Form()
        let parser = MultipartParser(boundary: boundary)
        var headers: [String: String] = [:]
        var data: [UInt8] = []
        parser.onHeader = { name, value in headers[name.lowercased()] = value }
        parser.onBody = { buffer in data += buffer.readableBytesView }
        parser.onPartComplete = {
            let disposition = headers["content-disposition"] ?? ""
            if let name = parameter("name", in: disposition) {
                if let filename = parameter("filename", in: disposition) {
                    // a browser sends the name only; an old one the whole path
                    let base = filename.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
                    f.files[name] = Upload(filename: base.isEmpty ? name : base, bytes: data)
                } else {
                    f.fields[name, default: []].append(String(decoding: data, as: UTF8.self))
                }
            }
            headers = [:]
            data = []
        }
        do { try parser.execute(body) } catch { throw HTTPError(.badRequest, message: "the form's multipart body is malformed") }
        return f
    }

    /// `name="value"` or `name=value` in a header value.
    static func parameter(_ name: String, in header: String) -> String? {
        for part in header.split(separator: ";") {
            let kv = part.split(separator: "=", maxSplits: 1)
            guard kv.count == 2, kv[0].trimmingCharacters(in: .whitespaces).lowercased() == name else { continue }
            var v = kv[1].trimmingCharacters(in: .whitespaces)
            if v.hasPrefix("\""), v.hasSuffix("\""), v.count >= 2 { v = String(v.dropFirst().dropLast()) }
            return v
        }
        return nil
    }
}
