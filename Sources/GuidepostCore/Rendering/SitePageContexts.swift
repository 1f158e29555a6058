/// The template values of every planned page, each made by the builder of its kind: the one
/// place where a page's identity becomes the values its template sees.
///
/// Every page also gets the words of its edition's language (`t`) and, on a multilingual
/// site, its place among the editions: the same page in the other languages, its canonical
/// address, and the notice of a page shown untranslated.
struct SitePageContexts: Sendable {
    let pages: PageContextBuilder
    let catalog: CatalogPageBuilder
    let listings: ListingPageBuilder
    let meetings: MeetingPageBuilder
    let handouts: HandoutPageBuilder
    var translations = SiteTranslations()
    /// `t`, made once per build.
    var strings: TemplateValue = .map([:])

    func context(for page: PlannedPage) -> TemplateContext {
        let context: TemplateContext = switch page.identity {
        case .markdown(let index): pages.context(forPage: index)
        case .catalog(let generated): catalog.context(for: generated)
        case .listing(let generated): listings.context(for: generated)
        case .meetings(let page): meetings.context(for: page)
        case .handout(let handout): handouts.context(for: handout)
        case .listPage(.section(let index), let number): pages.context(forPage: index, listPage: number)
        case .listPage(.topic(let slug), let number): listings.context(forTopic: slug, listPage: number)
        case .notFound: pages.notFoundContext()
        case .redirect(_, let target): pages.redirectContext(to: target)
        }
        return Self.decorated(context, for: page, pages: pages, translations: translations, strings: strings)
    }

    /// `context` with what every page gets besides its own values: `t`, `page.canonical` and,
    /// on a multilingual site, the page's translations (a rebuild after body edits adds them
    /// the same way).
    static func decorated(
        _ context: TemplateContext, for page: PlannedPage, pages: PageContextBuilder, translations: SiteTranslations, strings: TemplateValue
    ) -> TemplateContext {
        var context = context
        context["t"] = strings
        guard page.isWrappedInLayout, case .map(var values)? = context["page"] else { return context }
        let key = translationKey(of: page, in: pages.content)
        values["canonical"] = .text(pages.permalink(page.urlPath))
        if case .markdown(let index) = page.identity, let language = pages.content.pages[index].fallbackLanguage {
            // A page shown untranslated: its original is its one translation, and the canonical page.
            let originalKey = pages.content.pages[index].translationKey.map { "md:" + $0 }
            let original = originalKey.flatMap(translations.defaultPermalink(forKey:))
            if let original { values["canonical"] = .text(original) }
            values["fallback"] = [
                "language": .text(language), "notice": .text(pages.strings[.shownUntranslated]),
                "url": .text(original ?? pages.permalink(page.urlPath)),
            ]
            var switcher = translations.values(forKey: originalKey, in: pages.config.language)
            switcher["alternates"] = nil
            values.merge(switcher) { _, new in new }
        } else if case .notFound = page.identity {} else {
            values.merge(translations.values(forKey: key, in: pages.config.language)) { _, new in new }
        }
        context["page"] = .map(values)
        return context
    }

    /// What makes `page` the same page in another edition; nil for a page that has no
    /// counterpart (a Markdown page shown untranslated).
    static func translationKey(of page: PlannedPage, in content: SiteContent) -> String? {
        switch page.identity {
        case .markdown(let index): SiteTranslations.key(markdown: content.pages[index])
        case .listPage(.section(let index), let number): SiteTranslations.key(markdown: content.pages[index]).map { $0 + "#\(number)" }
        case .meetings(let meetingPage):
            // A kind's list is named in each language (`/meetings/kinds/men/`, `/es/meetings/kinds/hombres/`).
            if case .kind(let code) = meetingPage.kind { "meetings-kind:\(code)#\(meetingPage.number)" } else { SiteTranslations.key(generatedAt: page.urlPath) }
        case .catalog, .listing, .listPage, .handout: SiteTranslations.key(generatedAt: page.urlPath)
        case .notFound, .redirect: nil
        }
    }
}
