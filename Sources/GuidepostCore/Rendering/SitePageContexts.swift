/// The template values of every planned page, each made by the builder of its kind: the one
/// place where a page's identity becomes the values its template sees.
struct SitePageContexts: Sendable {
    let pages: PageContextBuilder
    let catalog: CatalogPageBuilder
    let listings: ListingPageBuilder
    let meetings: MeetingPageBuilder

    func context(for page: PlannedPage) -> TemplateContext {
        switch page.identity {
        case .markdown(let index): pages.context(forPage: index)
        case .catalog(let generated): catalog.context(for: generated)
        case .listing(let generated): listings.context(for: generated)
        case .meetings(let page): meetings.context(for: page)
        case .listPage(.section(let index), let number): pages.context(forPage: index, listPage: number)
        case .listPage(.topic(let slug), let number): listings.context(forTopic: slug, listPage: number)
        case .notFound: pages.notFoundContext()
        case .redirect(_, let target): pages.redirectContext(to: target)
        }
    }
}
