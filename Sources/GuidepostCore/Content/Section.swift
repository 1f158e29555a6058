/// A folder of `Content/` and what it lists.
public struct Section: Sendable {
    /// Relative to `Content/`: `""` for the root (the home page), `learn`, `learn/basics`.
    public var folder: String
    /// The index of the section's own page in `SiteContent.pages`.
    public var pageIndex: Int
    /// Indices of the articles directly inside, in reading order.
    public var articleIndices: [Int] = []
    /// Folders of the sections directly inside, in reading order.
    public var subsectionFolders: [String] = []
    /// The folder of the enclosing section; nil for the root.
    public var parentFolder: String?
}
