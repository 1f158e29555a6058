/// The language a Markdown file is written in, from its name: `choosing-a-group.es.md` is the
/// Spanish translation of `choosing-a-group.md`; a name without a suffix is in the default
/// language.
struct ContentLanguage: Sendable, Hashable {
    /// The path without the suffix: `learn/kinds.md` for `learn/kinds.es.md`.
    var basePath: String
    /// The suffix, `es`; nil for a file in the default language.
    var suffix: String?

    /// Splits `path` (relative to `Content/`). A suffix is one of `languages` (any case), or
    /// anything shaped like a language tag (`fr`, `pt-BR`), so that a translation into a
    /// language the site does not list is reported rather than published as a page of its own.
    init(path: String, languages: [String]) {
        basePath = path
        guard path.hasSuffix(".md") else { return }
        let stem = path.dropLast(3)
        let nameStart = stem.lastIndex(of: "/").map { stem.index(after: $0) } ?? stem.startIndex
        guard let dot = stem[nameStart...].lastIndex(of: "."), dot > nameStart else { return }
        let tag = String(stem[stem.index(after: dot)...])
        guard languages.contains(where: { $0.lowercased() == tag.lowercased() }) || Self.looksLikeLanguageTag(tag) else { return }
        basePath = String(stem[..<dot]) + ".md"
        suffix = languages.first { $0.lowercased() == tag.lowercased() } ?? tag
    }

    /// `es`, `pt-BR`, `es-419`: two lowercase letters, optionally a region.
    static func looksLikeLanguageTag(_ tag: String) -> Bool {
        let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
        guard let language = parts.first, language.count == 2, language.allSatisfy({ $0.isASCII && $0.isLowercase }) else { return false }
        guard parts.count > 1 else { return true }
        guard parts.count == 2 else { return false }
        let region = parts[1]
        return (region.count == 2 && region.allSatisfy { $0.isASCII && $0.isLetter }) || (region.count == 3 && region.allSatisfy { $0.isASCII && $0.isNumber })
    }

    /// The file's name without a language suffix, as a file in the default language is named.
    var baseName: String {
        basePath.split(separator: "/").last.map(String.init) ?? basePath
    }
}
