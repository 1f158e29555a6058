import Foundation

/// What the search index holds: one entry per page with what a reader may look for, pages made
/// from Markdown first, then the catalog's groups, group types and comparisons. The index is
/// written in parts from these entries (`ChunkedSearchIndex`).
struct SearchIndexBuilder: Sendable {
    struct Entry: Hashable, Sendable {
        var title: String
        var url: String
        var kind: String
        var summary: String?
        var headings: [String]
        var text: String
        var keywords: [String]
    }

    let contexts: PageContextBuilder
    let tables: ComparisonTableRenderer
    let catalogTexts: [String: String]
    /// Entries of pages made elsewhere (the meeting directory's), after the catalog's.
    var extraEntries: [Entry] = []

    /// The entry of the page at `index`: the index lists pages first, in page order.
    func entry(forPage index: Int) -> Entry {
        let page = contexts.content.pages[index], body = contexts.bodies[index]
        return Entry(
            title: page.kind == .home && page.title.isEmpty ? contexts.config.title : page.title,
            url: contexts.url(page.urlPath), kind: page.kind.rawValue, summary: page.frontMatter.summary,
            headings: body.headings.filter { $0.level <= 3 }.map(\.text), text: body.plainText, keywords: page.frontMatter.tags
        )
    }

    func entries() -> [Entry] {
        var entries: [Entry] = contexts.content.pages.indices.map(entry(forPage:))
        let catalog = contexts.catalog
        let language = contexts.config.language
        for group in catalog.groups {
            var keywords = group.aliases + [group.abbreviation].compactMap { $0 }
            if let type = catalog.type(group.typeID) { keywords.append(type.name.resolved(for: language)) }
            for dimension in catalog.dimensions {
                if case .vocabulary(let ids)? = group.values[dimension.id] {
                    keywords += ids.compactMap { dimension.value($0)?.label.resolved(for: language) }
                }
            }
            entries.append(Entry(
                title: tables.groupName(group), url: contexts.url(Catalog.urlPath(group: group.id)), kind: "group",
                summary: group.summary.resolved(for: language), headings: [],
                text: PlainText.of(html: catalogTexts["group:\(group.id)"] ?? "", limit: BodyRenderer.searchTextLimit), keywords: keywords
            ))
        }
        for type in catalog.types {
            entries.append(Entry(
                title: type.name.resolved(for: language), url: contexts.url(Catalog.urlPath(type: type.id)), kind: "group-type",
                summary: type.summary.resolved(for: language), headings: [],
                text: PlainText.of(html: catalogTexts["type:\(type.id)"] ?? "", limit: BodyRenderer.searchTextLimit), keywords: []
            ))
        }
        for comparison in catalog.comparisons {
            entries.append(Entry(
                title: comparison.caption.resolved(for: language), url: contexts.url(Catalog.urlPath(comparison: comparison.id)),
                kind: "comparison", summary: nil, headings: [],
                text: PlainText.of(html: catalogTexts["compare:\(comparison.id)"] ?? "", limit: BodyRenderer.searchTextLimit), keywords: []
            ))
        }
        return entries + extraEntries
    }
}
