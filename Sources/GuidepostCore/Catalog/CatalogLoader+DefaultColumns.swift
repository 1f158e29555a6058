internal import Yams

/// `default_columns`: the columns the table of every group on `/groups/` shows before a reader
/// chooses others. One list for the whole catalog, in any one of its files.
extension CatalogLoader {
    /// The columns of the table on `/groups/`: `type` and the dimensions.
    static func groupsPageColumns(of catalog: Catalog) -> [String] {
        ["type"] + catalog.dimensions.map(\.id)
    }

    /// The list given in `maps` (the files that have the key), or nil when no file gives it.
    /// A second list, an unknown or repeated column and an empty list are errors at their place.
    func readDefaultColumns(_ maps: [YAMLMap], catalog: Catalog, into diagnostics: inout [Diagnostic]) -> [String]? {
        guard let map = maps.first, let node = map["default_columns"] else { return nil }
        let first = map.source.location(of: node)
        for other in maps.dropFirst() {
            guard let again = other["default_columns"] else { continue }
            diagnostics.append(other.source.error("'default_columns' is given twice; it is first given at \(first)", at: again))
        }
        guard let items = map.stringList("default_columns", into: &diagnostics) else { return nil }
        guard !items.isEmpty else {
            diagnostics.append(map.source.error("'default_columns' must name at least one column", at: node))
            return nil
        }
        let allowed = Self.groupsPageColumns(of: catalog)
        var columns: [String] = []
        for (column, item) in items {
            if columns.contains(column) {
                diagnostics.append(map.source.error("'\(column)' is listed twice in 'default_columns'", at: item))
            } else if allowed.contains(column) {
                columns.append(column)
            } else {
                let hint = Suggestion.hint(for: column, in: allowed)
                let choices = allowed.map { "'\($0)'" }.joined(separator: ", ")
                let message = hint.isEmpty
                    ? "unknown column '\(column)' in 'default_columns'; the table on /groups/ can show \(choices)"
                    : "unknown column '\(column)' in 'default_columns'\(hint)"
                diagnostics.append(map.source.error(message, at: item))
            }
        }
        return columns
    }
}
