/// Everything the catalog describes, validated: every reference in it resolves.
public struct Catalog: Sendable, Hashable {
    public var dimensions: [CatalogDimension] = [] { didSet { dimensionPositions = Self.positions(of: dimensions.map(\.id)) } }
    public var types: [CatalogGroupType] = [] { didSet { typePositions = Self.positions(of: types.map(\.id)) } }
    public var groups: [CatalogGroup] = [] { didSet { groupPositions = Self.positions(of: groups.map(\.id)) } }
    public var comparisons: [Comparison] = [] { didSet { comparisonPositions = Self.positions(of: comparisons.map(\.id)) } }
    public var helpLines: [HelpLine] = []
    /// The columns (`type`, dimension ids) the table on `/groups/` shows before a reader chooses
    /// others; nil shows them all.
    public var defaultColumns: [String]?

    // Where each id is in its list, kept up to date when a list is set: a catalog of thousands
    // of groups is asked for groups by id thousands of times (related groups, comparison rows,
    // links), and a search of the list each time made a build take the square of their number.
    private var dimensionPositions: [String: Int] = [:]
    private var typePositions: [String: Int] = [:]
    private var groupPositions: [String: Int] = [:]
    private var comparisonPositions: [String: Int] = [:]

    public init() {}

    public func dimension(_ id: String) -> CatalogDimension? { dimensionPositions[id].map { dimensions[$0] } }
    public func type(_ id: String) -> CatalogGroupType? { typePositions[id].map { types[$0] } }
    public func group(_ id: String) -> CatalogGroup? { groupPositions[id].map { groups[$0] } }
    public func comparison(_ id: String) -> Comparison? { comparisonPositions[id].map { comparisons[$0] } }
    /// Where the type is in `types`, from 0: the order readers see types in.
    func position(ofType id: String) -> Int? { typePositions[id] }

    /// The group whose page is at `urlPath` (`/groups/aa/`), if any.
    func groupPage(at urlPath: String) -> CatalogGroup? {
        guard urlPath.hasPrefix(Self.groupsPath), urlPath.hasSuffix("/"), urlPath.count > Self.groupsPath.count else { return nil }
        return group(String(urlPath.dropFirst(Self.groupsPath.count).dropLast()))
    }

    /// The first position of each id, as the lists were searched from their start.
    private static func positions(of ids: [String]) -> [String: Int] {
        var positions: [String: Int] = [:]
        positions.reserveCapacity(ids.count)
        for (position, id) in ids.enumerated() where positions[id] == nil { positions[id] = position }
        return positions
    }

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
