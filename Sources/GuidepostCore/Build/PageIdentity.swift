/// What a page rendered through the theme is made from.
///
/// Every phase after loading works with this identity (its template values, its address, the
/// render cache) instead of positions in parallel arrays.
enum PageIdentity: Sendable {
    /// A page written in Markdown: `SiteContent.pages[index]`.
    case markdown(Int)
    /// A page made from the catalog: the groups index, a group, a group type, a comparison.
    case catalog(GeneratedPage)
    /// A page that lists content another way: the topics, one topic, the search page.
    case listing(GeneratedPage)
    /// Page `number` (2 or later) of a list; page 1 is the list's own page, `.markdown` or
    /// `.listing`.
    case listPage(PagedList, number: Int)
    /// A page of the meeting directory: a list of meetings or one meeting.
    case meetings(MeetingPage)
    /// A printable sheet, or the page that lists them.
    case handout(Handout)
    /// The not-found page, `404.html`.
    case notFound
    /// A redirect from an old address (`aliases:` in front matter) to `SiteContent.pages[target]`.
    case redirect(alias: LocatedText, target: Int)
}
