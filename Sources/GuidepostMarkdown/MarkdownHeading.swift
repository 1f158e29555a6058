/// A heading of a rendered document, with the unique `id` it was given.
public struct MarkdownHeading: Sendable, Hashable {
    /// 1 to 6.
    public var level: Int
    /// The heading as plain text, without Markdown or HTML.
    public var text: String
    /// The `id` attribute written on the heading element.
    public var id: String
    /// 1-based line in the Markdown source.
    public var line: Int

    public init(level: Int, text: String, id: String, line: Int) {
        self.level = level
        self.text = text
        self.id = id
        self.line = line
    }
}
