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
    /// The site's meetings of each group, as rows of a meeting list, by group id.
    var meetingsByGroup: [String: [TemplateValue]] = [:]

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
            do {
                let other = text.fallbackLanguage(for: language, defaultLanguage: contexts.config.defaultLanguage)
                texts[key] = try markdown.render(text.resolved(for: language), reservingIDs: ThemeIDs.reserved, rewriteLink: { link in
                    switch links.resolve(link.destination, from: CatalogLoader.singleFileName) {
                    case .page(_, let url, _), .rewritten(let url): return url
                    case .unchanged, .samePage: return nil
                    case .failure(let message):
                        diagnostics.append(Diagnostic(at: location, "in \(what): \(message)"))
                        return nil
                    }
                }).html
                // Text shown untranslated says which language it is in, for screen readers.
                if let other, let html = texts[key] { texts[key] = "<div lang=\"\(HTML.escape(other))\">\n\(html)</div>\n" }
            } catch {
                diagnostics += error.diagnostics(at: location, what: what, sourceLine: nil)
            }
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
            GeneratedPage(urlPath: Catalog.groupsPath, template: "groups", title: contexts.strings[.supportGroups], location: $0.location)
        }
        return (index.map { [$0] } ?? [])
            + catalog.groups.map { GeneratedPage(urlPath: Catalog.urlPath(group: $0.id), template: "group", title: text($0.name), location: $0.location) }
            + catalog.types.map { GeneratedPage(urlPath: Catalog.urlPath(type: $0.id), template: "group-type", title: text($0.name), location: $0.location) }
            + catalog.comparisons.map { GeneratedPage(urlPath: Catalog.urlPath(comparison: $0.id), template: "comparison", title: text($0.caption), location: $0.location) }
    }

    /// The template context of `page`.
    func context(for page: GeneratedPage) -> TemplateContext {
        var values: TemplateContext = [
            "kind": .text(page.template),
            "is_\(page.template.replacingOccurrences(of: "-", with: "_"))": true,
            "title": .text(page.title),
            "url": .text(contexts.url(page.urlPath)),
            "permalink": .text(contexts.permalink(page.urlPath)),
            "description": .text(contexts.config.description ?? contexts.config.title),
        ]
        var crumbs: [TemplateValue] = [contexts.homeCrumb]
        let id = page.urlPath.split(separator: "/").last.map(String.init) ?? ""
        switch page.template {
        case "groups":
            values["summary"] = .text(contexts.strings[.supportGroupsSummary])
            let table = allGroupsComparison()
            values["table"] = .text(tables.html(table, anchor: "all-groups"))
            addColumnChoices(table.columns, to: &values)
            values["types"] = .list(catalog.types.map(typeSummary))
            let comparisons: [TemplateValue] = catalog.comparisons.map {
                ["title": .text(text($0.caption)), "url": .text(contexts.url(Catalog.urlPath(comparison: $0.id)))]
            }
            if !comparisons.isEmpty { values["comparisons"] = .list(comparisons) }
        case "group":
            guard let group = catalog.group(id) else { break }
            crumbs.append(groupsCrumb)
            if let type = catalog.type(group.typeID) {
                crumbs.append(["title": .text(text(type.name)), "url": .text(contexts.url(Catalog.urlPath(type: type.id)))])
            }
            values["summary"] = .text(text(group.summary))
            values["description"] = .text(text(group.summary))
            values["group"] = groupValues(group)
            values["updated"] = group.reviewed.map(contexts.date)
            if let meetings = meetingsByGroup[group.id], !meetings.isEmpty {
                values["meetings"] = .list(meetings)
                values["meetings_count"] = .number(meetings.count)
                values["meetings_url"] = .text(contexts.url(MeetingPage.folder))
            }
        case "group-type":
            guard let type = catalog.type(id) else { break }
            crumbs.append(groupsCrumb)
            values["summary"] = .text(text(type.summary))
            values["description"] = .text(text(type.summary))
            values["content"] = TemplateValue(texts["type:\(type.id)"])
            let groups = catalog.groups(ofType: type.id)
            if !groups.isEmpty {
                values["pages"] = .list(groups.map(groupSummary))
                let table = typeComparison(type, groups: groups)
                values["table"] = .text(tables.html(table, anchor: "type-\(type.id)"))
                addColumnChoices(table.columns, to: &values)
            }
        default:
            guard let comparison = catalog.comparison(id) else { break }
            crumbs.append(groupsCrumb)
            values["content"] = TemplateValue(texts["compare:\(comparison.id)"])
            values["table"] = .text(tables.html(comparison, anchor: "comparison-\(comparison.id)"))
        }
        values["breadcrumbs"] = .list(crumbs)
        return ["site": contexts.site(currentURLPath: page.urlPath), "page": .map(values)]
    }

    // MARK: - Parts

    private var groupsCrumb: TemplateValue {
        ["title": .text(contexts.strings[.supportGroups]), "url": .text(contexts.url(Catalog.groupsPath))]
    }

    private func groupValues(_ group: CatalogGroup) -> TemplateValue {
        var values: TemplateContext = ["id": .text(group.id), "name": .text(text(group.name)), "full_name": .text(tables.groupName(group))]
        values["abbreviation"] = TemplateValue(group.abbreviation)
        if !group.aliases.isEmpty { values["aliases"] = .text(group.aliases.joined(separator: ", ")) }
        if let type = catalog.type(group.typeID) {
            values["type"] = ["title": .text(text(type.name)), "url": .text(contexts.url(Catalog.urlPath(type: type.id)))]
        }
        values["content"] = TemplateValue(texts["group:\(group.id)"])
        if let website = group.website { values["website"] = ["url": .text(website), "host": .text(HTML.displayHost(website))] }
        values["phone"] = group.phone.map { PageContextBuilder.phoneLink("tel", $0) }
        let dimensions = catalog.dimensions.compactMap { dimension -> TemplateValue? in
            guard group.values[dimension.id] != nil else { return nil }
            var entry: TemplateContext = ["id": .text(dimension.id), "label": .text(text(dimension.label))]
            entry["value"] = .text(tables.dimensionCell(group, dimensionID: dimension.id).html)
            entry["description"] = TemplateValue(dimension.description.map(text))
            return .map(entry)
        }
        if !dimensions.isEmpty { values["values"] = .list(dimensions) }
        let related = group.relatedIDs.compactMap(catalog.group).map(groupSummary)
        if !related.isEmpty { values["related"] = .list(related) }
        let sources: [TemplateValue] = group.sources.map { ["title": .text(text($0.title)), "url": .text($0.url)] }
        if !sources.isEmpty { values["sources"] = .list(sources) }
        values["reviewed"] = group.reviewed.map(contexts.date)
        return .map(values)
    }

    private func groupSummary(_ group: CatalogGroup) -> TemplateValue {
        [
            "title": .text(tables.groupName(group)), "url": .text(contexts.url(Catalog.urlPath(group: group.id))),
            "summary": .text(text(group.summary)),
        ]
    }

    private func typeSummary(_ type: CatalogGroupType) -> TemplateValue {
        let groups = catalog.groups(ofType: type.id)
        var entry: TemplateContext = [
            "title": .text(text(type.name)), "url": .text(contexts.url(Catalog.urlPath(type: type.id))),
            "summary": .text(text(type.summary)), "count": .number(groups.count),
        ]
        if !groups.isEmpty { entry["pages"] = .list(groups.map(groupSummary)) }
        return .map(entry)
    }

    /// `columns` and `hidden_columns`: the columns after the groups' names, for a theme to let
    /// readers choose which to show. `number` is the column's place in the table's rows (the
    /// names are 1), `shown` says whether the catalog's `default_columns` list it (all are shown
    /// without that list; a type's summary, "In short", always is).
    private func addColumnChoices(_ columns: [String], to values: inout TemplateContext) {
        guard columns.count > 1 else { return }
        let shown = { (column: String) in column == "summary" || (catalog.defaultColumns?.contains(column) ?? true) }
        values["columns"] = .list(columns.enumerated().map { index, column in
            ["id": .text(column), "label": .text(tables.columnLabel(column)), "number": .number(index + 2), "shown": .flag(shown(column))]
        })
        let hidden = columns.count { !shown($0) }
        if hidden > 0 { values["hidden_columns"] = .number(hidden) }
    }

    /// Every group, with its type and every dimension that any group has a value for.
    private func allGroupsComparison() -> Comparison {
        Comparison(
            id: "all-groups", caption: LocalizedText(translations: [language: contexts.strings[.allGroupsCompared]]), rows: .allGroups,
            columns: ["type"] + usedDimensions(of: catalog.groups), location: SourceLocation(file: "catalog")
        )
    }

    private func typeComparison(_ type: CatalogGroupType, groups: [CatalogGroup]) -> Comparison {
        Comparison(
            id: "type-\(type.id)", caption: LocalizedText(translations: [language: contexts.strings.text(.typeCompared, ["type": text(type.name)])]), rows: .groupsOfTypes([type.id]),
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
