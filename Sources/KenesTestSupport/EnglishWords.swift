import Foundation

/// The English words a Russian or Kazakh report holds, for the locale tests: Latin words a
/// reader would read, outside paths, eIds, rule ids, options (`--assign`), HTML markup and the
/// `allowed` list (formats, encodings, identifiers the files spell in Latin letters).
public enum EnglishWords {
    public static func of(_ text: String, html: Bool = false, allowed: Set<String>) -> [String] {
        var t = text
        if html {
            t = t.replacingOccurrences(of: "<(style|code)>[\\s\\S]*?</(style|code)>", with: " ", options: .regularExpression)
                .replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression)
        }
        for pattern in ["[\\w./-]*/[\\w./-]+", "\\b[a-z]+_[\\w-]+", "\\b[a-z]+(-[a-z0-9]+)+\\b", "--[a-z-]+", "&[a-z]+;"] {
            t = t.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
        }
        return t.split { !($0.isASCII && $0.isLetter) }.map { $0.lowercased() }.filter { $0.count > 1 && !allowed.contains($0) }
    }
}
