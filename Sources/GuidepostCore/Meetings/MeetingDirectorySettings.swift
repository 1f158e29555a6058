/// `meeting_directory:` in site.yml: how the directory's pages are made.
public struct MeetingDirectorySettings: Sendable, Hashable {
    /// Codes of the kinds that get a page of their own and a link on /meetings/, in this order:
    /// the ones readers most often look for.
    public var kinds: [String] = MeetingDirectorySettings.defaultKinds
    /// Where a reader reports a change: a `mailto:` or form address.
    public var reportURL: String?
    /// How many meetings a list page shows before the rest go to pages of their own; a row of
    /// the default theme is about 600 bytes, so 150 keeps a page near 100 KB.
    public var paginate = 150

    public static let defaultKinds = ["S", "W", "M", "LGBTQ", "X", "BE", "O", "C"]

    public init() {}
}
