import Foundation
@testable import GuidepostCore
import Testing

/// Pages a reader in crisis opens lead with what to do: the `help_page` and pages marked
/// `urgent: true`, in every edition.
@Suite struct UrgentPageTests {
    static let layout = "{{#page.is_urgent}}URGENT {{/page.is_urgent}}{{page.title}}"

    @Test func marksTheHelpPageAndPagesThatSaySoInEveryEdition() async throws {
        var files = LanguageEditionTests.bilingual
        files["Templates/layout.mustache"] = Self.layout
        files["Content/learn/basics.es.md"] = "---\ntitle: Lo básico\nslug: lo-basico\nurgent: true\n---\nTexto.\n"
        let site = try TestSite(files: files)
        defer { site.remove() }
        let pages = try await site.render().pages
        #expect(pages["learn/next/index.html"] == "URGENT Next")  // help_page: learn/next.md
        #expect(pages["es/learn/lo-basico/index.html"] == "URGENT Lo básico")
        #expect(pages["learn/basics/index.html"] == "Basics &amp; &quot;more&quot;")
    }

    @Test func theHelpPageCanSayItIsNotUrgent() async throws {
        var files = LanguageEditionTests.bilingual
        files["Templates/layout.mustache"] = Self.layout
        files["Content/learn/next.md"] = "---\ntitle: Next\nurgent: false\n---\nText.\n"
        let site = try TestSite(files: files)
        defer { site.remove() }
        #expect(try await site.render().pages["learn/next/index.html"] == "Next")
    }

    @Test func theExampleGuidesGetHelpNowLeadsWithWhatToDo() async throws {
        let options = BuildOptions(root: TestSite.repositoryRoot, displayRoot: "")
        let pages = try await SiteBuilder(options: options).render().pages
        for path in ["get-help-now/index.html", "es/ayuda-ahora/index.html"] {
            let page = try #require(pages[path])
            #expect(!page.contains("class=\"toc\""), "\(path)")
            let main = try #require(page.range(of: "<main"))
            let firstCall = try #require(page.range(of: "911", range: main.upperBound..<page.endIndex))
            #expect(page.distance(from: main.upperBound, to: firstCall.lowerBound) < 2_000, "\(path)")
        }
    }
}
