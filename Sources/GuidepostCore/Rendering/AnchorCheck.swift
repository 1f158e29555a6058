/// A `#fragment` in a link that must name a heading of its target page, checked once every page
/// has been rendered.
struct AnchorCheck: Sendable {
    var targetPageIndex: Int
    var fragment: String
    var location: SourceLocation
    /// The page the link is on and its line in that page's body, to quote it in a message:
    /// only looked up when the check fails, which keeps the common case cheap.
    var sourcePageIndex: Int
    var bodyLine: Int
}
