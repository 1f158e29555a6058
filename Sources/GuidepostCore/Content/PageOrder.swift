/// What pages are ordered by, taken out of each page once so that sorting compares small values
/// instead of copying whole pages.
struct PageOrder: Sendable {
    var weight: Int
    var date: SiteDate?
    var title: String
    var path: String

    init(_ page: Page) {
        weight = page.frontMatter.weight ?? .max
        date = page.frontMatter.date
        title = page.title
        path = page.sourcePath ?? page.urlPath
    }

    static func keys(of pages: [Page]) -> [PageOrder] {
        pages.map(PageOrder.init)
    }

    /// Reading order in a section: weight first (unweighted last), then newest first, then
    /// title, then path.
    static func reading(_ a: PageOrder, _ b: PageOrder) -> Bool {
        if a.weight != b.weight { return a.weight < b.weight }
        return newest(a, b)
    }

    /// Newest first (undated last), then title, then path.
    static func newest(_ a: PageOrder, _ b: PageOrder) -> Bool {
        if a.date != b.date {
            guard let dateA = a.date else { return false }
            guard let dateB = b.date else { return true }
            return dateA > dateB
        }
        if a.title != b.title { return a.title < b.title }
        return a.path < b.path
    }
}
