import GuidepostMarkdown

/// What one language edition is made from, before it is planned: its settings, pages, words and
/// how its links resolve.
struct EditionSetup: Sendable {
    /// The site's settings resolved for this edition (`SiteConfig.edition(_:)`).
    var config: SiteConfig
    var content: SiteContent
    var strings: ThemeStrings
    /// `site.languages`, when the site has more than one edition.
    var editionValues: [TemplateValue]
    var links: LinkResolver
    var helpURL: String?
}

/// One language edition of a site between planning and rendering: what it was made from, its
/// rendered bodies, the builders of its pages' values and the plan of every page it publishes
/// (made by `SiteBuilder.plan`).
struct EditionPlan: Sendable {
    var setup: EditionSetup
    var markdown: MarkdownRenderer
    var tables: ComparisonTableRenderer
    var bodyRenderer: BodyRenderer
    var contexts: PageContextBuilder
    var listings: ListingPageBuilder
    var catalogPages: CatalogPageBuilder
    var meetingPages: MeetingPageBuilder
    var handouts: HandoutPageBuilder
    var plan: SitePlan

    var config: SiteConfig { setup.config }
    var content: SiteContent { setup.content }
    var strings: ThemeStrings { setup.strings }
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
