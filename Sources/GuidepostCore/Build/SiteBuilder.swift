import Foundation
import GuidepostMarkdown

/// Builds a site: load -> render Markdown -> check -> render pages -> write, in that order.
///
/// Every phase collects all the problems it finds; the build stops after the first phase that
/// found an error, so a publisher sees every mistake of a kind at once, and the output folder is
/// only replaced when nothing went wrong.
public struct SiteBuilder: Sendable {
    public var options: BuildOptions

    public init(options: BuildOptions) {
        self.options = options
    }

    /// Builds the site and replaces the output folder, or throws a `BuildFailure` listing every
    /// error and leaves the output folder as it was.
    public func build() async throws -> BuildSummary {
        let clock = ContinuousClock()
        let start = clock.now
        let site = try await render(checkingOutputFolder: true)
        let output = OutputFolder(url: options.outputFolder, displayPath: outputDisplayPath)
        do {
            try await output.replace(with: site.files)
        } catch let diagnostic as Diagnostic {
            throw BuildFailure([diagnostic])
        }
        let elapsed = clock.now - start
        let milliseconds = Int(elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000)
        return BuildSummary(
            pagesWritten: site.pageCount,
            filesCopied: site.copiedCount,
            milliseconds: milliseconds,
            outputDisplayPath: outputDisplayPath,
            warnings: site.warnings,
            meetingReports: site.meetings.reports
        )
    }

    /// The generated site, in memory.
    public struct RenderedSite: Sendable {
        var files: [OutputFile]
        public var pageCount: Int
        /// Files copied as they are (theme assets, `Content/static/`).
        public var copiedCount: Int
        public var warnings: [Diagnostic]
        /// What the site was made from, for checks that trace output back to its sources.
        var config: SiteConfig
        var content: SiteContent
        var catalog: Catalog
        /// Every meeting of the site's lists, and what became of each list.
        public var meetings: MeetingDirectory
        /// What the split search index was made from, one entry a page; empty without a search page.
        var searchEntries: [SearchIndexBuilder.Entry] = []

        /// Generated pages by output path, for tests and previews.
        public var pages: [String: String] {
            var pages: [String: String] = [:]
            for file in files {
                if case .data(let data) = file.contents { pages[file.path] = String(decoding: data, as: UTF8.self) }
            }
            return pages
        }

        /// Every output path, sorted.
        public var paths: [String] { files.map(\.path).sorted() }
    }

    /// Loads, checks and renders everything without writing; throws a `BuildFailure` on errors.
    ///
    /// - Parameter checkingOutputFolder: whether to also refuse an unsafe output folder, for a
    ///   build that will write the result.
    public func render(checkingOutputFolder: Bool = false) async throws -> RenderedSite {
        var cache = BuildCache()
        return try await render(checkingOutputFolder: checkingOutputFolder, refusingLinksOutOfSite: true, cache: &cache)
    }

    /// The same, reusing what `cache` holds from the previous build and updating it.
    ///
    /// - Parameter refusingLinksOutOfSite: whether a file to copy that is a link to a file
    ///   outside the static folders is an error. A build or a check publishes or vouches for the
    ///   site, so it refuses them; the preview lists them and refuses to serve them.
    func render(checkingOutputFolder: Bool = false, refusingLinksOutOfSite: Bool = false, cache: inout BuildCache) async throws -> RenderedSite {
        var diagnostics: [Diagnostic] = []
        cache.lastRender = nil
        if let problem = siteFolderProblem() { throw BuildFailure([problem]) }

        // Phase 1: load settings, theme and content.
        // Settings, catalog and theme are each read by one thread: they are read while the
        // content, spread over every core, loads.
        let previousTheme = cache.isSession ? cache.theme : nil
        async let settings = loadSettings(checkingOutputFolder: checkingOutputFolder, theme: previousTheme)
        let loader = ContentLoader(
            contentFolder: options.contentFolder,
            displayFolder: options.display(BuildOptions.contentFolderName),
            includeDrafts: options.includeDrafts,
            includeFuture: options.includeFuture
        )
        var contentDiagnostics: [Diagnostic] = []
        let loaded = await loader.load(into: &contentDiagnostics, cache: &cache)
        let (config, catalog, templates, settingsDiagnostics, theme, meetings, meetingWarnings) = await settings
        if cache.isSession { cache.theme = theme }
        diagnostics += settingsDiagnostics + contentDiagnostics
        guard diagnostics.isEmpty, let config, let templates, let content = loaded else {
            throw BuildFailure(quotingSourceLines(diagnostics))
        }

        // Phase 2: Markdown to HTML, in parallel, with links resolved.
        let links = LinkResolver(
            pageIndexBySourcePath: content.pageIndexBySourcePath, pageURLs: content.pages.map { config.basePath + $0.urlPath.dropFirst() },
            omittedDrafts: content.omittedDrafts, omittedFuture: content.omittedFuture,
            basePath: config.basePath, catalogTargets: catalog.linkTargets.merging(MeetingPageBuilder.linkTargets(of: meetings)) { first, _ in first }
        )
        let markdown = MarkdownRenderer(options: MarkdownOptions(
            allowsRawHTML: config.markdown.rawHTML, smartPunctuation: config.markdown.smartPunctuation,
            externalLinkRel: "noopener noreferrer", limits: MarkdownLimits(timeLimit: .seconds(config.markdown.timeLimitSeconds))
        ))
        let tables = ComparisonTableRenderer(catalog: catalog, language: config.language, basePath: config.basePath)
        let bodyRenderer = BodyRenderer(
            markdown: markdown, links: links, tables: tables, phones: PhoneNumberChecker(catalog: catalog),
            meetings: MeetingBlockRenderer(directory: meetings, basePath: config.basePath)
        )
        let bodies = cache.isSession ? await cache.bodies.render(content.pages, with: bodyRenderer) : await bodyRenderer.render(content.pages)
        let footerHTML = config.footer.map {
            renderSetting($0, key: "footer", at: config.footerLocation, sourceLine: config.footerSourceLine, markdown: markdown, links: links, into: &diagnostics)
        }
        let disclaimerHTML = config.disclaimer.map {
            renderSetting($0, key: "disclaimer", at: config.disclaimerLocation, sourceLine: config.disclaimerSourceLine, markdown: markdown, links: links, into: &diagnostics)
        }

        // Phase 3: the plan of every page, and the values each is rendered from.
        var pageContexts = PageContextBuilder(
            config: config, content: content, bodies: bodies, footerHTML: footerHTML, catalog: catalog, disclaimerHTML: disclaimerHTML
        )
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
        let plan = SitePlan(
            content: content, catalogPages: catalogPages.pages(), listingPages: listings.pages(),
            listPagers: pageContexts.sectionPagers().map { (.section($0.pageIndex), $0.pager) } + listings.topicPagers().map { (.topic($0.slug), $0.pager) },
            meetingPages: meetingPages.pages(), meetingCalendars: meetingPages.calendars.map(\.path),
            hasSearchIndex: listings.hasSearchPage, hasMeetingFeed: hasMeetingFeed,
            staticFiles: staticFiles(refusingLinksOutOfSite: refusingLinksOutOfSite, problems: &diagnostics)
        )

        // Phase 4: checks that need every page, before anything is rendered.
        let checker = SiteChecker(config: config, content: content, bodies: bodies, templateNames: templates.names)
        diagnostics += bodies.flatMap(\.diagnostics)
        diagnostics += checker.anchorProblems()
        diagnostics += checker.templateProblems()
        diagnostics += checker.addressProblems(plan: plan, contentDisplayFolder: options.display(BuildOptions.contentFolderName))
        diagnostics += checker.menuProblems(plan: plan)
        guard diagnostics.isEmpty else { throw BuildFailure(quotingSourceLines(diagnostics)) }
        let warnings = meetingWarnings + CatalogReview(catalog: catalog, reviewAfterDays: config.reviewAfterDays, today: .today).warnings()

        // Phase 5: pages through the theme, in parallel; a preview session reuses the bytes of
        // each page whose values did not change.
        let renderer = PageRenderer(templates: templates, contexts: SitePageContexts(pages: pageContexts, catalog: catalogPages, listings: listings, meetings: meetingPages))
        // A build reads each page for the checks of phase 7 in the task that renders it.
        let pageData: [Data]
        var scannedPages: [OutputPage] = []
        if cache.isSession {
            pageData = await cache.pages.render(plan.pages, with: renderer)
            cache.pagesRendered = cache.pages.pagesRendered
        } else {
            let rendered = await renderer.renderAndScan(plan.pages)
            pageData = rendered.map(\.data)
            scannedPages = rendered.compactMap(\.scan)
            cache.pagesRendered = plan.pages.count
        }
        var files = zip(plan.pages, pageData).map { OutputFile(path: $0.outputPath, contents: .data($1)) }

        // Phase 6: files made from the whole site.
        let reviewedByAddress = Dictionary(
            catalog.groups.map { (Catalog.urlPath(group: $0.id), $0.reviewed) }, uniquingKeysWith: { first, _ in first }
        )
        let publishing = PublishingFiles(contexts: pageContexts, generatedPages: plan.pages.compactMap { page in
            switch page.identity {
            case .catalog(let generated):
                let reviewed = generated.template == "group" ? reviewedByAddress[generated.urlPath] ?? nil : nil
                return (generated.urlPath, reviewed)
            case .listing(let generated): return (generated.urlPath, nil)
            case .meetings: return (page.urlPath, nil)
            case .listPage: return (page.urlPath, nil)
            case .markdown, .notFound, .redirect: return nil
            }
        })
        files += meetingPages.calendars.map { (path: String, data: Data) in OutputFile(path: path, contents: .data(data)) }
        if plan.dataFiles.contains(MeetingFeedWriter.path) {
            files.append(OutputFile(path: MeetingFeedWriter.path, contents: .data(MeetingFeedWriter(directory: meetings).data())))
        }
        // The sitemap and the feed are each made by one thread, while the search index is made.
        async let sitemap = publishing.sitemap()
        async let feed = publishing.feed()
        var search: SearchIndexBuilder?
        var searchValues: [SearchIndexBuilder.Entry] = []
        var searchPostings: SearchPostings?
        var searchFiles: [OutputFile] = []
        if listings.hasSearchPage {
            var builder = SearchIndexBuilder(contexts: pageContexts, tables: tables, catalogTexts: catalogPages.texts)
            builder.extraEntries = meetingPages.searchEntries()
            searchValues = builder.entries()
            let parts = await ChunkedSearchIndex.files(for: searchValues, language: config.language)
            searchFiles = parts.files.map { OutputFile(path: $0.path, contents: .data($0.data)) }
            if cache.isSession {
                search = builder
                searchPostings = parts.postings
            }
        }
        files.append(OutputFile(path: "sitemap.xml", contents: .data(await sitemap)))
        files.append(OutputFile(path: "feed.xml", contents: .data(await feed)))
        if plan.generatesRobots { files.append(OutputFile(path: SitePlan.robotsFile, contents: .data(publishing.robots()))) }
        files += searchFiles
        files += plan.staticFiles.map { OutputFile(path: $0.outputPath, contents: .copy($0.source)) }

        // Phase 7: the pages as a reader gets them (links and their fragments, ids, alt text):
        // what `guidepost check` would reject is not published.
        let pageKeys = cache.pages.entries
        let verifier = SiteVerifier(content: content, markdown: markdown.options, basePath: config.basePath, outputDisplayPath: outputDisplayPath)
        let verification: SiteVerification
        if cache.isSession {
            // A session checks again only the pages whose bytes changed (and the pages whose
            // #fragment links lead into them) while the site's addresses stay the same.
            let scan = await cache.scans.scan(files, pageKeys: pageKeys)
            if let previous = cache.verification, previous.verifier.basePath == verifier.basePath,
               previous.outputPaths == Set(files.map(\.path)), let updated = previous.replacing(scan.rescanned, verifier: verifier) {
                verification = updated
            } else {
                verification = await SiteVerification.check(scan.pages, files: files, verifier: verifier)
            }
            cache.verification = verification
        } else {
            verification = await SiteVerification.check(scannedPages, files: files, verifier: verifier)
        }
        let problems = verification.problems(in: content)
        if problems.contains(where: { $0.severity == .error }) { throw BuildFailure(problems) }
        if cache.isSession {
            cache.lastRender = LastRender(
                contexts: pageContexts, plan: plan, bodyRenderer: bodyRenderer, templates: templates,
                search: search, searchValues: searchValues, searchPostings: searchPostings, warnings: warnings
            )
        }
        return RenderedSite(
            files: files, pageCount: pageData.count, copiedCount: plan.staticFiles.count, warnings: warnings + problems,
            config: config, content: content, catalog: catalog, meetings: meetings, searchEntries: searchValues
        )
    }

    /// The output folder's problems (when `checkingOutputFolder`), the settings, the catalog,
    /// the theme and the meetings, with the problems found in them in that order; the meeting
    /// lists' warnings apart (errors when the build is strict).
    private func loadSettings(
        checkingOutputFolder: Bool, theme: ThemeTemplates.Loaded?
    ) -> (SiteConfig?, Catalog, ThemeTemplates?, [Diagnostic], ThemeTemplates.Loaded?, MeetingDirectory, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        if checkingOutputFolder {
            let output = OutputFolder(url: options.outputFolder, displayPath: outputDisplayPath)
            diagnostics += output.problems(siteRoot: options.root, readFolders: [options.contentFolder, options.templatesFolder])
        }
        let config = loadConfig(into: &diagnostics)
        let catalog = CatalogLoader(
            contentFolder: options.contentFolder, displayFolder: options.display(BuildOptions.contentFolderName)
        ).load(into: &diagnostics)
        let hasCatalogPages = !catalog.groups.isEmpty || !catalog.types.isEmpty || !catalog.comparisons.isEmpty
        var theme = theme
        let templates = ThemeTemplates.load(
            from: options.templatesFolder, displayFolder: options.display(BuildOptions.templatesFolderName),
            required: ThemeTemplates.required + (hasCatalogPages ? CatalogPageBuilder.templates : [])
                + (config?.meetingLists.isEmpty == false ? MeetingPage.templates : []),
            reusing: &theme, into: &diagnostics
        )
        var meetings = MeetingDirectory.empty
        var meetingWarnings: [Diagnostic] = []
        if let config {
            var found: [Diagnostic] = []
            meetings = MeetingListLoader(
                contentFolder: options.contentFolder, displayFolder: options.display(BuildOptions.contentFolderName),
                programs: catalog.groups.map(\.id)
            ).load(config, into: &found)
            for var diagnostic in found {
                if diagnostic.severity == .warning, !options.strict {
                    meetingWarnings.append(diagnostic)
                } else {
                    diagnostic.severity = .error
                    diagnostics.append(diagnostic)
                }
            }
        }
        return (config, catalog, templates, diagnostics, theme, meetings, meetingWarnings)
    }

    // MARK: - Helpers

    var outputDisplayPath: String {
        guard let output = options.output else { return options.display(BuildOptions.outputFolderName) }
        let display = BuildOptions.displayPath(for: output)
        return display.isEmpty ? "." : display
    }

    /// The site's title from `site.yml`, or nil when the settings cannot be read (their problems
    /// are for the build to report).
    public func siteTitle() -> String? {
        var ignored: [Diagnostic] = []
        return loadConfig(into: &ignored)?.title
    }

    private func loadConfig(into diagnostics: inout [Diagnostic]) -> SiteConfig? {
        let url = options.contentFolder.appendingPathComponent(SiteConfigLoader.fileName)
        let display = options.display("\(BuildOptions.contentFolderName)/\(SiteConfigLoader.fileName)")
        // Only a file that is not there at all is missing; one that cannot be seen is reported
        // by reading it.
        var info = stat()
        guard lstat(url.path, &info) == 0 || errno != ENOENT else {
            diagnostics.append(Diagnostic(
                at: SourceLocation(file: display),
                "no site settings found; create \(display) with at least 'title' and 'base_url', or start a new site with 'guidepost init'"
            ))
            return nil
        }
        switch SourceFile.read(url, relativePath: SiteConfigLoader.fileName, displayPath: display) {
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return nil
        case .success(let file):
            return SiteConfigLoader(source: YAMLSource(path: display, yaml: file.text)).load(into: &diagnostics)
        }
    }

    /// Markdown from a setting of site.yml (`footer`, `disclaimer`), with links resolved as if
    /// written in `Content/site.yml`; a broken link is reported at the setting.
    private func renderSetting(
        _ text: String, key: String, at location: SourceLocation?, sourceLine: String?,
        markdown: MarkdownRenderer, links: LinkResolver, into diagnostics: inout [Diagnostic]
    ) -> String {
        let place = location ?? SourceLocation(file: options.display("\(BuildOptions.contentFolderName)/\(SiteConfigLoader.fileName)"))
        do {
            return try markdown.render(text, rewriteLink: { link in
                switch links.resolve(link.destination, from: SiteConfigLoader.fileName) {
                case .page(_, let url, _): return url
                case .rewritten(let url): return url
                case .unchanged, .samePage: return nil
                case .failure(let message):
                    diagnostics.append(Diagnostic(at: place, "in '\(key)': \(message)", sourceLine: sourceLine))
                    return nil
                }
            }).html
        } catch {
            diagnostics += error.diagnostics(at: place, what: "'\(key)'", sourceLine: sourceLine)
            return ""
        }
    }

    /// The files to copy; the ones that cannot be copied are left out and added to `problems`.
    func staticFiles(refusingLinksOutOfSite: Bool, problems: inout [Diagnostic]) -> [StaticFiles.Entry] {
        let assetsName = "\(BuildOptions.templatesFolderName)/\(ThemeTemplates.assetsFolder)"
        let staticName = "\(BuildOptions.contentFolderName)/\(BuildOptions.staticFolderName)"
        let root = StaticFiles.realPath(options.root.path) ?? options.root.path
        let allowed = refusingLinksOutOfSite ? [root + "/" + assetsName, root + "/" + staticName] : nil
        return StaticFiles.list(
            in: options.root.appendingPathComponent(assetsName), outputPrefix: "\(ThemeTemplates.assetsFolder)/",
            displayFolder: options.display(assetsName), allowedFolders: allowed, problems: &problems
        ) + StaticFiles.list(
            in: options.root.appendingPathComponent(staticName), outputPrefix: "",
            displayFolder: options.display(staticName), allowedFolders: allowed, problems: &problems
        )
    }

    /// `/learn/x/` -> `learn/x/index.html`; `/old.html` -> `old.html`; `/learn/x` -> `learn/x/index.html`.
    static func outputPath(for urlPath: String) -> String {
        let trimmed = urlPath.hasPrefix("/") ? String(urlPath.dropFirst()) : urlPath
        if trimmed.isEmpty || trimmed.hasSuffix("/") { return trimmed + "index.html" }
        let lastComponent = trimmed.split(separator: "/").last ?? ""
        return lastComponent.contains(".") ? trimmed : trimmed + "/index.html"
    }
}
