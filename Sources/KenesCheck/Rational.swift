import Foundation
import KenesAct

/// An exact fraction. Quotas are fractions of whole people: «not less than two thirds» is
/// met by exactly 2/3, which floating point cannot promise.
public struct Rational: Sendable, Hashable, Comparable, CustomStringConvertible, Codable {
    public let numerator: Int
    public let denominator: Int

    public init(_ numerator: Int, _ denominator: Int) {
        precondition(denominator != 0, "denominator is zero")
        let g = Rational.gcd(abs(numerator), abs(denominator))
        let sign = denominator < 0 ? -1 : 1
        self.numerator = sign * numerator / max(g, 1)
        self.denominator = sign * denominator / max(g, 1)
    }

    static func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? a : gcd(b, a % b) }

    /// `2/3`, `1/3`, `1`, `0.5`.
    public init?(parsing text: String) {
        let t = text.trimmingCharacters(in: .whitespaces)
        let parts = t.split(separator: "/")
        if parts.count == 2, let n = Int(parts[0].trimmingCharacters(in: .whitespaces)),
           let d = Int(parts[1].trimmingCharacters(in: .whitespaces)), d != 0 {
            self.init(n, d)
        } else if let n = Int(t) {
            self.init(n, 1)
        } else if let dot = t.firstIndex(of: "."), let whole = Int(t[..<dot]), let frac = Int(t[t.index(after: dot)...]) {
            let scale = Int(pow10(t.distance(from: dot, to: t.endIndex) - 1))
            self.init(whole * scale + frac, scale)
        } else {
            return nil
        }
    }

    public static func < (a: Rational, b: Rational) -> Bool { a.numerator * b.denominator < b.numerator * a.denominator }

    public var description: String { denominator == 1 ? "\(numerator)" : "\(numerator)/\(denominator)" }

    /// The percentage rounded half-up to `decimals` places, from the exact value: 9/16 → "56.3%".
    /// «56,3 %» in Russian and Kazakh (decimal comma, a space before the sign), «56.3%» in English.
    public func percent(locale: ReportLocale, decimals: Int = 1) -> String {
        let en = percent(decimals: decimals)
        return locale == .en ? en : en.replacingOccurrences(of: ".", with: ",").replacingOccurrences(of: "%", with: "\u{A0}%")
    }

    public func percent(decimals: Int = 1) -> String {
        let scale = pow10(decimals)
        // half-up: floor((2·n·100·scale + d) / (2·d)) for non-negative values
        let scaled = (2 * numerator * 100 * scale + denominator) / (2 * denominator)
        let whole = scaled / scale, frac = scaled % scale
        if decimals == 0 { return "\(whole)%" }
        let f = String(frac)
        return "\(whole).\(String(repeating: "0", count: decimals - f.count))\(f)%"
    }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let r = Rational(parsing: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a fraction: \(text)"))
        }
        self = r
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}

func pow10(_ n: Int) -> Int { (0..<max(n, 0)).reduce(1) { r, _ in r * 10 } }
