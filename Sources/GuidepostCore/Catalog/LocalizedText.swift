/// Text a reader sees, written once or once per language: `Cost` or `{en: Cost, es: Costo}`.
///
/// Each edition of a site shows the text in its language; where there is none, the default
/// language's text is shown, marked with its language (`fallbackLanguage(for:defaultLanguage:)`).
public struct LocalizedText: Sendable, Hashable {
    /// Text by language tag; a plain string is stored under `""`.
    public var translations: [String: String]

    public init(_ text: String) {
        translations = ["": text]
    }

    public init(translations: [String: String]) {
        self.translations = translations
    }

    /// The text in `language`, else its base language (`es` for `es-US`), else the plain or
    /// English text, else the first translation by tag.
    public func resolved(for language: String) -> String {
        if let text = translations[language] { return text }
        if let base = language.split(separator: "-").first, let text = translations[String(base)] { return text }
        if let text = translations[""] ?? translations["en"] { return text }
        return translations.sorted { $0.key < $1.key }.first?.value ?? ""
    }

    /// Whether there is text written for `language` (or its base language).
    public func isTranslated(into language: String) -> Bool {
        translations[language] != nil || language.split(separator: "-").first.map { translations[String($0)] != nil } == true
    }

    /// The language of the text `resolved(for:)` gives when it is not in `language`: the
    /// default language for text written once; nil when the text is in `language`.
    public func fallbackLanguage(for language: String, defaultLanguage: String) -> String? {
        guard !isTranslated(into: language) else { return nil }
        if translations[""] != nil { return language == defaultLanguage ? nil : defaultLanguage }
        if translations["en"] != nil { return "en" }
        return translations.keys.sorted().first
    }

    /// The text for `language`, escaped for HTML, in a `<span lang>` when it is in another
    /// language, so that screen readers pronounce it right.
    public func html(for language: String, defaultLanguage: String) -> String {
        let text = HTML.escape(resolved(for: language))
        guard let other = fallbackLanguage(for: language, defaultLanguage: defaultLanguage), other != language else { return text }
        return "<span lang=\"\(HTML.escape(other))\">\(text)</span>"
    }
}
