import Foundation
import GuidepostMarkdown

/// Builds the values a template sees (`site`, `page`), as documented in docs/templates.md.
///
/// Mustache treats an empty string as "present", so optional values are left out instead of
/// being set to empty ones.
struct PageContextBuilder: Sendable {
    let config: SiteConfig
    var content: SiteContent
    var bodies: [RenderedBody]
    let footerHTML: String?
    var catalog = Catalog()
    var disclaimerHTML: String?
    /// Whether the site has topic pages and a search page (the theme has their templates).
    var hasTagPages = false
    /// Slugs of the topics that have pages: only those tags link anywhere.
    var tagSlugs: Set<String> = []
    var hasSearchPage = false
    /// The absolute address of the site's meeting feed, when it publishes one.
    var meetingsFeedURL: String?
    /// The words of this edition's language.
    var strings = ThemeStrings(language: "en")
    /// The address of the page that tells where to get help now, in this edition or else in
    /// the default one (`help_page:`).
    var helpURL: String?
    /// One entry per edition of the site (`site.languages`), when there is more than one.
    var editionValues: [TemplateValue] = []

    /// Address of a page of this edition, with the base path and the edition's folder:
    /// `/guide/learn/`, `/es/learn/`.
    func url(_ urlPath: String) -> String {
        config.pagesPath + urlPath.dropFirst()
    }

    /// Absolute address of a page of this edition: `https://example.org/guide/es/learn/`.
    func permalink(_ urlPath: String) -> String {
        config.pagesURL + urlPath.dropFirst()
    }

    /// Address of a file of the whole site, outside any edition (`/sitemap.xml`, `/search-index/`).
    func siteURL(_ path: String) -> String {
        config.basePath + path.dropFirst()
    }

    /// The breadcrumb to this edition's home page.
    var homeCrumb: TemplateValue {
        ["title": .text(strings[.home]), "url": .text(url("/"))]
    }

    // MARK: - Contexts

    func context(forPage index: Int) -> TemplateContext {
        let page = content.pages[index]
        return ["site": site(currentURLPath: page.urlPath), "page": .map(pageValues(index))]
    }

    func notFoundContext() -> TemplateContext {
        let urlPath = "/404.html"
        var page: TemplateContext = [
            "kind": "not-found",
            "is_not_found": true,
            "title": .text(strings[.pageNotFound]),
            "description": .text(config.description ?? config.title),
            "url": .text(url(urlPath)),
            "permalink": .text(permalink(urlPath)),
        ]
        page["breadcrumbs"] = [homeCrumb]
        return ["site": site(currentURLPath: urlPath), "page": .map(page)]
    }

    func redirectContext(to index: Int) -> TemplateContext {
        let target = content.pages[index]
        return [
            "site": site(currentURLPath: target.urlPath),
            "target_url": .text(url(target.urlPath)),
            "target_permalink": .text(permalink(target.urlPath)),
            "target_title": .text(target.title.isEmpty ? config.title : target.title),
        ]
    }

    // MARK: - site

    /// The `site` values every page shares, made once per build (see `withSharedSiteValues`).
    struct SharedSiteValues: Sendable {
        let values: TemplateContext
    }

    /// Made once all the builder's settings are final, so each page only adds its menu.
    var sharedSite: SharedSiteValues?

    /// This builder with the shared `site` values made once instead of for every page.
    func withSharedSiteValues() -> PageContextBuilder {
        var builder = self
        builder.sharedSite = SharedSiteValues(values: sharedSiteValues())
        return builder
    }

    func site(currentURLPath: String) -> TemplateValue {
        var site = sharedSite?.values ?? sharedSiteValues()
        let menu = config.menu.map { item -> TemplateValue in
            var entry: TemplateContext = ["title": .text(item.title)]
            if let other = item.otherEditionURL {
                entry["url"] = .text(other)
                if config.language != config.defaultLanguage { entry["hreflang"] = .text(config.defaultLanguage) }
            } else if item.url.hasPrefix("/") {
                entry["url"] = .text(url(item.url))
                let isCurrent = item.url == currentURLPath || (item.url != "/" && currentURLPath.hasPrefix(item.url))
                if isCurrent { entry["current"] = true }
            } else {
                entry["url"] = .text(item.url)
            }
            return .map(entry)
        }
        if !menu.isEmpty { site["menu"] = .list(menu) }
        return .map(site)
    }

    private func sharedSiteValues() -> TemplateContext {
        var site: TemplateContext = [
            "title": .text(config.title),
            "language": .text(config.language),
            "base_url": .text(config.baseURL),
            "base_path": .text(config.basePath),
            "home_url": .text(url("/")),
        ]
        site["help_url"] = TemplateValue(helpURL)
        site["quick_exit_label"] = TemplateValue(config.quickExitLabel)
        if editionValues.count > 1 { site["languages"] = .list(editionValues) }
        site["description"] = TemplateValue(config.description)
        site["footer"] = TemplateValue(footerHTML)
        site["disclaimer"] = TemplateValue(disclaimerHTML)
        site["quick_exit_url"] = TemplateValue(config.quickExitURL)
        site["feed_url"] = .text(url(PublishingFiles.feedPath))
        site["sitemap_url"] = .text(siteURL(PublishingFiles.sitemapPath))
        if hasTagPages { site["tags_url"] = .text(url(ListingPageBuilder.tagsPath)) }
        if hasSearchPage { site["search_url"] = .text(url(ListingPageBuilder.searchPath)) }
        if !config.handouts.isEmpty { site["handouts_url"] = .text(url(Handout.folder)) }
        if let meetingsFeedURL { site["meetings_feed_url"] = .text(meetingsFeedURL) }
        if let params = config.params { site["params"] = Self.value(params) }
        let helpLines = catalog.helpLines.map(helpLine)
        if !helpLines.isEmpty { site["help_lines"] = .list(helpLines) }
        if !catalog.groups.isEmpty { site["groups_url"] = .text(url(Catalog.groupsPath)) }
        return site
    }

    private func helpLine(_ line: HelpLine) -> TemplateValue {
        var entry: TemplateContext = ["id": .text(line.id), "name": .text(line.name.resolved(for: config.language))]
        entry["description"] = TemplateValue(line.description?.resolved(for: config.language))
        entry["phone"] = line.phone.map { Self.phoneLink("tel", $0) }
        entry["text"] = line.text.map { Self.phoneLink("sms", $0) }
        entry["tty"] = line.tty.map { Self.phoneLink("tel", $0) }
        entry["chat"] = TemplateValue(line.chat)
        entry["hours"] = TemplateValue(line.hours?.resolved(for: config.language))
        if !line.languages.isEmpty { entry["languages"] = .text(strings.list(line.languages.map { $0.resolved(for: config.language) })) }
        entry["verified"] = line.verified.map(date)
        return .map(entry)
    }

    /// `tel:+18006624357`-style link: digits only, so every phone can dial it.
    static func telephoneURL(_ scheme: String, _ number: String) -> String {
        "\(scheme):" + number.filter { $0.isNumber || $0 == "+" }
    }

    /// A number as templates get it: `number` as written, `href` the link that dials it.
    static func phoneLink(_ scheme: String, _ number: String) -> TemplateValue {
        ["number": .text(number), "href": .text(telephoneURL(scheme, number))]
    }

    static func value(_ value: ConfigValue) -> TemplateValue {
        switch value {
        case .text(let text): .text(text)
        case .list(let values): .list(values.map(Self.value))
        case .map(let values): .map(values.mapValues(Self.value))
        }
    }

    // MARK: - page

    private func pageValues(_ index: Int) -> TemplateContext {
        let page = content.pages[index]
        let body = bodies[index]
        let front = page.frontMatter
        var values: TemplateContext = [
            "kind": .text(page.kind.rawValue),
            "is_\(page.kind.rawValue)": true,
            "title": .text(page.kind == .home && front.title.isEmpty ? config.title : front.title),
            "description": .text(front.summary ?? config.description ?? config.title),
            "url": .text(url(page.urlPath)),
            "permalink": .text(permalink(page.urlPath)),
            "word_count": .number(body.wordCount),
            "reading_minutes": .number(max(1, (body.wordCount + 199) / 200)),
        ]
        values["summary"] = TemplateValue(front.summary)
        if front.urgent ?? (page.translationKey == config.helpPage) { values["is_urgent"] = true }
        if !body.html.isEmpty { values["content"] = .text(body.html) }
        values["date"] = front.date.map(date)
        values["updated"] = front.updated.map(date)
        if !front.tags.isEmpty {
            values["tags"] = .list(front.tags.map { name -> TemplateValue in
                var tag: TemplateContext = ["name": .text(name)]
                let slug = HeadingSlugger.slug(name)
                if tagSlugs.contains(slug) { tag["url"] = .text(url(ListingPageBuilder.urlPath(tag: slug))) }
                return .map(tag)
            })
        }
        let toc = body.headings.filter { $0.level == 2 || $0.level == 3 }.map { heading -> TemplateValue in
            var entry: TemplateContext = ["level": .number(heading.level), "id": .text(heading.id), "title": .text(heading.text)]
            if heading.level == 3 { entry["is_level3"] = true }
            return .map(entry)
        }
        if toc.count >= 2 { values["toc"] = .list(toc) }
        if page.kind != .home {
            values["breadcrumbs"] = .list(content.ancestors(of: page).map { ancestor in
                ["title": .text(ancestor.kind == .home ? strings[.home] : ancestor.title), "url": .text(url(ancestor.urlPath))]
            })
        }
        if page.kind == .article, let section = content.sections[page.folder] {
            let sectionPage = content.pages[section.pageIndex]
            values["section"] = ["title": .text(sectionPage.kind == .home ? strings[.home] : sectionPage.title), "url": .text(url(sectionPage.urlPath))]
        }
        if page.kind != .article, let section = content.sections[page.folder] {
            listValues(of: section, page: 1, into: &values)
            let sections = section.subsectionFolders.compactMap { folder -> TemplateValue? in
                guard let subsection = content.sections[folder] else { return nil }
                var entry = summaryValues(subsection.pageIndex)
                entry["count"] = .number(subsection.articleIndices.count)
                let pages = subsection.articleIndices.map(summary)
                if !pages.isEmpty { entry["pages"] = .list(pages) }
                return .map(entry)
            }
            if !sections.isEmpty { values["sections"] = .list(sections) }
        }
        return values
    }

    // MARK: - Lists in pages

    /// How the articles of `section` are split into pages: by its `_index.md`'s `paginate`, or
    /// else the site's.
    func pager(for section: Section) -> ListPager {
        let page = content.pages[section.pageIndex]
        return ListPager(
            firstURLPath: page.urlPath, itemCount: section.articleIndices.count,
            pageSize: page.frontMatter.paginate ?? config.paginate
        )
    }

    /// Every section whose articles take more than one page, with how they are split.
    func sectionPagers() -> [(pageIndex: Int, pager: ListPager)] {
        content.sections.values
            .map { ($0.pageIndex, pager(for: $0)) }
            .filter { $0.1.pageCount > 1 }
            .sorted { $0.0 < $1.0 }
    }

    /// Page `number` (2 or later) of a section's list: the section's page without what its body
    /// makes (text, contents, reading time) or its subsections, with the next slice of articles.
    /// So an edit of the section's text changes its first page only.
    func context(forPage index: Int, listPage number: Int) -> TemplateContext {
        let page = content.pages[index]
        guard let section = content.sections[page.folder] else { return context(forPage: index) }
        let urlPath = pager(for: section).urlPath(page: number)
        var values: TemplateContext = [
            "kind": .text(page.kind.rawValue),
            "is_\(page.kind.rawValue)": true,
            "title": .text(page.kind == .home && page.frontMatter.title.isEmpty ? config.title : page.frontMatter.title),
            "description": .text(page.frontMatter.summary ?? config.description ?? config.title),
            "url": .text(url(urlPath)),
            "permalink": .text(permalink(urlPath)),
        ]
        values["summary"] = TemplateValue(page.frontMatter.summary)
        // Up to the section's own page, page 1 of the list.
        values["breadcrumbs"] = .list((content.ancestors(of: page) + [page]).map { ancestor in
            ["title": .text(ancestor.kind == .home ? "Home" : ancestor.title), "url": .text(url(ancestor.urlPath))]
        })
        listValues(of: section, page: number, into: &values)
        return ["site": site(currentURLPath: urlPath), "page": .map(values)]
    }

    /// `pages` (the slice of the section's articles on page `number`) and, when the list takes
    /// more than one page, `pager`.
    private func listValues(of section: Section, page number: Int, into values: inout TemplateContext) {
        let pager = pager(for: section)
        let pages = section.articleIndices[pager.range(page: number)].map(summary)
        if !pages.isEmpty { values["pages"] = .list(pages) }
        if pager.pageCount > 1 { values["pager"] = pager.values(page: number, url: url) }
    }

    /// Every page's `summary`, made once per build (see `withSummaries`): an article is listed on
    /// its section's page, the sections above it and each of its topics' pages.
    var summaries: [TemplateValue]?

    /// This builder with every page's summary made once, in parallel.
    func withSummaries() async -> PageContextBuilder {
        var builder = self
        builder.summaries = await Array(content.pages.indices).concurrentMap { [self] in summary($0) }
        return builder
    }

    /// What a list shows of a page.
    func summary(_ index: Int) -> TemplateValue {
        summaries?[index] ?? .map(summaryValues(index))
    }

    private func summaryValues(_ index: Int) -> TemplateContext {
        if case .map(let values)? = summaries?[index] { return values }
        let page = content.pages[index]
        var entry: TemplateContext = ["title": .text(page.title), "url": .text(url(page.urlPath))]
        entry["summary"] = TemplateValue(page.frontMatter.summary)
        entry["date"] = page.frontMatter.date.map(date)
        entry["updated"] = page.frontMatter.updated.map(date)
        return entry
    }

    /// A date as templates see it, written the way readers of this edition's language write it.
    func date(_ date: SiteDate) -> TemplateValue {
        ["iso": .text(date.iso), "display": .text(strings.date(date))]
    }
}
