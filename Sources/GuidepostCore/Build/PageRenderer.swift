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

    /// Every page, in parallel, in the plan's order, with each HTML page read as the verifier
    /// reads it while its bytes are at hand (nil for other files).
    func renderAndScan(_ pages: [PlannedPage]) async -> [(data: Data, scan: OutputPage?)] {
        await pages.concurrentMap { page in
            let data = render(page, with: context(for: page))
            return (data, page.outputPath.hasSuffix(".html") ? OutputPage(path: page.outputPath, data: data) : nil)
        }
    }
}
