import Foundation
@testable import GuidepostCore
import Testing

/// The default theme shows each help line in full on urgent pages: when it is open, the
/// languages it answers in and when it was last verified, in the reader's language. A line
/// without them shows none of their labels, and the help bar at the top stays short.
@Suite struct HelpLineDetailsTests {
    static let catalog = """
    help_lines:
      - id: lifeline
        name: {en: 988 Lifeline, es: Línea 988}
        phone: "988"
        hours: {en: "Open 24 hours, every day", es: "Abierta las 24 horas, todos los días"}
        languages:
          - {en: English, es: inglés}
          - {en: Spanish, es: español}
        verified: 2026-11-02
      - id: emergency
        name: {en: Emergency, es: Emergencias}
        phone: "911"

    """

    /// The bilingual site with the default theme; `learn/next.md` is its help page, in English
    /// and in Spanish.
    static func site(catalog: String = catalog) throws -> TestSite {
        var files = LanguageEditionTests.bilingual
        files["Content/catalog.yml"] = catalog
        files["Content/learn/next.es.md"] = "---\ntitle: Siguiente\nslug: siguiente\n---\nTexto.\n"
        return try ContentSafetyTests.themedSite(files)
    }

    /// The card of the help line named `name` in the list of help lines in full.
    static func card(_ name: String, in page: String) throws -> Substring {
        let start = try #require(page.range(of: "<li class=\"help-line-card\">\n<h3>\(name)</h3>"))
        let end = try #require(page.range(of: "</li>", range: start.upperBound..<page.endIndex))
        return page[start.lowerBound..<end.upperBound]
    }

    @Test func theHelpPageShowsHoursLanguagesAndTheVerifiedDateInEnglish() async throws {
        let site = try Self.site()
        defer { site.remove() }
        let page = try #require(try await site.render().pages["learn/next/index.html"])
        #expect(try Self.card("988 Lifeline", in: page) == """
        <li class="help-line-card">
        <h3>988 Lifeline</h3>
        <p class="help-line-ways">
        <a href="tel:988">Call 988</a>
        </p>
        <p class="help-line-fact">Hours: Open 24 hours, every day</p>
        <p class="help-line-fact">Languages: English and Spanish</p>
        <p class="help-line-fact">Last verified <time datetime="2026-11-02">2 November 2026</time></p>
        </li>
        """)
    }

    @Test func theSpanishHelpPageShowsThemInSpanish() async throws {
        let site = try Self.site()
        defer { site.remove() }
        let page = try #require(try await site.render().pages["es/learn/siguiente/index.html"])
        let card = try Self.card("Línea 988", in: page)
        #expect(card.contains("<p class=\"help-line-fact\">Horario: Abierta las 24 horas, todos los días</p>"))
        #expect(card.contains("<p class=\"help-line-fact\">Idiomas: inglés y español</p>"))
        #expect(card.contains("<p class=\"help-line-fact\">Verificado el <time datetime=\"2026-11-02\">2 de noviembre de 2026</time></p>"))
    }

    @Test func aLineWithoutHoursLanguagesOrDateShowsNoneOfTheirLabels() async throws {
        let site = try Self.site()
        defer { site.remove() }
        let pages = try await site.render().pages
        let english = try Self.card("Emergency", in: try #require(pages["learn/next/index.html"]))
        let spanish = try Self.card("Emergencias", in: try #require(pages["es/learn/siguiente/index.html"]))
        for card in [english, spanish] {
            #expect(card.contains("<a href=\"tel:911\">"))
            #expect(!card.contains("help-line-fact"))
        }
        for label in ["Hours:", "Languages:", "Last verified", "Horario:", "Idiomas:", "Verificado el"] {
            #expect(!english.contains(label) && !spanish.contains(label), "\(label)")
        }
    }

    @Test func otherPagesAndTheHelpBarShowNoHoursLanguagesOrDate() async throws {
        let site = try Self.site()
        defer { site.remove() }
        let page = try #require(try await site.render().pages["learn/basics/index.html"])
        #expect(page.contains("<aside class=\"help-bar\""))
        #expect(!page.contains("help-line-list"))
        for fact in ["Open 24 hours", "English and Spanish", "2 November 2026"] {
            #expect(!page.contains(fact), "\(fact)")
        }
    }

    @Test(arguments: [
        ("en", [], ""),
        ("en", ["English"], "English"),
        ("en", ["English", "Spanish"], "English and Spanish"),
        ("en", ["English", "Spanish", "French"], "English, Spanish and French"),
        ("es", ["inglés", "español"], "inglés y español"),
    ] as [(String, [String], String)])
    func joinsAListInTheReadersLanguage(language: String, items: [String], joined: String) {
        let strings = ThemeStrings(language: language, values: language == "es" ? ["list_and": "y"] : [:])
        #expect(strings.list(items) == joined)
    }

    @Test func aLanguageThatIsNeitherTextNorAMapIsAnError() async throws {
        let catalog = Self.catalog.replacingOccurrences(of: "      - {en: Spanish, es: español}\n", with: "      - [Spanish]\n")
        let site = try Self.site(catalog: catalog)
        defer { site.remove() }
        #expect(await site.failure() == """
        Content/catalog.yml:8:9: error: 'languages' must be text, or a map of languages to text such as {en: Cost, es: Costo}
              - [Spanish]
                ^
        """)
    }
}
