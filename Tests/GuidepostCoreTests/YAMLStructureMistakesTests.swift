import Foundation
@testable import GuidepostCore
import Testing

/// Mistakes in the shape of YAML, as a volunteer makes them: what is most likely wrong, said at
/// the line where it is.
@Suite struct YAMLStructureMistakesTests {
    func catalogFailure(replacing old: String, with new: String) async throws -> String {
        #expect(CatalogTestSite.catalog.contains(old))
        let site = try TestSite(files: CatalogTestSite.files(catalog: CatalogTestSite.catalog.replacingOccurrences(of: old, with: new)))
        defer { site.remove() }
        return await site.failure()
    }

    @Test func aGroupWithoutItsDashIsANewGroupToStart() async throws {
        #expect(try await catalogFailure(replacing: "  - id: smart\n", with: "    id: smart\n") == """
        Content/catalog.yml:39:5: error: duplicate key 'id': it is already set on line 24, where this group starts; to start a new group here, write '- ' before 'id', with the '-' lined up with the '-' on line 24
            id: smart
            ^
        """)
    }

    @Test func aKeyWrittenTwiceInsideAGroupIsOnlyADuplicate() async throws {
        #expect(try await catalogFailure(replacing: "    reviewed: 2026-10-02\n", with: "    reviewed: 2026-10-02\n    name: SMART\n") == """
        Content/catalog.yml:49:5: error: duplicate key 'name': it is already set on line 40; keep only one of them
            name: SMART
            ^
        """)
    }

    @Test func aKeyIndentedTooFarIsLinedUp() async throws {
        #expect(try await catalogFailure(
            replacing: "    type: fellowship\n    summary: A fellowship", with: "    type: fellowship\n     summary: A fellowship"
        ) == """
        Content/catalog.yml:28:6: error: invalid YAML: 'summary' is indented 1 space more than 'type' on line 27, so it reads as more of the text of 'type'; line 'summary' up with 'type'
             summary: A fellowship for people with a drinking problem.
             ^
        """)
    }

    @Test func textWithAColonStillGetsQuotesAdvice() async throws {
        #expect(try await catalogFailure(replacing: "    summary: Self-management tools.\n", with: "    summary: Tools: self-management.\n") == """
        Content/catalog.yml:42:19: error: invalid YAML: unexpected ':'; put text that contains ': ' in quotes, or check the indentation of this line
            summary: Tools: self-management.
                          ^
        """)
    }

    @Test func valuesNotIndentedUnderValuesAreToIndent() async throws {
        #expect(try await catalogFailure(replacing: "    values:\n      approach: secular\n", with: "    values:\n    approach: secular\n") == """
        Content/catalog.yml:44:5: error: unknown key 'approach' in a group; it belongs under 'values:' on line 43: indent it further than 'values'
            approach: secular
            ^
        """)
    }

    @Test func aDimensionWithoutValuesIsToPutUnderValues() async throws {
        #expect(try await catalogFailure(replacing: "    values:\n      approach: secular\n", with: "    approach: secular\n") == """
        Content/catalog.yml:43:5: error: unknown key 'approach' in a group; it belongs under a 'values:' key: add 'values:' and indent it under that
            approach: secular
            ^
        """)
    }

    @Test func settingsNotIndentedUnderTheirGroupAreToIndent() {
        var diagnostics: [Diagnostic] = []
        _ = SiteConfigLoader(source: YAMLSource(path: "Content/site.yml", yaml: """
        title: Guide
        base_url: https://example.org/
        markdown:
        raw_html: true
        """)).load(into: &diagnostics)
        #expect(BuildFailure(diagnostics).description == """
        Content/site.yml:4:1: error: unknown key 'raw_html' in site.yml; it belongs under 'markdown:' on line 3: indent it further than 'markdown'
        raw_html: true
        ^
        """)
    }

    @Test func aMenuEntryWithoutItsDashIsANewEntryToStart() {
        var diagnostics: [Diagnostic] = []
        _ = SiteConfigLoader(source: YAMLSource(path: "Content/site.yml", yaml: """
        title: Guide
        base_url: https://example.org/
        menu:
          - title: Learn
            url: /learn/
            title: About
            url: /about/
        """)).load(into: &diagnostics)
        #expect(BuildFailure(diagnostics).description == """
        Content/site.yml:6:5: error: duplicate key 'title': it is already set on line 4, where this menu entry starts; to start a new menu entry here, write '- ' before 'title', with the '-' lined up with the '-' on line 4
            title: About
            ^
        """)
    }
}
