import Foundation
@testable import GuidepostCore
import Testing

/// Templates that used to overflow the stack, render forever, take time in proportion to the
/// square of their size, or end with "invalid template: overflow".
@Suite struct TemplateLimitsTests {
    static let limit = TemplateOutline.nestingLimit

    static func nested(_ depth: Int, around inner: String = "x") -> String {
        String(repeating: "{{#page}}", count: depth) + inner + String(repeating: "{{/page}}", count: depth)
    }

    @Test func sectionsNestedThousandsDeepAreRefusedAtTheTagPastTheLimit() async throws {
        let site = try TestSite(files: ["Templates/partials/nav.mustache": Self.nested(3_000)])
        defer { site.remove() }
        let failure = await site.failure()
        let column = 9 * Self.limit + 1
        #expect(failure.hasPrefix("""
        Templates/partials/nav.mustache:1:\(column): error: sections and blocks are nested more than \(Self.limit) deep here; \
        a template may nest them at most \(Self.limit) deep
        """), "\(failure)")
    }

    /// The layout includes the partial outside any section: the inclusion counts as one level.
    @Test func nestingAtTheLimitBuilds() async throws {
        let site = try TestSite(files: ["Templates/partials/nav.mustache": Self.nested(Self.limit - 2, around: "{{#page.title}}x{{/page.title}}")])
        defer { site.remove() }
        _ = try await site.render()
    }

    @Test func nestingThroughPartialsIsCountedWhereItCrossesTheLimit() async throws {
        let site = try TestSite(files: [
            "Templates/partials/nav.mustache": Self.nested(60, around: "{{> partials/inner}}"),
            "Templates/partials/inner.mustache": Self.nested(60),
        ])
        defer { site.remove() }
        let failure = await site.failure()
        #expect(failure.hasPrefix("""
        Templates/partials/nav.mustache:1:541: error: including 'partials/inner' here nests sections, blocks and partials 121 deep; \
        a theme may nest them at most \(Self.limit) deep
        """), "\(failure)")
    }

    @Test func blockThatIncludesItsOwnParentIsRefused() async throws {
        let site = try TestSite(files: [
            "Templates/base.mustache": "<main>{{$content}}default{{/content}}</main>\n",
            "Templates/article.mustache": "{{<base}}{{$content}}<h1>{{page.title}}</h1>{{<base}}{{/base}}{{/content}}{{/base}}\n",
        ])
        defer { site.remove() }
        #expect(await site.failure() == """
        Templates/article.mustache:1:45: error: block 'content' given to 'base' includes 'base', which shows '{{$content}}', so the block \
        would render itself without end; a block may not include a template that shows it
        {{<base}}{{$content}}<h1>{{page.title}}</h1>{{<base}}{{/base}}{{/content}}{{/base}}
                                                    ^
        """)
    }

    @Test func blockThatReachesItsParentThroughAPartialIsRefused() async throws {
        let site = try TestSite(files: [
            "Templates/base.mustache": "<main>{{$content}}default{{/content}}</main>\n",
            "Templates/partials/again.mustache": "{{<base}}{{/base}}",
            "Templates/article.mustache": "{{<base}}\n{{$content}}\n<h1>{{page.title}}</h1>{{> partials/again}}\n{{/content}}\n{{/base}}\n",
        ])
        defer { site.remove() }
        #expect(await site.failure() == """
        Templates/article.mustache:3:24: error: block 'content' given to 'base' includes 'partials/again', which leads to a template that \
        shows '{{$content}}', so the block would render itself without end; a block may not include a template that shows it
        <h1>{{page.title}}</h1>{{> partials/again}}
                               ^
        """)
    }

    @Test func blockThatShowsItselfIsRefused() async throws {
        let site = try TestSite(files: [
            "Templates/base.mustache": "<main>{{$content}}default{{/content}}</main>\n",
            "Templates/article.mustache": "{{<base}}{{$content}}{{$content}}x{{/content}}{{/content}}{{/base}}\n",
        ])
        defer { site.remove() }
        #expect(await site.failure() == """
        Templates/article.mustache:1:10: error: block 'content' given to 'base' shows '{{$content}}' inside itself, so it would render \
        itself without end; a block may not show itself
        {{<base}}{{$content}}{{$content}}x{{/content}}{{/content}}{{/base}}
                 ^
        """)
    }

    @Test func inheritanceWithoutALoopRenders() async throws {
        let site = try TestSite(files: [
            "Templates/base.mustache": "<main>{{$content}}default{{/content}}</main>\n",
            "Templates/article.mustache": "{{<base}}{{$content}}<h1>{{page.title}}</h1>{{{page.content}}}{{/content}}{{/base}}\n",
        ])
        defer { site.remove() }
        let html = try #require(try await site.render().pages["learn/basics/index.html"])
        #expect(html.contains("<main><h1>Basics &amp; &quot;more&quot;</h1>"))
        #expect(html.contains("</main>"))
        #expect(!html.contains("default"))
    }

    @Test(arguments: [
        ("<p>{{page.title}}</p>{{! unfinished", "1:22", "this comment is never closed: the file ends before its '}}'"),
        ("<p>{{page.title}}</p>\n{{{page.content}}", "2:1", "this '{{{' tag is never closed: the file ends before its '}}}'"),
        ("<p>{{page.title}}</p>\n{{page.content}", "2:1", "this tag is never closed: the file ends before its '}}'"),
        ("<p>{{page.title}}</p>\n{{#page}}{{/page", "2:10", "this tag is never closed: the file ends before its '}}'"),
    ])
    func tagCutOffByTheEndOfTheFileIsNamedWhereItStarts(_ text: String, _ place: String, _ message: String) async throws {
        let site = try TestSite(files: ["Templates/article.mustache": text])
        defer { site.remove() }
        let failure = await site.failure()
        #expect(failure.hasPrefix("Templates/article.mustache:\(place): error: \(message)\n"), "\(failure)")
    }

    /// swift-mustache parses a file in time that grows with its tags times its length, so one
    /// file may hold at most `tagLimit` tags; a theme grows by files, which load one by one.
    @Test func aTemplateWithTooManyTagsIsRefusedAtTheFirstTagPastTheLimit() async throws {
        let line = "<p>{{page.title}} {{! a note }}</p>\n"
        let text = String(repeating: line, count: TemplateOutline.tagLimit / 2 + 1)
        #expect(TemplateOutline(scanning: text).tagCount == TemplateOutline.tagLimit + 2)
        #expect(TemplateOutline(scanning: String(repeating: line, count: TemplateOutline.tagLimit / 2)).firstPastTagLimit == nil)
        let site = try TestSite(files: ["Templates/partials/big.mustache": text, "Templates/article.mustache": "{{> partials/big}}"])
        defer { site.remove() }
        let failure = await site.failure()
        let lineNumber = TemplateOutline.tagLimit / 2 + 1
        #expect(failure.hasPrefix("""
            Templates/partials/big.mustache:\(lineNumber):4: error: this template holds \(TemplateOutline.tagLimit + 2) tags; a template may hold at most \(TemplateOutline.tagLimit) (this is the first past the limit): split it into partials

            """), "\(failure)")
    }

    /// Past the limit nothing more is opened, so each tag costs at most the limit: what each
    /// reference keeps of the sections around it stays within it.
    @Test func outlineStopsCountingPastTheLimit() {
        let text = String(repeating: "{{<p}}{{$b}}", count: 20_000) + String(repeating: "{{>p}}", count: 20_000)
        let outline = TemplateOutline(scanning: text)
        #expect(outline.firstTooDeep == TemplateOutline.Place(line: 1, column: 12 * (Self.limit / 2) + 1))
        #expect(outline.deepestNesting == Self.limit + 1)
        #expect(outline.references.count == 40_000)
        #expect(outline.references.allSatisfy { $0.nesting <= Self.limit && $0.parents.count <= Self.limit })
        #expect(outline.blockOverrides.count == Self.limit / 2)
    }

    @Test func outlineCountsNestingAndBlocks() {
        let outline = TemplateOutline(scanning: "{{#a}}{{<base}}{{$b}}{{> p}}{{$c}}{{/c}}{{/b}}{{/base}}{{/a}}{{$d}}{{/d}}{{! {{#e}} }}")
        #expect(outline.deepestNesting == 4)
        #expect(outline.blockExpansions == ["c", "d"])
        #expect(outline.blockOverrides.map(\.name) == ["b"])
        #expect(outline.blockOverrides.first?.references.map(\.name) == ["p"])
        #expect(outline.blockOverrides.first?.expansions == ["c"])
        #expect(outline.references.map { "\($0.name) \($0.nesting) \($0.parents)" } == ["base 1 []", "p 3 [\"base\"]"])
        #expect(outline.unterminatedTag == nil)
    }
}
