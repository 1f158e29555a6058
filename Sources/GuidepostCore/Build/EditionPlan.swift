import GuidepostMarkdown

/// One language edition of a site between planning and rendering: its settings, pages, words,
/// rendered bodies and the plan of every page it publishes.
struct EditionPlan: Sendable {
    /// The site's settings resolved for this edition (`SiteConfig.edition(_:)`).
    var config: SiteConfig
    var content: SiteContent
    var strings: ThemeStrings
    /// `site.languages`, when the site has more than one edition.
    var editionValues: [TemplateValue]
    var links = LinkResolver(pageIndexBySourcePath: [:], pageURLs: [], omittedDrafts: [])
    var helpURL: String?

    // Made by `SiteBuilder.plan`.
    var markdown = MarkdownRenderer(options: MarkdownOptions())
    var tables: ComparisonTableRenderer?
    var bodyRenderer: BodyRenderer?
    var contexts: PageContextBuilder?
    var listings: ListingPageBuilder?
    var catalogPages: CatalogPageBuilder?
    var meetingPages: MeetingPageBuilder?
    var plan = SitePlan(content: SiteContent(pages: [], sections: [:], pageIndexBySourcePath: [:], omittedDrafts: [], omittedFuture: []),
                        catalogPages: [], listingPages: [], listPagers: [], hasSearchIndex: false, staticFiles: [])

    init(config: SiteConfig, content: SiteContent, strings: ThemeStrings, editionValues: [TemplateValue]) {
        self.config = config
        self.content = content
        self.strings = strings
        self.editionValues = editionValues
    }

    /// The edition's folder in the output: `""` or `es/`.
    var outputFolder: String { config.editionFolder }
}

/// What rendering one edition made.
struct EditionOutput: Sendable {
    var files: [OutputFile] = []
    var scannedPages: [OutputPage] = []
    var pageCount = 0
    var sitemap: [PublishingFiles.SitemapEntry] = []
    var searchValues: [SearchIndexBuilder.Entry] = []
    var lastRender: LastRender?
}
