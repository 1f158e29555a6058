import GuidepostMarkdown

/// Pages that list content in other ways than sections: the topics (`/tags/`, one page per
/// tag) and the search page. A theme opts in by having the `tags`/`tag` and `search` templates.
struct ListingPageBuilder: Sendable {
    struct Tag: Sendable {
        var name: String
        var slug: String
        /// Articles with this tag, newest first.
        var articleIndices: [Int]
    }

    static let tagsPath = "/tags/"
    static let searchPath = "/search/"

    let content: SiteContent
    var contexts: PageContextBuilder
    let hasTagPages: Bool
    let hasSearchPage: Bool
    let tags: [Tag]
    /// Positions in `tags` by slug.
    let tagIndexBySlug: [String: Int]
    /// Slugs of the topics that have pages.
    var tagSlugs: Set<String> { hasTagPages ? Set(tags.map(\.slug)) : [] }

    init(content: SiteContent, contexts: PageContextBuilder, templateNames: Set<String>) {
        self.content = content
        self.contexts = contexts
        var bySlug: [String: Tag] = [:]
        for (index, page) in content.pages.enumerated() where page.kind == .article {
            var seen: Set<String> = []
            for name in page.frontMatter.tags {
                let slug = HeadingSlugger.slug(name)
                guard seen.insert(slug).inserted else { continue }
                bySlug[slug, default: Tag(name: name, slug: slug, articleIndices: [])].articleIndices.append(index)
            }
        }
        let order = PageOrder.keys(of: content.pages)
        tags = bySlug.values.map { tag in
            var sorted = tag
            sorted.articleIndices.sort { PageOrder.newest(order[$0], order[$1]) }
            return sorted
        }.sorted { ($0.name.lowercased(), $0.slug) < ($1.name.lowercased(), $1.slug) }
        tagIndexBySlug = Dictionary(tags.enumerated().map { ($1.slug, $0) }, uniquingKeysWith: { first, _ in first })
        hasTagPages = !tags.isEmpty && templateNames.contains("tags") && templateNames.contains("tag")
        hasSearchPage = templateNames.contains("search")
    }

    static func urlPath(tag slug: String) -> String { "\(tagsPath)\(slug)/" }

    /// How the articles of a topic are split into pages: by the site's `paginate`.
    func pager(for tag: Tag) -> ListPager {
        ListPager(firstURLPath: Self.urlPath(tag: tag.slug), itemCount: tag.articleIndices.count, pageSize: contexts.config.paginate)
    }

    /// Every topic page whose articles take more than one page, with how they are split.
    func topicPagers() -> [(slug: String, pager: ListPager)] {
        guard hasTagPages else { return [] }
        return tags.map { ($0.slug, pager(for: $0)) }.filter { $0.1.pageCount > 1 }
    }

    func pages() -> [GeneratedPage] {
        let location = SourceLocation(file: "Templates")
        var pages: [GeneratedPage] = []
        if hasTagPages {
            pages.append(GeneratedPage(urlPath: Self.tagsPath, template: "tags", title: contexts.strings[.topics], location: location))
            pages += tags.map { GeneratedPage(urlPath: Self.urlPath(tag: $0.slug), template: "tag", title: $0.name, location: location) }
        }
        if hasSearchPage {
            pages.append(GeneratedPage(urlPath: Self.searchPath, template: "search", title: contexts.strings[.search], location: location))
        }
        return pages
    }

    func context(for page: GeneratedPage) -> TemplateContext {
        let home = contexts.homeCrumb
        var values: TemplateContext = [
            "kind": .text(page.template),
            "is_\(page.template)": true,
            "title": .text(page.title),
            "url": .text(contexts.url(page.urlPath)),
            "permalink": .text(contexts.permalink(page.urlPath)),
            "description": .text(contexts.config.description ?? contexts.config.title),
            "breadcrumbs": [home],
        ]
        switch page.template {
        case "tags":
            values["tags"] = .list(tags.map {
                ["name": .text($0.name), "url": .text(contexts.url(Self.urlPath(tag: $0.slug))), "count": .number($0.articleIndices.count)]
            })
        case "tag":
            let slug = String(page.urlPath.dropFirst(Self.tagsPath.count).dropLast())
            if let index = tagIndexBySlug[slug] {
                topicValues(of: tags[index], page: 1, into: &values)
                values["breadcrumbs"] = [home, ["title": .text(contexts.strings[.topics]), "url": .text(contexts.url(Self.tagsPath))]]
            }
        default:
            values["search_manifest_url"] = .text(contexts.siteURL(
                "/" + ChunkedSearchIndex.languageFolder(contexts.config.language) + "/" + ChunkedSearchIndex.manifestName
            ))
        }
        return ["site": contexts.site(currentURLPath: page.urlPath), "page": .map(values)]
    }

    /// Page `number` (2 or later) of a topic's list: its page with the next slice of articles.
    func context(forTopic slug: String, listPage number: Int) -> TemplateContext {
        let tag = tagIndexBySlug[slug].map { tags[$0] } ?? Tag(name: slug, slug: slug, articleIndices: [])
        let urlPath = pager(for: tag).urlPath(page: number)
        var values: TemplateContext = [
            "kind": "tag",
            "is_tag": true,
            "title": .text(tag.name),
            "url": .text(contexts.url(urlPath)),
            "permalink": .text(contexts.permalink(urlPath)),
            "description": .text(contexts.config.description ?? contexts.config.title),
            "breadcrumbs": [
                contexts.homeCrumb,
                ["title": .text(contexts.strings[.topics]), "url": .text(contexts.url(Self.tagsPath))],
                ["title": .text(tag.name), "url": .text(contexts.url(Self.urlPath(tag: slug)))],
            ],
        ]
        topicValues(of: tag, page: number, into: &values)
        return ["site": contexts.site(currentURLPath: urlPath), "page": .map(values)]
    }

    /// `pages` (the slice of the topic's articles on page `number`) and, when the list takes
    /// more than one page, `pager`.
    private func topicValues(of tag: Tag, page number: Int, into values: inout TemplateContext) {
        let pager = pager(for: tag)
        values["pages"] = .list(tag.articleIndices[pager.range(page: number)].map(contexts.summary))
        if pager.pageCount > 1 { values["pager"] = pager.values(page: number, url: contexts.url) }
    }
}
