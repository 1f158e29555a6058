/// Something groups can be compared on, such as approach or cost.
public struct CatalogDimension: Sendable, Hashable {
    /// One allowed value of a closed vocabulary.
    public struct Value: Sendable, Hashable {
        public var id: String
        public var label: LocalizedText
        public var description: LocalizedText?
    }

    public var id: String
    public var label: LocalizedText
    public var description: LocalizedText?
    /// Whether a group may have several values.
    public var allowsMultiple: Bool
    /// The closed vocabulary, or nil for free text.
    public var values: [Value]?
    public var location: SourceLocation

    public func value(_ id: String) -> Value? {
        values?.first { $0.id == id }
    }
}
