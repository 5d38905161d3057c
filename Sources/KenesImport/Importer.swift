import Foundation
import KenesAct
import KenesFormats

/// The formats an act arrives in.
public enum SourceFormat: String, Sendable, CaseIterable {
    case text, html, docx, akn
}

public struct ImportOptions: Sendable {
    public var format: SourceFormat?
    public var language: Language?
    /// DOCX tracked changes: the text with them accepted (default), or the original.
    public var acceptTrackedChanges = true
    /// Refuse a plain-text act that is not UTF-8 instead of reading it as Windows-1251.
    public var strictUTF8 = false
    public var limits = InputLimits()
    /// Warnings given one by one (`ParseOptions`).
    public var warningLimit = 100
    public init(format: SourceFormat? = nil, language: Language? = nil) { self.format = format; self.language = language }
}

/// Reads an act from plain text, the official portal's HTML page, or DOCX: the format told by
/// content, not by the file's name; the structure then read from the text exactly as for plain
/// text, so every format gives the same tree.
public enum Importer {
    /// ZIP (`PK\3\4`) is DOCX; markup starting with `<` (after a BOM and white space) and naming
    /// html, body, p, div or a DOCTYPE is HTML; anything else is text.
    public static func detect(_ bytes: [UInt8]) -> SourceFormat {
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return .docx }
        var i = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while i < bytes.count && (bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09) { i += 1 }
        guard i < bytes.count, bytes[i] == UInt8(ascii: "<") else { return .text }
        let head = String(decoding: bytes[i..<min(bytes.count, i + 1024)], as: UTF8.self).lowercased()
        if head.contains("<akomantoso") { return .akn }
        return ["<!doctype html", "<html", "<body", "<p", "<div", "<head", "<meta", "<h1", "<h2", "<h3"].contains { head.contains($0) } ? .html : .text
    }

    /// Refuses markup with an element carrying more than `limits.maxAttributes` attributes before
    /// libxml2, which checks them pairwise, reads it.
    static func checkAttributes(_ bytes: [UInt8], _ loc: FileLocation, _ limits: InputLimits) throws(ActInputError) {
        LibXML2.quiet()
        let ok = bytes.withUnsafeBytes { MarkupPreScan.attributesWithinLimit($0, limit: limits.maxAttributes) }
        if !ok { throw ActInputError(.tooLarge, loc, ImportMessages.attributes(limits.maxAttributes)) }
    }

    public static func load(path: String, options: ImportOptions = ImportOptions()) throws(ActInputError) -> Act {
        try load(bytes: SourceText.read(path: path), file: path, options: options)
    }

    public static func load(bytes: [UInt8], file: String, options: ImportOptions = ImportOptions()) throws(ActInputError) -> Act {
        let parse = ParseOptions(fileName: file, language: options.language, warningLimit: options.warningLimit)
        if let foreign = ForeignFile.sniff(bytes) {
            throw ActInputError(.unreadable, FileLocation(file: file, line: 1, column: 1), ImportMessages.foreign(foreign))
        }
        switch options.format ?? detect(bytes) {
        case .text:
            if !options.strictUTF8, let legacy = try SourceText.fromWindows1251(bytes, file: file) {
                return try ActParser.parse(bytes: legacy.bytes, options: parse).withWarning(legacy.warning, at: FileLocation(file: file, line: 1, column: 1))
            }
            return try ActParser.parse(bytes: bytes, options: parse)
        case .html:
            let page = try HTMLText.extract(bytes, file: file, limits: options.limits)
            var act = try ActParser.parse(text: page.text, options: parse).withEditionDate(page.editionDate)
            for w in page.warnings { act = act.withWarning(w, at: FileLocation(file: file, line: 1, column: 1)) }
            return act
        case .docx:
            let text = try DocxText.extract(bytes, file: file, options: options)
            return try ActParser.parse(text: text, options: parse)
        case .akn:
            let (text, language) = try AkomaNtosoText.extract(bytes, file: file, limits: options.limits)
            return try ActParser.parse(text: text, options: ParseOptions(fileName: file, language: options.language ?? language, warningLimit: options.warningLimit))
        }
    }
}
