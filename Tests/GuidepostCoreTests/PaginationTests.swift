import Foundation
@testable import GuidepostCore
import Testing

/// Long lists split into pages: `paginate` in site.yml and in a section's `_index.md`,
/// `/section/page/N/` addresses, the `page.pager` values and the sitemap.
@Suite struct PaginationTests {
    /// The section template of the minimal fixture with a compact pager after the list.
    static let sectionTemplate = """
    <h1>{{page.title}}</h1>{{{page.content}}}{{#page.pages}}<a href="{{url}}">{{title}}</a>;{{/page.pages}}\
    {{#page.pager}}[{{number}}/{{total}}\
    {{#previous_url}} <a href="{{.}}" rel="prev">prev</a>{{/previous_url}}{{#next_url}} <a href="{{.}}" rel="next">next</a>{{/next_url}}\
    {{#pages}}{{#is_gap}} …{{/is_gap}}{{^is_gap}} <a href="{{url}}"{{#current}} aria-current="page"{{/current}}>{{number}}</a>{{/is_gap}}{{/pages}}]{{/page.pager}}
    """

    /// The minimal fixture with `count` articles in `folder` (`a1` ... `aN`, in that order), the
    /// pager template and the given settings and section front matter.
    static func files(count: Int, folder: String = "learn", settings: String = "", sectionFront: String = "") -> [String: String?] {
        var files: [String: String?] = [
            "Content/site.yml": "title: Minimal Guide\nbase_url: https://example.org/guide/\n\(settings)",
            "Content/learn/basics.md": nil, "Content/learn/next.md": nil, "Content/learn/draft.md": nil,
            "Content/_index.md": "---\ntitle: Welcome\n---\nHello.\n",
            "Content/\(folder)/_index.md": "---\ntitle: \(folder.capitalized)\n\(sectionFront)---\nAbout \(folder).\n",
            "Templates/section.mustache": sectionTemplate,
        ]
        for number in stride(from: 1, through: count, by: 1) {
            files["Content/\(folder)/a\(number).md"] = "---\ntitle: A\(number)\nweight: \(number)\ntags: [sleep]\n---\nText.\n"
        }
        return files
    }

    @Test func splitsALongSectionAtSectionPageAddresses() async throws {
        let site = try TestSite(files: Self.files(count: 5, settings: "paginate: 2\n"))
        defer { site.remove() }
        let rendered = try await site.render()
        #expect(rendered.paths.filter { $0.hasPrefix("learn/") && !$0.hasPrefix("learn/a") } == [
            "learn/index.html", "learn/page/2/index.html", "learn/page/3/index.html",
        ])
        let pages = rendered.pages
        #expect(pages["learn/index.html"] == """
        <html lang="en"><title>Learn</title><nav></nav><main><h1>Learn</h1><p>About learn.</p>
        <a href="/guide/learn/a1/">A1</a>;<a href="/guide/learn/a2/">A2</a>;[1/3 <a href="/guide/learn/page/2/" rel="next">next</a> \
        <a href="/guide/learn/" aria-current="page">1</a> <a href="/guide/learn/page/2/">2</a> <a href="/guide/learn/page/3/">3</a>]</main></html>

        """)
        // The last page is partly full, has no next page, and leaves out the section's text.
        #expect(pages["learn/page/3/index.html"] == """
        <html lang="en"><title>Learn</title><nav></nav><main><h1>Learn</h1><a href="/guide/learn/a5/">A5</a>;[3/3 \
        <a href="/guide/learn/page/2/" rel="prev">prev</a> <a href="/guide/learn/">1</a> <a href="/guide/learn/page/2/">2</a> \
        <a href="/guide/learn/page/3/" aria-current="page">3</a>]</main></html>

        """)
        #expect(pages["learn/page/2/index.html"]?.contains(#"<a href="/guide/learn/" rel="prev">prev</a>"#) == true)
    }

    @Test func aListThatFitsHasOnePageAndNoPager() async throws {
        let site = try TestSite(files: Self.files(count: 2, settings: "paginate: 2\n"))
        defer { site.remove() }
        let pages = try await site.render().pages
        #expect(pages.keys.filter { $0.contains("/page/") }.isEmpty)
        #expect(pages["learn/index.html"]?.contains("[") == false)
    }

    @Test func anEmptySectionHasOnePageAndNoPager() async throws {
        let site = try TestSite(files: Self.files(count: 0, settings: "paginate: 1\n"))
        defer { site.remove() }
        let pages = try await site.render().pages
        #expect(pages["learn/index.html"] == """
        <html lang="en"><title>Learn</title><nav></nav><main><h1>Learn</h1><p>About learn.</p>
        </main></html>

        """)
        #expect(pages.keys.filter { $0.contains("/page/") }.isEmpty)
    }

    @Test func pageSizeOneGivesEveryArticleItsOwnPage() async throws {
        let site = try TestSite(files: Self.files(count: 3, settings: "paginate: 1\n"))
        defer { site.remove() }
        let pages = try await site.render().pages
        for (number, path) in ["learn/index.html", "learn/page/2/index.html", "learn/page/3/index.html"].enumerated() {
            let listed = pages[path]?.components(separatedBy: "\">A").count ?? 0
            #expect(listed == 2, "page \(number + 1) lists one article")
            #expect(pages[path]?.contains("/guide/learn/a\(number + 1)/\">A\(number + 1)</a>;") == true)
        }
        #expect(pages["learn/page/4/index.html"] == nil)
        #expect(pages["learn/page/1/index.html"] == nil)
    }

    @Test(arguments: [("paginate: 3\n", 2), ("paginate: 0\n", 3), ("", 3)])
    func aSectionsOwnPageSizeOverridesTheSites(sectionFront: String, pageCount: Int) async throws {
        let site = try TestSite(files: Self.files(count: 6, settings: "paginate: 2\n", sectionFront: sectionFront))
        defer { site.remove() }
        let pages = try await site.render().pages
        #expect(pages.keys.filter { $0.hasPrefix("learn/page/") }.count == pageCount - 1)
        #expect(pages["learn/index.html"]?.contains("[1/\(pageCount)") == true)
    }

    @Test func theDefaultPageSizeIsFifty() async throws {
        let site = try TestSite(files: Self.files(count: 51))
        defer { site.remove() }
        let pages = try await site.render().pages
        #expect(pages.keys.filter { $0.contains("/page/") }.sorted() == ["learn/page/2/index.html"])
        #expect(pages["learn/page/2/index.html"]?.contains("/guide/learn/a51/\">A51</a>;[2/2") == true)
    }

    @Test func topicPagesAreSplitLikeSections() async throws {
        var files = Self.files(count: 3, settings: "paginate: 2\n")
        files["Templates/tags.mustache"] = "{{#page.tags}}{{name}}{{/page.tags}}"
        files["Templates/tag.mustache"] = "<h1>{{page.title}}</h1>{{#page.pages}}{{title}};{{/page.pages}}{{#page.pager}}[{{number}}/{{total}}]{{/page.pager}}"
        let site = try TestSite(files: files)
        defer { site.remove() }
        let pages = try await site.render().pages
        // Topic pages list articles newest first; undated articles keep their reading order.
        #expect(pages["tags/sleep/index.html"]?.contains("<h1>sleep</h1>A1;A2;[1/2]") == true)
        #expect(pages["tags/sleep/page/2/index.html"]?.contains("<h1>sleep</h1>A3;[2/2]") == true)
    }

    @Test func theSitemapListsEveryPageOfAList() async throws {
        let site = try TestSite(files: Self.files(count: 5, settings: "paginate: 2\n"))
        defer { site.remove() }
        let sitemap = try await site.render().pages["sitemap.xml"] ?? ""
        for path in ["learn/", "learn/page/2/", "learn/page/3/"] {
            #expect(sitemap.contains("<loc>https://example.org/guide/\(path)</loc>"))
        }
        #expect(!sitemap.contains("learn/page/1/"))
    }

    @Test func aPublishersPageAtAPagerAddressIsReportedAtItsFrontMatter() async throws {
        var files = Self.files(count: 3, settings: "paginate: 2\n")
        files["Content/learn/page/2.md"] = "---\ntitle: Page two\n---\nText.\n"
        let site = try TestSite(files: files)
        defer { site.remove() }
        #expect(await site.failure() == """
        Content/learn/page/2.md:2:8: error: URL '/learn/page/2/' is produced twice: here and by page 2 of the list of Content/learn/_index.md
        title: Page two
               ^
        """)
    }

    @Test func badPageSizesAreReportedWhereTheyAreWritten() async throws {
        var files = Self.files(count: 3, settings: "paginate: 0\n", sectionFront: "paginate: -1\n")
        files["Content/learn/a1.md"] = "---\ntitle: A1\npaginate: 5\n---\nText.\n"
        let site = try TestSite(files: files)
        defer { site.remove() }
        #expect(await site.failure() == """
        Content/learn/_index.md:3:11: error: 'paginate' must be 0 (the site's setting) or more, found -1
        paginate: -1
                  ^
        Content/learn/a1.md:3:11: error: 'paginate' only applies to a section's _index.md, which lists pages; remove it here
        paginate: 5
                  ^
        Content/site.yml:3:11: error: 'paginate' must be at least 1 (how many entries a list page shows), found 0
        paginate: 0
                  ^
        """)
    }

    @Test(arguments: [
        (1, 1, [1] as [Int?]),
        (5, 1, [1, 2, 3, 4, 5]),
        (7, 4, [1, 2, 3, 4, 5, 6, 7]),
        (10, 1, [1, 2, 3, nil, 10]),
        (10, 5, [1, 2, 3, 4, 5, 6, 7, nil, 10]),
        (10, 6, [1, nil, 4, 5, 6, 7, 8, 9, 10]),
        (12, 6, [1, nil, 4, 5, 6, 7, 8, nil, 12]),
        (10, 4, [1, 2, 3, 4, 5, 6, nil, 10]),
        (10, 10, [1, nil, 8, 9, 10]),
    ])
    func thePagerLinksTheEndsAndTheNeighboursOfTheCurrentPage(total: Int, current: Int, window: [Int?]) {
        let pager = ListPager(firstURLPath: "/learn/", itemCount: total * 3, pageSize: 3)
        #expect(pager.pageCount == total)
        #expect(pager.window(around: current) == window)
    }

    @Test func pagerValuesNameTheNeighboursAndTheEnds() {
        let pager = ListPager(firstURLPath: "/learn/", itemCount: 7, pageSize: 3)
        let values = pager.values(page: 2, url: { "/guide" + $0 })
        #expect(values["number"] == 2)
        #expect(values["total"] == 3)
        #expect(values["first_url"] == "/guide/learn/")
        #expect(values["last_url"] == "/guide/learn/page/3/")
        #expect(values["previous_url"] == "/guide/learn/")
        #expect(values["next_url"] == "/guide/learn/page/3/")
        #expect(values["is_first"] == nil)
        #expect(pager.range(page: 3) == 6..<7)
        #expect(ListPager(firstURLPath: "/empty/", itemCount: 0, pageSize: 3).range(page: 1).isEmpty)
    }

    @Test func theDefaultThemeHasAnAccessiblePagerAndHeadLinks() async throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("guidepost-test-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        for folder in ["Content", "Templates"] {
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: TestSite.repositoryRoot.appendingPathComponent(folder), to: root.appendingPathComponent(folder))
        }
        let settings = root.appendingPathComponent("Content/site.yml")
        try Data((String(decoding: try Data(contentsOf: settings), as: UTF8.self) + "\npaginate: 1\n").utf8).write(to: settings)
        let pages = try await SiteBuilder(options: BuildOptions(root: root, displayRoot: "")).render().pages
        let second = try #require(pages["learn/page/2/index.html"])
        #expect(second.contains("<title>Learn about peer support · Page 2 of 3 · Riverbend Recovery Guide</title>"))
        #expect(second.contains("<link rel=\"prev\" href=\"/learn/\">\n<link rel=\"next\" href=\"/learn/page/3/\">"))
        #expect(second.contains("""
        <nav class="pager" aria-label="Pages">
        <p class="pager-status">Page 2 of 3</p>
        <ul>
        <li class="pager-step"><a href="/learn/" rel="prev">Previous page</a></li>
        <li><a href="/learn/" aria-label="Page 1">1</a></li>
        <li><a href="/learn/page/2/" aria-label="Page 2" aria-current="page">2</a></li>
        <li><a href="/learn/page/3/" aria-label="Page 3">3</a></li>
        <li class="pager-step"><a href="/learn/page/3/" rel="next">Next page</a></li>
        </ul>
        </nav>
        """))
        // Page 1 keeps the section's own address and text; the last page has no next page.
        #expect(pages["learn/index.html"]?.contains("<link rel=\"next\" href=\"/learn/page/2/\">") == true)
        #expect(pages["learn/index.html"]?.contains("<link rel=\"prev\"") == false)
        #expect(pages["learn/page/3/index.html"]?.contains("rel=\"next\"") == false)
        #expect(pages["learn/page/1/index.html"] == nil)
    }
}
