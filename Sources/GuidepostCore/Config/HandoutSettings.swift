/// `handouts:` in site.yml: which one-page printable sheets the site publishes under
/// `/handouts/`, and whether each carries a QR code of its own address.
public struct HandoutSettings: Sendable, Hashable {
    /// A kind of sheet a publisher can ask for.
    public enum Sheet: String, Sendable, Hashable, CaseIterable {
        /// "Help now and local groups": the help lines, what to do in danger, and every group
        /// type with its groups and how to reach them.
        case help
        /// One sheet per group type: its groups and the facts the catalog shows first.
        case groupTypes = "group-types"
        /// The week's meetings by day, one sheet per region (or a few, when a region has more
        /// meetings than a page holds), with a legend of the kinds and online join details.
        case meetings
    }

    /// The sheets in the order written; empty when the site publishes none.
    public var sheets: [Sheet] = []
    /// Whether each sheet carries a QR code of its page's address (made at build time).
    public var qrCode = true
    /// Where `handouts:` is written, for messages about it.
    public var location: SourceLocation?

    public var isEmpty: Bool { sheets.isEmpty }

    public init() {}
}
