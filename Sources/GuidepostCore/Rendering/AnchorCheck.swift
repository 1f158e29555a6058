/// A `#fragment` in a link that must name a heading of its target page, checked once every page
/// has been rendered.
struct AnchorCheck: Sendable {
    var targetPageIndex: Int
    var fragment: String
    var location: SourceLocation
    var sourceLine: String?
}
