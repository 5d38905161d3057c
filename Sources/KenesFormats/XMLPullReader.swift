import CLibXML2
#if canImport(Glibc)
import Glibc
#endif

/// Why libxml2's reader stopped.
public enum XMLReadError: Error, Sendable, Equatable {
    case notXML
    case notWellFormed
    /// A DOCTYPE: refused, so that no entity is ever declared or loaded.
    case dtd
    case tooDeep(limit: Int)
    case tooManyAttributes(limit: Int)
}

/// A linear pass over markup before libxml2 sees it: no element may carry more than `limit`
/// attributes (counted as names after the element's own, outside quoted values).
public enum MarkupPreScan {
    /// Nesting deeper than `limit` elements in XML (not HTML, whose unclosed elements would count
    /// as nested): said as such before libxml2, which stops at its own depth with «not well-formed».
    public static func depthWithinLimit(_ b: UnsafeRawBufferPointer, limit: Int) -> Bool {
        var depth = 0, i = 0
        let n = b.count
        while i < n {
            guard b[i] == 0x3C, i + 1 < n else { i += 1; continue }
            let next = b[i + 1]
            if next == 0x2F { depth -= 1; i += 2; continue }                 // </
            guard (next | 0x20) >= 0x61 && (next | 0x20) <= 0x7A || next == 0x5F else { i += 1; continue }
            var quote: UInt8 = 0, j = i + 1
            while j < n {
                let c = b[j]
                if quote != 0 { if c == quote { quote = 0 } } else if c == 0x22 || c == 0x27 { quote = c } else if c == 0x3E { break }
                j += 1
            }
            if j < n && b[j - 1] != 0x2F { depth += 1; if depth > limit { return false } }   // not <x/>
            i = j + 1
        }
        return true
    }

    public static func attributesWithinLimit(_ b: UnsafeRawBufferPointer, limit: Int) -> Bool {
        var i = 0
        let n = b.count
        while i < n {
            guard b[i] == 0x3C else { i += 1; continue }                     // <
            i += 1
            guard i < n, (b[i] | 0x20) >= 0x61 && (b[i] | 0x20) <= 0x7A || b[i] == 0x5F else { continue }
            var count = 0, quote: UInt8 = 0, afterSpace = false
            while i < n {
                let c = b[i]
                if quote != 0 { if c == quote { quote = 0 } }
                else if c == 0x22 || c == 0x27 { quote = c }
                else if c == 0x3E { break }                                   // >
                else if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D { afterSpace = true }
                else if c == 0x3D { afterSpace = false }                      // = joins a name to its value
                else if afterSpace { count += 1; afterSpace = false; if count > limit { return false } }
                i += 1
            }
        }
        return true
    }
}

/// One node of a streaming read, valid only inside the `visit` call that receives it.
public struct XMLPullNode {
    let reader: OpaquePointer

    /// libxml2's node type: 1 element, 3 text, 14 significant white space, 15 end of element, …
    public var type: Int32 { xmlTextReaderNodeType(reader) }
    public var isEmptyElement: Bool { xmlTextReaderIsEmptyElement(reader) != 0 }
    /// The local name, interned by the reader (the same pointer for the same name), or nil.
    public var localNamePointer: UnsafeRawPointer? { xmlTextReaderConstLocalName(reader).map(UnsafeRawPointer.init) }
    public var namespacePointer: UnsafeRawPointer? { xmlTextReaderConstNamespaceUri(reader).map(UnsafeRawPointer.init) }

    /// Whether the local name is `literal` (ASCII), compared as C strings without making a String.
    @inline(__always) public func named(_ literal: StaticString) -> Bool {
        guard let name = xmlTextReaderConstLocalName(reader) else { return false }
        return strcmp(UnsafeRawPointer(name).assumingMemoryBound(to: CChar.self),
                      UnsafeRawPointer(literal.utf8Start).assumingMemoryBound(to: CChar.self)) == 0
    }

    public var value: String { xmlTextReaderConstValue(reader).map { String(cString: $0) } ?? "" }

    public func attribute(_ name: String, namespace: String? = nil) -> String? {
        let v = namespace.map { xmlTextReaderGetAttributeNs(reader, name, $0) } ?? xmlTextReaderGetAttribute(reader, name)
        guard let v else { return nil }
        defer { kenes_xml_free(v) }
        return String(cString: v)
    }
}

/// Streaming XML through libxml2's reader, with the defences every untrusted part gets: no
/// network, no entity substitution, DTDs refused, nesting bounded.
public enum XMLPullReader {
    /// `encoding` overrides the document's declaration (nil: as declared, else UTF-8).
    public static func walk<E: Error>(_ bytes: UnsafeRawBufferPointer, maxDepth: Int, maxAttributes: Int? = InputLimits().maxAttributes, encoding: String? = nil,
                                      _ visit: (XMLPullNode) throws(E) -> Void) throws(XMLPullFailure<E>) {
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        LibXML2.quiet()
        if let limit = maxAttributes, !MarkupPreScan.attributesWithinLimit(bytes, limit: limit) { throw .reader(.tooManyAttributes(limit: limit)) }
        guard let base = bytes.baseAddress?.assumingMemoryBound(to: CChar.self),
              let reader = xmlReaderForMemory(base, Int32(bytes.count), "part.xml", encoding, options) else {
            throw .reader(.notXML)
        }
        defer { xmlFreeTextReader(reader) }
        while true {
            let r = xmlTextReaderRead(reader)
            if r == 0 { return }
            if r < 0 { throw .reader(.notWellFormed) }
            if xmlTextReaderNodeType(reader) == 10 { throw .reader(.dtd) }
            if xmlTextReaderDepth(reader) > Int32(maxDepth) { throw .reader(.tooDeep(limit: maxDepth)) }
            do throws(E) { try visit(XMLPullNode(reader: reader)) } catch { throw .visitor(error) }
        }
    }
}

/// A failure of the reader itself, or one the visitor threw.
public enum XMLPullFailure<E: Error>: Error {
    case reader(XMLReadError)
    case visitor(E)
}

/// libxml2 as linked (Debian's libxml2-dev).
public enum LibXML2 {
    /// The version of the linked library, e.g. `2.9.14`.
    public static var version: String { String(cString: kenes_libxml_version()) }

    /// Drops the lines libxml2 would print to stderr itself (encoding and I/O errors): every
    /// failure is reported by Kenes, with the file and what to do. Idempotent.
    public static func quiet() { kenes_xml_quiet() }
}
