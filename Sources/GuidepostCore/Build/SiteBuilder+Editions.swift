import Foundation
import GuidepostMarkdown

/// The phases of a build that run once per language edition: each edition is a whole site of
/// its own (pages, lists, catalog, meetings, feed, search index, not-found page) published in
/// its folder, with links between the editions.
extension SiteBuilder {
    /// Phases 2 to 4 for one edition: Markdown to HTML, the values of every page, the plan,
    /// and the checks that need every page; problems are added to `diagnostics`.
    func plan(
        _ edition: EditionSetup, catalog: Catalog, templates: ThemeTemplates, meetings: MeetingDirectory,
        staticEntries: [StaticFiles.Entry], cache: inout BuildCache.EditionCache, isSession: Bool, into diagnostics: inout [Diagnostic]
    ) async -> EditionPlan {
        let config = edition.config
        let content = edition.content
        let links = edition.links
        let markdown = MarkdownRenderer(options: MarkdownOptions(
            allowsRawHTML: config.markdown.rawHTML, smartPunctuation: config.markdown.smartPunctuation,
            externalLinkRel: "noopener noreferrer", linksPhoneNumbers: config.markdown.phoneLinks, limits: MarkdownLimits(timeLimit: .seconds(config.markdown.timeLimitSeconds))
        ))
        var tables = ComparisonTableRenderer(catalog: catalog, language: config.language, basePath: config.pagesPath)
        tables.defaultLanguage = config.defaultLanguage
        tables.strings = edition.strings
        let bodyRenderer = BodyRenderer(
            markdown: markdown, links: links, tables: tables, phones: PhoneNumberChecker(catalog: catalog),
            meetings: MeetingBlockRenderer(directory: meetings, basePath: config.pagesPath, strings: edition.strings)
        )
        let bodies = isSession ? await cache.bodies.render(content.pages, with: bodyRenderer) : await bodyRenderer.render(content.pages)
        let footerHTML = config.footer.map {
            renderSetting($0, key: "footer", at: config.footerLocation, sourceLine: config.footerSourceLine, markdown: markdown, links: links, into: &diagnostics)
        }
        let disclaimerHTML = config.disclaimer.map {
            renderSetting($0, key: "disclaimer", at: config.disclaimerLocation, sourceLine: config.disclaimerSourceLine, markdown: markdown, links: links, into: &diagnostics)
        }

        var pageContexts = PageContextBuilder(
            config: config, content: content, bodies: bodies, footerHTML: footerHTML, catalog: catalog, disclaimerHTML: disclaimerHTML
        )
        pageContexts.strings = edition.strings
        pageContexts.helpURL = edition.helpURL
        pageContexts.editionValues = edition.editionValues
        var listings = ListingPageBuilder(content: content, contexts: pageContexts, templateNames: templates.names)
        pageContexts.hasTagPages = listings.hasTagPages
        pageContexts.tagSlugs = listings.tagSlugs
        pageContexts.hasSearchPage = listings.hasSearchPage
        let hasMeetingFeed = !meetings.shown(in: .feed).isEmpty
        if hasMeetingFeed { pageContexts.meetingsFeedURL = MeetingFeedWriter.url(baseURL: config.baseURL) }
        pageContexts = await pageContexts.withSharedSiteValues().withSummaries()
        listings.contexts = pageContexts
        var catalogPages = CatalogPageBuilder(
            catalog: catalog, contexts: pageContexts, tables: tables, markdown: markdown, links: links, into: &diagnostics
        )
        let meetingPages = MeetingPageBuilder(directory: meetings, settings: config.meetingDirectory, contexts: pageContexts, catalog: catalog)
        catalogPages.meetingsByGroup = meetingPages.rowsByProgram()
        let handouts = HandoutPageBuilder(
            settings: config.handouts, catalog: catalog, contexts: pageContexts, tables: tables, directory: meetings, madeOn: options.buildDate
        )
        let plan = SitePlan(
            content: content, catalogPages: catalogPages.pages(), listingPages: listings.pages(),
            listPagers: pageContexts.sectionPagers().map { (.section($0.pageIndex), $0.pager) } + listings.topicPagers().map { (.topic($0.slug), $0.pager) },
            meetingPages: meetingPages.pages(), meetingCalendars: meetingPages.calendars.map(\.path), handouts: handouts.pages,
            hasSearchIndex: listings.hasSearchPage, hasMeetingFeed: hasMeetingFeed,
            staticFiles: staticEntries, outputFolder: config.editionFolder
        )

        let checker = SiteChecker(config: config, content: content, bodies: bodies, templateNames: templates.names)
        diagnostics += bodies.flatMap(\.diagnostics)
        diagnostics += checker.anchorProblems()
        diagnostics += checker.templateProblems()
        diagnostics += checker.addressProblems(plan: plan, contentDisplayFolder: options.display(BuildOptions.contentFolderName))
        if config.editionFolder.isEmpty { diagnostics += checker.menuProblems(plan: plan) }

        return EditionPlan(
            setup: edition, markdown: markdown, tables: tables, bodyRenderer: bodyRenderer, contexts: pageContexts,
            listings: listings, catalogPages: catalogPages, meetingPages: meetingPages, handouts: handouts, plan: plan
        )
    }

    /// Phases 5 and 6 for one planned edition: its pages through the theme and the files made
    /// from the whole edition (its feed, calendars and search index).
    func render(
        _ edition: EditionPlan, translations: SiteTranslations, templates: ThemeTemplates, catalog: Catalog, meetings: MeetingDirectory,
        cache: inout BuildCache.EditionCache, isSession: Bool
    ) async -> EditionOutput {
        let pageContexts = edition.contexts, listings = edition.listings, catalogPages = edition.catalogPages
        let meetingPages = edition.meetingPages, tables = edition.tables, bodyRenderer = edition.bodyRenderer
        let plan = edition.plan
        let strings = edition.strings.templateValue
        var contexts = SitePageContexts(pages: pageContexts, catalog: catalogPages, listings: listings, meetings: meetingPages, handouts: edition.handouts)
        contexts.translations = translations
        contexts.strings = strings
        let renderer = PageRenderer(templates: templates, contexts: contexts)
        var output = EditionOutput()
        let pageData: [Data]
        if isSession {
            pageData = await cache.pages.render(plan.pages, with: renderer)
        } else {
            // A build reads each page for the checks of phase 7 in the task that renders it.
            let rendered = await renderer.renderAndScan(plan.pages)
            pageData = rendered.map(\.data)
            output.scannedPages = rendered.compactMap(\.scan)
        }
        output.pageCount = pageData.count
        output.files = zip(plan.pages, pageData).map { OutputFile(path: $0.outputPath, contents: .data($1)) }

        let reviewedByAddress = Dictionary(
            catalog.groups.map { (Catalog.urlPath(group: $0.id), $0.reviewed) }, uniquingKeysWith: { first, _ in first }
        )
        let generated: [(urlPath: String, lastModified: SiteDate?, key: String?)] = plan.pages.compactMap { page in
            let key = SitePageContexts.translationKey(of: page, in: edition.content)
            switch page.identity {
            case .catalog(let generated):
                let reviewed = generated.template == "group" ? reviewedByAddress[generated.urlPath] ?? nil : nil
                return (generated.urlPath, reviewed, key)
            case .listing(let generated): return (generated.urlPath, nil, key)
            case .meetings, .listPage, .handout: return (page.urlPath, nil, key)
            case .markdown, .notFound, .redirect: return nil
            }
        }
        let publishing = PublishingFiles(contexts: pageContexts, generatedPages: generated.map { ($0.urlPath, $0.lastModified) })
        output.sitemap = publishing.sitemapEntries(generatedKeys: generated.map(\.key))
        output.files += meetingPages.calendars.map { (path: String, data: Data) in OutputFile(path: edition.outputFolder + path, contents: .data(data)) }
        // The feed is made by one thread while the search index is made.
        async let feed = publishing.feed()
        if listings.hasSearchPage {
            var builder = SearchIndexBuilder(contexts: pageContexts, tables: tables, catalogTexts: catalogPages.texts)
            builder.extraEntries = meetingPages.searchEntries()
            output.searchValues = builder.entries()
            let parts = await ChunkedSearchIndex.files(for: output.searchValues, language: edition.config.language)
            output.files += parts.files.map { OutputFile(path: $0.path, contents: .data($0.data)) }
            if isSession {
                output.lastRender = LastRender(
                    contexts: pageContexts, plan: plan, bodyRenderer: bodyRenderer, templates: templates,
                    search: builder, searchValues: output.searchValues, searchPostings: parts.postings, warnings: [],
                    translations: translations, strings: strings
                )
            }
        } else if isSession {
            output.lastRender = LastRender(
                contexts: pageContexts, plan: plan, bodyRenderer: bodyRenderer, templates: templates,
                search: nil, searchValues: [], searchPostings: nil, warnings: [], translations: translations, strings: strings
            )
        }
        output.files.append(OutputFile(path: edition.outputFolder + String(PublishingFiles.feedPath.dropFirst()), contents: .data(await feed)))
        return output
    }

    // MARK: - Between editions

    /// The menu as written, for the edition whose pages are `content`: an entry that leads to a
    /// page of the default edition leads to its translation, or else to that page itself.
    static func translatedMenu(_ menu: [SiteConfig.MenuItem], content: SiteContent, defaultEdition: EditionPlan) -> [SiteConfig.MenuItem] {
        var translated: [String: String] = [:]
        for page in content.pages {
            guard let key = page.translationKey else { continue }
            if page.fallbackLanguage == nil || translated[key] == nil { translated[key] = page.urlPath }
        }
        let defaultPages = Dictionary(defaultEdition.plan.pages.map { ($0.urlPath, $0) }, uniquingKeysWith: { first, _ in first })
        let root = defaultEdition.config.basePath
        return menu.map { item in
            var item = item
            guard item.url.hasPrefix("/") else { return item }
            let path = String(item.url.prefix { $0 != "#" && $0 != "?" })
            let rest = item.url.dropFirst(path.count)
            guard let page = defaultPages[path] else {
                item.otherEditionURL = root + item.url.dropFirst()
                return item
            }
            switch page.identity {
            case .markdown(let index):
                if let key = defaultEdition.content.pages[index].translationKey, let local = translated[key] {
                    item.url = local + rest
                } else {
                    item.otherEditionURL = root + item.url.dropFirst()
                }
            case .catalog, .listing, .meetings, .listPage, .handout:
                break
            case .notFound, .redirect:
                item.otherEditionURL = root + item.url.dropFirst()
            }
            return item
        }
    }

    /// `site.languages` of every edition: each language's name in its own words and its home.
    static func editionValues(config: SiteConfig, strings: [ThemeStrings], current: String) -> [TemplateValue] {
        guard config.isMultilingual else { return [] }
        return zip(config.languages, strings).map { language, words in
            var entry: TemplateContext = [
                "code": .text(language), "name": .text(words[.languageName]), "url": .text(config.edition(language).pagesPath),
            ]
            if language == current { entry["current"] = true }
            return .map(entry)
        }
    }

    /// How the edition's links resolve: `.md` links to the edition's own pages, and to the
    /// default edition's page where this edition has no translation.
    func linkResolver(
        for editionConfig: SiteConfig, content: SiteContent, defaultContent: SiteContent, config: SiteConfig, catalog: Catalog, meetings: MeetingDirectory
    ) -> LinkResolver {
        let pagesPath = editionConfig.pagesPath
        var otherEditionURLs: [String: String] = [:]
        var defaultEditionURLs: [String: String] = [:]
        if editionConfig.language != config.defaultLanguage {
            for page in defaultContent.pages {
                guard let source = page.sourcePath else { continue }
                defaultEditionURLs[source] = config.basePath + page.urlPath.dropFirst()
                if content.pageIndexBySourcePath[source] == nil { otherEditionURLs[source] = defaultEditionURLs[source] }
            }
        }
        var resolver = LinkResolver(
            pageIndexBySourcePath: content.pageIndexBySourcePath, pageURLs: content.pages.map { pagesPath + $0.urlPath.dropFirst() },
            omittedDrafts: content.omittedDrafts, omittedFuture: content.omittedFuture,
            basePath: config.basePath, pagesPath: pagesPath, otherEditionURLs: otherEditionURLs,
            catalogTargets: catalog.linkTargets.merging(MeetingPageBuilder.linkTargets(of: meetings)) { first, _ in first }
        )
        resolver.untranslatedSources = Set(content.pages.compactMap { $0.fallbackLanguage == nil ? nil : $0.sourcePath })
        if !resolver.untranslatedSources.isEmpty { resolver.defaultEditionURLs = defaultEditionURLs }
        return resolver
    }

    /// The address of the edition's "get help now" page (`help_page:`), else the default
    /// edition's.
    func helpURL(for editionConfig: SiteConfig, content: SiteContent, defaultContent: SiteContent, config: SiteConfig) -> String? {
        if let index = content.pageIndexBySourcePath[config.helpPage] {
            return editionConfig.pagesPath + content.pages[index].urlPath.dropFirst()
        }
        guard let index = defaultContent.pageIndexBySourcePath[config.helpPage] else { return nil }
        return config.basePath + defaultContent.pages[index].urlPath.dropFirst()
    }

    /// Each diagnostic once, in order: a page shown untranslated in another edition repeats the
    /// problems of its file.
    static func withoutRepeats(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var seen: Set<Diagnostic> = []
        return diagnostics.filter { seen.insert($0).inserted }
    }

    /// Pages of two editions at the same output path: a folder of the default edition named
    /// like another edition's folder.
    static func editionClashes(_ editions: [EditionPlan]) -> [Diagnostic] {
        guard editions.count > 1 else { return [] }
        var owner: [String: (edition: Int, page: PlannedPage)] = [:]
        var problems: [Diagnostic] = []
        for (position, edition) in editions.enumerated() {
            for page in edition.plan.pages {
                guard let first = owner[page.outputPath] else {
                    owner[page.outputPath] = (position, page)
                    continue
                }
                guard first.edition != position else { continue }
                // A folder's own page, made because the folder holds pages, is implied by them.
                if case .markdown(let index) = first.page.identity, editions[first.edition].content.pages[index].sourcePath == nil { continue }
                let earlier = editions[first.edition]
                var location = SourceLocation(file: page.outputPath)
                if case .markdown(let index) = first.page.identity, let display = earlier.content.pages[index].displayPath {
                    location = SourceLocation(file: display, line: 1, column: 1)
                }
                problems.append(Diagnostic(
                    at: location,
                    "this page is published at '/\(page.outputPath)', inside the folder of the '\(edition.config.language)' edition, which publishes a page there too; move it to another folder or give it another 'slug'"
                ))
            }
        }
        return problems
    }

    /// Every edition's pages as one content, at their addresses in the output, for the check of
    /// the finished pages.
    static func merged(_ editions: [EditionPlan]) -> SiteContent {
        guard editions.count > 1 else { return editions.first?.content ?? SiteContent(pages: [], sections: [:], pageIndexBySourcePath: [:], omittedDrafts: [], omittedFuture: []) }
        var content = editions[0].content
        for edition in editions.dropFirst() {
            let folder = edition.outputFolder
            content.pages += edition.content.pages.map { page in
                var page = page
                page.urlPath = "/" + folder + page.urlPath.dropFirst()
                return page
            }
        }
        return content
    }
}

extension BuildCache {
    /// The bodies and pages kept for the edition in `language`.
    func edition(_ language: String, isDefault: Bool) -> EditionCache {
        isDefault ? EditionCache(bodies: bodies, pages: pages) : otherEditions[language] ?? EditionCache()
    }

    mutating func setEdition(_ language: String, _ edition: EditionCache, isDefault: Bool) {
        if isDefault {
            bodies = edition.bodies
            pages = edition.pages
        } else {
            otherEditions[language] = edition
        }
    }

    /// The keys of every page rendered last, by output path.
    var pageKeys: [String: RenderedPageCache.Entry] {
        var keys = pages.entries
        for edition in otherEditions.values { keys.merge(edition.pages.entries) { first, _ in first } }
        return keys
    }
}

extension SiteTranslations {
    /// Which page each planned edition publishes, by translation key.
    init(editions plans: [EditionPlan], defaultLanguage: String) {
        self.defaultLanguage = defaultLanguage
        guard plans.count > 1 else { return }
        editions = plans.map { plan in
            var edition = Edition(language: plan.config.language, strings: plan.strings, homeURL: plan.config.pagesPath)
            for page in plan.plan.pages {
                guard let key = SitePageContexts.translationKey(of: page, in: plan.content) else { continue }
                edition.urls[key] = plan.config.pagesPath + page.urlPath.dropFirst()
                edition.permalinks[key] = plan.config.pagesURL + page.urlPath.dropFirst()
            }
            return edition
        }
    }
}
