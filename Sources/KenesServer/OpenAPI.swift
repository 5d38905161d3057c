import Foundation
import KenesCheck

/// The API's description (`schema/openapi.yaml`) and the JSON schemas it refers to, served from
/// the copies compiled into the binary.
enum OpenAPI {
    /// The document as served at `/openapi.yaml`: its schema references, siblings in the
    /// repository, point to `/schema/…` on the server.
    static var document: String {
        var text = Contracts.file("openapi.yaml") ?? ""
        for name in ["act", "diff", "check", "parity"] {
            text = text.replacingOccurrences(of: "$ref: \"\(name).schema.json\"", with: "$ref: \"/schema/\(name).schema.json\"")
        }
        return text
    }
}
