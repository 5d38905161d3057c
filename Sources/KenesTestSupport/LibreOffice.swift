import Foundation

/// Documents turned into PDF by LibreOffice (Debian's `soffice`, one call for all of them) and
/// read back with poppler's `pdfinfo` and `pdftotext`: what a clerk would see when printing.
public enum LibreOffice {
    public struct PDF: Sendable {
        public var pages: Int
        /// The text of each page, in order.
        public var pageTexts: [String]
    }

    /// nil when `soffice` is not installed (`.ci/run` installs it; under `CI=true` a test must
    /// fail rather than skip).
    public static var soffice: String? {
        ["/usr/bin/soffice", "/usr/local/bin/soffice"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    static func run(_ tool: String, _ arguments: [String]) throws -> String { try Subprocess.run(tool, arguments).output }

    /// Converts `documents` (DOCX) in `folder` to PDF and reads each: pages and their text.
    public static func render(_ documents: [URL], in folder: URL) throws -> [String: PDF] {
        guard let soffice else { return [:] }
        // a profile of its own: a second LibreOffice running with the user's would refuse to start
        _ = try run(soffice, ["-env:UserInstallation=file://\(folder.path)/profile", "--headless", "--convert-to", "pdf",
                              "--outdir", folder.path] + documents.map(\.path))
        var out: [String: PDF] = [:]
        for d in documents {
            let pdf = folder.appendingPathComponent(d.deletingPathExtension().lastPathComponent + ".pdf").path
            guard FileManager.default.fileExists(atPath: pdf) else { continue }
            let info = try run("/usr/bin/pdfinfo", [pdf])
            let pages = info.split(separator: "\n").first { $0.hasPrefix("Pages:") }.flatMap { Int($0.split(separator: " ").last ?? "") } ?? 0
            let texts = try (1...max(pages, 1)).map { try run("/usr/bin/pdftotext", ["-f", "\($0)", "-l", "\($0)", "-layout", pdf, "-"]) }
            out[d.lastPathComponent] = PDF(pages: pages, pageTexts: pages == 0 ? [] : texts)
        }
        return out
    }

    /// Page images for README (`pdftoppm`, PNG at `dpi`).
    public static func pageImages(_ pdf: URL, pages: ClosedRange<Int>, dpi: Int, to prefix: URL) throws {
        _ = try run("/usr/bin/pdftoppm", ["-r", "\(dpi)", "-png", "-f", "\(pages.lowerBound)", "-l", "\(pages.upperBound)", pdf.path, prefix.path])
    }
}
