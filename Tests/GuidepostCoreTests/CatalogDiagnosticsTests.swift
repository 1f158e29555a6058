import Foundation
@testable import GuidepostCore
import Testing

/// Each kind of mistake in the catalog, and in articles that use it, with the printed message pinned.
@Suite struct CatalogDiagnosticsTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var replace: String
        var with: String
        var expected: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "YAML syntax error", replace: "  - id: aa\n", with: "  - id: aa\n   bad: [\n", expected: """
        Content/catalog.yml:25:4: error: invalid YAML: this line is not indented like the lines above it; check its indentation
           bad: [
           ^
        """),
        Case(name: "wrong type", replace: "    abbreviation: AA\n", with: "    abbreviation: [AA]\n", expected: """
        Content/catalog.yml:26:19: error: 'abbreviation' must be text, found a list
            abbreviation: [AA]
                          ^
        """),
        Case(name: "missing required field", replace: "    summary: Self-management tools.\n", with: "", expected: """
        Content/catalog.yml:39:5: error: this group is missing the required key 'summary'
          - id: smart
            ^
        """),
        Case(name: "duplicate id", replace: "  - id: smart\n", with: "  - id: aa\n", expected: """
        Content/catalog.yml:34:15: error: unknown group 'smart' in 'related'
            related: [smart]
                      ^
        Content/catalog.yml:39:9: error: duplicate group id 'aa'; it is first defined at Content/catalog.yml:24:9
          - id: aa
                ^
        Content/catalog.yml:53:16: error: unknown group 'smart'
              groups: [smart, aa]
                       ^
        """),
        Case(name: "unknown key", replace: "    website: https://www.aa.org/\n", with: "    webiste: https://www.aa.org/\n", expected: """
        Content/catalog.yml:29:5: error: unknown key 'webiste' in a group; did you mean 'website'?
            webiste: https://www.aa.org/
            ^
        """),
        Case(name: "unknown vocabulary value", replace: "      approach: twelve-step\n", with: "      approach: twelve-stp\n", expected: """
        Content/catalog.yml:31:17: error: unknown value 'twelve-stp' for 'approach'; did you mean 'twelve-step'?
              approach: twelve-stp
                        ^
        """),
        Case(name: "unknown group type", replace: "    type: fellowship\n    summary: A fellowship", with: "    type: felowship\n    summary: A fellowship", expected: """
        Content/catalog.yml:27:11: error: unknown group type 'felowship'; did you mean 'fellowship'?
            type: felowship
                  ^
        """),
        Case(name: "unknown and self related groups", replace: "    related: [smart]\n", with: "    related: [smrt, aa]\n", expected: """
        Content/catalog.yml:34:15: error: unknown group 'smrt' in 'related'; did you mean 'smart'?
            related: [smrt, aa]
                      ^
        Content/catalog.yml:34:21: error: a group cannot be related to itself
            related: [smrt, aa]
                            ^
        """),
        Case(name: "unknown dimension", replace: "      languages: Many\n", with: "      language: Many\n", expected: """
        Content/catalog.yml:33:7: error: unknown dimension 'language'; did you mean 'languages'?
              language: Many
              ^
        """),
        Case(name: "address that is not http, https, mailto or tel", replace: "    website: https://www.aa.org/\n", with: "    website: javascript:alert(1)\n", expected: """
        Content/catalog.yml:29:14: error: invalid address 'javascript:alert(1)' for 'website': only http, https, mailto and tel addresses are allowed
            website: javascript:alert(1)
                     ^
        """),
        Case(name: "invalid date", replace: "    reviewed: 2026-10-02\n", with: "    reviewed: 2026-10-32\n", expected: """
        Content/catalog.yml:48:15: error: invalid date '2026-10-32' for 'reviewed': October 2026 has no day 32; write it as YYYY-MM-DD
            reviewed: 2026-10-32
                      ^
        """),
        Case(name: "list for a one-value dimension", replace: "      approach: secular\n", with: "      approach: [secular, twelve-step]\n", expected: """
        Content/catalog.yml:44:17: error: 'approach' takes one value, not a list (set 'multiple: true' on the dimension to allow several)
              approach: [secular, twelve-step]
                        ^
        """),
        Case(name: "rows with two kinds", replace: "      groups: [smart, aa]\n", with: "      groups: [smart, aa]\n      types: [fellowship]\n", expected: """
        Content/catalog.yml:53:7: error: 'rows' needs exactly one of 'groups', 'types', 'all_groups', 'group_types', 'values_of'
              groups: [smart, aa]
              ^
        """),
        Case(name: "unknown columns", replace: "    columns: [approach, format, website]\n", with: "    columns: [aproach, format, phone_number]\n", expected: """
        Content/catalog.yml:54:15: error: unknown column 'aproach'; did you mean 'approach'?
            columns: [aproach, format, phone_number]
                      ^
        Content/catalog.yml:54:32: error: unknown column 'phone_number'; these rows can show 'summary', 'type', 'website', 'reviewed', 'abbreviation', 'approach', 'format', 'languages'
            columns: [aproach, format, phone_number]
                                       ^
        """),
        Case(name: "unknown group in rows", replace: "      groups: [smart, aa]\n", with: "      groups: [smart, al-anon]\n", expected: """
        Content/catalog.yml:53:23: error: unknown group 'al-anon'
              groups: [smart, al-anon]
                              ^
        """),
        Case(name: "help line without a number", replace: "    phone: \"988\"\n    text: \"988\"\n", with: "    phone: call us\n", expected: """
        Content/catalog.yml:56:5: error: help line 'lifeline' needs at least one of 'phone', 'text' or 'chat'
          - id: lifeline
            ^
        Content/catalog.yml:58:12: error: 'phone' must be a phone number such as 1-800-662-4357, found 'call us'
            phone: call us
                   ^
        """),
        Case(name: "invalid id", replace: "  - id: smart\n", with: "  - id: Smart Recovery\n", expected: """
        Content/catalog.yml:34:15: error: unknown group 'smart' in 'related'
            related: [smart]
                      ^
        Content/catalog.yml:39:9: error: id 'Smart Recovery' may only hold lowercase letters, digits and '-', starting with a letter or digit
          - id: Smart Recovery
                ^
        Content/catalog.yml:53:16: error: unknown group 'smart'
              groups: [smart, aa]
                       ^
        """),
        Case(name: "unknown top-level key", replace: "help_lines:\n", with: "helplines:\n", expected: """
        Content/catalog.yml:55:1: error: unknown key 'helplines' in the catalog; did you mean 'help_lines'?
        helplines:
        ^
        """),
        Case(name: "translation that is not text", replace: "    label: {en: Approach, es: Enfoque}\n", with: "    label: {en: Approach, es: [Enfoque]}\n", expected: """
        Content/catalog.yml:3:31: error: the 'es' text of 'label' must be text, found a list
            label: {en: Approach, es: [Enfoque]}
                                      ^
        """),
        Case(name: "dimension named like a built-in column", replace: "  - id: languages\n", with: "  - id: website\n", expected: """
        Content/catalog.yml:17:9: error: 'website' is the name of a built-in column; give this dimension another id
          - id: website
                ^
        Content/catalog.yml:33:7: error: unknown dimension 'languages'
              languages: Many
              ^
        """),
        Case(name: "broken link in a description", replace: "    summary: Self-management tools.\n", with: "    summary: Self-management tools.\n    description: See [AA](group:a-a).\n", expected: """
        Content/catalog.yml:39:5: error: in the description of group 'smart': unknown group 'a-a' in link 'group:a-a'; did you mean 'aa'?
          - id: smart
            ^
        """),
        Case(name: "default columns the groups table cannot show", replace: "comparisons:\n", with: "default_columns: [aproach, format, format, website]\ncomparisons:\n", expected: """
        Content/catalog.yml:49:19: error: unknown column 'aproach' in 'default_columns'; did you mean 'approach'?
        default_columns: [aproach, format, format, website]
                          ^
        Content/catalog.yml:49:36: error: 'format' is listed twice in 'default_columns'
        default_columns: [aproach, format, format, website]
                                           ^
        Content/catalog.yml:49:44: error: unknown column 'website' in 'default_columns'; the table on /groups/ can show 'type', 'approach', 'format', 'languages'
        default_columns: [aproach, format, format, website]
                                                   ^
        """),
        Case(name: "empty default columns", replace: "comparisons:\n", with: "default_columns: []\ncomparisons:\n", expected: """
        Content/catalog.yml:49:18: error: 'default_columns' must name at least one column
        default_columns: []
                         ^
        """),
    ]

    @Test(arguments: cases) func reportsTheMistake(_ testCase: Case) async throws {
        #expect(CatalogTestSite.catalog.contains(testCase.replace))
        let catalog = CatalogTestSite.catalog.replacingOccurrences(of: testCase.replace, with: testCase.with)
        let site = try TestSite(files: CatalogTestSite.files(catalog: catalog))
        defer { site.remove() }
        #expect(await site.failure() == testCase.expected)
    }

    @Test func reportsDefaultColumnsGivenInTwoFiles() async throws {
        let site = try TestSite(files: CatalogTestSite.files(catalog: "default_columns: [type]\n" + CatalogTestSite.catalog, [
            "Content/catalog/more.yml": "# More.\ndefault_columns: [format]\n",
        ]))
        defer { site.remove() }
        #expect(await site.failure() == """
        Content/catalog/more.yml:2:18: error: 'default_columns' is given twice; it is first given at Content/catalog.yml:1:18
        default_columns: [format]
                         ^
        """)
    }

    static let articles: [(String, String)] = [
        ("---\ntitle: Next\n---\n```comparison basics\nrows: all\n```\n", """
        Content/learn/next.md:5:1: error: a block that names a comparison must be empty; describe a table of your own in a block without a name
        rows: all
        ^
        """),
        ("---\ntitle: Next\n---\nSee [x](group:aaa) and [y](type:fellow).\n\n```comparison basix\n```\n", """
        Content/learn/next.md:4:5: error: unknown group 'aaa' in link 'group:aaa'; did you mean 'aa'?
        See [x](group:aaa) and [y](type:fellow).
            ^
        Content/learn/next.md:4:24: error: unknown group type 'fellow' in link 'type:fellow'
        See [x](group:aaa) and [y](type:fellow).
                               ^
        Content/learn/next.md:6:15: error: unknown comparison 'basix'; did you mean 'basics'?
        ```comparison basix
                      ^
        """),
        ("---\ntitle: Next\n---\nText.\n\n```comparison\ncaption: X\nrows:\n  groups: [aa, nope]\ncolumns: [summary, cost]\n```\n", """
        Content/learn/next.md:9:16: error: unknown group 'nope'
          groups: [aa, nope]
                       ^
        """),
        ("---\ntitle: Next\n---\nText.\n\n```comparison\n```\n", """
        Content/learn/next.md:6:1: error: empty comparison block; name a comparison (```comparison choosing) or give 'caption', 'rows' and 'columns'
        ```comparison
        ^
        """),
    ]

    @Test(arguments: articles.indices) func reportsMistakesInArticlesThatUseTheCatalog(_ index: Int) async throws {
        let (article, expected) = Self.articles[index]
        let site = try TestSite(files: CatalogTestSite.files(["Content/learn/next.md": article]))
        defer { site.remove() }
        #expect(await site.failure() == expected)
    }
}
