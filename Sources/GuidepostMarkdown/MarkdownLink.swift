/// A link or image destination found in a Markdown document, with where it was written.
public struct MarkdownLink: Sendable, Hashable {
    /// The destination exactly as written, e.g. `../choosing/first-meeting.md#what-to-expect`.
    public var destination: String
    /// Whether it is an image (`![alt](src)`) rather than a link.
    public var isImage: Bool
    /// Whether an image has no alternative text.
    public var hasEmptyText: Bool
    /// 1-based line in the Markdown source.
    public var line: Int
    /// 1-based column in the Markdown source, counted in Unicode scalars.
    public var column: Int

    public init(destination: String, isImage: Bool, hasEmptyText: Bool = false, line: Int, column: Int) {
        self.destination = destination
        self.isImage = isImage
        self.hasEmptyText = hasEmptyText
        self.line = line
        self.column = column
    }
}
