/// What became of one list's records, printed at the end of a build:
/// `Content/meetings/riverbend.json: 212 meetings read, 209 published, 3 skipped (2 no day or time, 1 duplicate slug)`.
public struct MeetingListReport: Sendable, Hashable, CustomStringConvertible {
    public var path: String
    /// Records in the list.
    public var read: Int
    /// Records with at least one meeting published.
    public var published: Int
    /// Weekly entries made from the published records (a record held on three days makes three).
    public var entries: Int
    public var skipped: [MeetingSkipReason: Int]

    public var skippedCount: Int { skipped.values.reduce(0, +) }

    public var description: String {
        var line = "\(path): \(read) \(read == 1 ? "meeting" : "meetings") read, \(published) published"
        if entries != published { line += " (as \(entries) weekly entries)" }
        let count = skippedCount
        line += ", \(count) skipped"
        if count > 0 {
            let reasons = skipped.keys.sorted().compactMap { reason in skipped[reason].map { "\($0) \(reason.rawValue)" } }
            line += " (\(reasons.joined(separator: ", ")))"
        }
        return line
    }
}
