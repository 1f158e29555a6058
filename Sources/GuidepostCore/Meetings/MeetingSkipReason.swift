/// Why a record of a list is not published.
public enum MeetingSkipReason: String, Sendable, Hashable, CaseIterable, Comparable {
    case notAMeeting = "not a meeting"
    case noName = "no name"
    case noDayOrTime = "no day or time"
    case noPlaceOrLink = "no address or join link"
    case duplicateSlug = "duplicate slug"

    private var order: Int { Self.allCases.firstIndex(of: self) ?? 0 }
    public static func < (lhs: MeetingSkipReason, rhs: MeetingSkipReason) -> Bool { lhs.order < rhs.order }
}
