import Foundation

/// What a successful build of a preview session rendered with, kept so that the next build can
/// redo only the pages whose Markdown bodies changed (see `BodyEditRebuild`).
struct LastRender: Sendable {
    /// Every Markdown page's template values; holds the site's content and rendered bodies.
    var contexts: PageContextBuilder
    var plan: SitePlan
    var bodyRenderer: BodyRenderer
    var templates: ThemeTemplates
    /// The search index's builder; nil without a search page.
    var search: SearchIndexBuilder?
    /// Every page's entry, pages first, from which the parts of the split index are made again.
    var searchValues: [SearchIndexBuilder.Entry]
    /// The split index's page lists and the terms each entry gave them, so that an edit reads
    /// only the edited pages.
    var searchPostings: SearchPostings?
    var warnings: [Diagnostic]
    /// What every page gets besides its own values (see `SitePageContexts.decorated`).
    var translations = SiteTranslations()
    var strings: TemplateValue = .map([:])
}
