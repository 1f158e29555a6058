/// Text a reader sees, written once or once per language: `Cost` or `{en: Cost, es: Costo}`.
///
/// Only one language is rendered per site for now; the map keeps translations with the data so
/// that a Spanish edition needs no change to the catalog's shape.
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
}
