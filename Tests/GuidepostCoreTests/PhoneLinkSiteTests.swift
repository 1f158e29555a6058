import Foundation
@testable import GuidepostCore
import Testing

/// Phone numbers written in a guide's Markdown become links in the built pages, unless
/// `markdown.phone_links` is false.
@Suite struct PhoneLinkSiteTests {
    @Test func exampleGuideLinksTheNumbersOfGetHelpNow() async throws {
        let pages = try await SiteBuilder(options: BuildOptions(root: TestSite.repositoryRoot, displayRoot: "")).render().pages
        let english = try #require(pages["get-help-now/index.html"])
        #expect(english.contains("<li><strong>Call:</strong> <a href=\"tel:988\">988</a></li>"))
        #expect(english.contains("<li><strong>Text:</strong> <a href=\"sms:988\">988</a></li>"))
        #expect(english.contains("<strong>If someone is in danger right now, call <a href=\"tel:911\">911</a>.</strong>"))
        #expect(english.contains("<li><strong>Call:</strong> <a href=\"tel:+18006624357\">1-800-662-4357</a></li>"))
        #expect(english.contains("<li><strong>TTY:</strong> <a href=\"tel:+18004874889\">1-800-487-4889</a></li>"))
        // Headings stay text; "the 988 Lifeline" is not a number to call.
        #expect(english.contains(">Call 911 in an emergency</h2>"))
        #expect(!english.contains("<a href=\"tel:988\">988</a> is for mental health"))
        let spanish = try #require(pages["es/ayuda-ahora/index.html"])
        #expect(spanish.contains("<strong>Si alguien está en peligro ahora mismo, llame al <a href=\"tel:911\">911</a>.</strong>"))
        #expect(spanish.contains("<li><strong>Llamada:</strong> <a href=\"tel:988\">988</a></li>"))
        #expect(spanish.contains("<li><strong>Mensaje de texto:</strong> <a href=\"sms:988\">988</a></li>"))
    }

    @Test func linksNumbersOfTheFooterAndDisclaimer() async throws {
        let site = try TestSite(files: [
            "Content/site.yml": "title: Guide\nbase_url: https://example.org/\nfooter: Call 911 or 1-800-662-4357.\n",
            "Templates/layout.mustache": "{{{body}}}<footer>{{{site.footer}}}</footer>\n",
            // The settings' numbers are checked against the catalog like a page's.
            "Content/catalog.yml": "help_lines:\n  - id: samhsa\n    name: SAMHSA National Helpline\n    phone: 1-800-662-4357\n",
        ])
        defer { site.remove() }
        let page = try #require(try await site.render().pages["learn/next/index.html"])
        #expect(page.contains("<footer><p>Call <a href=\"tel:911\">911</a> or <a href=\"tel:+18006624357\">1-800-662-4357</a>.</p>\n</footer>"))
    }

    @Test func leavesNumbersAsTextWhenTheSettingIsOff() async throws {
        // Service codes only: the fixture has no catalog to allow a longer number.
        let article = "---\ntitle: Next\ndate: 2026-09-20\n---\n**Call:** 988, or dial 211.\n"
        let on = try TestSite(files: ["Content/learn/next.md": article])
        defer { on.remove() }
        #expect(try #require(try await on.render().pages["learn/next/index.html"])
            .contains("<p><strong>Call:</strong> <a href=\"tel:988\">988</a>, or dial <a href=\"tel:211\">211</a>.</p>"))
        let off = try TestSite(files: [
            "Content/learn/next.md": article,
            "Content/site.yml": "title: Guide\nbase_url: https://example.org/\nmarkdown:\n  phone_links: false\n",
        ])
        defer { off.remove() }
        #expect(try #require(try await off.render().pages["learn/next/index.html"])
            .contains("<p><strong>Call:</strong> 988, or dial 211.</p>"))
    }
}
