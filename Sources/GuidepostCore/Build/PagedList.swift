/// A list of pages that is split into pages of its own (see `ListPager`): whose list it is.
enum PagedList: Sendable, Hashable {
    /// The articles of the section whose page is `SiteContent.pages[index]` (the home page too).
    case section(Int)
    /// The articles with the topic of this slug, on the theme's `tag` page.
    case topic(String)
}
