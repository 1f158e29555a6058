/// A Markdown file split into its front matter and body.
struct MarkdownFile: Sendable {
    var source: SourceFile
    var frontMatter: FrontMatter
    /// The front matter lines, fences included: the file's first `bodyLineOffset` lines.
    var frontMatterText: String
    var body: String
    /// Lines of the file before the body: body line 1 is file line `bodyLineOffset + 1`.
    var bodyLineOffset: Int
}
