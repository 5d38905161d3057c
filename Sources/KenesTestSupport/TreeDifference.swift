import KenesAct

/// The first place two trees differ (kind, eId, num, heading, text, wrap-up, status, notes, children), or
/// nil: readable test failures instead of two whole trees.
public func firstDifference(_ a: StructuralUnit, _ b: StructuralUnit, _ path: String = "") -> String? {
    let here = "\(path)/\(a.eId)"
    if a.eId != b.eId || a.kind != b.kind { return "\(here): \(a.kind) \(a.eId) vs \(b.kind) \(b.eId)" }
    if a.num != b.num { return "\(here): num \(a.num ?? "-") vs \(b.num ?? "-")" }
    if a.heading != b.heading { return "\(here): heading \(a.heading ?? "-") vs \(b.heading ?? "-")" }
    if a.text != b.text { return "\(here): text «\(a.text.prefix(80))» vs «\(b.text.prefix(80))»" }
    if a.wrapUp != b.wrapUp { return "\(here): closing words «\((a.wrapUp ?? "-").prefix(80))» vs «\((b.wrapUp ?? "-").prefix(80))»" }
    if a.status != b.status { return "\(here): status" }
    if a.notes != b.notes { return "\(here): notes \(a.notes.map(\.text)) vs \(b.notes.map(\.text))" }
    if a.children.count != b.children.count {
        return "\(here): children \(a.children.map(\.eId)) vs \(b.children.map(\.eId))"
    }
    for (x, y) in zip(a.children, b.children) { if let d = firstDifference(x, y, here) { return d } }
    return nil
}
