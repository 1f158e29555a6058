internal import Yams

/// Reads a comparison, named in the catalog or written ad hoc in an article, and checks its rows
/// and columns against the catalog.
struct ComparisonParser {
    let catalog: Catalog
    var allowedKeys = keys

    static let keys = ["id", "caption", "intro", "rows", "columns"]
    /// A table written in an article: the article says the rest.
    static let inlineKeys = ["caption", "rows", "columns"]
    static let rowKeys = ["groups", "types", "all_groups", "group_types", "values_of"]

    func parse(_ map: YAMLMap, id: String, into diagnostics: inout [Diagnostic]) -> Comparison? {
        let before = diagnostics.count
        let what = "this comparison"
        map.rejectUnknownKeys(allowing: allowedKeys, in: "a comparison", nested: ["rows": Self.rowKeys], into: &diagnostics)
        let caption = map.localized("caption", required: true, in: what, into: &diagnostics)
        let intro = map.localized("intro", in: what, into: &diagnostics)
        let rows = readRows(map, into: &diagnostics)
        var columns: [String] = []
        if let rows {
            columns = readColumns(map, rows: rows, into: &diagnostics)
        }
        guard diagnostics.count == before, let caption, let rows else { return nil }
        return Comparison(id: id, caption: caption, intro: intro, rows: rows, columns: columns, location: map.source.location(of: map.node))
    }

    private func readRows(_ map: YAMLMap, into diagnostics: inout [Diagnostic]) -> Comparison.Rows? {
        guard let rows = map.map("rows", into: &diagnostics) else {
            if map["rows"] == nil { diagnostics.append(map.missing("rows", in: "this comparison")) }
            return nil
        }
        rows.rejectUnknownKeys(allowing: Self.rowKeys, in: "'rows'", into: &diagnostics)
        let given = rows.keys.filter(Self.rowKeys.contains)
        guard given.count == 1, let kind = given.first else {
            diagnostics.append(map.source.error("'rows' needs exactly one of \(Self.rowKeys.map { "'\($0)'" }.joined(separator: ", "))", at: rows.node))
            return nil
        }
        switch kind {
        case "groups":
            return ids(rows, "groups", known: catalog.groups.map(\.id), noun: "group", into: &diagnostics).map(Comparison.Rows.groups)
        case "types":
            return ids(rows, "types", known: catalog.types.map(\.id), noun: "group type", into: &diagnostics).map(Comparison.Rows.groupsOfTypes)
        case "group_types":
            if rows["group_types"]?.scalar?.string == "all" { return .groupTypes(catalog.types.map(\.id)) }
            return ids(rows, "group_types", known: catalog.types.map(\.id), noun: "group type", into: &diagnostics).map(Comparison.Rows.groupTypes)
        case "all_groups":
            guard rows.bool("all_groups", into: &diagnostics) == true else {
                if let node = rows["all_groups"] { diagnostics.append(map.source.error("'all_groups' must be true", at: node)) }
                return nil
            }
            return .allGroups
        default:
            guard let dimensionID = rows.string("values_of", required: true, in: "'rows'", into: &diagnostics), let node = rows["values_of"] else { return nil }
            guard let dimension = catalog.dimension(dimensionID) else {
                let hint = Suggestion.hint(for: dimensionID, in: catalog.dimensions.map(\.id))
                diagnostics.append(map.source.error("unknown dimension '\(dimensionID)'\(hint)", at: node))
                return nil
            }
            guard dimension.values != nil else {
                diagnostics.append(map.source.error("dimension '\(dimensionID)' is free text and has no values to list", at: node))
                return nil
            }
            return .valuesOf(dimensionID)
        }
    }

    private func ids(_ map: YAMLMap, _ key: String, known: [String], noun: String, into diagnostics: inout [Diagnostic]) -> [String]? {
        guard let items = map.stringList(key, into: &diagnostics) else { return nil }
        // A comparison may list thousands of groups: look each up in a set, not the list.
        let knownIDs = Set(known)
        var suggestions: SuggestionIndex?
        var ids: [String] = []
        for (id, node) in items {
            if knownIDs.contains(id) {
                ids.append(id)
            } else {
                if suggestions == nil { suggestions = SuggestionIndex(known) }
                let hint = suggestions?.hint(for: id) ?? ""
                diagnostics.append(map.source.error("unknown \(noun) '\(id)'\(hint)", at: node))
            }
        }
        return ids.count == items.count ? ids : nil
    }

    private func readColumns(_ map: YAMLMap, rows: Comparison.Rows, into diagnostics: inout [Diagnostic]) -> [String] {
        guard let items = map.stringList("columns", into: &diagnostics) else {
            if map["columns"] == nil { diagnostics.append(map.missing("columns", in: "this comparison")) }
            return []
        }
        let allowed: [String]
        switch rows {
        case .groups, .groupsOfTypes, .allGroups: allowed = Comparison.groupColumns + catalog.dimensions.map(\.id)
        case .groupTypes: allowed = Comparison.typeColumns
        case .valuesOf: allowed = Comparison.valueColumns
        }
        var columns: [String] = []
        for (column, node) in items {
            if allowed.contains(column) {
                columns.append(column)
            } else {
                let hint = Suggestion.hint(for: column, in: allowed)
                let choices = allowed.map { "'\($0)'" }.joined(separator: ", ")
                let message = hint.isEmpty ? "unknown column '\(column)'; these rows can show \(choices)" : "unknown column '\(column)'\(hint)"
                diagnostics.append(map.source.error(message, at: node))
            }
        }
        if items.isEmpty, let node = map["columns"] {
            diagnostics.append(map.source.error("'columns' must name at least one column", at: node))
        }
        return columns
    }
}
