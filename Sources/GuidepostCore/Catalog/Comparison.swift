/// A comparison table described as data: which rows and which columns.
public struct Comparison: Sendable, Hashable {
    public enum Rows: Sendable, Hashable {
        /// These groups, in this order.
        case groups([String])
        /// Every group of these types, in catalog order.
        case groupsOfTypes([String])
        /// Every group.
        case allGroups
        /// The group types themselves.
        case groupTypes([String])
        /// The values of one dimension's vocabulary.
        case valuesOf(String)
    }

    public var id: String
    public var caption: LocalizedText
    /// Markdown.
    public var intro: LocalizedText?
    public var rows: Rows
    /// Dimension ids or built-in columns.
    public var columns: [String]
    public var location: SourceLocation

    /// Built-in columns by kind of row.
    static let groupColumns = ["summary", "type", "website", "reviewed", "abbreviation"]
    static let typeColumns = ["summary", "groups"]
    static let valueColumns = ["description"]
}
