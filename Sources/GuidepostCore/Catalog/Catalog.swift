/// Everything the catalog describes, validated: every reference in it resolves.
public struct Catalog: Sendable, Hashable {
    public var dimensions: [CatalogDimension] = []
    public var types: [CatalogGroupType] = []
    public var groups: [CatalogGroup] = []
    public var comparisons: [Comparison] = []
    public var helpLines: [HelpLine] = []

    public func dimension(_ id: String) -> CatalogDimension? { dimensions.first { $0.id == id } }
    public func type(_ id: String) -> CatalogGroupType? { types.first { $0.id == id } }
    public func group(_ id: String) -> CatalogGroup? { groups.first { $0.id == id } }
    public func comparison(_ id: String) -> Comparison? { comparisons.first { $0.id == id } }

    public func groups(ofType typeID: String) -> [CatalogGroup] {
        groups.filter { $0.typeID == typeID }
    }

    // MARK: - Addresses

    static let groupsPath = "/groups/"
    static let typesPath = "/types/"
    static let comparePath = "/compare/"

    static func urlPath(group id: String) -> String { "\(groupsPath)\(id)/" }
    static func urlPath(type id: String) -> String { "\(typesPath)\(id)/" }
    static func urlPath(comparison id: String) -> String { "\(comparePath)\(id)/" }

    /// Targets of the short link forms `group:ID`, `type:ID` and `compare:ID`, by link.
    public var linkTargets: [String: String] {
        var targets: [String: String] = [:]
        for group in groups { targets["group:\(group.id)"] = Self.urlPath(group: group.id) }
        for type in types { targets["type:\(type.id)"] = Self.urlPath(type: type.id) }
        for comparison in comparisons { targets["compare:\(comparison.id)"] = Self.urlPath(comparison: comparison.id) }
        return targets
    }
}
