import Foundation

/// Renders planned pages through the theme: a page's template with its values, then `layout`
/// around it (redirects stand alone).
struct PageRenderer: Sendable {
    let templates: ThemeTemplates
    let contexts: SitePageContexts

    func context(for page: PlannedPage) -> TemplateContext {
        contexts.context(for: page)
    }

    func render(_ page: PlannedPage, with context: TemplateContext) -> Data {
        Self.render(page, with: context, templates: templates)
    }

    static func render(_ page: PlannedPage, with context: TemplateContext, templates: ThemeTemplates) -> Data {
        let html = page.isWrappedInLayout ? templates.renderPage(page.template, context) : templates.render(page.template, context)
        return Data(html.utf8)
    }

    /// Every page, in parallel, in the plan's order.
    func render(_ pages: [PlannedPage]) async -> [Data] {
        await pages.concurrentMap { page in render(page, with: context(for: page)) }
    }
}
