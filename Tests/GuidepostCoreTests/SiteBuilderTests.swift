import Foundation
@testable import GuidepostCore
import Testing

@Suite struct SiteBuilderTests {
    @Test func writesEveryPageOfTheMinimalSite() async throws {
        let site = try TestSite()
        defer { site.remove() }
        let rendered = try await site.render()
        #expect(rendered.paths == [
            "404.html", "assets/style.css", "feed.xml", "index.html", "learn/basics/index.html", "learn/index.html",
            "learn/next/index.html", "old-basics/index.html", "robots.txt", "sitemap.xml",
        ])
        #expect(rendered.pageCount == 6)
    }

    @Test func rendersHomePageWithSectionsAndRewrittenLinks() async throws {
        let site = try TestSite()
        defer { site.remove() }
        let pages = try await site.render().pages
        #expect(pages["index.html"] == """
        <html lang="en"><title>Welcome</title><nav><a href="/guide/learn/">Learn</a></nav><main><h1>Welcome</h1>\
        <p>Start with <a href="/guide/learn/basics/#first-steps">the basics</a>.</p>
        <section><a href="/guide/learn/">Learn</a> (2) <a href="/guide/learn/basics/">Basics &amp; &quot;more&quot;</a> \
        <a href="/guide/learn/next/">Next</a></section></main></html>

        """)
    }

    @Test func rendersArticleWithEscapedFieldsTocAndTags() async throws {
        let site = try TestSite()
        defer { site.remove() }
        let pages = try await site.render().pages
        #expect(pages["learn/basics/index.html"] == """
        <html lang="en"><title>Basics &amp; &quot;more&quot;</title><nav><a href="/guide/learn/" aria-current="page">Learn</a></nav>\
        <main><h1>Basics &amp; &quot;more&quot;</h1><p>What &lt;peer&gt; support is.</p>\
        <time datetime="2026-10-01">1 October 2026</time><a href="#first-steps">First steps</a><a href="#later">Later</a>[basics]\
        <h2 id="first-steps">First steps</h2>
        <p>Read <a href="/guide/learn/next/">next</a> or <a href="#first-steps">again</a>.</p>
        <h2 id="later">Later</h2>
        </main></html>

        """)
    }

    @Test func listsSectionArticlesByWeightWithBreadcrumbs() async throws {
        let site = try TestSite()
        defer { site.remove() }
        let pages = try await site.render().pages
        #expect(pages["learn/index.html"] == """
        <html lang="en"><title>Learn</title><nav><a href="/guide/learn/" aria-current="page">Learn</a></nav><main>\
        <a href="/guide/">Home</a>/<h1>Learn</h1><a href="/guide/learn/basics/">Basics &amp; &quot;more&quot;</a> 2026-09-14;\
        <a href="/guide/learn/next/">Next</a> 2026-09-20;</main></html>

        """)
    }

    @Test func writesRedirectPagesForAliases() async throws {
        let site = try TestSite()
        defer { site.remove() }
        let pages = try await site.render().pages
        #expect(pages["old-basics/index.html"] == """
        <meta http-equiv="refresh" content="0; url=/guide/learn/basics/"><link rel="canonical" href="https://example.org/guide/learn/basics/">

        """)
    }

    @Test func leavesDraftsOutUnlessAsked() async throws {
        let site = try TestSite()
        defer { site.remove() }
        #expect(try await site.render().pages["learn/draft/index.html"] == nil)
        #expect(try await site.render(drafts: true).pages["learn/draft/index.html"] != nil)
    }

    @Test func givesFoldersWithoutIndexATitleAndPage() async throws {
        let site = try TestSite(files: [
            "Content/families-and-friends/talking.md": "---\ntitle: Talking\n---\nHello.\n",
        ])
        defer { site.remove() }
        let pages = try await site.render().pages
        #expect(pages["families-and-friends/index.html"]?.contains("<h1>Families and friends</h1>") == true)
    }

    @Test func usesSlugForTheURL() async throws {
        let site = try TestSite(files: [
            "Content/learn/next.md": "---\ntitle: Next\nslug: what-comes-next\n---\nBack to [basics](basics.md).\n",
        ])
        defer { site.remove() }
        let rendered = try await site.render()
        #expect(rendered.pages["learn/what-comes-next/index.html"] != nil)
        #expect(rendered.pages["learn/basics/index.html"]?.contains("href=\"/guide/learn/what-comes-next/\"") == true)
    }

    @Test func acceptsByteOrderMarkAndWindowsLineEndings() async throws {
        let site = try TestSite(files: [
            "Content/learn/next.md": "\u{FEFF}---\r\ntitle: Next\r\n---\r\n## Crlf heading\r\n\r\nText.\r\n",
        ])
        defer { site.remove() }
        let page = try await site.render().pages["learn/next/index.html"]
        #expect(page?.contains("<h1>Next</h1>") == true)
        #expect(page?.contains("<h2 id=\"crlf-heading\">Crlf heading</h2>\n<p>Text.</p>") == true)
    }

    @Test func putsTheBasePathInFrontOfSiteAbsoluteLinks() async throws {
        let site = try TestSite(files: [
            "Content/learn/next.md": "---\ntitle: Next\n---\n![Chart](/images/chart.svg) [robots](/robots.txt) [ext](//cdn.example/x)\n",
            "Content/static/images/chart.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
        ])
        defer { site.remove() }
        let page = try await site.render().pages["learn/next/index.html"]
        #expect(page?.contains(#"<img src="/guide/images/chart.svg" alt="Chart" />"#) == true)
        #expect(page?.contains(#"<a href="/guide/robots.txt">robots</a>"#) == true)
        #expect(page?.contains(#"<a href="//cdn.example/x">ext</a>"#) == true)
    }

    @Test func resolvesArticleLinksInTheFooter() async throws {
        let site = try TestSite(files: [
            "Content/site.yml": "title: Guide\nbase_url: https://example.org/\nfooter: Read [basics](learn/basics.md).\nmenu:\n  - title: Robots\n    url: /robots.txt\n",
            "Templates/404.mustache": "{{{site.footer}}}",
        ])
        defer { site.remove() }
        let page = try await site.render().pages["404.html"]
        #expect(page?.contains(#"<p>Read <a href="/learn/basics/">basics</a>.</p>"#) == true)
    }

    @Test func renderingAloneDoesNotCareAboutTheOutputFolder() async throws {
        let site = try TestSite(files: ["Output/notes.txt": "mine"])
        defer { site.remove() }
        #expect(try await site.render().pageCount == 6)
    }

    @Test func readsTheSiteTitle() throws {
        let site = try TestSite()
        defer { site.remove() }
        #expect(SiteBuilder(options: site.options()).siteTitle() == "Minimal Guide")
        #expect(SiteBuilder(options: BuildOptions(root: site.root.appendingPathComponent("Content"), displayRoot: "")).siteTitle() == nil)
    }

    @Test func sameInputGivesIdenticalOutput() async throws {
        let site = try TestSite()
        defer { site.remove() }
        let first = try await site.render().pages
        let second = try await site.render().pages
        #expect(first == second)
    }
}
