/// Turns a comparison into an accessible HTML table.
///
/// The table has a caption, column headers with `scope="col"`, row headers with `scope="row"`
/// that link to the group's page, and values in words. Each cell carries its column's name in
/// `data-label` (for the stacked layout on narrow screens), its value ids in `data-values` and,
/// for a list of values, its place in that list in `data-sort` (for the optional sorting and
/// filtering script, which sorts "Free" before "Donations" when the list does). A cell with
/// nothing to show has the class `not-listed`. Without CSS or JavaScript it is a plain,
/// complete table.
struct ComparisonTableRenderer: Sendable, Hashable {
    let catalog: Catalog
    let language: String
    let basePath: String
    /// The site's default language, in which text without a translation is shown.
    var defaultLanguage = "en"
    var strings = ThemeStrings(language: "en")

    /// A cell with nothing to show, in the edition's words.
    var notListed: Cell { Cell(html: HTML.escape(strings[.notListed]), isNotListed: true) }

    func html(_ comparison: Comparison, anchor: String) -> String {
        let caption = text(comparison.caption)
        var html = "<div class=\"table-wrap comparison\" role=\"region\" tabindex=\"0\" aria-labelledby=\"\(anchor)-caption\">\n"
        html += "<table class=\"comparison-table\" id=\"\(anchor)\">\n"
        html += "<caption id=\"\(anchor)-caption\">\(HTML.escape(caption))</caption>\n"
        let headers = [rowHeaderLabel(comparison.rows)] + comparison.columns.map(columnLabel)
        html += "<thead>\n<tr>" + headers.map { "<th scope=\"col\">\(HTML.escape($0))</th>" }.joined() + "</tr>\n</thead>\n<tbody>\n"
        for row in rows(of: comparison) {
            html += "<tr><th scope=\"row\"\(row.sort.map { " data-sort=\"\($0)\"" } ?? "")>\(row.header)</th>"
            for (column, cell) in zip(comparison.columns, row.cells) {
                let notListed = cell.isNotListed ? " class=\"not-listed\"" : ""
                let values = cell.values.isEmpty ? "" : " data-values=\"\(HTML.escape(cell.values.joined(separator: " ")))\""
                let sort = cell.sort.map { " data-sort=\"\($0)\"" } ?? ""
                // Several values: each one's place in its list, so filters offer them in that order.
                let ranks = cell.values.count > 1 && cell.ranks.count == cell.values.count
                    ? " data-ranks=\"\(cell.ranks.map(String.init).joined(separator: " "))\"" : ""
                html += "<td\(notListed) data-label=\"\(HTML.escape(columnLabel(column)))\"\(values)\(sort)\(ranks)>\(cell.html)</td>"
            }
            html += "</tr>\n"
        }
        return html + "</tbody>\n</table>\n</div>\n"
    }

    // MARK: - Rows

    struct Cell {
        var html: String
        var values: [String] = []
        /// Where the cell's value is in its dimension's list of values (a type: in the catalog's
        /// types), from 0; of several values, the one listed first there.
        var sort: Int?
        /// With several values, the place of each in its dimension's list, in step with `values`.
        var ranks: [Int] = []
        var isNotListed = false
    }

    struct Row {
        var header: String
        /// The place of the row's value in its dimension's list (rows `values_of`).
        var sort: Int?
        var cells: [Cell]
    }

    private func rows(of comparison: Comparison) -> [Row] {
        switch comparison.rows {
        case .groups(let ids):
            return ids.compactMap(catalog.group).map { groupRow($0, columns: comparison.columns) }
        case .groupsOfTypes(let typeIDs):
            return catalog.groups.filter { typeIDs.contains($0.typeID) }.map { groupRow($0, columns: comparison.columns) }
        case .allGroups:
            return catalog.groups.map { groupRow($0, columns: comparison.columns) }
        case .groupTypes(let ids):
            return ids.compactMap(catalog.type).map { typeRow($0, columns: comparison.columns) }
        case .valuesOf(let dimensionID):
            let values = catalog.dimension(dimensionID)?.values ?? []
            return values.enumerated().map { position, value in
                Row(header: html(value.label), sort: position, cells: comparison.columns.map { _ in
                    value.description.map { Cell(html: html($0)) } ?? notListed
                })
            }
        }
    }

    private func groupRow(_ group: CatalogGroup, columns: [String]) -> Row {
        let header = link(Catalog.urlPath(group: group.id), groupName(group))
        return Row(header: header, cells: columns.map { groupCell(group, column: $0) })
    }

    private func groupCell(_ group: CatalogGroup, column: String) -> Cell {
        switch column {
        case "summary": return Cell(html: html(group.summary))
        case "abbreviation": return group.abbreviation.map { Cell(html: HTML.escape($0)) } ?? notListed
        case "type":
            guard let type = catalog.type(group.typeID) else { return notListed }
            return Cell(html: link(Catalog.urlPath(type: type.id), text(type.name)), values: [type.id], sort: catalog.position(ofType: type.id))
        case "website":
            return group.website.map { Cell(html: HTML.externalLink($0, text: HTML.displayHost($0))) } ?? notListed
        case "reviewed":
            return group.reviewed.map { Cell(html: "<time datetime=\"\($0.iso)\">\(strings.date($0))</time>") } ?? notListed
        default:
            return dimensionCell(group, dimensionID: column)
        }
    }

    func dimensionCell(_ group: CatalogGroup, dimensionID: String) -> Cell {
        switch group.values[dimensionID] {
        case .vocabulary(let ids)?:
            guard let dimension = catalog.dimension(dimensionID), !ids.isEmpty else { return notListed }
            let labels = ids.compactMap { dimension.value($0) }.map { html($0.label) }
            let ranks = ids.compactMap { id in dimension.values?.firstIndex { $0.id == id } }
            return Cell(html: labels.joined(separator: ", "), values: ids, sort: ranks.min(), ranks: ranks)
        case .text(let value)?:
            return Cell(html: html(value))
        case nil:
            return notListed
        }
    }

    private func typeRow(_ type: CatalogGroupType, columns: [String]) -> Row {
        let header = link(Catalog.urlPath(type: type.id), text(type.name))
        return Row(header: header, cells: columns.map { column in
            if column == "groups" {
                let groups = catalog.groups(ofType: type.id)
                guard !groups.isEmpty else { return notListed }
                return Cell(html: groups.map { link(Catalog.urlPath(group: $0.id), groupName($0)) }.joined(separator: ", "))
            }
            return Cell(html: html(type.summary))
        })
    }

    // MARK: - Labels

    private func rowHeaderLabel(_ rows: Comparison.Rows) -> String {
        switch rows {
        case .groups, .groupsOfTypes, .allGroups: return strings[.columnGroup]
        case .groupTypes: return strings[.columnKindOfGroup]
        case .valuesOf(let id): return catalog.dimension(id).map { text($0.label) } ?? id
        }
    }

    func columnLabel(_ column: String) -> String {
        switch column {
        case "summary": return strings[.columnInShort]
        case "abbreviation": return strings[.columnShortName]
        case "type": return strings[.columnKindOfGroup]
        case "website": return strings[.columnWebsite]
        case "reviewed": return strings[.columnLastReviewed]
        case "groups": return strings[.columnExamples]
        case "description": return strings[.columnWhatItMeans]
        default: return catalog.dimension(column).map { text($0.label) } ?? column
        }
    }

    func groupName(_ group: CatalogGroup) -> String {
        let name = text(group.name)
        guard let abbreviation = group.abbreviation, abbreviation != name else { return name }
        return "\(name) (\(abbreviation))"
    }

    func text(_ localized: LocalizedText) -> String {
        localized.resolved(for: language)
    }

    /// The text escaped for HTML, marked with its language when it is not in this edition's.
    func html(_ localized: LocalizedText) -> String {
        localized.html(for: language, defaultLanguage: defaultLanguage)
    }

    private func link(_ urlPath: String, _ label: String) -> String {
        "<a href=\"\(HTML.escape(basePath + urlPath.dropFirst()))\">\(HTML.escape(label))</a>"
    }
}
