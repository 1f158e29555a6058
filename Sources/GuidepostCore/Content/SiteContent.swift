/// Every page of the site and the section tree, ready to render.
public struct SiteContent: Sendable {
    public var pages: [Page]
    /// Keyed by folder; the root is `""`.
    public var sections: [String: Section]
    /// Page index by path relative to `Content/`, for resolving `.md` links.
    public var pageIndexBySourcePath: [String: Int]
    /// Source paths of drafts left out of this build, so links to them get a clear message.
    public var omittedDrafts: Set<String>
    /// Source paths of articles dated after today, left out of this build.
    public var omittedFuture: Set<String>

    /// Pages from the home page down to the parent of `page`.
    public func ancestors(of page: Page) -> [Page] {
        var chain: [Page] = []
        var folder: String? = page.kind == .article ? page.folder : sections[page.folder]?.parentFolder
        while let current = folder, let section = sections[current] {
            chain.append(pages[section.pageIndex])
            folder = section.parentFolder
        }
        return chain.reversed()
    }
}
