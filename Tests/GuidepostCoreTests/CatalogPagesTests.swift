import Foundation
@testable import GuidepostCore
import Testing

@Suite struct CatalogPagesTests {
    @Test func writesAPageForEveryGroupTypeAndComparison() async throws {
        let site = try TestSite(files: CatalogTestSite.files())
        defer { site.remove() }
        let paths = try await site.render().paths
        for path in ["groups/index.html", "groups/aa/index.html", "groups/smart/index.html", "types/fellowship/index.html", "compare/basics/index.html"] {
            #expect(paths.contains(path), "\(path)")
        }
    }

    @Test func rendersAnAccessibleComparisonTable() async throws {
        let site = try TestSite(files: CatalogTestSite.files())
        defer { site.remove() }
        let page = try #require(try await site.render().pages["compare/basics/index.html"])
        #expect(page == """
        <html lang="en"><title>Two groups</title><nav><a href="tel:988">Call 988</a></nav><main><h1>Two groups</h1>\
        <div class="table-wrap comparison" role="region" tabindex="0" aria-labelledby="comparison-basics-caption">
        <table class="comparison-table" id="comparison-basics">
        <caption id="comparison-basics-caption">Two groups</caption>
        <thead>
        <tr><th scope="col">Group</th><th scope="col">Approach</th><th scope="col">Format</th><th scope="col">Website</th></tr>
        </thead>
        <tbody>
        <tr><th scope="row"><a href="/guide/groups/smart/">SMART &lt;Recovery&gt;</a></th>\
        <td data-label="Approach" data-values="secular" data-sort="1">Secular</td><td class="not-listed" data-label="Format">Not listed</td><td class="not-listed" data-label="Website">Not listed</td></tr>
        <tr><th scope="row"><a href="/guide/groups/aa/">Alcoholics Anonymous (AA)</a></th>\
        <td data-label="Approach" data-values="twelve-step" data-sort="0">12-step</td><td data-label="Format" data-values="in-person online" data-sort="0" data-ranks="0 1">In person, Online</td>\
        <td data-label="Website"><a rel="noopener noreferrer" href="https://www.aa.org/">aa.org</a></td></tr>
        </tbody>
        </table>
        </div>
        </main></html>

        """)
    }

    static let columnsTemplate = """
    {{#page.columns}}{{number}} {{id}} {{label}} {{#shown}}shown{{/shown}}{{^shown}}hidden{{/shown}}; {{/page.columns}}\
    hidden: {{page.hidden_columns}}
    """

    @Test func groupsPageOffersItsColumnsWithTheCatalogsDefaultsShown() async throws {
        let site = try TestSite(files: CatalogTestSite.files(catalog: "default_columns: [format, type]\n" + CatalogTestSite.catalog, [
            "Templates/groups.mustache": Self.columnsTemplate,
        ]))
        defer { site.remove() }
        let page = try #require(try await site.render().pages["groups/index.html"])
        #expect(page.contains("<main>2 type Kind of group shown; 3 approach Approach hidden; 4 format Format shown; 5 languages Languages hidden; hidden: 2</main>"))
    }

    @Test func aTypePageOffersItsColumnsWithTheSummaryAndTheDefaultsShown() async throws {
        let site = try TestSite(files: CatalogTestSite.files(catalog: "default_columns: [format, type]\n" + CatalogTestSite.catalog, [
            "Templates/group-type.mustache": Self.columnsTemplate,
        ]))
        defer { site.remove() }
        let page = try #require(try await site.render().pages["types/fellowship/index.html"])
        #expect(page.contains("<main>2 summary In short shown; 3 approach Approach hidden; 4 format Format shown; 5 languages Languages hidden; hidden: 2</main>"))
    }

    @Test func groupsPageShowsEveryColumnWithoutDefaults() async throws {
        let site = try TestSite(files: CatalogTestSite.files(["Templates/groups.mustache": Self.columnsTemplate]))
        defer { site.remove() }
        let page = try #require(try await site.render().pages["groups/index.html"])
        #expect(page.contains("<main>2 type Kind of group shown; 3 approach Approach shown; 4 format Format shown; 5 languages Languages shown; hidden: </main>"))
    }

    @Test func groupPageShowsValuesWithLabelsAndRelatedGroups() async throws {
        let site = try TestSite(files: CatalogTestSite.files())
        defer { site.remove() }
        let page = try #require(try await site.render().pages["groups/aa/index.html"])
        #expect(page.contains("<h1>Alcoholics Anonymous</h1><dt>Approach</dt><dd>12-step</dd><dt>Format</dt><dd>In person, Online</dd><dt>Languages</dt><dd>Many</dd><a href=\"/guide/groups/smart/\">SMART &lt;Recovery&gt;</a>"))
    }

    @Test func rendersLabelsInTheSiteLanguage() async throws {
        let site = try TestSite(files: CatalogTestSite.files([
            "Content/site.yml": "title: Guía\nbase_url: https://example.org/\nlanguage: es-US\n",
        ]))
        defer { site.remove() }
        let page = try #require(try await site.render().pages["groups/aa/index.html"])
        #expect(page.contains("<dt>Enfoque</dt>"))
    }

    @Test func embedsNamedAndAdHocComparisonsInArticles() async throws {
        let article = """
        ---
        title: Next
        ---
        See [AA](group:aa) and [the table](compare:basics).

        ```comparison basics
        ```

        ```comparison
        caption: Just AA
        rows:
          groups: [aa]
        columns: [summary]
        ```
        """
        let site = try TestSite(files: CatalogTestSite.files(["Content/learn/next.md": article]))
        defer { site.remove() }
        let page = try #require(try await site.render().pages["learn/next/index.html"])
        #expect(page.contains(#"<a href="/guide/groups/aa/">AA</a> and <a href="/guide/compare/basics/">the table</a>"#))
        #expect(page.contains(#"<table class="comparison-table" id="comparison-basics">"#))
        #expect(page.contains(#"<caption id="comparison-inline-2-caption">Just AA</caption>"#))
        #expect(page.contains(#"<td data-label="In short">A fellowship for people with a drinking problem.</td>"#))
    }

    /// Markdown adds `rel` to every outbound link it renders; a table's own links already have
    /// one, and an attribute given twice is invalid HTML.
    @Test func outboundLinksInAnEmbeddedTableHaveOneRel() async throws {
        let article = "---\ntitle: Next\n---\nSee [AA](https://www.aa.org/about/).\n\n```comparison basics\n```\n"
        let site = try TestSite(files: CatalogTestSite.files(["Content/learn/next.md": article]))
        defer { site.remove() }
        let page = try #require(try await site.render().pages["learn/next/index.html"])
        #expect(page.contains(#"<a rel="noopener noreferrer" href="https://www.aa.org/">aa.org</a>"#))
        #expect(page.contains(#"<a rel="noopener noreferrer" href="https://www.aa.org/about/">AA</a>"#))
        #expect(page.components(separatedBy: "rel=").count - 1 == 2)
    }

    @Test func givesARepeatedTableIdsOfItsOwn() async throws {
        let article = "---\ntitle: Next\n---\n```comparison basics\n```\n\n```comparison basics\n```\n"
        let site = try TestSite(files: CatalogTestSite.files(["Content/learn/next.md": article]))
        defer { site.remove() }
        let page = try #require(try await site.render().pages["learn/next/index.html"])
        #expect(page.contains(#"<table class="comparison-table" id="comparison-basics">"#))
        #expect(page.contains(#"<table class="comparison-table" id="comparison-basics-2">"#))
        #expect(page.contains(#"aria-labelledby="comparison-basics-2-caption""#))
    }

    @Test func leavesEmptyValuesOut() async throws {
        let catalog = CatalogTestSite.catalog.replacingOccurrences(of: "      format: [in-person, online]\n      languages: Many\n", with: "      format: []\n      languages: \" \"\n")
        let site = try TestSite(files: CatalogTestSite.files(catalog: catalog))
        defer { site.remove() }
        let page = try #require(try await site.render().pages["groups/aa/index.html"])
        #expect(page.contains("<dt>Approach</dt><dd>12-step</dd><a href"))
    }

    @Test func listsValuesOfADimensionAsRows() async throws {
        let catalog = CatalogTestSite.catalog.replacingOccurrences(of: """
            rows:
              groups: [smart, aa]
            columns: [approach, format, website]
        """, with: """
            rows:
              group_types: all
            columns: [summary, groups]
        """)
        let site = try TestSite(files: CatalogTestSite.files(catalog: catalog))
        defer { site.remove() }
        let page = try #require(try await site.render().pages["compare/basics/index.html"])
        #expect(page.contains(#"<tr><th scope="row"><a href="/guide/types/fellowship/">Fellowships</a></th><td data-label="In short">Peer-led groups.</td><td data-label="Examples"><a href="/guide/groups/aa/">Alcoholics Anonymous (AA)</a>, <a href="/guide/groups/smart/">SMART &lt;Recovery&gt;</a></td></tr>"#))
    }

    @Test func warnsAboutGroupsWithoutSourcesOrAnOldReview() async throws {
        let catalog = CatalogTestSite.catalog
            .replacingOccurrences(of: "    sources:\n      - title: SMART website\n        url: https://smartrecovery.org/\n", with: "")
            .replacingOccurrences(of: "reviewed: 2026-10-01", with: "reviewed: 2020-01-01")
        let site = try TestSite(files: CatalogTestSite.files(catalog: catalog))
        defer { site.remove() }
        let warnings = try await site.render().warnings.map(\.description)
        #expect(warnings.count == 2)
        #expect(warnings.contains { $0.hasPrefix("Content/catalog.yml:24:5: warning: group 'aa' was last reviewed ") && $0.hasSuffix(" days ago (2020-01-01); check it and update 'reviewed'") })
        #expect(warnings.contains("Content/catalog.yml:39:5: warning: group 'smart' lists no sources; add at least one under 'sources' so readers can check its facts"))
    }

    @Test func readsACatalogSplitOverSeveralFiles() async throws {
        let parts = CatalogTestSite.catalog.components(separatedBy: "types:\n")
        let site = try TestSite(files: CatalogTestSite.files(catalog: parts[0], ["Content/catalog/more.yml": "types:\n" + parts[1]]))
        defer { site.remove() }
        #expect(try await site.render().pages["groups/aa/index.html"] != nil)
    }

    @Test func resolvesTranslationsWithFallbacks() {
        let text = LocalizedText(translations: ["en": "Cost", "es": "Costo"])
        #expect(text.resolved(for: "es-MX") == "Costo")
        #expect(text.resolved(for: "fr") == "Cost")
        #expect(LocalizedText("Cost").resolved(for: "es") == "Cost")
    }
}
