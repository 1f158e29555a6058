/// A printable sheet under `/handouts/`, or the page that lists them: each sheet is made to
/// print on one page, Letter or A4.
struct Handout: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        /// `/handouts/`: the sheets, with what each holds.
        case index
        /// Help lines and every group type with its groups.
        case help
        /// One group type and its groups, by the type's id.
        case groupType(String)
        /// Meetings by day: positions in `HandoutPageBuilder.meetings`, in reading order.
        case meetings([Int])
    }

    var kind: Kind
    var urlPath: String
    var title: String
    /// One line on the index: what the sheet holds.
    var summary: String

    var template: String {
        if case .index = kind { return "handouts" }
        return "handout"
    }

    static let folder = "/handouts/"
    static let templates = ["handouts", "handout"]
}
