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
        /// Each edition's settings and pages, the default first.
        var editions: [(config: SiteConfig, content: SiteContent)] = []
        /// The theme's words and the publisher's, for the translation report.
        var stringTables: ThemeStringTables?

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
        var loader = ContentLoader(
            contentFolder: options.contentFolder,
            displayFolder: options.display(BuildOptions.contentFolderName),
            includeDrafts: options.includeDrafts,
            includeFuture: options.includeFuture
        )
        loader.today = options.buildDate
        var contentDiagnostics: [Diagnostic] = []
        let loaded = await loader.load(into: &contentDiagnostics, cache: &cache)
        let shared = await settings
        if cache.isSession { cache.theme = shared.theme }
        diagnostics += shared.diagnostics + contentDiagnostics
        guard diagnostics.isEmpty, let config = shared.config, let templates = shared.templates else {
            throw BuildFailure(quotingSourceLines(diagnostics))
        }

        // The pages of each edition: one per language, the default first.
        let contents = config.languages.map { loader.edition($0, of: loaded, config: config, into: &diagnostics) }
        if let place = config.helpPageLocation, contents[0].pageIndexBySourcePath[config.helpPage] == nil {
            let pages = contents[0].pages.compactMap(\.sourcePath)
            diagnostics.append(Diagnostic(
                at: place, "'help_page' names '\(config.helpPage)', which is not a published page under Content/\(Suggestion.hint(for: config.helpPage, in: pages))"
            ))
        }
        guard diagnostics.isEmpty else { throw BuildFailure(quotingSourceLines(diagnostics)) }
        let staticEntries = staticFiles(refusingLinksOutOfSite: refusingLinksOutOfSite, problems: &diagnostics)
        let strings = config.languages.map { shared.strings.strings(for: $0) }

        // Phases 2 to 4, for each edition: Markdown to HTML, the plan of every page, and the
        // checks that need every page, before anything is rendered.
        var editions: [EditionPlan] = []
        for (position, language) in config.languages.enumerated() {
            var editionConfig = config.edition(language)
            if let first = editions.first { editionConfig.menu = Self.translatedMenu(editionConfig.menu, content: contents[position], defaultEdition: first) }
            let content = contents[position]
            let setup = EditionSetup(
                config: editionConfig, content: content, strings: strings[position],
                editionValues: Self.editionValues(config: config, strings: strings, current: language),
                links: linkResolver(for: editionConfig, content: content, defaultContent: contents[0], config: config, catalog: shared.catalog, meetings: shared.meetings),
                helpURL: helpURL(for: editionConfig, content: content, defaultContent: contents[0], config: config)
            )
            var editionCache = cache.edition(language, isDefault: position == 0)
            let edition = await plan(setup, catalog: shared.catalog, templates: templates, meetings: shared.meetings, staticEntries: staticEntries,
                                     cache: &editionCache, isSession: cache.isSession, into: &diagnostics)
            cache.setEdition(language, editionCache, isDefault: position == 0)
            editions.append(edition)
        }
        diagnostics = Self.withoutRepeats(diagnostics)
        diagnostics += Self.editionClashes(editions)
        guard diagnostics.isEmpty else { throw BuildFailure(quotingSourceLines(diagnostics)) }
        let warnings = shared.meetingWarnings + CatalogReview(catalog: shared.catalog, reviewAfterDays: config.reviewAfterDays, today: options.buildDate).warnings()
            + shared.strings.warnings(for: config.languages)
        let translations = SiteTranslations(editions: editions, defaultLanguage: config.defaultLanguage)

        // Phases 5 and 6, for each edition: pages through the theme, in parallel (a preview
        // session reuses the bytes of each page whose values did not change), then the files
        // made from the whole edition.
        var files: [OutputFile] = []
        var scannedPages: [OutputPage] = []
        var pageCount = 0
        var pagesRendered = 0
        var sitemap: [PublishingFiles.SitemapEntry] = []
        var searchEntries: [SearchIndexBuilder.Entry] = []
        for (position, edition) in editions.enumerated() {
            var editionCache = cache.edition(edition.config.language, isDefault: position == 0)
            let rendered = await render(
                edition, translations: translations, templates: templates, catalog: shared.catalog, meetings: shared.meetings,
                cache: &editionCache, isSession: cache.isSession
            )
            pagesRendered += cache.isSession ? editionCache.pages.pagesRendered : rendered.pageCount
            cache.setEdition(edition.config.language, editionCache, isDefault: position == 0)
            files += rendered.files
            scannedPages += rendered.scannedPages
            pageCount += rendered.pageCount
            sitemap += rendered.sitemap
            if position == 0 { searchEntries = rendered.searchValues }
            if position == 0, cache.isSession, editions.count == 1 {
                cache.lastRender = rendered.lastRender.map { render in
                    var render = render
                    render.warnings = warnings
                    return render
                }
            }
        }
        cache.pagesRendered = pagesRendered
        let publishing = editions[0]
        files.append(OutputFile(path: "sitemap.xml", contents: .data(PublishingFiles.sitemap(sitemap, translations: translations))))
        if publishing.plan.generatesRobots { files.append(OutputFile(path: SitePlan.robotsFile, contents: .data(PublishingFiles.robots(config: config)))) }
        if publishing.plan.dataFiles.contains(MeetingFeedWriter.path) {
            files.append(OutputFile(path: MeetingFeedWriter.path, contents: .data(MeetingFeedWriter(directory: shared.meetings).data())))
        }
        files += publishing.plan.staticFiles.map { OutputFile(path: $0.outputPath, contents: .copy($0.source)) }

        // Phase 7: the pages as a reader gets them (links and their fragments, ids, alt text):
        // what `guidepost check` would reject is not published.
        let content = Self.merged(editions)
        let pageKeys = cache.pageKeys
        let verifier = SiteVerifier(content: content, markdown: editions[0].markdown.options, basePath: config.basePath, outputDisplayPath: outputDisplayPath)
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
        if problems.contains(where: { $0.severity == .error }) {
            cache.lastRender = nil
            throw BuildFailure(problems)
        }
        return RenderedSite(
            files: files, pageCount: pageCount, copiedCount: publishing.plan.staticFiles.count, warnings: warnings + problems,
            config: config, content: editions[0].content, catalog: shared.catalog, meetings: shared.meetings, searchEntries: searchEntries,
            editions: editions.map { ($0.config, $0.content) }, stringTables: shared.strings
        )
    }

    /// The output folder's problems (when `checkingOutputFolder`), the settings, the catalog,
    /// the theme and the meetings, with the problems found in them in that order; the meeting
    /// lists' warnings apart (errors when the build is strict).
    /// What every edition shares: settings, catalog, theme, its words and the meetings.
    struct SharedInputs: Sendable {
        var config: SiteConfig?
        var catalog: Catalog
        var templates: ThemeTemplates?
        var diagnostics: [Diagnostic]
        var theme: ThemeTemplates.Loaded?
        var meetings: MeetingDirectory
        /// The meeting lists' warnings (errors when the build is strict).
        var meetingWarnings: [Diagnostic]
        var strings: ThemeStringTables
    }

    private func loadSettings(checkingOutputFolder: Bool, theme: ThemeTemplates.Loaded?) -> SharedInputs {
        var diagnostics: [Diagnostic] = []
        if checkingOutputFolder {
            let output = OutputFolder(url: options.outputFolder, displayPath: outputDisplayPath)
            diagnostics += output.problems(siteRoot: options.root, readFolders: [options.contentFolder, options.templatesFolder])
        }
        let (config, settingsText) = loadConfig(into: &diagnostics)
        let catalog = CatalogLoader(
            contentFolder: options.contentFolder, displayFolder: options.display(BuildOptions.contentFolderName)
        ).load(into: &diagnostics)
        if let settingsText {
            let display = options.display("\(BuildOptions.contentFolderName)/\(SiteConfigLoader.fileName)")
            diagnostics += PhoneNumberChecker(catalog: catalog).problems(inSettings: settingsText, file: display)
        }
        let hasCatalogPages = !catalog.groups.isEmpty || !catalog.types.isEmpty || !catalog.comparisons.isEmpty
        var theme = theme
        let templates = ThemeTemplates.load(
            from: options.templatesFolder, displayFolder: options.display(BuildOptions.templatesFolderName),
            required: ThemeTemplates.required + (hasCatalogPages ? CatalogPageBuilder.templates : [])
                + (config?.meetingLists.isEmpty == false ? MeetingPage.templates : [])
                + (config?.handouts.isEmpty == false ? Handout.templates : []),
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
        let strings = ThemeStringTables.load(
            templatesFolder: options.templatesFolder, templatesDisplay: options.display(BuildOptions.templatesFolderName),
            contentFolder: options.contentFolder, contentDisplay: options.display(BuildOptions.contentFolderName), into: &diagnostics
        )
        return SharedInputs(
            config: config, catalog: catalog, templates: templates, diagnostics: diagnostics, theme: theme,
            meetings: meetings, meetingWarnings: meetingWarnings, strings: strings
        )
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
        return loadConfig(into: &ignored).config?.title
    }

    /// The settings, and the text of site.yml when it could be read.
    private func loadConfig(into diagnostics: inout [Diagnostic]) -> (config: SiteConfig?, text: String?) {
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
            return (nil, nil)
        }
        switch SourceFile.read(url, relativePath: SiteConfigLoader.fileName, displayPath: display) {
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return (nil, nil)
        case .success(let file):
            return (SiteConfigLoader(source: YAMLSource(path: display, yaml: file.text)).load(into: &diagnostics), file.text)
        }
    }

    /// Markdown from a setting of site.yml (`footer`, `disclaimer`), with links resolved as if
    /// written in `Content/site.yml`; a broken link is reported at the setting.
    func renderSetting(
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
