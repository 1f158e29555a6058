import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import GuidepostCore
import Testing

/// Hostile text in every field a publisher writes, built with the default theme: it reaches the
/// pages, the search index and the feed only escaped (or, for Markdown, with its raw HTML left
/// out), and every address that could run code is refused with its place.
@Suite struct ContentSafetyTests {
    // MARK: - The payload

    /// One string with the usual attacks, starting with the name of the field it is put in.
    static func payload(_ field: String) -> String {
        "\(field)<script>alert(1)</script>\"><img src=x onerror=alert(1)>{{site.title}}{{{page.content}}}' onmouseover='alert(1)' ]]> & \u{2028}end"
    }

    /// The payload as a YAML double-quoted string.
    static func yaml(_ field: String) -> String {
        "\"" + payload(field).replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\u{2028}", with: "\\L") + "\""
    }

    /// How a text field reads in HTML and XML, up to the first character escapers treat differently.
    static func escaped(_ field: String) -> String {
        "\(field)&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(1)&gt;{{site.title}}{{{page.content}}}"
    }

    /// How a Markdown field reads: raw HTML is off, so its tags are left out.
    static func rendered(_ field: String) -> String {
        "\(field)<!-- raw HTML omitted -->alert(1)<!-- raw HTML omitted -->&quot;&gt;<!-- raw HTML omitted -->{{site.title}}{{{page.content}}}"
    }

    /// Fields of plain text the default theme shows on a page.
    static let textFields = [
        "site-title", "site-description", "menu-title", "home-title", "section-title", "section-summary", "page-title",
        "page-summary", "page-tag", "dimension-label", "dimension-description", "value-label",
        "value-description", "free-dimension-label", "free-value", "type-name", "type-summary", "group-name",
        "group-abbreviation", "group-alias", "group-summary", "source-title", "help-name", "comparison-caption",
        "values-caption", "inline-caption", "body-image-alt", "help-description", "help-hours", "help-language",
    ]
    /// Fields written in Markdown.
    static let markdownFields = [
        "site-footer", "site-disclaimer", "body-text", "body-heading", "body-link-text", "type-description", "group-description",
        "comparison-intro",
    ]
    /// Fields the default theme does not show; their text must not appear unescaped either.
    static let unshownFields = ["site-params"]

    static func siteFiles() -> [String: String?] {
        let p = yaml
        return [
            "Content/site.yml": """
            title: \(p("site-title"))
            description: \(p("site-description"))
            base_url: https://example.org/guide/
            help_page: get-help-now.md
            footer: \(p("site-footer"))
            disclaimer: \(p("site-disclaimer"))
            menu:
              - title: \(p("menu-title"))
                url: /learn/
            params:
              note: \(p("site-params"))

            """,
            "Content/_index.md": "---\ntitle: \(p("home-title"))\n---\nWelcome.\n",
            "Content/learn/_index.md": "---\ntitle: \(p("section-title"))\nsummary: \(p("section-summary"))\n---\n",
            "Content/learn/basics.md": """
            ---
            title: \(p("page-title"))
            summary: \(p("page-summary"))
            date: 2026-09-14
            tags: [\(p("page-tag"))]
            aliases: ["/old-\\"><img src=x onerror=alert(1)>/"]
            ---
            \(payload("body-text"))

            ## \(payload("body-heading"))

            [\(payload("body-link-text").prefix { $0 != "]" })](next.md) ![\(payload("body-image-alt").prefix { $0 != "]" })](/assets/favicon.svg)

            ```comparison
            caption: \(p("inline-caption"))
            rows:
              groups: [aa]
            columns: [summary, approach]
            ```

            """,
            "Content/catalog.yml": """
            dimensions:
              - id: approach
                label: \(p("dimension-label"))
                description: \(p("dimension-description"))
                values:
                  - id: peer
                    label: \(p("value-label"))
                    description: \(p("value-description"))
              - id: languages
                label: \(p("free-dimension-label"))
            types:
              - id: fellowship
                name: \(p("type-name"))
                summary: \(p("type-summary"))
                description: \(p("type-description"))
            groups:
              - id: aa
                name: \(p("group-name"))
                abbreviation: \(p("group-abbreviation"))
                aliases: [\(p("group-alias"))]
                type: fellowship
                summary: \(p("group-summary"))
                description: \(p("group-description"))
                website: https://example.org/aa/?q='x'
                phone: "988"
                values:
                  approach: peer
                  languages: \(p("free-value"))
                sources:
                  - title: \(p("source-title"))
                    url: https://example.org/source/
                reviewed: 2026-10-01
            comparisons:
              - id: basics
                caption: \(p("comparison-caption"))
                intro: \(p("comparison-intro"))
                rows:
                  groups: [aa]
                columns: [approach, languages, website]
              - id: values
                caption: \(p("values-caption"))
                rows:
                  values_of: approach
                columns: [description]
            help_lines:
              - id: lifeline
                name: \(p("help-name"))
                description: \(p("help-description"))
                phone: "988"
                text: "988"
                chat: https://example.org/chat/
                hours: \(p("help-hours"))
                languages: [\(p("help-language"))]

            """,
        ]
    }

    /// The minimal fixture with the default theme from Templates/ and `files`.
    static func themedSite(_ files: [String: String?]) throws -> TestSite {
        // The theme's "If you need help now" box links to this page.
        var files = files
        files["Content/get-help-now.md"] = files["Content/get-help-now.md"] ?? "---\ntitle: Get help now\n---\nHelp lines.\n"
        let site = try TestSite(files: files)
        let templates = site.root.appendingPathComponent("Templates")
        try FileManager.default.removeItem(at: templates)
        try FileManager.default.copyItem(at: TestSite.repositoryRoot.appendingPathComponent("Templates"), to: templates)
        return site
    }

    // MARK: - Escaping

    @Test func hostileTextInEveryFieldIsEscapedInEveryOutputFile() async throws {
        let site = try Self.themedSite(Self.siteFiles())
        defer { site.remove() }
        let pages = try await site.render().pages
        #expect(pages.count > 15)
        for (path, text) in pages {
            #expect(!text.contains("<script>alert"), "raw script in \(path)")
            #expect(!text.contains("<img src=x"), "raw img in \(path)")
            if path.hasSuffix(".json") {
                #expect(!text.contains("<") && !text.contains(">") && !text.contains("&"), "unescaped <, > or & in \(path)")
                #expect(!text.contains("\u{2028}"), "raw U+2028 in \(path)")
            }
        }
        let all = pages.values.joined(separator: "\n")
        for field in Self.textFields {
            #expect(all.contains(Self.escaped(field)), "\(field) is not shown escaped")
        }
        for field in Self.markdownFields {
            #expect(all.contains(Self.rendered(field)), "\(field) is not shown as Markdown without its raw HTML")
        }
        for field in Self.unshownFields {
            #expect(!all.contains(Self.payload(field).prefix(30)), "\(field) appears unescaped")
        }
        #expect(pages["old-\"><img src=x onerror=alert(1)>/index.html"] != nil, "the alias page is missing")
    }

    @Test func searchIndexAndFeedGiveBackTheExactText() async throws {
        let site = try Self.themedSite(Self.siteFiles())
        defer { site.remove() }
        let pages = try await site.render().pages
        let records = pages.filter { $0.key.hasPrefix("search-index/en/records/") }.values
        let titles = try records.flatMap { try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [[Any]]) }.compactMap { $0.first as? String }
        #expect(!titles.isEmpty)
        #expect(titles.contains(Self.payload("page-title")))
        #expect(titles.contains(Self.payload("group-name") + " (" + Self.payload("group-abbreviation") + ")"))
        #if canImport(FoundationXML)
        for path in ["feed.xml", "sitemap.xml"] {
            let reader = XMLTextReader(try #require(pages[path]))
            #expect(reader.parsed, "\(path) is not well-formed XML")
            if path == "feed.xml" {
                #expect(reader.texts["title"]?.contains(Self.payload("page-title")) == true)
                #expect(reader.texts["title"]?.contains(Self.payload("site-title")) == true)
                #expect(reader.texts["summary"]?.contains(Self.payload("page-summary")) == true)
            }
        }
        #endif
    }

    @Test func feedLeavesOutCharactersXMLCannotHold() {
        // Front matter and settings refuse them (a YAML escape such as "\x01"); should one come
        // another way, the feed still stays readable.
        #expect(PublishingFiles.escape("Bell\u{1}ring\u{1F}s & \u{FFFE}more") == "Bellrings &amp; more")
    }

    @Test func rawHTMLIsOffByDefaultAndDisarmedWhenOn() async throws {
        let body = "---\ntitle: Next\n---\nText.\n\n<script>alert(1)</script>\n\n<iframe src=\"https://example.org/\"></iframe>\n"
        let off = try TestSite(files: ["Content/learn/next.md": body])
        defer { off.remove() }
        let offHTML = try #require(try await off.render().pages["learn/next/index.html"])
        #expect(!offHTML.contains("alert(1)"))
        #expect(!offHTML.contains("<iframe"))
        #expect(offHTML.contains("<!-- raw HTML omitted -->"))

        let on = try TestSite(files: [
            "Content/learn/next.md": body,
            "Content/site.yml": "title: Guide\nbase_url: https://example.org/\nmarkdown:\n  raw_html: true\n",
        ])
        defer { on.remove() }
        let onHTML = try #require(try await on.render().pages["learn/next/index.html"])
        #expect(!onHTML.contains("<script"))
        #expect(!onHTML.contains("<iframe"))
        #expect(onHTML.contains("&lt;script>alert(1)&lt;/script>"))
    }

    /// Every `{{{ }}}` of the default theme, with the section it sits in: only rendered Markdown
    /// and HTML that Guidepost writes and escapes itself (comparison tables, a group's values,
    /// the meeting kinds as JSON).
    @Test func themeInsertsOnlyRenderedHTMLUnescaped() throws {
        let folder = TestSite.repositoryRoot.appendingPathComponent("Templates")
        var found: [String] = []
        let enumerator = try #require(FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil))
        for case let url as URL in enumerator where url.pathExtension == "mustache" {
            let name = String(url.standardizedFileURL.path.dropFirst(folder.standardizedFileURL.path.count + 1))
            found += try Self.unescapedTags(in: String(contentsOf: url, encoding: .utf8)).map { "\(name): \($0)" }
        }
        #expect(found.sorted() == [
            "404.mustache: page.content/.", "article.mustache: page.content/.", "comparison.mustache: page.content/.",
            "comparison.mustache: page.table/.", "group-type.mustache: page.content/.", "group-type.mustache: page.table/.",
            "group.mustache: content/.", "group.mustache: values/value", "groups.mustache: page.table/.",
            // A group's value as the tables write it, and the QR code's SVG, made from the address.
            "handout.mustache: facts/value", "handout.mustache: qr_code/.",
            "home.mustache: page.content/.", "layout.mustache: body",
            // JSON for the directory's script, its strings with <, > and & escaped (SearchIndexJSON).
            "meeting-list.mustache: page.directory/kinds_json",
            "partials/footer.mustache: site.disclaimer/.",
            "partials/footer.mustache: site.footer/.", "section.mustache: page.content/.",
        ])
    }

    /// `{{{name}}}` and `{{& name}}` tags, each as `section/name` when inside a section.
    static func unescapedTags(in template: String) -> [String] {
        var sections: [String] = [], found: [String] = []
        var rest = Substring(template)
        while let open = rest.range(of: "{{") {
            let triple = rest[open.upperBound...].hasPrefix("{")
            guard let close = rest.range(of: triple ? "}}}" : "}}", range: open.upperBound..<rest.endIndex) else { break }
            var tag = rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            rest = rest[close.upperBound...]
            if triple || tag.hasPrefix("&") {
                tag = tag.trimmingCharacters(in: CharacterSet(charactersIn: "{& "))
                found.append(sections.last.map { "\($0)/\(tag)" } ?? tag)
            } else if tag.hasPrefix("#") || tag.hasPrefix("^") {
                sections.append(String(tag.dropFirst()).trimmingCharacters(in: .whitespaces))
            } else if tag.hasPrefix("/"), !sections.isEmpty {
                sections.removeLast()
            }
        }
        return found
    }
}

#if canImport(FoundationXML)
/// Parses XML and collects the text of each element by name.
final class XMLTextReader: NSObject, XMLParserDelegate {
    private(set) var texts: [String: [String]] = [:]
    private(set) var parsed = false
    private var current = ""

    init(_ xml: String) {
        super.init()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = self
        parsed = parser.parse()
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        current = ""
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        current += string
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        texts[name, default: []].append(current)
        current = ""
    }
}
#endif
