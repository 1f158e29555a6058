/// A page that no Markdown file describes (catalog pages, topics, search), rendered through
/// `template` inside the layout.
struct GeneratedPage: Sendable {
    var urlPath: String
    var template: String
    var title: String
    /// Where it comes from, for messages about URLs produced twice.
    var location: SourceLocation
}
