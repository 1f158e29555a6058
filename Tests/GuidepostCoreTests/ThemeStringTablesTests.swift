import Foundation
@testable import GuidepostCore
import Testing

/// The default theme's word tables, `Templates/i18n/en.yml` and `es.yml`, against each other,
/// against the templates that use them and against the words Guidepost writes itself.
@Suite struct ThemeStringTablesTests {
    static let templates = TestSite.repositoryRoot.appendingPathComponent("Templates")

    /// A table of the default theme, read as a build reads it; problems in it are returned too.
    static func table(_ language: String) throws -> (values: [String: String], problems: [String]) {
        let url = templates.appendingPathComponent("\(ThemeStringTables.folder)/\(language).yml")
        let text = try String(contentsOf: url, encoding: .utf8)
        var diagnostics: [Diagnostic] = []
        let table = ThemeStringTables.table(YAMLSource(path: "Templates/i18n/\(language).yml", yaml: text), into: &diagnostics)
        return (table.values, diagnostics.map(\.description))
    }

    /// Every `t.key` written in a template of the default theme, with the templates that use it.
    static func usedKeys() throws -> [String: [String]] {
        let pattern = try Regex(#"\{\{[#^/&{]?\s*t\.([A-Za-z0-9_]+)"#)
        var used: [String: [String]] = [:]
        for (path, data) in TestSite.snapshot(of: templates) where path.hasSuffix(".mustache") {
            for match in String(decoding: data, as: UTF8.self).matches(of: pattern) {
                if let key = match.output[1].substring { used[String(key), default: []].append(path) }
            }
        }
        return used
    }

    @Test func bothTablesReadWithoutProblems() throws {
        #expect(try Self.table("en").problems == [])
        #expect(try Self.table("es").problems == [])
    }

    @Test func englishAndSpanishHaveTheSameKeys() throws {
        let english = Set(try Self.table("en").values.keys)
        let spanish = Set(try Self.table("es").values.keys)
        #expect(english.subtracting(spanish).sorted() == [], "keys missing from es.yml")
        #expect(spanish.subtracting(english).sorted() == [], "keys missing from en.yml")
    }

    @Test func everyKeyATemplateUsesIsInTheEnglishTable() throws {
        let english = try Self.table("en").values
        let used = try Self.usedKeys()
        #expect(used.count > 100, "the templates write their words as {{t.key}}")
        let missing = used.filter { english[$0.key] == nil }.mapValues { $0.sorted() }
        #expect(missing == [:])
    }

    @Test func everyWordGuidepostWritesIsInBothTables() throws {
        for language in ["en", "es"] {
            let values = try Self.table(language).values
            #expect(ThemeString.allCases.map(\.rawValue).filter { values[$0] == nil } == [], "missing from \(language).yml")
        }
    }

    @Test func theEnglishTableGivesGuidepostsOwnEnglish() throws {
        let english = try Self.table("en").values
        #expect(ThemeString.allCases.filter { english[$0.rawValue] != $0.english }.map(\.rawValue) == [])
    }

    @Test func noValueIsEmptyOrHTML() throws {
        for language in ["en", "es"] {
            let values = try Self.table(language).values
            #expect(values.filter { $0.value.trimmingCharacters(in: .whitespaces).isEmpty }.keys.sorted() == [], "empty in \(language).yml")
            #expect(values.filter { $0.value.contains("<") || $0.value.contains(">") }.keys.sorted() == [], "HTML in \(language).yml")
        }
    }

    /// A placeholder a script or Guidepost fills in must survive translation, or the number or
    /// name would be lost from the sentence.
    @Test func spanishKeepsEveryPlaceholderOfTheEnglish() throws {
        let english = try Self.table("en").values
        let spanish = try Self.table("es").values
        let placeholder = try Regex(#"\{[a-z]+\}"#)
        func names(_ text: String) -> Set<String> { Set(text.matches(of: placeholder).map { String(text[$0.range]) }) }
        let differing = english.keys.filter { key in spanish[key].map { names($0) != names(english[key] ?? "") } ?? false }
        #expect(differing.sorted() == [])
    }
}
