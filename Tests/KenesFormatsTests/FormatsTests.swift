import Foundation
import KenesFormats
import Testing

@Suite struct EscapingTests {
    @Test func xmlEscapesTheFiveCharactersOnce() {
        #expect(Escaping.xml("«Об общественных советах» & <b>\"x\"</b>") == "«Об общественных советах» &amp; &lt;b&gt;&quot;x&quot;&lt;/b&gt;")
        #expect(Escaping.xml("нет разметки") == "нет разметки")
    }

    @Test func jsonStringsRoundTripThroughFoundation() throws {
        let samples = ["пункт 2 статьи 8", "a\"b\\c", "tab\tnew\nline\r", "\u{01}\u{1F}", "қоғамдық кеңес ✓", ""]
        for s in samples {
            var w = JSONWriter()
            w.string(s)
            let decoded = try JSONDecoder().decode(String.self, from: Data(w.out.bytes))
            #expect(decoded == s)
        }
    }
}

@Suite struct JSONWriterTests {
    @Test func nestedObjectsKeepOrderAndIndent() {
        var w = JSONWriter()
        w.object { o in
            o.member("a", 1)
            o.member("b") { w in w.array([1, 2]) { w, n in w.value(n) } }
            o.member("c") { w in w.object { _ in } }
            o.member(dynamic: "d e", { $0.value(nil as String?) })
            o.member("e") { w in w.array([Int]()) { w, n in w.value(n) } }
        }
        #expect(w.finished() == "{\n  \"a\": 1,\n  \"b\": [\n    1,\n    2\n  ],\n  \"c\": {},\n  \"d e\": null,\n  \"e\": []\n}\n")
    }

    /// The writer appends into one buffer: a document nested 2,000 levels deep is written
    /// whole and parses back (copying the buffer per level made this quadratic).
    @Test func deepNestingIsValidJSON() throws {
        var w = JSONWriter(pretty: false)
        func nest(_ w: inout JSONWriter, _ depth: Int) {
            w.object { o in
                o.member("depth", depth)
                if depth > 0 { o.member("child") { nest(&$0, depth - 1) } }
            }
        }
        nest(&w, 400)
        let text = w.finished()
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
        #expect(object?["depth"] as? Int == 400)
    }

    @Test func decimalsAsFoundationWritesThem() {
        for n in [0, 7, -7, 10, 1_000_000, Int.max, Int.min] {
            var w = ByteWriter()
            w.append(decimal: n)
            #expect(w.string == String(n))
        }
    }
}

@Suite struct ByteWriterTests {
    /// A streaming writer hands its bytes to the sink in chunks and in order.
    @Test func streamsInChunks() throws {
        var received: [UInt8] = []
        var calls = 0
        var w = ByteWriter(chunk: 64) { b in received.append(contentsOf: b); calls += 1 }
        var expected: [UInt8] = []
        for i in 0..<1000 {
            let s = "строка \(i)\n"
            w.append(s)
            expected.append(contentsOf: s.utf8)
        }
        try w.finish()
        #expect(received == expected)
        #expect(calls > 10)
        #expect(w.count == expected.count)
    }

    struct Full: Error {}

    /// The sink's first error ends the writing and comes out of `finish()`.
    @Test func sinkErrorsSurface() {
        var w = ByteWriter(chunk: 8) { _ in throw Full() }
        w.append("больше восьми байт")
        #expect(throws: Full.self) { try w.finish() }
    }
}

@Suite struct LibXML2Tests {
    @Test func libxml2IsLinked() {
        #expect(LibXML2.version.hasPrefix("2."))
    }

    @Test func dtdsAreRefused() {
        let xml = Array("<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x \"y\">]><a>&x;</a>".utf8)
        var refused: XMLReadError?
        xml.withUnsafeBytes { raw in
            do throws(XMLPullFailure<Never>) { try XMLPullReader.walk(raw, maxDepth: 8) { (_: XMLPullNode) throws(Never) in } }
            catch { if case .reader(let e) = error { refused = e } }
        }
        #expect(refused == .dtd)
    }

    @Test func nestingIsBounded() {
        let xml = Array((String(repeating: "<a>", count: 20) + String(repeating: "</a>", count: 20)).utf8)
        var refused: XMLReadError?
        xml.withUnsafeBytes { raw in
            do throws(XMLPullFailure<Never>) { try XMLPullReader.walk(raw, maxDepth: 10) { (_: XMLPullNode) throws(Never) in } }
            catch { if case .reader(let e) = error { refused = e } }
        }
        #expect(refused == .tooDeep(limit: 10))
    }
}

@Suite struct MarkupPreScanTests {
    static func element(_ n: Int) -> [UInt8] {
        Array(("<?xml version=\"1.0\"?><root " + (0..<n).map { "a\($0)=\"x > y\"" }.joined(separator: " ") + " flag><c/></root>").utf8)
    }

    /// At the limit an element passes; one attribute more is refused (a `>` inside a quoted value
    /// does not end the tag).
    @Test func attributesAtTheLimitAndBeyond() {
        let limit = InputLimits().maxAttributes
        #expect(Self.element(limit - 1).withUnsafeBytes { MarkupPreScan.attributesWithinLimit($0, limit: limit) })
        #expect(!Self.element(limit).withUnsafeBytes { MarkupPreScan.attributesWithinLimit($0, limit: limit) })
    }
}

@Suite struct DepthPreScanTests {
    static func nested(_ n: Int) -> [UInt8] { Array(("<?xml version=\"1.0\"?>" + String(repeating: "<a x=\"/>\">", count: n) + "<b/>" + String(repeating: "</a>", count: n)).utf8) }

    /// At the limit the document passes; one level deeper is refused (a `/>` inside a quoted
    /// value does not close the element, `<b/>` opens nothing).
    @Test func depthAtTheLimitAndBeyond() {
        #expect(Self.nested(256).withUnsafeBytes { MarkupPreScan.depthWithinLimit($0, limit: 256) })
        #expect(!Self.nested(257).withUnsafeBytes { MarkupPreScan.depthWithinLimit($0, limit: 256) })
    }
}
