import Foundation
@testable import GuidepostCore
import Testing

/// Headings never take an id that the page around them already gives an element.
@Suite struct ThemeIDsTests {
    /// The fixed ids (`id="main"`, not `id="{{...}}"`) written in `template`.
    static func fixedIDs(in template: String) -> [String] {
        template.components(separatedBy: "id=\"").dropFirst().compactMap { rest in
            let id = String(rest.prefix { $0 != "\"" })
            return id.contains("{{") ? nil : id
        }
    }

    @Test func reservesEveryFixedIDOfTheDefaultTheme() throws {
        let templates = TestSite.repositoryRoot.appendingPathComponent("Templates")
        var ids: [String] = []
        for folder in [templates, templates.appendingPathComponent("partials")] {
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".mustache") {
                ids += Self.fixedIDs(in: try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8))
            }
        }
        for file in StarterSite.files where file.path.hasSuffix(".mustache") {
            ids += Self.fixedIDs(in: file.contents)
        }
        #expect(ids.contains("main"))
        #expect(Set(ids).subtracting(ThemeIDs.reserved) == [])
    }

    @Test func headingsNamedLikeThemeElementsGetANumber() async throws {
        let site = try TestSite(files: [
            "Content/learn/next.md": "---\ntitle: Next\n---\n## Main\n\n## Search results\n\n## Main\n",
        ])
        defer { site.remove() }
        let page = try #require(try await site.render().pages["learn/next/index.html"])
        #expect(page.contains("<h2 id=\"main-1\">Main</h2>"))
        #expect(page.contains("<h2 id=\"search-results-1\">Search results</h2>"))
        #expect(page.contains("<h2 id=\"main-2\">Main</h2>"))
    }

    @Test func aHeadingNamedLikeAComparisonTableGetsANumber() async throws {
        let site = try TestSite(files: CatalogTestSite.files([
            "Content/learn/next.md": "---\ntitle: Next\n---\n## Comparison basics\n\n```comparison basics\n```\n",
        ]))
        defer { site.remove() }
        let page = try #require(try await site.render().pages["learn/next/index.html"])
        #expect(page.contains("<h2 id=\"comparison-basics-1\">"))
        #expect(page.contains("id=\"comparison-basics\""))
    }

    @Test func checkReportsAHeadingThatTakesAThemeIDAtItsLine() async throws {
        let site = try TestSite(files: [
            "Templates/article.mustache": "<div id=\"content\">{{{page.content}}}</div>",
            "Content/learn/next.md": "---\ntitle: Next\n---\nIntro.\n\n  ## Content\n",
        ])
        defer { site.remove() }
        // A build stops on what check reports.
        let failure = await #expect(throws: BuildFailure.self) { try await SiteBuilder(options: site.options()).render() }
        #expect(failure?.diagnostics.map(\.description).joined(separator: "\n") == """
        Content/learn/next.md:6:3: error: id 'content' is given to 2 elements of learn/next/index.html; an id must be unique within its page; the heading on this line takes it from its text: reword the heading, or rename the other element's id
          ## Content
          ^
        """)
    }
}
