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
            "Templates/article.mustache": "{{<base}}{{$content}}<h1>{{page.title}}</h1>{{/content}}{{/base}}\n",
        ])
        defer { site.remove() }
        let html = try #require(try await site.render().pages["learn/basics/index.html"])
        #expect(html.contains("<main><h1>Basics &amp; &quot;more&quot;</h1></main>"))
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

    /// 4 times the tags take about 4 times as long to load (16 times, before swift-mustache's
    /// parser was made linear). The fastest of three runs of each size is compared, with room
    /// for a busy machine.
    @Test func loadingTakesTimeInProportionToTheTags() throws {
        func fastestLoad(tags: Int) throws -> Duration {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("guidepost-tags-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: folder) }
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let line = "<p>{{page.title}} {{#page.summary}}{{.}}{{/page.summary}} peer support</p>\n"
            try Data(String(repeating: line, count: tags / 3).utf8).write(to: folder.appendingPathComponent("big.mustache"))
            return try (0..<3).map { _ in
                var diagnostics: [Diagnostic] = []
                let start = ContinuousClock.now
                let templates = ThemeTemplates.load(from: folder, displayFolder: "Templates", required: [], into: &diagnostics)
                let elapsed = ContinuousClock.now - start
                try #require(templates != nil && diagnostics.isEmpty)
                return elapsed
            }.min()!
        }
        let small = try fastestLoad(tags: 3_000), large = try fastestLoad(tags: 12_000)
        #expect(large / small < 9, "3,000 tags: \(small), 12,000 tags: \(large)")
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
