@testable import GuidepostCore
import Testing

/// True or false and whole numbers read the same whether quoted or not: content systems quote.
@Suite struct ScalarReadingTests {
    @Test(arguments: [
        ("true", true), ("True", true), ("yes", true), ("on", true), (" true ", true),
        ("false", false), ("FALSE", false), ("no", false), ("off", false),
    ])
    func readsTrueAndFalse(_ text: String, _ value: Bool) {
        #expect(ScalarReading.bool(text) == value)
    }

    @Test(arguments: ["", "maybe", "tRuE", "1", "t"])
    func refusesOtherWordsForTrueAndFalse(_ text: String) {
        #expect(ScalarReading.bool(text) == nil)
    }

    @Test(arguments: [
        ("10", 10), ("-3", -3), ("+7", 7), ("010", 10), ("09", 9), ("0x14", 20), ("0o17", 15), ("0b101", 5),
        ("1_000", 1000), (" 42 ", 42), ("9223372036854775807", Int.max),
    ])
    func readsWholeNumbers(_ text: String, _ value: Int) {
        #expect(ScalarReading.int(text) == .number(value))
    }

    @Test(arguments: ["", "heavy", "2.5", "1:30", "_1", "1_", "0x", "-", "1e3", "0xZZ", "１２"])
    func refusesWhatIsNotAWholeNumber(_ text: String) {
        #expect(ScalarReading.int(text) == .notANumber)
    }

    @Test(arguments: ["99999999999999999999", "-99999999999999999999", "0xFFFFFFFFFFFFFFFFFF"])
    func saysTooBigOnlyForNumbersTooBig(_ text: String) {
        #expect(ScalarReading.int(text) == .tooBig)
    }

    @Test func frontMatterTakesQuotedValues() async throws {
        let site = try TestSite(files: [
            "Content/learn/next.md": "---\ntitle: Next\ndraft: \"false\"\nweight: \"10\"\n---\nText.\n",
            "Content/learn/extra.md": "---\ntitle: Extra\ndraft: 'true'\n---\nText.\n",
        ])
        defer { site.remove() }
        let rendered = try await site.render()
        #expect(rendered.pages["learn/next/index.html"] != nil)
        #expect(rendered.pages["learn/extra/index.html"] == nil)
    }

    @Test func siteSettingsTakeQuotedValues() throws {
        var diagnostics: [Diagnostic] = []
        let config = SiteConfigLoader(source: YAMLSource(path: "Content/site.yml", yaml: """
        title: Guide
        base_url: https://example.org/
        markdown:
          raw_html: "true"
          smart_punctuation: 'no'
        catalog:
          review_after_days: "180"
        """)).load(into: &diagnostics)
        #expect(diagnostics.isEmpty)
        let site = try #require(config)
        #expect(site.markdown.rawHTML && !site.markdown.smartPunctuation)
        #expect(site.reviewAfterDays == 180)
    }

    @Test func theCatalogTakesQuotedValues() async throws {
        let catalog = CatalogTestSite.catalog
            .replacingOccurrences(of: "    multiple: true\n", with: "    multiple: \"true\"\n")
            .replacingOccurrences(of: "      groups: [smart, aa]\n", with: "      all_groups: 'true'\n")
        let site = try TestSite(files: CatalogTestSite.files(catalog: catalog))
        defer { site.remove() }
        let rendered = try await site.render()
        #expect(rendered.catalog.dimension("format")?.allowsMultiple == true)
        #expect(rendered.catalog.comparison("basics")?.rows == .allGroups)
    }

    @Test func aQuotedWordThatIsNotAValueIsStillRefused() {
        var diagnostics: [Diagnostic] = []
        _ = SiteConfigLoader(source: YAMLSource(path: "Content/site.yml", yaml: """
        title: Guide
        base_url: https://example.org/
        markdown:
          raw_html: "sure"
        catalog:
          review_after_days: "half a year"
        """)).load(into: &diagnostics)
        #expect(BuildFailure(diagnostics).description == """
        Content/site.yml:4:13: error: 'raw_html' must be true or false, found 'sure'
          raw_html: "sure"
                    ^
        Content/site.yml:6:22: error: 'review_after_days' must be a whole number, found 'half a year'
          review_after_days: "half a year"
                             ^
        """)
    }
}
