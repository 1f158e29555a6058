@testable import GuidepostCore
import Testing

@Suite struct SiteConfigLoaderTests {
    func load(_ yaml: String) -> (SiteConfig?, String) {
        var diagnostics: [Diagnostic] = []
        let config = SiteConfigLoader(source: YAMLSource(path: "Content/site.yml", yaml: yaml)).load(into: &diagnostics)
        return (config, BuildFailure(diagnostics).description)
    }

    @Test func readsEveryKey() throws {
        let (config, problems) = load("""
        title: Guide
        description: About peer support.
        base_url: https://example.org/guide
        language: es-US
        menu:
          - title: Learn
            url: /learn/
        footer: Not medical advice.
        markdown:
          raw_html: true
          smart_punctuation: true
        params:
          quick_exit_url: https://weather.example/
          colours: [teal, sand]
        """)
        #expect(problems == "")
        let site = try #require(config)
        #expect(site.title == "Guide")
        #expect(site.baseURL == "https://example.org/guide/")
        #expect(site.basePath == "/guide/")
        #expect(site.language == "es-US")
        #expect(site.menu.map(\.title) == ["Learn"])
        #expect(site.menu.first?.location.description == "Content/site.yml:7:10")
        #expect(site.footer == "Not medical advice.")
        #expect(site.markdown.rawHTML && site.markdown.smartPunctuation)
        #expect(site.params == .map(["quick_exit_url": .text("https://weather.example/"), "colours": .list([.text("teal"), .text("sand")])]))
    }

    @Test func defaultsLanguageAndMarkdown() throws {
        let site = try #require(load("title: Guide\nbase_url: https://example.org/\n").0)
        #expect(site.language == "en")
        #expect(!site.markdown.rawHTML)
        #expect(site.markdown.phoneLinks)
        #expect(site.menu.isEmpty)
        #expect(site.basePath == "/")
    }

    @Test func rejectsUnknownNestedKeysAndBadMenus() {
        let (config, problems) = load("""
        title: Guide
        base_url: https://example.org/
        markdown:
          rawhtml: true
        menu:
          - title: Learn
            link: /learn/
        """)
        #expect(config == nil)
        #expect(problems == """
        Content/site.yml:4:3: error: unknown key 'rawhtml' in 'markdown'; did you mean 'raw_html'?
          rawhtml: true
          ^
        Content/site.yml:6:5: error: this menu entry is missing the required key 'url'
          - title: Learn
            ^
        Content/site.yml:7:5: error: unknown key 'link' in a menu entry
            link: /learn/
            ^
        """)
    }

    @Test func readsPhoneLinksAndRejectsValuesOtherThanTrueOrFalse() throws {
        let off = try #require(load("title: Guide\nbase_url: https://example.org/\nmarkdown:\n  phone_links: false\n").0)
        #expect(!off.markdown.phoneLinks)
        #expect(load("title: Guide\nbase_url: https://example.org/\nmarkdown:\n  phone_links: sometimes\n").1 == """
        Content/site.yml:4:16: error: 'phone_links' must be true or false, found 'sometimes'
          phone_links: sometimes
                       ^
        """)
    }

    @Test func reportsAnEmptyFile() {
        #expect(load("").1 == """
        Content/site.yml:1:1: error: site.yml is empty; it needs at least 'title' and 'base_url'

        ^
        """)
    }
}
