/// A kind of group, such as 12-step fellowships or online communities.
public struct CatalogGroupType: Sendable, Hashable {
    public var id: String
    public var name: LocalizedText
    public var summary: LocalizedText
    /// Markdown.
    public var description: LocalizedText?
    public var location: SourceLocation
}
