/// A JSON value with the place it was written, so that a problem with it can be reported at
/// that place (`JSONReader` makes them).
public struct JSONNode: Sendable, Hashable {
    public enum Value: Sendable, Hashable {
        case null
        case bool(Bool)
        /// The number as written (`12`, `-3.5e2`): the caller decides what it must be, and a
        /// postcode or a large id loses nothing.
        case number(String)
        /// The text with its escapes decoded.
        case string(String)
        case array([JSONNode])
        /// The members in file order; a key written twice is kept twice, for the caller to warn.
        case object([JSONMember])
    }

    public var value: Value
    /// The 1-based line of the value's first character.
    public var line: Int
    /// The 1-based column of the value's first character, counted in Unicode scalars like
    /// `SourceLocation`'s.
    public var column: Int

    public init(_ value: Value, line: Int, column: Int) {
        self.value = value
        self.line = line
        self.column = column
    }
}

/// A key of a JSON object, where it was written, and its value.
public struct JSONMember: Sendable, Hashable {
    /// The key with its escapes decoded.
    public var key: String
    /// The place of the key's opening quote.
    public var line: Int
    public var column: Int
    public var value: JSONNode

    public init(key: String, line: Int, column: Int, value: JSONNode) {
        self.key = key
        self.line = line
        self.column = column
        self.value = value
    }
}
