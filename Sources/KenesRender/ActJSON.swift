import KenesAct

/// The JSON contract of a parsed act (`schema/act.schema.json`, version `kenes-act/1`).
public enum ActJSON {
    public static let schemaVersion = "kenes-act/1"

    public static func render(_ act: Act, pretty: Bool = true) -> String {
        var w = JSONWriter(pretty: pretty)
        let m = act.metadata
        w.object { o in
            o.member("schema", schemaVersion)
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
                        w.object { o in for e in m.frontMatter { o.member(e.key, e.value) } }
                    }
                }
            }
            o.member("preface", act.preface)
            o.member("notes") { w in w.array(act.notes) { w, n in note(&w, n) } }
            o.member("body") { w in w.array(act.body) { w, u in unit(&w, u) } }
            o.member("diagnostics") { w in
                w.array(act.diagnostics) { w, d in
                    w.object { o in
                        o.member("severity", d.severity.rawValue)
                        o.member("line", d.location.line)
                        o.member("column", d.location.column)
                        o.member("message", d.message)
                    }
                }
            }
        }
        return w.finished()
    }

    public static func render(_ u: StructuralUnit, pretty: Bool = true) -> String {
        var w = JSONWriter(pretty: pretty)
        unit(&w, u)
        return w.finished()
    }

    static func unit(_ w: inout JSONWriter, _ u: StructuralUnit) {
        w.object { o in
            o.member("type", u.kind.rawValue)
            o.member("eId", u.eId)
            o.member("num", u.num)
            o.member("heading", u.heading)
            o.member("text", u.text)
            o.member("status", u.status.rawValue)
            o.member("line", u.line)
            o.member("notes") { w in w.array(u.notes) { w, n in note(&w, n) } }
            o.member("amendments") { w in w.array(u.amendments) { w, a in amendment(&w, a) } }
            o.member("citations") { w in
                w.array(u.citations) { w, c in
                    w.object { o in
                        o.member("text", c.text)
                        o.member("start", c.start)
                        o.member("end", c.end)
                        o.member("target", c.target)
                        o.member("targets") { w in w.array(c.targets) { w, t in w.string(t) } }
                        o.member("external", c.external)
                        o.member("status", c.status.rawValue)
                    }
                }
            }
            o.member("children") { w in w.array(u.children) { w, c in unit(&w, c) } }
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
