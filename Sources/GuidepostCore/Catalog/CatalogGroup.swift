/// One support group or service described in the catalog.
public struct CatalogGroup: Sendable, Hashable {
    public struct Source: Sendable, Hashable {
        public var title: LocalizedText
        public var url: String
    }

    /// A group's value for one dimension: vocabulary ids, or free text.
    public enum DimensionValue: Sendable, Hashable {
        case vocabulary([String])
        case text(LocalizedText)
    }

    public var id: String
    public var name: LocalizedText
    public var abbreviation: String?
    public var aliases: [String]
    public var typeID: String
    public var summary: LocalizedText
    /// Markdown.
    public var description: LocalizedText?
    public var website: String?
    public var phone: String?
    public var values: [String: DimensionValue]
    public var relatedIDs: [String]
    public var sources: [Source]
    public var reviewed: SiteDate?
    public var location: SourceLocation
}
