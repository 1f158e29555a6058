/// Tells the files a publisher edits from the hidden and temporary files editors leave around.
enum EditorFileFilter {
    /// Whether a change to a file or folder with this name is of no interest to a build.
    ///
    /// Hidden names (`.DS_Store`, `.x.md.swp`), Vim's swap files and its `4913` probe file, and
    /// backups ending in `~` are ignored.
    static func ignores(name: some StringProtocol) -> Bool {
        name.isEmpty
            || name.hasPrefix(".")
            || name.hasSuffix("~")
            || name.hasSuffix(".swp")
            || name.hasSuffix(".swx")
            || name == "4913"
    }

    /// Whether any component of a path relative to the site root is ignored.
    static func ignores(path: String) -> Bool {
        path.split(separator: "/").contains { ignores(name: $0) }
    }
}
