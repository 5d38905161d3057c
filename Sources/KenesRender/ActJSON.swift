import KenesAct
import KenesFormats

/// The JSON contract of a parsed act (`schema/act.schema.json`, version `kenes-act/2`), written
/// from the parsed records straight into the output (no value tree is built for a whole act).
public enum ActJSON {
    public static let schemaVersion = "kenes-act/2"

    public static func render(_ act: Act, pretty: Bool = true, locale: ReportLocale? = nil) -> String {
        var w = JSONWriter(pretty: pretty, into: ByteWriter(capacity: act.source.count * 3))
        write(act, locale: locale, into: &w)
        return w.finished()
    }

    /// The whole document, with its final newline.
    public static func write(_ act: Act, pretty: Bool = true, locale: ReportLocale? = nil, into out: inout ByteWriter) {
        var w = JSONWriter(pretty: pretty, into: out)
        out = ByteWriter() // the JSON writer holds the only reference to the buffer
        write(act, locale: locale, into: &w)
        w.out.append(0x0A)
        out = w.out
    }

    /// The whole document, without its final newline. `locale` is the language of the
    /// diagnostics' `text` (the act's own unless another is asked); `message` stays English.
    public static func write(_ act: Act, locale: ReportLocale? = nil, into w: inout JSONWriter) {
        let m = act.metadata
        let locale = locale ?? ReportLocale(m.language)
        w.object { o in
            o.member("schema", schemaVersion)
            o.member("locale", locale.rawValue)
            o.member("meta") { w in
                w.object { o in
                    o.member("file", act.fileName)
                    o.member("title", m.title)
                    o.member("kind", m.kind.rawValue)
                    o.member("date", m.date)
                    o.member("number", m.number)
                    o.member("place", m.place)
                    o.member("language", m.language.rawValue)
                    o.member("editionDate", m.editionDate)
                    o.member("synthetic", m.isSynthetic)
                    o.member("excerpt", m.isExcerpt)
                    o.member("frontMatter") { w in
                        w.object { o in for e in m.frontMatter { o.member(dynamic: e.key) { $0.value(e.value) } } }
                    }
                }
            }
            o.member("preface", act.preface)
            o.member("notes") { w in w.array(act.notes) { w, n in note(&w, n) } }
            o.member("body") { w in
                w.array(children(act, act.root)) { w, u in unit(&w, act, u) }
            }
            o.member("diagnostics") { w in
                w.array(act.diagnostics) { w, d in
                    w.object { o in
                        o.member("severity", d.severity.rawValue)
                        o.member("line", d.location.line)
                        o.member("column", d.location.column)
                        o.member("message", d.message)
                        o.member("text", d.text[locale])
                    }
                }
            }
        }
    }

    public static func render(_ u: StructuralUnit, pretty: Bool = true) -> String {
        var w = JSONWriter(pretty: pretty)
        unit(&w, UnitValueTree(), u)
        return w.finished()
    }

    static func children<T: UnitTree>(_ tree: T, _ n: T.Node) -> [T.Node] {
        var out: [T.Node] = []
        tree.forEachChild(n) { out.append($0) }
        return out
    }

    /// One unit and everything under it.
    public static func unit<T: UnitTree>(_ w: inout JSONWriter, _ tree: T, _ u: T.Node) {
        w.object { o in
            o.member("type", tree.kind(u).rawValue)
            o.member("eId", tree.eId(u))
            o.member("num", tree.num(u))
            o.member("heading", tree.heading(u))
            o.member("text") { w in w.string { out in lines(tree.forEachTextLine, u, into: &out) } }
            if tree.hasWrapUp(u) {
                o.member("wrapUp") { w in w.string { out in lines(tree.forEachWrapUpLine, u, into: &out) } }
            } else {
                o.member("wrapUp", nil as String?)
            }
            o.member("status", tree.status(u).rawValue)
            o.member("line", tree.line(u))
            let (notes, amendments) = tree.notesAndAmendments(u)
            o.member("notes") { w in w.array(notes) { w, n in note(&w, n) } }
            o.member("amendments") { w in w.array(amendments) { w, a in amendment(&w, a) } }
            o.member("citations") { w in
                w.array(tree.citations(u)) { w, c in
                    w.object { o in
                        o.member("text", c.text)
                        o.member("start", c.start)
                        o.member("end", c.end)
                        o.member("in", c.inWrapUp ? "wrapUp" : "text")
                        o.member("target", c.target)
                        o.member("targets") { w in w.array(c.targets) { w, t in w.value(t) } }
                        o.member("external", c.external)
                        o.member("status", c.status.rawValue)
                    }
                }
            }
            o.member("children") { w in w.array(children(tree, u)) { w, c in unit(&w, tree, c) } }
        }
    }

    /// A unit's lines as one JSON string's contents, joined with "\\n".
    static func lines<N>(_ forEach: (N, (UnsafeBufferPointer<UInt8>) -> Void) -> Void, _ u: N, into out: inout ByteWriter) {
        var first = true
        forEach(u) { line in
            if !first { out.append("\\n") }
            first = false
            out.appendJSONEscaped(line)
        }
    }

    static func note(_ w: inout JSONWriter, _ n: Note) {
        w.object { o in
            o.member("kind", n.kind.rawValue)
            o.member("text", n.text)
            o.member("line", n.line)
            o.member("amendments") { w in w.array(n.amendments) { w, a in amendment(&w, a) } }
        }
    }

    static func amendment(_ w: inout JSONWriter, _ a: Amendment) {
        w.object { o in
            o.member("date", a.date)
            o.member("number", a.number)
            o.member("actKind", a.actKind?.rawValue)
        }
    }
}

extension JSONWriter {
    mutating func value(_ e: EId?) { value(e?.rawValue) }
    mutating func member(_ key: StaticString, _ e: EId?) { member(key, e?.rawValue) }
}
