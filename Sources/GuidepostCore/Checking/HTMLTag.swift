/// A start tag of a generated HTML page, with its attributes as the browser reads them.
struct HTMLTag: Sendable, Hashable {
    struct Attribute: Sendable, Hashable {
        /// Lowercased, as HTML attribute names are case-insensitive.
        var name: String
        /// With character references decoded; `""` for an attribute written without a value.
        var value: String
    }

    /// Lowercased: `a`, `img`, `link`.
    var name: String
    var attributes: [Attribute]

    /// The value of the attribute `name` (lowercase), or nil when the tag does not have it.
    ///
    /// When an attribute is written twice, browsers keep the first, and so does this.
    subscript(_ name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }
}
