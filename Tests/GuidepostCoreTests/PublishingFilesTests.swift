import Foundation
@testable import GuidepostCore
import Testing

@Suite struct PublishingFilesTests {
    @Test func sitemapListsEveryPublicPageWithItsLastChange() async throws {
        let site = try TestSite()
        defer { site.remove() }
        let sitemap = try #require(try await site.render().pages["sitemap.xml"])
        #expect(sitemap == """
        <?xml version="1.0" encoding="UTF-8"?>
        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
          <url><loc>https://example.org/guide/</loc></url>
          <url><loc>https://example.org/guide/learn/</loc></url>
          <url><loc>https://example.org/guide/learn/basics/</loc><lastmod>2026-10-01</lastmod></url>
          <url><loc>https://example.org/guide/learn/next/</loc><lastmod>2026-09-20</lastmod></url>
        </urlset>

        """)
    }

    @Test func feedListsDatedArticlesNewestFirst() async throws {
        let site = try TestSite()
        defer { site.remove() }
        let feed = try #require(try await site.render().pages["feed.xml"])
        #expect(feed == """
        <?xml version="1.0" encoding="UTF-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
          <title>Minimal Guide</title>
          <subtitle>A test site.</subtitle>
          <link href="https://example.org/guide/"/>
          <link rel="self" href="https://example.org/guide/feed.xml"/>
          <id>https://example.org/guide/</id>
          <updated>2026-10-01T00:00:00Z</updated>
          <author><name>Minimal Guide</name></author>
          <entry>
            <title>Next</title>
            <link href="https://example.org/guide/learn/next/"/>
            <id>https://example.org/guide/learn/next/</id>
            <published>2026-09-20T00:00:00Z</published>
            <updated>2026-09-20T00:00:00Z</updated>
          </entry>
          <entry>
            <title>Basics &amp; &quot;more&quot;</title>
            <link href="https://example.org/guide/learn/basics/"/>
            <id>https://example.org/guide/learn/basics/</id>
            <published>2026-09-14T00:00:00Z</published>
            <updated>2026-10-01T00:00:00Z</updated>
            <summary>What &lt;peer&gt; support is.</summary>
          </entry>
        </feed>

        """)
    }

    @Test func writesRobotsUnlessThePublisherShipsOne() async throws {
        let site = try TestSite(files: ["Content/static/robots.txt": nil])
        defer { site.remove() }
        #expect(try await site.render().pages["robots.txt"] == "User-agent: *\nAllow: /\n\nSitemap: https://example.org/guide/sitemap.xml\n")
    }

    @Test func makesTopicPagesAndASearchIndexWhenTheThemeHasTheirTemplates() async throws {
        let site = try TestSite(files: [
            "Templates/tags.mustache": "{{#page.tags}}<a href=\"{{url}}\">{{name}} ({{count}})</a>{{/page.tags}}",
            "Templates/tag.mustache": "<h1>{{page.title}}</h1>{{#page.pages}}<a href=\"{{url}}\">{{title}}</a>{{/page.pages}}",
            "Templates/search.mustache": "<form data-manifest=\"{{page.search_manifest_url}}\"></form>",
            "Content/learn/next.md": "---\ntitle: Next\ntags: [Basics, meetings, Meetings]\n---\n## Where to go\n\nFind a *meeting* near you.\n",
            "Content/learn/_index.md": "---\ntitle: Learn\ntags: [section-only]\n---\n",
        ])
        defer { site.remove() }
        let rendered = try await site.render()
        let pages = rendered.pages
        // "basics" and "Basics" are one topic, named as it is first written.
        #expect(pages["tags/index.html"]?.contains(#"<main><a href="/guide/tags/basics/">basics (2)</a><a href="/guide/tags/meetings/">meetings (1)</a></main>"#) == true)
        #expect(pages["tags/basics/index.html"]?.contains(#"<h1>basics</h1><a href="/guide/learn/basics/">Basics &amp; &quot;more&quot;</a><a href="/guide/learn/next/">Next</a>"#) == true)
        #expect(pages["tags/meetings/index.html"]?.contains(#"<a href="/guide/learn/next/">Next</a>"#) == true)
        #expect(pages["search/index.html"]?.contains(#"data-manifest="/guide/search-index/en/manifest.json""#) == true)
        // The index is written in parts only: no page reads a whole index.
        #expect(pages["search-index.json"] == nil)
        let records = pages.filter { $0.key.hasPrefix("search-index/en/records/") }.values.joined()
        #expect(records.contains(#"["Next","/guide/learn/next/","article",null,"Where to go Find a meeting near you."]"#))
        // Tags and headings are searched: only Next has a tag "meetings" and a heading "Where to go".
        let replay = SearchReplay { pages["search-index/en/" + $0].map { Data($0.utf8) } }
        let found = try #require(replay.search("meetings where"))
        #expect(found.positions.map { rendered.searchEntries[$0].title } == ["Next"])
    }

    @Test func leavesFutureArticlesOutUnlessAsked() async throws {
        let site = try TestSite(files: ["Content/learn/later.md": "---\ntitle: Later\ndate: 2999-01-01\n---\nSoon.\n"])
        defer { site.remove() }
        #expect(try await site.render().pages["learn/later/index.html"] == nil)
        let future = try await SiteBuilder(options: BuildOptions(root: site.root, includeFuture: true, displayRoot: "")).render()
        #expect(future.pages["learn/later/index.html"] != nil)
    }

    @Test func reportsLinksToFutureArticles() async throws {
        let site = try TestSite(files: [
            "Content/learn/later.md": "---\ntitle: Later\ndate: 2999-01-01\n---\nSoon.\n",
            "Content/learn/next.md": "---\ntitle: Next\n---\nSee [later](later.md).\n",
        ])
        defer { site.remove() }
        #expect(await site.failure() == """
        Content/learn/next.md:4:5: error: link to 'later.md', which is dated in the future and is not published yet; build with --future or remove the link
        See [later](later.md).
            ^
        """)
    }

    @Test func marksOutboundLinksAndOffersTheQuickExitAndDisclaimer() async throws {
        let site = try TestSite(files: [
            "Content/site.yml": "title: Guide\nbase_url: https://example.org/\nquick_exit_url: https://weather.example/\ndisclaimer: Not medical advice. See [basics](learn/basics.md).\n",
            "Templates/404.mustache": "<a href=\"{{site.quick_exit_url}}\">Leave</a>{{{site.disclaimer}}}",
            "Content/learn/next.md": "---\ntitle: Next\n---\nSee <https://example.net/>.\n",
        ])
        defer { site.remove() }
        let pages = try await site.render().pages
        #expect(pages["404.html"]?.contains(#"<a href="https://weather.example/">Leave</a><p>Not medical advice. See <a href="/learn/basics/">basics</a>.</p>"#) == true)
        #expect(pages["learn/next/index.html"]?.contains(#"<a rel="noopener noreferrer" href="https://example.net/">https://example.net/</a>"#) == true)
    }
}
