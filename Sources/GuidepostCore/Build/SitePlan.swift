/// Every file a build publishes, decided before anything is rendered: the pages that go
/// through the theme, the data files made beside them, and the files copied as they are.
///
/// The address checks run over the plan, so a clash is found, and reported where it was
/// written, before any page is rendered or any file written.
struct SitePlan: Sendable {
    var pages: [PlannedPage]
    /// Files generated from the whole site, by output path: `sitemap.xml`, `feed.xml`,
    /// `robots.txt` (unless `Content/static/` has one), the search index and the meeting feed.
    var dataFiles: [String]
    /// Folders whose every file the build makes, by output path: the split search index
    /// (`search-index`), whose file names depend on the words of the site.
    var dataFolders: [String]
    var staticFiles: [StaticFiles.Entry]

    /// - Parameter listPagers: every list that takes more than one page: its pages 2 and later
    ///   are planned after the Markdown pages, with the template of their first page.
    init(
        content: SiteContent, catalogPages: [GeneratedPage], listingPages: [GeneratedPage], listPagers: [(list: PagedList, pager: ListPager)],
        meetingPages: [MeetingPage] = [], meetingCalendars: [String] = [], handouts: [Handout] = [],
        hasSearchIndex: Bool, hasMeetingFeed: Bool = false, staticFiles: [StaticFiles.Entry], outputFolder: String = ""
    ) {
        var pages = content.pages.indices.map { index in
            let page = content.pages[index]
            return PlannedPage(identity: .markdown(index), urlPath: page.urlPath, template: page.frontMatter.template?.value ?? page.kind.rawValue)
        }
        for (list, pager) in listPagers where pager.pageCount > 1 {
            let template = switch list {
            case .section(let index): pages[index].template
            case .topic: "tag"
            }
            for number in 2...pager.pageCount {
                pages.append(PlannedPage(identity: .listPage(list, number: number), urlPath: pager.urlPath(page: number), template: template))
            }
        }
        pages += catalogPages.map { PlannedPage(identity: .catalog($0), urlPath: $0.urlPath, template: $0.template) }
        pages += listingPages.map { PlannedPage(identity: .listing($0), urlPath: $0.urlPath, template: $0.template) }
        pages += meetingPages.map { PlannedPage(identity: .meetings($0), urlPath: $0.urlPath, template: $0.template) }
        pages += handouts.map { PlannedPage(identity: .handout($0), urlPath: $0.urlPath, template: $0.template) }
        pages.append(PlannedPage(identity: .notFound, urlPath: Self.notFoundPath, template: "404"))
        for (index, page) in content.pages.enumerated() {
            for alias in page.frontMatter.aliases {
                pages.append(PlannedPage(identity: .redirect(alias: alias, target: index), urlPath: alias.value, template: "redirect"))
            }
        }
        if !outputFolder.isEmpty {
            for index in pages.indices { pages[index].outputFolder = outputFolder }
        }
        self.pages = pages
        let staticPaths = Set(staticFiles.map(\.outputPath))
        // An edition other than the default makes its own feed and calendars in its folder; the
        // sitemap, robots.txt and the meeting feed are the site's.
        dataFiles = outputFolder.isEmpty
            ? [PublishingFiles.sitemapPath, PublishingFiles.feedPath].map { String($0.dropFirst()) }
                + (staticPaths.contains(Self.robotsFile) ? [] : [Self.robotsFile])
                + (hasMeetingFeed ? [MeetingFeedWriter.path] : [])
                + meetingCalendars
            : [outputFolder + PublishingFiles.feedPath.dropFirst()] + meetingCalendars.map { outputFolder + $0 }
        dataFolders = hasSearchIndex ? [ChunkedSearchIndex.folder] : []
        self.staticFiles = staticFiles
    }

    static let notFoundPath = "/404.html"
    static let robotsFile = String(PublishingFiles.robotsPath.dropFirst())

    /// Whether `robots.txt` is generated rather than copied from `Content/static/`.
    var generatesRobots: Bool { dataFiles.contains(Self.robotsFile) }
}
