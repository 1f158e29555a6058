/// Every meeting of a site, from all its lists, in the order readers look for them: by day,
/// then start time, then name; meetings by appointment last.
public struct MeetingDirectory: Sendable, Hashable {
    public var meetings: [Meeting]
    public var reports: [MeetingListReport]
    /// The site's `timezone`, when it has one.
    public var timeZone: String?

    public init(meetings: [Meeting] = [], reports: [MeetingListReport] = [], timeZone: String? = nil) {
        self.meetings = meetings.sorted(by: Self.readingOrder)
        self.reports = reports
        self.timeZone = timeZone
    }

    public static let empty = MeetingDirectory()

    public var isEmpty: Bool { meetings.isEmpty }

    /// Meetings that may appear in `output`.
    public func shown(in output: MeetingOutput) -> [Meeting] {
        meetings.filter { !$0.hidden.contains(output) }
    }

    static func readingOrder(_ a: Meeting, _ b: Meeting) -> Bool {
        let keyA = (a.schedule.day?.rawValue ?? 7, a.schedule.start?.minutes ?? 0)
        let keyB = (b.schedule.day?.rawValue ?? 7, b.schedule.start?.minutes ?? 0)
        if keyA != keyB { return keyA < keyB }
        if a.name != b.name { return a.name < b.name }
        return a.slug < b.slug
    }
}
