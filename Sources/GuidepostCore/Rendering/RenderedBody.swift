import GuidepostMarkdown

/// A page's Markdown body turned into HTML, with what the build must check afterwards.
struct RenderedBody: Sendable {
    var html: String
    var headings: [MarkdownHeading]
    var wordCount: Int
    /// The start of the body as plain text, for the search index.
    var plainText = ""
    var diagnostics: [Diagnostic] = []
    var anchorChecks: [AnchorCheck] = []

    static let empty = RenderedBody(html: "", headings: [], wordCount: 0)
}
