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

    /// Site-relative URL with the base path, e.g. `/guide/learn/`.
    func url(_ urlPath: String) -> String {
        config.basePath + urlPath.dropFirst()
    }

    /// Absolute URL, e.g. `https://example.org/guide/learn/`.
    func permalink(_ urlPath: String) -> String {
        config.baseURL + urlPath.dropFirst()
    }

    // MARK: - Contexts

    func context(forPage index: Int) -> [String: Any] {
        let page = content.pages[index]
        return ["site": site(currentURLPath: page.urlPath), "page": pageValues(index)]
    }

    func notFoundContext() -> [String: Any] {
        let urlPath = "/404.html"
        var page: [String: Any] = [
            "kind": "not-found",
            "is_not_found": true,
            "title": "Page not found",
            "description": config.description ?? config.title,
            "url": url(urlPath),
            "permalink": permalink(urlPath),
        ]
        page["breadcrumbs"] = [["title": "Home", "url": url("/")]]
        return ["site": site(currentURLPath: urlPath), "page": page]
    }

    func redirectContext(to index: Int) -> [String: Any] {
        let target = content.pages[index]
        return [
            "site": site(currentURLPath: target.urlPath),
            "target_url": url(target.urlPath),
            "target_permalink": permalink(target.urlPath),
            "target_title": target.title.isEmpty ? config.title : target.title,
        ]
    }

    // MARK: - site

    /// The `site` values every page shares, made once per build (see `withSharedSiteValues`).
    struct SharedSiteValues: @unchecked Sendable {
        // Only strings, numbers, booleans and arrays and dictionaries of them: immutable values.
        let values: [String: Any]
    }

    /// Made once all the builder's settings are final, so each page only adds its menu.
    var sharedSite: SharedSiteValues?

    /// This builder with the shared `site` values made once instead of for every page.
    func withSharedSiteValues() -> PageContextBuilder {
        var builder = self
        builder.sharedSite = SharedSiteValues(values: sharedSiteValues())
        return builder
    }

    func site(currentURLPath: String) -> [String: Any] {
        var site = sharedSite?.values ?? sharedSiteValues()
        let menu = config.menu.map { item -> [String: Any] in
            var entry: [String: Any] = ["title": item.title]
            if item.url.hasPrefix("/") {
                entry["url"] = url(item.url)
                let isCurrent = item.url == currentURLPath || (item.url != "/" && currentURLPath.hasPrefix(item.url))
                if isCurrent { entry["current"] = true }
            } else {
                entry["url"] = item.url
            }
            return entry
        }
        if !menu.isEmpty { site["menu"] = menu }
        return site
    }

    private func sharedSiteValues() -> [String: Any] {
        var site: [String: Any] = [
            "title": config.title,
            "language": config.language,
            "base_url": config.baseURL,
            "base_path": config.basePath,
        ]
        site["description"] = config.description
        site["footer"] = footerHTML
        site["disclaimer"] = disclaimerHTML
        site["quick_exit_url"] = config.quickExitURL
        site["feed_url"] = url(PublishingFiles.feedPath)
        site["sitemap_url"] = url(PublishingFiles.sitemapPath)
        if hasTagPages { site["tags_url"] = url(ListingPageBuilder.tagsPath) }
        if hasSearchPage { site["search_url"] = url(ListingPageBuilder.searchPath) }
        if let params = config.params { site["params"] = Self.value(params) }
        let helpLines = catalog.helpLines.map(helpLine)
        if !helpLines.isEmpty { site["help_lines"] = helpLines }
        if !catalog.groups.isEmpty { site["groups_url"] = url(Catalog.groupsPath) }
        return site
    }

    private func helpLine(_ line: HelpLine) -> [String: Any] {
        var entry: [String: Any] = ["id": line.id, "name": line.name.resolved(for: config.language)]
        entry["description"] = line.description?.resolved(for: config.language)
        if let phone = line.phone { entry["phone"] = ["number": phone, "href": Self.telephoneURL("tel", phone)] }
        if let text = line.text { entry["text"] = ["number": text, "href": Self.telephoneURL("sms", text)] }
        if let tty = line.tty { entry["tty"] = ["number": tty, "href": Self.telephoneURL("tel", tty)] }
        entry["chat"] = line.chat
        entry["hours"] = line.hours?.resolved(for: config.language)
        if !line.languages.isEmpty { entry["languages"] = line.languages.joined(separator: ", ") }
        entry["verified"] = line.verified.map(Self.date)
        return entry
    }

    /// `tel:+18006624357`-style link: digits only, so every phone can dial it.
    static func telephoneURL(_ scheme: String, _ number: String) -> String {
        "\(scheme):" + number.filter { $0.isNumber || $0 == "+" }
    }

    static func value(_ value: ConfigValue) -> Any {
        switch value {
        case .text(let text): return text
        case .list(let values): return values.map(Self.value)
        case .map(let values): return values.mapValues(Self.value)
        }
    }

    // MARK: - page

    private func pageValues(_ index: Int) -> [String: Any] {
        let page = content.pages[index]
        let body = bodies[index]
        let front = page.frontMatter
        var values: [String: Any] = [
            "kind": page.kind.rawValue,
            "is_\(page.kind.rawValue)": true,
            "title": page.kind == .home && front.title.isEmpty ? config.title : front.title,
            "description": front.summary ?? config.description ?? config.title,
            "url": url(page.urlPath),
            "permalink": permalink(page.urlPath),
            "word_count": body.wordCount,
            "reading_minutes": max(1, (body.wordCount + 199) / 200),
        ]
        values["summary"] = front.summary
        if !body.html.isEmpty { values["content"] = body.html }
        values["date"] = front.date.map(Self.date)
        values["updated"] = front.updated.map(Self.date)
        if !front.tags.isEmpty {
            values["tags"] = front.tags.map { name -> [String: Any] in
                var tag: [String: Any] = ["name": name]
                let slug = HeadingSlugger.slug(name)
                if tagSlugs.contains(slug) { tag["url"] = url(ListingPageBuilder.urlPath(tag: slug)) }
                return tag
            }
        }
        let toc = body.headings.filter { $0.level == 2 || $0.level == 3 }.map { heading -> [String: Any] in
            var entry: [String: Any] = ["level": heading.level, "id": heading.id, "title": heading.text]
            if heading.level == 3 { entry["is_level3"] = true }
            return entry
        }
        if toc.count >= 2 { values["toc"] = toc }
        if page.kind != .home {
            values["breadcrumbs"] = content.ancestors(of: page).map { ancestor in
                ["title": ancestor.kind == .home ? "Home" : ancestor.title, "url": url(ancestor.urlPath)]
            }
        }
        if page.kind == .article, let section = content.sections[page.folder] {
            let sectionPage = content.pages[section.pageIndex]
            values["section"] = ["title": sectionPage.kind == .home ? "Home" : sectionPage.title, "url": url(sectionPage.urlPath)]
        }
        if page.kind != .article, let section = content.sections[page.folder] {
            let pages = section.articleIndices.map(summary)
            if !pages.isEmpty { values["pages"] = pages }
            let sections = section.subsectionFolders.compactMap { folder -> [String: Any]? in
                guard let subsection = content.sections[folder] else { return nil }
                var entry = summary(subsection.pageIndex)
                entry["count"] = subsection.articleIndices.count
                let pages = subsection.articleIndices.map(summary)
                if !pages.isEmpty { entry["pages"] = pages }
                return entry
            }
            if !sections.isEmpty { values["sections"] = sections }
        }
        return values
    }

    /// What a list shows of a page.
    func summary(_ index: Int) -> [String: Any] {
        let page = content.pages[index]
        var entry: [String: Any] = ["title": page.title, "url": url(page.urlPath)]
        entry["summary"] = page.frontMatter.summary
        entry["date"] = page.frontMatter.date.map(Self.date)
        entry["updated"] = page.frontMatter.updated.map(Self.date)
        return entry
    }

    static func date(_ date: SiteDate) -> [String: Any] {
        ["iso": date.iso, "display": date.display]
    }
}
