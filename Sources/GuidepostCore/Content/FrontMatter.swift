/// The metadata at the top of a Markdown file, between `---` lines.
public struct FrontMatter: Sendable, Hashable {
    public var title: String
    public var summary: String?
    public var date: SiteDate?
    public var updated: SiteDate?
    public var tags: [String] = []
    public var draft = false
    /// `urgent: true`: a page a reader in crisis opens, which leads with what to do (no reading
    /// time, no contents box before the text). The `help_page` is urgent unless it says `false`.
    public var urgent: Bool?
    public var slug: String?
    /// Where `slug` was written, when it was.
    public var slugLocation: SourceLocation?
    public var weight: Int?
    /// Old site-relative URLs that should redirect to this page.
    public var aliases: [LocatedText] = []
    /// How many articles each page of a section's list shows (`_index.md` only); nil or 0 means
    /// the site's `paginate`.
    public var paginate: Int?
    /// A template of the theme to use instead of the page kind's default.
    public var template: LocatedText?
    /// Where the title was written: the place to point at for page-level problems.
    public var titleLocation: SourceLocation
}

/// A value written by the user, with where it was written.
public struct LocatedText: Sendable, Hashable {
    public var value: String
    public var location: SourceLocation
}
