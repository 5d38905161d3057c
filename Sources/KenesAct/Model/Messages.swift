import CICUShim

/// The language a person reads a report, an error or a page in: Russian, Kazakh, or English
/// when asked for. Acts are Russian or Kazakh (`Language`); reports can also be English.
public enum ReportLocale: String, Sendable, Codable, CaseIterable {
    case ru, kk, en

    public init(_ language: Language) { self = language == .kk ? .kk : .ru }

    /// `--locale` when given, else `KENES_LOCALE`, else the language of what is reported on
    /// (the act, the roster's headers), else Russian. `LANG` is not read: a report is in the
    /// language of its act, not of the machine it was made on.
    public static func choose(option: String?, environment: [String: String], content: Language?) throws(LocaleError) -> ReportLocale {
        for (value, source) in [(option, "--locale"), (environment["KENES_LOCALE"], "KENES_LOCALE")] {
            guard let value, !value.isEmpty else { continue }
            guard let l = ReportLocale(rawValue: value.lowercased()) else { throw LocaleError(value: value, source: source) }
            return l
        }
        return content.map(ReportLocale.init) ?? .ru
    }

    /// CLDR's plural category of `n` here, from ICU: Russian has one/few/many («1 член, 2 члена,
    /// 5 членов»), Kazakh does not agree nouns with numerals, English has one/other.
    public func pluralCategory(_ n: Int) -> String {
        var buf = [CChar](repeating: 0, count: 16)
        let len = kenes_plural_category(rawValue, Double(n), &buf, 16)
        return len > 0 ? String(decoding: buf[..<Int(len)].map { UInt8(bitPattern: $0) }, as: UTF8.self) : "other"
    }

    /// `n` with the noun in the form the count takes: `forms` are Russian (one, few, many) or
    /// English (one, other); a Kazakh noun has one form.
    public func count(_ n: Int, _ forms: String...) -> String {
        let form: String
        switch (self, pluralCategory(n)) {
        case (.ru, "one"): form = forms[0]
        case (.ru, "few"): form = forms[min(1, forms.count - 1)]
        case (.ru, _): form = forms[min(2, forms.count - 1)]
        case (.en, "one"): form = forms[0]
        case (.en, _): form = forms[min(1, forms.count - 1)]
        case (.kk, _): form = forms[0]
        }
        return "\(n) \(form)"
    }
}

/// An input or a request refused: where (`file:line`, or nothing) and why, in the three
/// languages. Every error a person reads is one, so that none is left in English only.
public protocol Refusal: Error, Sendable {
    /// `file:line[:column]`, or nil when the refusal is about no one place.
    var place: String? { get }
    var text: Message { get }
}

extension Refusal {
    /// «file:3: ошибка: …» in `locale`.
    public func description(_ locale: ReportLocale) -> String { text.refusal(at: place, locale) }
}

/// `--locale` or `KENES_LOCALE` names no language Kenes reports in.
public struct LocaleError: Refusal, CustomStringConvertible {
    public var value: String
    public var source: String
    public var place: String? { nil }
    public var text: Message {
        Message(ru: "\(source) «\(value)»: отчёты бывают на ru, kk или en", kk: "\(source) «\(value)»: есептер ru, kk немесе en тілінде болады",
                en: "\(source) «\(value)»: reports are in ru, kk or en")
    }
    public var description: String { description(.en) }
}

/// A sentence for a person in the three languages, written where it arises and read in the
/// report's language. Every message of a report is one of these, so that none is left in one
/// language only (the locale test reads every report in every locale).
public struct Message: Sendable, Equatable, Hashable, Codable, CustomStringConvertible {
    public var ru: String
    public var kk: String
    public var en: String

    public init(ru: String, kk: String, en: String) { self.ru = ru; self.kk = kk; self.en = en }

    /// Names, numbers and quotes that read the same in every language.
    public init(verbatim: String) { ru = verbatim; kk = verbatim; en = verbatim }

    public subscript(_ locale: ReportLocale) -> String {
        switch locale { case .ru: ru; case .kk: kk; case .en: en }
    }

    /// `{ru, kk, en}`, or one string for all three (a rule file written in one language).
    public init(from decoder: Decoder) throws {
        if let one = try? decoder.singleValueContainer().decode(String.self) { self.init(verbatim: one); return }
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(ru: try c.decode(String.self, forKey: .ru), kk: try c.decode(String.self, forKey: .kk), en: try c.decode(String.self, forKey: .en))
    }

    /// Written in one language only (names, quotes, a message not yet translated).
    public var isVerbatim: Bool { ru == en && kk == en }

    /// The words that open a line of an error or a warning: «ошибка», «ескерту», «error».
    public static let error = Message(ru: "ошибка", kk: "қате", en: "error")
    public static let warning = Message(ru: "предупреждение", kk: "ескерту", en: "warning")

    /// «file:line: ошибка: …» in `locale`; a message in one language only keeps the English frame.
    public func refusal(at place: String?, _ locale: ReportLocale, warning: Bool = false) -> String {
        let l = isVerbatim ? .en : locale
        return (place.map { "\($0): " } ?? "") + (warning ? Message.warning : Message.error)[l] + ": " + self[l]
    }

    /// English, for logs and debugging.
    public var description: String { en }

    /// The message built the same way in each language.
    public static func each(_ build: (ReportLocale) -> String) -> Message {
        Message(ru: build(.ru), kk: build(.kk), en: build(.en))
    }

    public static func + (a: Message, b: Message) -> Message { .each { a[$0] + b[$0] } }
}
