import Foundation
internal import Yams

/// Field readers for the catalog's kinds of value: ids, translatable text, URLs.
extension YAMLMap {
    /// A lowercase id (`twelve-step`), required.
    func id(in what: String, into diagnostics: inout [Diagnostic]) -> String? {
        guard let id = string("id", required: true, in: what, into: &diagnostics), let node = self["id"] else { return nil }
        guard Self.isValidID(id) else {
            diagnostics.append(source.error("id '\(id)' may only hold lowercase letters, digits and '-', starting with a letter or digit", at: node))
            return nil
        }
        return id
    }

    static func isValidID(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, ("a"..."z").contains(first) || ("0"..."9").contains(first) else { return false }
        return id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// Text a reader sees: a string, or a map of language tags to strings.
    func localized(_ key: String, required: Bool = false, in what: String, into diagnostics: inout [Diagnostic]) -> LocalizedText? {
        guard let value = self[key] else {
            if required { diagnostics.append(missing(key, in: what)) }
            return nil
        }
        return Self.localized(value, key: key, source: source, into: &diagnostics)
    }

    static func localized(_ value: Node, key: String, source: YAMLSource, into diagnostics: inout [Diagnostic]) -> LocalizedText? {
        if let scalar = value.scalar { return LocalizedText(scalar.string) }
        guard let mapping = value.mapping else {
            diagnostics.append(source.error("'\(key)' must be text, or a map of languages to text such as {en: Cost, es: Costo}", at: value))
            return nil
        }
        var translations: [String: String] = [:]
        for (language, text) in mapping {
            let tag = language.string ?? ""
            guard !tag.isEmpty, tag.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) else {
                diagnostics.append(source.error("'\(tag)' is not a language tag such as en or es", at: language))
                continue
            }
            guard let string = text.scalar?.string else {
                diagnostics.append(source.error("the '\(tag)' text of '\(key)' must be text, found \(text.kindName)", at: text))
                continue
            }
            translations[tag] = string
        }
        return translations.isEmpty ? nil : LocalizedText(translations: translations)
    }

    /// A list of texts a reader sees, each a string or a map of language tags to strings.
    func localizedList(_ key: String, into diagnostics: inout [Diagnostic]) -> [LocalizedText]? {
        guard let value = self[key] else { return nil }
        guard let sequence = value.sequence else {
            diagnostics.append(source.error("'\(key)' must be a list such as [English, Spanish], found \(value.describedValue)", at: value))
            return nil
        }
        return sequence.compactMap { Self.localized($0, key: key, source: source, into: &diagnostics) }
    }

    /// An address a reader can follow: http, https, mailto or tel (see `SafeURL`), and a path
    /// on this site when `allowingSitePaths` is set.
    func url(
        _ key: String, required: Bool = false, allowingSitePaths: Bool = false, in what: String,
        into diagnostics: inout [Diagnostic]
    ) -> String? {
        guard let text = string(key, required: required, in: what, into: &diagnostics), let node = self[key] else { return nil }
        if let problem = SafeURL.problem(text, allowingSitePaths: allowingSitePaths) {
            diagnostics.append(source.error("invalid address '\(SafeURL.shown(text))' for '\(key)': \(problem)", at: node))
            return nil
        }
        return text
    }
}
