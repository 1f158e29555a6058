import Foundation
@testable import GuidepostCore
import Testing

/// Sites in more than one language: file-name suffixes, editions, the switcher's targets,
/// alternates, fallbacks, string tables, the translation report and the errors of each.
@Suite struct LanguageEditionTests {
    static let layout = """
    <html lang="{{site.language}}"><title>{{page.title}}</title>{{> partials/nav}}\
    {{#page.translations}}[{{code}} {{name}} {{url}}]{{/page.translations}}\
    {{#page.untranslated}}({{code}} {{home_url}} {{notice}}){{/page.untranslated}}\
    {{#page.alternates}}<{{hreflang}} {{url}}>{{/page.alternates}}\
    {{#page.fallback}}!{{language}} {{notice}} {{url}}!{{/page.fallback}}\
    canonical={{page.canonical}} home={{t.home}} help={{site.help_url}}<main>{{{body}}}</main></html>
    """

    static let bilingual: [String: String?] = [
        "Templates/layout.mustache": layout,
        "Content/site.yml": """
        title: {en: Minimal Guide, es: Guía mínima}
        base_url: https://example.org/guide/
        languages: [en, es]
        help_page: learn/next.md
        menu:
          - title: {en: Learn, es: Aprender}
            url: /learn/
          - title: Next
            url: /learn/next/
        """,
        "Content/i18n/es.yml": """
        home: Inicio
        language_name: Español
        page_not_translated: Esta página aún no está en español.
        shown_untranslated: Esta página aún no está traducida.
        """,
        "Content/learn/basics.es.md": """
        ---
        title: Lo básico
        slug: lo-basico
        date: 2026-09-14
        ---
        Lea [lo siguiente](next.md) y [el inicio](../_index.md).
        """,
        "Content/learn/_index.es.md": "---\ntitle: Aprender\n---\nTodo.\n",
    ]

    @Test(arguments: [
        ("learn/kinds.es.md", "learn/kinds.md", "es"),
        ("learn/_index.es.md", "learn/_index.md", "es"),
        ("kinds.ES.md", "kinds.md", "es"),
        ("guide.pt-BR.md", "guide.md", "pt-BR"),
        ("notes.old.md", "notes.old.md", nil),
        ("v1.2.md", "v1.2.md", nil),
        ("learn.es/kinds.md", "learn.es/kinds.md", nil),
        (".es.md", ".es.md", nil),
    ] as [(String, String, String?)])
    func readsTheLanguageSuffixOfAFileName(path: String, base: String, language: String?) {
        let name = ContentLanguage(path: path, languages: ["en", "es"])
        #expect(name.basePath == base)
        #expect(name.suffix == language)
    }

    @Test func publishesEachEditionInItsFolderWithLinksBetweenThem() async throws {
        let site = try TestSite(files: Self.bilingual)
        defer { site.remove() }
        let rendered = try await site.render()
        let pages = rendered.pages
        let spanish = try #require(pages["es/learn/lo-basico/index.html"])
        #expect(spanish.hasPrefix("<html lang=\"es\"><title>Lo básico</title>"))
        // The translated section is in the menu under its own address; the untranslated page
        // stays the English one.
        #expect(spanish.contains("<nav><a href=\"/guide/es/learn/\" aria-current=\"page\">Aprender</a><a href=\"/guide/learn/next/\">Next</a></nav>"))
        #expect(spanish.contains("[en English /guide/learn/basics/]"))
        #expect(spanish.contains("<en https://example.org/guide/learn/basics/><x-default https://example.org/guide/learn/basics/><es https://example.org/guide/es/learn/lo-basico/>"))
        #expect(spanish.contains("canonical=https://example.org/guide/es/learn/lo-basico/ home=Inicio help=/guide/learn/next/"))
        // Links: to a page with no translation, the English page; to the translated home, hers.
        #expect(spanish.contains("<a href=\"/guide/learn/next/\">lo siguiente</a>"))
        let english = try #require(pages["learn/basics/index.html"])
        #expect(english.contains("[es Español /guide/es/learn/lo-basico/]"))
        let untranslated = try #require(pages["learn/next/index.html"])
        #expect(untranslated.contains("(es /guide/es/ Esta página aún no está en español.)"))
        #expect(!untranslated.contains("<en "))
        // Untranslated pages are left out of the Spanish edition; each edition has its own feed and 404.
        #expect(pages["es/learn/next/index.html"] == nil)
        #expect(rendered.paths.contains("es/feed.xml"))
        #expect(rendered.paths.contains("es/404.html"))
        #expect(!rendered.paths.contains("es/sitemap.xml"))
    }

    @Test func listsTranslationsAsAlternatesInTheSitemap() async throws {
        let site = try TestSite(files: Self.bilingual)
        defer { site.remove() }
        let sitemap = try #require(try await site.render().pages["sitemap.xml"])
        #expect(sitemap.contains("xmlns:xhtml=\"http://www.w3.org/1999/xhtml\""))
        #expect(sitemap.contains("""
        <url><loc>https://example.org/guide/es/learn/lo-basico/</loc><lastmod>2026-09-14</lastmod>\
        <xhtml:link rel="alternate" hreflang="en" href="https://example.org/guide/learn/basics/"/>\
        <xhtml:link rel="alternate" hreflang="es" href="https://example.org/guide/es/learn/lo-basico/"/></url>
        """))
        let untranslated = try #require(sitemap.split(separator: "\n").first { $0.contains("<loc>https://example.org/guide/learn/next/</loc>") })
        #expect(!untranslated.contains("xhtml:link"))
    }

    @Test func showsUntranslatedPagesWithANoticeWhenAsked() async throws {
        var files = Self.bilingual
        files["Content/site.yml"] = (files["Content/site.yml"] ?? "")! + "\nuntranslated: show\n"
        let site = try TestSite(files: files)
        defer { site.remove() }
        let rendered = try await site.render()
        let page = try #require(rendered.pages["es/learn/next/index.html"])
        #expect(page.contains("!en Esta página aún no está traducida. https://example.org/guide/learn/next/!"))
        #expect(page.contains("canonical=https://example.org/guide/learn/next/"))
        let sitemap = try #require(rendered.pages["sitemap.xml"])
        #expect(!sitemap.contains("es/learn/next/"))
    }

    @Test func warnsOnceNamingTheStringsALanguageLacksAndBuildsWithEnglish() async throws {
        let site = try TestSite(files: Self.bilingual)
        defer { site.remove() }
        let rendered = try await site.render()
        let warning = try #require(rendered.warnings.first { $0.message.contains("theme strings have no 'es' text") })
        #expect(warning.location.file == "Content/i18n/es.yml")
        #expect(warning.message.contains("'afternoon'"))
        #expect(rendered.pages["es/404.html"]?.contains("Page not found") == true)
    }

    @Test func reportsWhatIsNotTranslatedAtItsPlace() async throws {
        let site = try TestSite(files: Self.bilingual)
        defer { site.remove() }
        let report = TranslationReport(site: try await site.render())
        let spanish = try #require(report.languages.first)
        #expect(spanish.language == "es")
        #expect(spanish.pages.map(\.description) == [
            "Content/_index.md:1:1: note: not translated into 'es': write Content/_index.es.md",
            "Content/learn/next.md:1:1: note: not translated into 'es': write Content/learn/next.es.md",
        ])
        #expect(spanish.strings.contains { $0.description == "Content/i18n/es.yml: note: theme string 'search' is not translated into 'es' (English: \"Search\")" })
        #expect(!spanish.strings.contains { $0.message.contains("'home'") })
        #expect(spanish.summary.hasPrefix("es: 2 of 4 pages, "))
    }

    @Test func reportsEachMistakeOfLanguagesAtItsPlace() async throws {
        var files = Self.bilingual
        files["Content/learn/basics.fr.md"] = "---\ntitle: Les bases\n---\nTexte.\n"
        let site = try TestSite(files: files)
        defer { site.remove() }
        #expect(await site.failure() == """
        Content/learn/basics.fr.md:1:1: error: '.fr.md' names a translation into 'fr', which is not one of the site's languages (en, es); add 'fr' to 'languages' in site.yml, or rename the file
        ---
        ^
        """)
    }

    @Test func refusesAPageOfTheDefaultEditionInsideAnotherEditionsFolder() async throws {
        var files = Self.bilingual
        files["Content/es/learn/lo-basico.md"] = "---\ntitle: Clash\n---\nText.\n"
        let site = try TestSite(files: files)
        defer { site.remove() }
        let failure = await site.failure()
        #expect(failure.contains("Content/es/learn/lo-basico.md:1:1: error: this page is published at '/es/learn/lo-basico/index.html', inside the folder of the 'es' edition"))
    }

    @Test(arguments: [
        ("languages: [en, es]\nlanguage: en", "Content/site.yml:5:11: error: write either 'language' (one language) or 'languages' (a list, the default first), not both"),
        ("languages: [en, en]", "Content/site.yml:4:17: error: language 'en' is listed twice in 'languages'"),
        ("languages: [en, es]\nuntranslated: hide", "Content/site.yml:5:15: error: 'untranslated' must be 'omit'"),
        ("languages: [en]\ndescription: {en: A, fr: B}", "Content/site.yml:5:22: error: 'description' has text in 'fr', which is not one of the site's languages (en)"),
        ("languages: [en, es]\ndescription: {es: B}", "Content/site.yml:5:14: error: 'description' needs text in the default language, 'en'"),
    ])
    func refusesSettingsOfLanguagesThatCannotWork(settings: String, expected: String) async throws {
        let site = try TestSite(files: ["Content/site.yml": "title: Guide\nbase_url: https://example.org/\nmenu: []\n\(settings)\n"])
        defer { site.remove() }
        let failure = await site.failure()
        #expect(failure.contains(expected), "\(failure)")
    }

    @Test func writesDatesTimesAndWeekdaysInTheEditionsLanguage() {
        let strings = ThemeStrings(language: "es", values: [
            "months": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
            "date_format": "{day} de {month} de {year}", "clock": "24",
            "weekdays": "domingo lunes martes miércoles jueves viernes sábado",
        ])
        #expect(strings.date(SiteDate(year: 2026, month: 3, day: 7)) == "7 de marzo de 2026")
        #expect(strings.time(LocalTime(minutes: 19 * 60 + 5)) == "19:05")
        #expect(strings.weekdayName(.wednesday) == "miércoles")
        let broken = ThemeStrings(language: "xx", values: ["weekdays": "one two"])
        #expect(broken.weekdayName(.monday) == "Monday")
        #expect(ThemeStrings(language: "en")[.notListed] == "Not listed")
    }

    @Test func marksCatalogTextShownInAnotherLanguage() {
        let text = LocalizedText(translations: ["en": "Free"])
        #expect(text.html(for: "es", defaultLanguage: "en") == "<span lang=\"en\">Free</span>")
        #expect(LocalizedText(translations: ["en": "Free", "es": "Gratis"]).html(for: "es", defaultLanguage: "en") == "Gratis")
        #expect(LocalizedText("Free").html(for: "en", defaultLanguage: "en") == "Free")
        #expect(LocalizedText("Free").html(for: "es-US", defaultLanguage: "en") == "<span lang=\"en\">Free</span>")
    }
}

/// A preview session of a bilingual site gives exactly what a full build gives after each edit,
/// and renders again only the pages whose values changed.
@Suite struct LanguageEditionPreviewTests {
    func matchesAFullBuild(_ site: TestSite, _ update: SiteUpdate) async throws {
        let full = try await site.render()
        var expected: [String: SiteFileContents] = [:]
        for file in full.files {
            switch file.contents {
            case .data(let data): expected[file.path] = .data(data)
            case .copy(let url): expected[file.path] = .file(url)
            }
        }
        #expect(update.files == expected)
    }

    @Test func editsOfATranslationAndItsOriginalMatchAFullBuild() async throws {
        let site = try TestSite(files: LanguageEditionTests.bilingual)
        defer { site.remove() }
        var session = IncrementalSiteBuilder(options: site.options())
        _ = try await session.build().get()

        try site.write("Content/learn/basics.es.md", "---\ntitle: Lo básico\nslug: lo-basico\n---\nTexto nuevo.\n")
        var update = try await session.build(changedFiles: ["Content/learn/basics.es.md"]).get()
        try await matchesAFullBuild(site, update)
        #expect(update.changedPaths.contains("es/learn/lo-basico/index.html"))
        #expect(!update.changedPaths.contains("learn/basics/index.html"))

        // A new translation adds its page, and every English page's switcher learns of it.
        try site.write("Content/learn/next.es.md", "---\ntitle: Lo siguiente\n---\nMás.\n")
        update = try await session.build(changedFiles: ["Content/learn/next.es.md"]).get()
        try await matchesAFullBuild(site, update)
        #expect(update.changedPaths.contains("es/learn/next/index.html"))
        #expect(update.changedPaths.contains("learn/next/index.html"))

        try site.write("Content/learn/next.es.md", nil)
        update = try await session.build(changedFiles: ["Content/learn/next.es.md"]).get()
        try await matchesAFullBuild(site, update)
        #expect(update.removedPaths.contains("es/learn/next/index.html"))
    }
}
