import Foundation

/// What a successful build of a preview session rendered with, kept so that the next build can
/// redo only the pages whose Markdown bodies changed (see `BodyEditRebuild`).
struct LastRender: Sendable {
    /// Every page's template values; holds the site's content and rendered bodies.
    var contexts: PageContextBuilder
    var bodyRenderer: BodyRenderer
    var templates: ThemeTemplates
    /// Settings, theme, catalog and shared HTML, as the pages' fingerprints combine them.
    var globalFingerprint: Int
    /// Everything links and tables in bodies were resolved against.
    var linkContext: Int
    /// The search index's builder and each entry's encoded form, pages first; nil without a
    /// search page.
    var search: SearchIndexBuilder?
    var searchEntries: [Data]
    var warnings: [Diagnostic]
}
