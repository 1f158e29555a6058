/// Which pages exist in which edition of a multilingual site, so that every page can link to
/// the same page in the other languages (the language switcher, `hreflang` alternates, the
/// sitemap) and say where it has no translation.
///
/// A Markdown page is the same page in every edition that has a file of its name
/// (`kinds.md`, `kinds.es.md`); a page Guidepost makes (catalog, meetings, topics, search) is
/// the same page at the same address in each edition.
struct SiteTranslations: Sendable, Hashable {
    struct Edition: Sendable, Hashable {
        var language: String
        var strings: ThemeStrings
        /// Site-relative address of the edition's home (`/`, `/es/`).
        var homeURL: String
        /// Address and absolute address of each page the edition translates, by page key.
        var urls: [String: String] = [:]
        var permalinks: [String: String] = [:]
    }

    var editions: [Edition] = []
    var defaultLanguage = "en"

    /// The key of a Markdown page: its source path without a language suffix.
    static func key(markdown page: Page) -> String? {
        page.fallbackLanguage == nil ? page.translationKey.map { "md:" + $0 } : nil
    }

    /// The key of a page Guidepost makes: its address within its edition.
    static func key(generatedAt urlPath: String) -> String {
        "at:" + urlPath
    }

    /// The template values of a page with `key` in the edition in `language`: `translations`,
    /// `untranslated` and `alternates` (see docs/templates.md).
    func values(forKey key: String?, in language: String) -> TemplateContext {
        guard editions.count > 1 else { return [:] }
        var translations: [TemplateValue] = []
        var untranslated: [TemplateValue] = []
        var alternates: [TemplateValue] = []
        for edition in editions {
            if let key, let url = edition.urls[key], let permalink = edition.permalinks[key] {
                alternates.append(["hreflang": .text(edition.language), "url": .text(permalink)])
                if edition.language == defaultLanguage { alternates.append(["hreflang": "x-default", "url": .text(permalink)]) }
                guard edition.language != language else { continue }
                translations.append(["code": .text(edition.language), "name": .text(edition.strings[.languageName]), "url": .text(url)])
            } else if edition.language != language {
                untranslated.append([
                    "code": .text(edition.language), "name": .text(edition.strings[.languageName]),
                    "home_url": .text(edition.homeURL), "notice": .text(edition.strings[.pageNotTranslated]),
                ])
            }
        }
        var values: TemplateContext = [:]
        if !translations.isEmpty {
            values["translations"] = .list(translations)
            values["alternates"] = .list(alternates)
        }
        if !untranslated.isEmpty { values["untranslated"] = .list(untranslated) }
        return values
    }

    /// `hreflang` alternates of the page with `key`, for the sitemap: language and absolute
    /// address, when more than one edition has it.
    func alternates(forKey key: String) -> [(language: String, permalink: String)] {
        let found = editions.compactMap { edition in edition.permalinks[key].map { (edition.language, $0) } }
        return found.count > 1 ? found : []
    }

    /// The absolute address of the page with `key` in the default edition.
    func defaultPermalink(forKey key: String) -> String? {
        editions.first { $0.language == defaultLanguage }?.permalinks[key]
    }
}
