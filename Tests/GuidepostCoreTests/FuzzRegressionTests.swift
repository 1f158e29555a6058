import Foundation
@testable import GuidepostCore
import Testing

/// Inputs the fuzz targets (`Fuzz/`, `make fuzz`) found problems with, each pinned to the
/// behaviour that fixed it. Strings are compared scalar by scalar: `==` on `String` treats
/// `<` + U+0338 and `≮` as equal, which is exactly the difference that matters here.
@Suite struct FuzzRegressionTests {
    func scalars(_ text: String) -> [Unicode.Scalar] {
        Array(text.unicodeScalars)
    }

    // MARK: - fuzz-links: dates

    /// `Int("+2")` is 2: a sign inside a date read it as another date.
    @Test(arguments: ["2204-+2-28", "+026-02-28", "2026-02-+8", "2026-0x-01"])
    func refusesADateWithASign(_ text: String) {
        guard case .failure(let problem) = SiteDate.parse(text) else {
            Issue.record("'\(text)' was read as a date")
            return
        }
        #expect(problem.reason == "it is not in the form YYYY-MM-DD")
    }

    // MARK: - fuzz-meetings: slugs

    /// A long slug cut at 100 characters right after a dash kept that dash, so the published
    /// feed's slug was made safe again, differently, when it was read back.
    @Test func cutsALongSlugWithoutADashAtTheEnd() {
        let written = "xa\"pmeel-morning-g" + String(repeating: "R", count: 63) + "location\"Iterample Community Hall"
        let slug = MeetingRecordReader.slugified(written)
        #expect(slug.count <= 100)
        #expect(!slug.hasSuffix("-"))
        #expect(MeetingRecordReader.isSafeSlug(slug))
        #expect(MeetingRecordReader.slugified(slug) == slug)
    }

    // MARK: - fuzz-links: HTML escaping

    /// A markup character followed by a combining mark is one Character that is not equal to the
    /// markup character, so escaping by Character left it as it was, and `"` + U+0301 ended an
    /// attribute value early.
    @Test(arguments: [
        ("\"\u{301} onfocus=alert(1) x=\"", "&quot;\u{301} onfocus=alert(1) x=&quot;"),
        ("<\u{338}script>", "&lt;\u{338}script&gt;"),
        ("'\u{301}&\u{301}>\u{338}", "&#39;\u{301}&amp;\u{301}&gt;\u{338}"),
    ])
    func escapesMarkupCharactersFollowedByACombiningMark(_ text: String, _ escaped: String) {
        #expect(scalars(HTML.escape(text)) == scalars(escaped))
    }

    /// The input fuzz-links found it with: `<` + U+0338 inside a link destination.
    @Test func escapesTheFoundInput() throws {
        let input = String(decoding: try #require(Data(base64Encoded:
            "Li4vbGVhcicva2kzbmRzLW9mLXN1cHBvcnQtZ3JvdXCoqKioqKioqKioqKioqKioqKioqKiocy48zLh0aXRsdWMtc2EmIzM5O2l8cHBvcnQtZ3JvdXBz"
        )), as: UTF8.self)
        let escaped = HTML.escape(input)
        #expect(!escaped.unicodeScalars.contains { "<>\"'".unicodeScalars.contains($0) })
        #expect(scalars(HTMLScanner.decodeCharacterReferences(escaped)) == scalars(input))
    }

    /// A Markdown table's header becomes its `aria-label`: a quote with a combining mark in a
    /// header cell may not open an attribute of its own, even with raw HTML off.
    @Test func keepsATableHeaderInsideItsLabel() async throws {
        let site = try TestSite(files: ["Content/learn/table.md": """
            ---
            title: Table
            ---
            | "\u{301} onfocus=alert(1) x=" |
            | --- |
            | cell |
            """])
        defer { site.remove() }
        let html = try #require(try await site.render().pages["learn/table/index.html"])
        #expect(html.contains(#"aria-label="Table: &quot;"# + "\u{301}" + #" onfocus=alert(1) x=&quot;">"#))
    }

    // MARK: - fuzz-links: character references

    /// `;` followed by a combining mark is one Character, so the reference before it was not
    /// decoded and the output checker saw another address than a browser follows.
    @Test func decodesAReferenceEndedByASemicolonWithACombiningMark() {
        #expect(scalars(HTMLScanner.decodeCharacterReferences("a&gt;\u{338}b&amp;\u{301}c")) == scalars("a>\u{338}b&\u{301}c"))
        let page = OutputPage(path: "index.html", html: "<a href=\"x&amp;\u{301}.html\">x</a>")
        #expect(page.references.map(scalars) == [scalars("x&\u{301}.html")])
    }

    // MARK: - fuzz-links: paths

    /// A `/` followed by a combining mark is one Character: splitting paths by Character kept
    /// `../` + U+0301 as one name, so a link to a file whose name starts with a combining mark
    /// was reported as missing, and a suggested path did not lead back to its file.
    @Test func splitsPathsBeforeACombiningMark() {
        #expect(scalars(LinkResolver.relative(path: "\u{301}x.md", from: "learn")) == scalars("../\u{301}x.md"))
        #expect(LinkResolver.join("learn", "../\u{301}x.md").map(scalars) == scalars("\u{301}x.md"))
        // The input fuzz-links found it with: a path of U+0301 and two NUL characters, relative
        // to a folder of replacement characters.
        let folder = "\u{FFFD} \u{FFFD}\u{FFFD}t"
        let relative = LinkResolver.relative(path: "\u{301}\0\0", from: folder)
        #expect(scalars(relative) == scalars("../\u{301}\0\0"))
        #expect(LinkResolver.join(folder, relative).map(scalars) == scalars("\u{301}\0\0"))
    }

    @Test func resolvesALinkToANameThatStartsWithACombiningMark() {
        let resolver = LinkResolver(
            pageIndexBySourcePath: ["\u{301}x.md": 0, "learn/a.md": 1], pageURLs: ["/x/", "/learn/a/"], omittedDrafts: []
        )
        guard case .page(let index, let url, nil) = resolver.resolve("../\u{301}x.md", from: "learn/a.md") else {
            Issue.record("the link was not resolved to the page")
            return
        }
        #expect(index == 0 && url == "/x/")
    }

    // MARK: - fuzz-templates: partials the recursion check could not see

    /// A partial that includes itself renders until the stack overflows, so the theme loader
    /// refuses it; partials named by the page, and tags written with other delimiters, escaped
    /// that check and crashed the build.
    @Test(arguments: [
        ("{{>*page.kind}}", """
        Templates/article.mustache:1:1: error: partial '*page.kind' takes its name from the page; write the partial's name, so that it can be checked before rendering
        {{>*page.kind}}
        ^
        """),
        ("<h1>{{page.title}}</h1>\n{{=<% %>=}}<%> article %>", """
        Templates/article.mustache:2:1: error: a template may not change the tag delimiters; write every tag with '{{' and '}}'
        {{=<% %>=}}<%> article %>
        ^
        """),
        ("{{>\narticle}}", """
        Templates/article.mustache:1:1: error: partial 'article' includes itself through this reference; a partial may not be recursive
        {{>
        ^
        """),
    ])
    func refusesPartialsThatCannotBeCheckedBeforeRendering(_ template: String, _ expected: String) async throws {
        let site = try TestSite(files: ["Templates/article.mustache": template])
        defer { site.remove() }
        #expect(await site.failure() == expected)
    }

    /// What looks like a partial tag inside a comment is part of the comment, which ends at the
    /// first `}}`.
    @Test func ignoresPartialTagsInComments() async throws {
        let site = try TestSite(files: ["Templates/article.mustache": "{{! was {{>nowhere}}<h1>{{page.title}}</h1>{{{page.content}}}"])
        defer { site.remove() }
        let html = try #require(try await site.render().pages["learn/basics/index.html"])
        #expect(html.contains("<h1>Basics &amp; &quot;more&quot;</h1>"))
    }

    /// Many tags that are never closed are read in linear time.
    @Test func readsUnclosedTagsInLinearTime() {
        #expect(TemplateOutline(scanning: String(repeating: "{{>a", count: 100_000)).references.isEmpty)
        #expect(TemplateOutline(scanning: String(repeating: "{{!{{>a}", count: 100_000)).references.isEmpty)
        let closed = TemplateOutline(scanning: String(repeating: "{{> a }}\n", count: 3))
        #expect(closed.references.map { "\($0.name)@\($0.line):\($0.column)" } == ["a@1:1", "a@2:1", "a@3:1"])
    }
}
