import Foundation
@testable import GuidepostCore
import Testing

/// Each kind of mistake in a user's files, with the whole printed message pinned.
@Suite struct BuildDiagnosticsTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var files: [String: String?]
        var expected: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "malformed YAML", files: ["Content/learn/next.md": "---\ntitle: Next\ntags: [a, b\nweight: 2\n---\nText.\n"], expected: """
        Content/learn/next.md:3:7: error: invalid YAML: this list is never closed; end it with ']', and put ',' between its entries
        tags: [a, b
              ^
        """),
        Case(name: "unterminated front matter", files: ["Content/learn/next.md": "---\ntitle: Next\n\nText.\n"], expected: """
        Content/learn/next.md:1:1: error: front matter is never closed; add a line '---' after the last front matter line
        ---
        ^
        """),
        Case(name: "no front matter", files: ["Content/learn/next.md": "# Next\n\nText.\n"], expected: """
        Content/learn/next.md:1:1: error: missing front matter; start the file with a line '---', then 'title: ...', then '---'
        # Next
        ^
        """),
        Case(name: "front matter that is a list", files: ["Content/learn/next.md": "---\n- title\n- Next\n---\nText.\n"], expected: """
        Content/learn/next.md:2:1: error: front matter must be a mapping of keys to values, found a list
        - title
        ^
        """),
        Case(name: "missing title", files: ["Content/learn/next.md": "---\nsummary: Hi\n---\nText.\n"], expected: """
        Content/learn/next.md:2:1: error: front matter is missing the required key 'title'
        summary: Hi
        ^
        """),
        Case(name: "wrong types", files: ["Content/learn/next.md": "---\ntitle: [Next]\ndraft: maybe\nweight: heavy\ntags: basics\n---\nText.\n"], expected: """
        Content/learn/next.md:2:8: error: 'title' must be text, found a list
        title: [Next]
               ^
        Content/learn/next.md:3:8: error: 'draft' must be true or false, found 'maybe'
        draft: maybe
               ^
        Content/learn/next.md:4:9: error: 'weight' must be a whole number, found 'heavy'
        weight: heavy
                ^
        Content/learn/next.md:5:7: error: 'tags' must be a list such as [first, second], found 'basics'
        tags: basics
              ^
        """),
        Case(name: "invalid dates", files: ["Content/learn/next.md": "---\ntitle: Next\ndate: 2026-02-30\nupdated: yesterday\n---\nText.\n"], expected: """
        Content/learn/next.md:3:7: error: invalid date '2026-02-30' for 'date': February 2026 has no day 30; write it as YYYY-MM-DD
        date: 2026-02-30
              ^
        Content/learn/next.md:4:10: error: invalid date 'yesterday' for 'updated': it is not in the form YYYY-MM-DD; write the year, month and day in digits, such as 2026-09-14
        updated: yesterday
                 ^
        """),
        Case(name: "unknown front matter key", files: ["Content/learn/next.md": "---\ntitle: Next\nsumary: Hi\n---\nText.\n"], expected: """
        Content/learn/next.md:3:1: error: unknown key 'sumary' in front matter; did you mean 'summary'?
        sumary: Hi
        ^
        """),
        Case(name: "duplicate key", files: ["Content/learn/next.md": "---\ntitle: Next\ntitle: Again\n---\nText.\n"], expected: """
        Content/learn/next.md:3:1: error: duplicate key 'title': it is already set on line 2; keep only one of them
        title: Again
        ^
        """),
        Case(name: "unknown template", files: ["Content/learn/next.md": "---\ntitle: Next\ntemplate: artcle\n---\nText.\n"], expected: """
        Content/learn/next.md:3:11: error: unknown template 'artcle' (no Templates/artcle.mustache); did you mean 'article'?
        template: artcle
                  ^
        """),
        Case(name: "template syntax error", files: ["Templates/article.mustache": "<h1>{{page.title}}</h1>\n{{#page.tags}}\n<p>{{name}}</p>\n{{/page.toc}}\n"], expected: """
        Templates/article.mustache:4:4: error: this closing tag does not match the section that is open
        {{/page.toc}}
           ^
        """),
        Case(name: "unknown partial", files: ["Templates/layout.mustache": "<html>\n  {{> partials/navv}}\n{{{body}}}</html>\n"], expected: """
        Templates/layout.mustache:2:3: error: unknown partial 'partials/navv'; did you mean 'partials/nav'?
          {{> partials/navv}}
          ^
        """),
        Case(name: "recursive partial", files: ["Templates/partials/nav.mustache": "<nav>{{> partials/nav}}</nav>"], expected: """
        Templates/partials/nav.mustache:1:6: error: partial 'partials/nav' includes itself through this reference; a partial may not be recursive
        <nav>{{> partials/nav}}</nav>
             ^
        """),
        Case(name: "missing required template", files: ["Templates/404.mustache": nil], expected: """
        Templates/404.mustache: error: the theme has no '404' template; every theme needs 'layout', 'home', 'section', 'article', '404', 'redirect'
        """),
        Case(name: "broken links and anchors", files: ["Content/learn/next.md": "---\ntitle: Next\n---\nSee [basics](basic.md) and [top](../missing.md).\n\nAnd [later](basics.md#latr).\n"], expected: """
        Content/learn/next.md:4:5: error: link to missing file 'basic.md'; did you mean 'basics.md'?
        See [basics](basic.md) and [top](../missing.md).
            ^
        Content/learn/next.md:4:28: error: link to missing file '../missing.md'
        See [basics](basic.md) and [top](../missing.md).
                                   ^
        Content/learn/next.md:6:5: error: no heading '#latr' in 'learn/basics.md'; did you mean 'later'?
        And [later](basics.md#latr).
            ^
        """),
        Case(name: "link to a draft", files: ["Content/learn/next.md": "---\ntitle: Next\n---\nSee [draft](draft.md).\n"], expected: """
        Content/learn/next.md:4:5: error: link to 'draft.md', which is a draft and is not published; build with --drafts or remove the link
        See [draft](draft.md).
            ^
        """),
        Case(name: "duplicate URL", files: ["Content/learn/again.md": "---\ntitle: Again\nslug: next\n---\nText.\n"], expected: """
        Content/learn/next.md:2:8: error: URL '/learn/next/' is produced twice: here and by Content/learn/again.md
        title: Next
               ^
        """),
        Case(name: "alias that is not a site path", files: ["Content/learn/next.md": "---\ntitle: Next\naliases: [/learn/basics/, https://x.org/]\n---\nText.\n"], expected: """
        Content/learn/next.md:3:27: error: each alias must be a site-relative path such as /old/page/, found 'https://x.org/'
        aliases: [/learn/basics/, https://x.org/]
                                  ^
        """),
        Case(name: "alias that takes a page's URL", files: ["Content/learn/next.md": "---\ntitle: Next\naliases: [/learn/basics/]\n---\nText.\n"], expected: """
        Content/learn/next.md:3:11: error: URL '/learn/basics/' is produced twice: here and by Content/learn/basics.md
        aliases: [/learn/basics/]
                  ^
        """),
        Case(name: "slug that climbs out of its folder", files: ["Content/learn/next.md": "---\ntitle: Next\nslug: ..\n---\nText.\n"], expected: """
        Content/learn/next.md:3:7: error: 'slug' may only hold letters, digits, '-', '_' and '.', and may not start with '.', found '..'
        slug: ..
              ^
        """),
        Case(name: "slug in a section index", files: ["Content/learn/_index.md": "---\ntitle: Learn\nslug: study\n---\n"], expected: """
        Content/learn/_index.md:3:7: error: 'slug' cannot be used in _index.md; rename the folder to change the section's address
        slug: study
              ^
        """),
        Case(name: "broken link in the footer", files: ["Content/site.yml": "title: Guide\nbase_url: https://example.org/\nfooter: See [about](abut.md).\n"], expected: """
        Content/site.yml:3:9: error: in 'footer': link to missing file 'abut.md'
        footer: See [about](abut.md).
                ^
        """),
        Case(name: "site.yml mistakes", files: ["Content/site.yml": "titel: Guide\nbase_url: example.org\nlanguage: en us\n"], expected: """
        Content/site.yml:1:1: error: site.yml is missing the required key 'title'
        titel: Guide
        ^
        Content/site.yml:1:1: error: unknown key 'titel' in site.yml; did you mean 'title'?
        titel: Guide
        ^
        Content/site.yml:2:11: error: 'base_url' must be an absolute http or https address such as https://example.org/, found 'example.org'
        base_url: example.org
                  ^
        Content/site.yml:3:11: error: 'language' must be a language tag such as en or es-US, found 'en us'
        language: en us
                  ^
        """),
        Case(name: "menu entry to a missing page", files: ["Content/site.yml": "title: Guide\nbase_url: https://example.org/\nmenu:\n  - title: Lern\n    url: /lern/\n"], expected: """
        Content/site.yml:5:10: error: menu entry 'Lern' links to '/lern/', which is not a page of this site; did you mean '/learn/'?
            url: /lern/
                 ^
        """),
        Case(name: "tab in YAML indentation", files: ["Content/site.yml": "title: Guide\nbase_url: https://example.org/\nmenu:\n\t- title: Learn\n"], expected: """
        Content/site.yml:4:1: error: invalid YAML: a tab cannot indent YAML; indent with spaces
        \t- title: Learn
        ^
        """),
        Case(name: "missing site.yml", files: ["Content/site.yml": nil], expected: """
        Content/site.yml: error: no site settings found; create Content/site.yml with at least 'title' and 'base_url', or start a new site with 'guidepost init'
        """),
    ]

    @Test(arguments: cases) func reportsTheMistake(_ testCase: Case) async throws {
        let site = try TestSite(files: testCase.files)
        defer { site.remove() }
        #expect(await site.failure() == testCase.expected)
    }

    @Test func reportsInvalidUTF8WhereItStarts() async throws {
        let site = try TestSite()
        defer { site.remove() }
        var data = Data("---\ntitle: Next\n---\nCafé ok\nbad ".utf8)
        data.append(0xFF)
        try data.write(to: site.root.appendingPathComponent("Content/learn/next.md"))
        #expect(await site.failure() == "Content/learn/next.md:5:5: error: file is not valid UTF-8 text (save it as UTF-8)\nbad \u{FFFD}\n    ^")
    }

    @Test func reportsEveryErrorOfEveryFileAtOnce() async throws {
        let site = try TestSite(files: [
            "Content/learn/next.md": "---\ntitle: Next\ndraft: maybe\n---\n",
            "Content/learn/basics.md": "---\ntitle: Basics\n---\nSee [x](nowhere.md).\n",
            "Templates/home.mustache": "{{#page.title}}",
        ])
        defer { site.remove() }
        let printed = await site.failure()
        #expect(printed.components(separatedBy: ": error: ").count - 1 == 2)
        #expect(printed.hasPrefix("Content/learn/next.md:3:8: error: 'draft' must be true or false"))
        #expect(printed.contains("Templates/home.mustache:1:1: error: section '{{#page.title}}' is never closed"))
        // Link errors come from a later phase, reported once the files can be read.
        #expect(!printed.contains("nowhere.md"))
    }
}
