@testable import GuidepostCore
import Testing

/// Addresses that could run code or leave the site, in every field that takes one and in
/// Markdown, each refused with its whole message pinned; and the rule itself, case by case.
extension ContentSafetyTests {
    // MARK: - Refused addresses

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var files: [String: String?]
        var expected: String
        var testDescription: String { name }

        /// A change to the catalog of `CatalogTestSite` (a `replace` that is not there leaves a
        /// catalog that builds, and the case fails).
        static func catalog(_ name: String, replace: String, with: String, expected: String) -> Case {
            Case(name: name, files: CatalogTestSite.files(catalog: CatalogTestSite.catalog.replacingOccurrences(of: replace, with: with)), expected: expected)
        }

        static func settings(_ name: String, _ extra: String, expected: String) -> Case {
            Case(name: name, files: ["Content/site.yml": "title: Guide\nbase_url: https://example.org/\n" + extra], expected: expected)
        }

        static func article(_ name: String, _ body: String, expected: String) -> Case {
            Case(name: name, files: ["Content/learn/next.md": "---\ntitle: Next\n---\n" + body], expected: expected)
        }
    }

    static let refusals: [Case] = [
        .settings("menu entry to javascript:", "menu:\n  - title: Home\n    url: javascript:alert(1)\n", expected: """
        Content/site.yml:5:10: error: invalid address 'javascript:alert(1)' for 'url': only http, https, mailto and tel addresses and paths on this site are allowed
            url: javascript:alert(1)
                 ^
        """),
        .settings("menu entry with a tab in the scheme", "menu:\n  - title: Home\n    url: \"java\\tscript:alert(1)\"\n", expected: """
        Content/site.yml:5:10: error: invalid address 'java\\tscript:alert(1)' for 'url': only http, https, mailto and tel addresses and paths on this site are allowed
            url: "java\\tscript:alert(1)"
                 ^
        """),
        .settings("menu entry with a space and mixed case", "menu:\n  - title: Home\n    url: \" JaVaScRiPt:alert(1)\"\n", expected: """
        Content/site.yml:5:10: error: invalid address ' JaVaScRiPt:alert(1)' for 'url': only http, https, mailto and tel addresses and paths on this site are allowed
            url: " JaVaScRiPt:alert(1)"
                 ^
        """),
        .settings("menu entry to another site without a scheme", "menu:\n  - title: Home\n    url: //evil.example/\n", expected: """
        Content/site.yml:5:10: error: invalid address '//evil.example/' for 'url': an address on another site must be written in full, starting with https://
            url: //evil.example/
                 ^
        """),
        .settings("menu entry breaking out of the attribute", "menu:\n  - title: Home\n    url: /learn/\"><script>alert(1)</script>\n", expected: """
        Content/site.yml:5:10: error: invalid address '/learn/"><script>alert(1)</script>' for 'url': an address may not contain spaces, control characters or any of " < > \\ `; write a space as %20
            url: /learn/"><script>alert(1)</script>
                 ^
        """),
        .settings("quick exit to javascript:", "quick_exit_url: javascript:alert(1)\n", expected: """
        Content/site.yml:3:17: error: 'quick_exit_url' must be an http or https address of a neutral site, found 'javascript:alert(1)'
        quick_exit_url: javascript:alert(1)
                        ^
        """),
        .settings("link to javascript: in the footer", "footer: See [this](javascript:alert(1)).\n", expected: """
        Content/site.yml:3:9: error: in 'footer': unsafe link 'javascript:alert(1)': it could run code or open files in a reader's browser; link to an http, https, mailto or tel address or a path on this site
        footer: See [this](javascript:alert(1)).
                ^
        """),
        Case(name: "base URL with a line break", files: ["Content/site.yml": "title: Guide\nbase_url: \"https://example.org/\\nDisallow: /\"\n"], expected: """
        Content/site.yml:2:11: error: 'base_url' must be an absolute http or https address such as https://example.org/, found 'https://example.org/\\nDisallow: /': an address may not contain spaces, control characters or any of " < > \\ `; write a space as %20
        base_url: "https://example.org/\\nDisallow: /"
                  ^
        """),
        .catalog("website with a space and mixed case", replace: "    website: https://www.aa.org/\n", with: "    website: \" jAvAscript:alert(1)\"\n", expected: """
        Content/catalog.yml:29:14: error: invalid address ' jAvAscript:alert(1)' for 'website': only http, https, mailto and tel addresses are allowed
            website: " jAvAscript:alert(1)"
                     ^
        """),
        .catalog("website to a local file", replace: "    website: https://www.aa.org/\n", with: "    website: file:///etc/passwd\n", expected: """
        Content/catalog.yml:29:14: error: invalid address 'file:///etc/passwd' for 'website': only http, https, mailto and tel addresses are allowed
            website: file:///etc/passwd
                     ^
        """),
        .catalog("website breaking out of the attribute", replace: "    website: https://www.aa.org/\n", with: "    website: https://www.aa.org/\"><script>alert(1)</script>\n", expected: """
        Content/catalog.yml:29:14: error: invalid address 'https://www.aa.org/"><script>alert(1)</script>' for 'website': an address may not contain spaces, control characters or any of " < > \\ `; write a space as %20
            website: https://www.aa.org/"><script>alert(1)</script>
                     ^
        """),
        .catalog("source to a data: address", replace: "        url: https://smartrecovery.org/\n", with: "        url: data:text/html;base64,PHNjcmlwdD4=\n", expected: """
        Content/catalog.yml:47:14: error: invalid address 'data:text/html;base64,PHNjcmlwdD4=' for 'url': only http, https, mailto and tel addresses are allowed
                url: data:text/html;base64,PHNjcmlwdD4=
                     ^
        """),
        .catalog("help line chat to vbscript:", replace: "    text: \"988\"\n", with: "    text: \"988\"\n    chat: vbscript:msgbox(1)\n", expected: """
        Content/catalog.yml:60:11: error: invalid address 'vbscript:msgbox(1)' for 'chat': only http, https, mailto and tel addresses are allowed
            chat: vbscript:msgbox(1)
                  ^
        """),
        .catalog("help line number with markup", replace: "    phone: \"988\"\n", with: "    phone: \"988<script>\"\n", expected: """
        Content/catalog.yml:58:12: error: 'phone' must be a phone number such as 1-800-662-4357, found '988<script>'
            phone: "988<script>"
                   ^
        """),
        .catalog("link to javascript: in a group description", replace: "    summary: Self-management tools.\n", with: "    summary: Self-management tools.\n    description: See [this](javascript:alert(1)).\n", expected: """
        Content/catalog.yml:39:5: error: in the description of group 'smart': unsafe link 'javascript:alert(1)': it could run code or open files in a reader's browser; link to an http, https, mailto or tel address or a path on this site
          - id: smart
            ^
        """),
        .article("Markdown link to javascript:", "Read [this](javascript:alert(1)).\n", expected: """
        Content/learn/next.md:4:6: error: unsafe link 'javascript:alert(1)': it could run code or open files in a reader's browser; link to an http, https, mailto or tel address or a path on this site
        Read [this](javascript:alert(1)).
             ^
        """),
        .article("Markdown image from JaVaScRiPt:", "See ![a picture](JaVaScRiPt:alert(1)).\n", expected: """
        Content/learn/next.md:4:5: error: unsafe link 'JaVaScRiPt:alert(1)': it could run code or open files in a reader's browser; link to an http, https, mailto or tel address or a path on this site
        See ![a picture](JaVaScRiPt:alert(1)).
            ^
        """),
        .article("autolink to javascript:", "Go to <javascript:alert(1)>.\n", expected: """
        Content/learn/next.md:4:7: error: unsafe link 'javascript:alert(1)': it could run code or open files in a reader's browser; link to an http, https, mailto or tel address or a path on this site
        Go to <javascript:alert(1)>.
              ^
        """),
        .article("reference link to vbscript:", "Read [this][x].\n\n[x]: vbscript:msgbox(1)\n", expected: """
        Content/learn/next.md:4:6: error: unsafe link 'vbscript:msgbox(1)': it could run code or open files in a reader's browser; link to an http, https, mailto or tel address or a path on this site
        Read [this][x].
             ^
        """),
        .article("Markdown link with an entity for the colon", "Read [this](javascript&colon;alert(1)).\n", expected: """
        Content/learn/next.md:4:6: error: unsafe link 'javascript:alert(1)': it could run code or open files in a reader's browser; link to an http, https, mailto or tel address or a path on this site
        Read [this](javascript&colon;alert(1)).
             ^
        """),
        .article("Markdown link to a data: address", "Read [this](data:text/html;base64,PHNjcmlwdD4=).\n", expected: """
        Content/learn/next.md:4:6: error: unsafe link 'data:text/html;base64,PHNjcmlwdD4=': it could run code or open files in a reader's browser; link to an http, https, mailto or tel address or a path on this site
        Read [this](data:text/html;base64,PHNjcmlwdD4=).
             ^
        """),
        Case(name: "Markdown link to javascript: with raw HTML on", files: [
            "Content/site.yml": "title: Guide\nbase_url: https://example.org/\nmarkdown:\n  raw_html: true\n",
            "Content/learn/next.md": "---\ntitle: Next\n---\nRead [this](javascript:alert(1)).\n",
        ], expected: """
        Content/learn/next.md:4:6: error: unsafe link 'javascript:alert(1)': it could run code or open files in a reader's browser; link to an http, https, mailto or tel address or a path on this site
        Read [this](javascript:alert(1)).
             ^
        """),
    ]

    @Test(arguments: refusals) func refusesAddressesThatCouldRunCode(_ testCase: Case) async throws {
        let site = try TestSite(files: testCase.files)
        defer { site.remove() }
        let printed = await site.failure()
        #expect(printed == testCase.expected)
    }

    // MARK: - The address rule

    @Test(arguments: [
        "/learn/", "learn/first-meeting/", "#top", "../choosing/", "?page=2", "https://example.org/", "HTTPS://Example.org/a?b=c#d",
        "http://example.org", "mailto:help@example.org", "tel:+18006624357", "https://en.wikipedia.org/wiki/Bill_W.'s_story",
    ])
    func acceptsWebMailPhoneAndSiteAddresses(_ address: String) {
        #expect(SafeURL.problem(address, allowingSitePaths: true) == nil)
    }

    @Test(arguments: [
        "javascript:alert(1)", "jAvAscript:alert(1)", " javascript:alert(1)", "java\tscript:alert(1)", "java\nscript:alert(1)",
        "\u{1}javascript:alert(1)", "vbscript:msgbox(1)", "data:text/html,<b>", "DATA:image/svg+xml;base64,PHN2Zz4=", "file:///etc/passwd",
        "ftp://example.org/", "//evil.example/", "/\\evil.example/", "https://", "https:example.org", "mailto:", "https://exa mple.org/",
        "/learn/\u{202E}lmth.exe", "/learn/\"onmouseover=alert(1)",
    ])
    func refusesEverythingElse(_ address: String) {
        #expect(SafeURL.problem(address, allowingSitePaths: true) != nil)
        #expect(SafeURL.problem(address, allowingSitePaths: false) != nil)
    }

    @Test func readsTheSchemeTheWayABrowserDoes() {
        #expect(SafeURL.scheme(of: "java\tscript:alert(1)") == "javascript")
        #expect(SafeURL.scheme(of: "\u{1} JaVaScRiPt:alert(1)") == "javascript")
        #expect(SafeURL.scheme(of: "java\u{0}script:alert(1)") == nil)
        #expect(SafeURL.scheme(of: "/javascript:alert(1)") == nil)
        #expect(SafeURL.scheme(of: "javascript&colon;alert(1)") == nil)
        #expect(SafeURL.scheme(of: "1http://example.org/") == nil)
        #expect(SafeURL.problem("/learn/", allowingSitePaths: false) == "write a full address such as https://example.org/")
        #expect(SafeURL.shown("a\tb\nc\u{200B}d") == "a\\tb\\nc\\u200Bd")
    }
}
