/// One page of the site as the plan holds it: what it is, where it is published and which
/// template renders it.
struct PlannedPage: Sendable {
    var identity: PageIdentity
    /// Site-relative, without the base path: `/learn/peer-support/`, `/old-name.html`.
    var urlPath: String
    /// The theme's template for the page; every page but a redirect is then wrapped in `layout`.
    var template: String
    /// The folder of the page's edition in the output folder: `""`, or `es/`.
    var outputFolder = ""

    /// Relative to the output folder: `learn/peer-support/index.html`, `es/learn/index.html`.
    var outputPath: String { outputFolder + SiteBuilder.outputPath(for: urlPath) }

    var isWrappedInLayout: Bool {
        if case .redirect = identity { return false }
        return true
    }
}
