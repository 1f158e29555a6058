import Foundation
internal import Yams

/// Reads the tables of the theme's words, `Templates/i18n/<language>.yml`, and the publisher's
/// own, `Content/i18n/<language>.yml`, and makes the strings of each edition.
///
/// A word missing from a language's tables falls back to English, with a warning naming its
/// key: a build never fails over a missing translation.
struct ThemeStringTables: Sendable {
    static let folder = "i18n"
    /// The language every table falls back to.
    static let referenceLanguage = "en"

    /// One table as read: text by key, and where each key was written.
    struct Table: Sendable {
        var displayPath: String
        var values: [String: String] = [:]
        var locations: [String: SourceLocation] = [:]
    }

    /// The theme's tables and the publisher's, by language.
    var theme: [String: Table] = [:]
    var publisher: [String: Table] = [:]
    /// How the theme's folder of tables is named in messages.
    var themeDisplayFolder: String

    /// Reads every `.yml` file of the two folders; problems in them (not text, not a mapping)
    /// are errors at their place.
    static func load(
        templatesFolder: URL, templatesDisplay: String, contentFolder: URL, contentDisplay: String,
        into diagnostics: inout [Diagnostic]
    ) -> ThemeStringTables {
        var tables = ThemeStringTables(themeDisplayFolder: "\(templatesDisplay)/\(folder)")
        tables.theme = read(templatesFolder.appendingPathComponent(folder), display: "\(templatesDisplay)/\(folder)", into: &diagnostics)
        tables.publisher = read(contentFolder.appendingPathComponent(folder), display: "\(contentDisplay)/\(folder)", into: &diagnostics)
        return tables
    }

    private static func read(_ folder: URL, display: String, into diagnostics: inout [Diagnostic]) -> [String: Table] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return [:] }
        var tables: [String: Table] = [:]
        for name in names.sorted() where name.hasSuffix(".yml") || name.hasSuffix(".yaml") {
            let language = String(name[..<(name.lastIndex(of: ".") ?? name.endIndex)])
            let displayPath = "\(display)/\(name)"
            guard SiteConfigLoader.isLanguageTag(language) else {
                diagnostics.append(Diagnostic(at: SourceLocation(file: displayPath), "a table of theme strings is named after its language, such as en.yml or es.yml; '\(language)' is not a language tag"))
                continue
            }
            switch SourceFile.read(folder.appendingPathComponent(name), relativePath: name, displayPath: displayPath) {
            case .failure(let problem):
                diagnostics.append(problem)
            case .success(let file):
                tables[language] = table(YAMLSource(path: displayPath, yaml: file.text), into: &diagnostics)
            }
        }
        return tables
    }

    static func table(_ source: YAMLSource, into diagnostics: inout [Diagnostic]) -> Table {
        var table = Table(displayPath: source.path)
        guard let map = source.rootMap(what: "a table of theme strings", emptyMessage: nil, into: &diagnostics) else { return table }
        for (keyNode, value) in map.mapping {
            guard let key = keyNode.string, !key.isEmpty else { continue }
            guard let text = value.scalar?.string else {
                diagnostics.append(source.error("the text of '\(key)' must be text, found \(value.kindName)", at: value))
                continue
            }
            table.values[key] = text
            table.locations[key] = source.location(of: keyNode)
        }
        return table
    }

    /// Every key any English table or Guidepost itself uses: the keys a complete translation has.
    var keys: [String] {
        var keys = Set(ThemeString.allCases.map(\.rawValue))
        keys.formUnion(theme[Self.referenceLanguage]?.values.keys ?? [:].keys)
        keys.formUnion(publisher[Self.referenceLanguage]?.values.keys ?? [:].keys)
        return keys.sorted()
    }

    /// Where a missing key of `language` should be added: its publisher table, else its theme
    /// table, else the theme's table to create.
    func tablePath(for language: String) -> String {
        publisher[language]?.displayPath ?? theme[language]?.displayPath ?? "\(themeDisplayFolder)/\(language).yml"
    }

    /// The keys with no text in `language` (nor in its base language, `es` for `es-US`).
    func missingKeys(in language: String) -> [String] {
        let chain = Self.chain(of: language)
        return keys.filter { key in !chain.contains { theme[$0]?.values[key] != nil || publisher[$0]?.values[key] != nil } }
    }

    /// The strings of an edition in `language`.
    func strings(for language: String) -> ThemeStrings {
        var values: [String: String] = [:]
        // English first, then the base language, then the language itself; at each step the
        // publisher's table over the theme's.
        var order = [Self.referenceLanguage]
        for tag in Self.chain(of: language).reversed() where !order.contains(tag) { order.append(tag) }
        for tag in order {
            values.merge(theme[tag]?.values ?? [:]) { _, new in new }
            values.merge(publisher[tag]?.values ?? [:]) { _, new in new }
        }
        return ThemeStrings(language: language, values: values)
    }

    /// One warning per language of `languages` with keys missing, naming each key; none for
    /// English, whose words Guidepost and the theme always have.
    func warnings(for languages: [String]) -> [Diagnostic] {
        languages.filter { !Self.chain(of: $0).contains(Self.referenceLanguage) }.compactMap { language in
            let missing = missingKeys(in: language)
            guard !missing.isEmpty else { return nil }
            let shown = missing.prefix(8).map { "'\($0)'" }.joined(separator: ", ") + (missing.count > 8 ? " and \(missing.count - 8) more" : "")
            return Diagnostic(
                .warning, at: SourceLocation(file: tablePath(for: language)),
                "\(missing.count) theme \(missing.count == 1 ? "string has" : "strings have") no '\(language)' text, so English is shown: \(shown); add \(missing.count == 1 ? "it" : "them") to \(tablePath(for: language)) (guidepost check lists them all)"
            )
        }
    }

    /// `es-US` -> [`es-US`, `es`]; `en` -> [`en`].
    static func chain(of language: String) -> [String] {
        guard let dash = language.firstIndex(of: "-") else { return [language] }
        return [language, String(language[..<dash])]
    }
}
