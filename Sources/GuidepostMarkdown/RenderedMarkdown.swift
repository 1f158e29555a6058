/// The result of rendering one Markdown document.
public struct RenderedMarkdown: Sendable, Hashable {
    /// The HTML fragment.
    public var html: String
    /// Every heading in document order, with its unique `id`.
    public var headings: [MarkdownHeading]
    /// Every link and image destination in document order, as written (before any rewriting).
    public var links: [MarkdownLink]
    /// Number of words of visible text.
    public var wordCount: Int

    public init(html: String, headings: [MarkdownHeading], links: [MarkdownLink], wordCount: Int) {
        self.html = html
        self.headings = headings
        self.links = links
        self.wordCount = wordCount
    }
}
