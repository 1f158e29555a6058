import Foundation

/// Pages as the previous build of a preview session rendered them, so that the next build sends
/// through the templates only the pages whose values changed.
///
/// A page's key is computed from exactly what it is rendered from: the theme's text, the
/// template's name and the whole template context, the values the template sees. Nothing is
/// listed by hand, so a value added to a context can never be missed by change detection.
struct RenderedPageCache: Sendable {
    struct Entry: Sendable {
        var key: Int
        var data: Data
    }

    /// By output path.
    private(set) var entries: [String: Entry] = [:]
    /// Pages that went through the templates in the last call of `render`.
    private(set) var pagesRendered = 0

    static func key(of page: PlannedPage, context: TemplateContext, templates: ThemeTemplates) -> Int {
        var hasher = Hasher()
        hasher.combine(templates.fingerprint)
        hasher.combine(page.template)
        hasher.combine(page.isWrappedInLayout)
        hasher.combine(context)
        return hasher.finalize()
    }

    /// Every page in the plan's order, reusing the bytes of each page whose key is unchanged;
    /// keeps exactly the pages of this plan for the next build.
    mutating func render(_ pages: [PlannedPage], with renderer: PageRenderer) async -> [Data] {
        let previous = entries
        let made = await pages.concurrentMap { page -> (Entry, Bool) in
            let context = renderer.context(for: page)
            let key = Self.key(of: page, context: context, templates: renderer.templates)
            if let entry = previous[page.outputPath], entry.key == key { return (entry, false) }
            return (Entry(key: key, data: renderer.render(page, with: context)), true)
        }
        entries = Dictionary(zip(pages.map(\.outputPath), made.map(\.0)), uniquingKeysWith: { $1 })
        pagesRendered = made.count { $0.1 }
        return made.map(\.0.data)
    }

    /// Records a page rendered outside `render` (a rebuild after body edits).
    mutating func store(_ data: Data, for page: PlannedPage, context: TemplateContext, templates: ThemeTemplates) {
        entries[page.outputPath] = Entry(key: Self.key(of: page, context: context, templates: templates), data: data)
    }
}
