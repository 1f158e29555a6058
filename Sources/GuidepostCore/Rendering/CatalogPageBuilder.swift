import GuidepostMarkdown

/// The pages made from the catalog: the groups index, one page per group, one per group type
/// and one per named comparison.
struct CatalogPageBuilder: Sendable {
    static let templates = ["groups", "group", "group-type", "comparison"]

    let catalog: Catalog
    let contexts: PageContextBuilder
    let tables: ComparisonTableRenderer
    /// The catalog's Markdown texts as HTML, by `group:ID`, `type:ID` and `compare:ID`.
    let texts: [String: String]

    var language: String { contexts.config.language }

    init(catalog: Catalog, contexts: PageContextBuilder, tables: ComparisonTableRenderer, markdown: MarkdownRenderer,
         links: LinkResolver, into diagnostics: inout [Diagnostic]) {
        self.catalog = catalog
        self.contexts = contexts
        self.tables = tables
        let language = contexts.config.language
        var texts: [String: String] = [:]
        func render(_ text: LocalizedText?, key: String, what: String, at location: SourceLocation) {
            guard let text else { return }
            texts[key] = markdown.render(text.resolved(for: language), rewriteLink: { link in
                switch links.resolve(link.destination, from: CatalogLoader.singleFileName) {
                case .page(_, let url, _), .rewritten(let url): return url
                case .unchanged, .samePage: return nil
                case .failure(let message):
                    diagnostics.append(Diagnostic(at: location, "in \(what): \(message)"))
                    return nil
                }
            }).html
        }
        for group in catalog.groups {
            render(group.description, key: "group:\(group.id)", what: "the description of group '\(group.id)'", at: group.location)
        }
        for type in catalog.types {
            render(type.description, key: "type:\(type.id)", what: "the description of type '\(type.id)'", at: type.location)
        }
        for comparison in catalog.comparisons {
            render(comparison.intro, key: "compare:\(comparison.id)", what: "the intro of comparison '\(comparison.id)'", at: comparison.location)
        }
        self.texts = texts
    }

    func pages() -> [GeneratedPage] {
        let index = catalog.groups.first.map {
            GeneratedPage(urlPath: Catalog.groupsPath, template: "groups", title: "Support groups", location: $0.location)
        }
        return (index.map { [$0] } ?? [])
            + catalog.groups.map { GeneratedPage(urlPath: Catalog.urlPath(group: $0.id), template: "group", title: text($0.name), location: $0.location) }
            + catalog.types.map { GeneratedPage(urlPath: Catalog.urlPath(type: $0.id), template: "group-type", title: text($0.name), location: $0.location) }
            + catalog.comparisons.map { GeneratedPage(urlPath: Catalog.urlPath(comparison: $0.id), template: "comparison", title: text($0.caption), location: $0.location) }
    }

    /// The template context of `page`.
    func context(for page: GeneratedPage) -> [String: Any] {
        var values: [String: Any] = [
            "kind": page.template,
            "is_\(page.template.replacingOccurrences(of: "-", with: "_"))": true,
            "title": page.title,
            "url": contexts.url(page.urlPath),
            "permalink": contexts.permalink(page.urlPath),
            "description": contexts.config.description ?? contexts.config.title,
        ]
        var crumbs: [[String: Any]] = [["title": "Home", "url": contexts.url("/")]]
        let id = page.urlPath.split(separator: "/").last.map(String.init) ?? ""
        switch page.template {
        case "groups":
            values["summary"] = "Every group and service in this guide, side by side."
            values["table"] = tables.html(allGroupsComparison(), anchor: "all-groups")
            values["types"] = catalog.types.map(typeSummary)
            let comparisons = catalog.comparisons.map { ["title": text($0.caption), "url": contexts.url(Catalog.urlPath(comparison: $0.id))] }
            if !comparisons.isEmpty { values["comparisons"] = comparisons }
        case "group":
            guard let group = catalog.group(id) else { break }
            crumbs.append(groupsCrumb)
            if let type = catalog.type(group.typeID) { crumbs.append(["title": text(type.name), "url": contexts.url(Catalog.urlPath(type: type.id))]) }
            values["summary"] = text(group.summary)
            values["description"] = text(group.summary)
            values["group"] = groupValues(group)
            values["updated"] = group.reviewed.map(PageContextBuilder.date)
        case "group-type":
            guard let type = catalog.type(id) else { break }
            crumbs.append(groupsCrumb)
            values["summary"] = text(type.summary)
            values["description"] = text(type.summary)
            values["content"] = texts["type:\(type.id)"]
            let groups = catalog.groups(ofType: type.id)
            if !groups.isEmpty {
                values["pages"] = groups.map(groupSummary)
                values["table"] = tables.html(typeComparison(type, groups: groups), anchor: "type-\(type.id)")
            }
        default:
            guard let comparison = catalog.comparison(id) else { break }
            crumbs.append(groupsCrumb)
            values["content"] = texts["compare:\(comparison.id)"]
            values["table"] = tables.html(comparison, anchor: "comparison-\(comparison.id)")
        }
        values["breadcrumbs"] = crumbs
        return ["site": contexts.site(currentURLPath: page.urlPath), "page": values]
    }

    // MARK: - Parts

    private var groupsCrumb: [String: Any] {
        ["title": "Support groups", "url": contexts.url(Catalog.groupsPath)]
    }

    private func groupValues(_ group: CatalogGroup) -> [String: Any] {
        var values: [String: Any] = ["id": group.id, "name": text(group.name), "full_name": tables.groupName(group)]
        values["abbreviation"] = group.abbreviation
        if !group.aliases.isEmpty { values["aliases"] = group.aliases.joined(separator: ", ") }
        if let type = catalog.type(group.typeID) {
            values["type"] = ["title": text(type.name), "url": contexts.url(Catalog.urlPath(type: type.id))]
        }
        values["content"] = texts["group:\(group.id)"]
        if let website = group.website { values["website"] = ["url": website, "host": HTML.displayHost(website)] }
        if let phone = group.phone { values["phone"] = ["number": phone, "href": PageContextBuilder.telephoneURL("tel", phone)] }
        let dimensions = catalog.dimensions.compactMap { dimension -> [String: Any]? in
            guard group.values[dimension.id] != nil else { return nil }
            var entry: [String: Any] = ["id": dimension.id, "label": text(dimension.label)]
            entry["value"] = tables.dimensionCell(group, dimensionID: dimension.id).html
            entry["description"] = dimension.description.map(text)
            return entry
        }
        if !dimensions.isEmpty { values["values"] = dimensions }
        let related = group.relatedIDs.compactMap(catalog.group).map(groupSummary)
        if !related.isEmpty { values["related"] = related }
        let sources = group.sources.map { ["title": text($0.title), "url": $0.url] }
        if !sources.isEmpty { values["sources"] = sources }
        values["reviewed"] = group.reviewed.map(PageContextBuilder.date)
        return values
    }

    private func groupSummary(_ group: CatalogGroup) -> [String: Any] {
        ["title": tables.groupName(group), "url": contexts.url(Catalog.urlPath(group: group.id)), "summary": text(group.summary)]
    }

    private func typeSummary(_ type: CatalogGroupType) -> [String: Any] {
        let groups = catalog.groups(ofType: type.id)
        var entry: [String: Any] = [
            "title": text(type.name), "url": contexts.url(Catalog.urlPath(type: type.id)),
            "summary": text(type.summary), "count": groups.count,
        ]
        if !groups.isEmpty { entry["pages"] = groups.map(groupSummary) }
        return entry
    }

    /// Every group, with its type and every dimension that any group has a value for.
    private func allGroupsComparison() -> Comparison {
        Comparison(
            id: "all-groups", caption: LocalizedText("All support groups compared"), rows: .allGroups,
            columns: ["type"] + usedDimensions(of: catalog.groups), location: SourceLocation(file: "catalog")
        )
    }

    private func typeComparison(_ type: CatalogGroupType, groups: [CatalogGroup]) -> Comparison {
        Comparison(
            id: "type-\(type.id)", caption: LocalizedText("\(text(type.name)) compared"), rows: .groupsOfTypes([type.id]),
            columns: ["summary"] + usedDimensions(of: groups), location: type.location
        )
    }

    private func usedDimensions(of groups: [CatalogGroup]) -> [String] {
        catalog.dimensions.map(\.id).filter { id in groups.contains { $0.values[id] != nil } }
    }

    private func text(_ localized: LocalizedText) -> String {
        localized.resolved(for: language)
    }
}
