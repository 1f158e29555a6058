/// What changed between two snapshots of a meeting feed, by meeting: the keys (slugs, or names
/// of meetings without one) of the meetings added, removed and changed.
///
/// Records are compared as JSON with sorted keys, so a feed that only moved its meetings or their
/// keys around has not changed. A key held by several records (a feed with a slug used twice)
/// counts as changed when its records differ in any way.
public struct MeetingFeedChanges: Sendable, Hashable {
    /// Keys of the new snapshot that the old one did not have, sorted.
    public var added: [MeetingFeedSnapshot.Key]
    /// Keys of the old snapshot that the new one does not have, sorted.
    public var removed: [MeetingFeedSnapshot.Key]
    /// Keys of both whose records differ, sorted.
    public var changed: [MeetingFeedSnapshot.Key]
    /// How many meetings the new snapshot has.
    public var meetingCount: Int
    /// Whether there was no snapshot before.
    public var isFirstSnapshot: Bool

    /// Compares `new` with `old`, the snapshot saved before (nil when there is none).
    public init(from old: MeetingFeedSnapshot?, to new: MeetingFeedSnapshot) {
        meetingCount = new.records.count
        isFirstSnapshot = old == nil
        let before = Self.grouped(old?.records ?? [])
        let after = Self.grouped(new.records)
        added = after.keys.filter { before[$0] == nil }.sorted()
        removed = before.keys.filter { after[$0] == nil }.sorted()
        changed = after.compactMap { key, records in
            guard let previous = before[key], previous != records else { return nil }
            return key
        }.sorted()
    }

    /// Whether the new snapshot has the same meetings as the old one (false for a first snapshot).
    public var isEmpty: Bool {
        !isFirstSnapshot && added.isEmpty && removed.isEmpty && changed.isEmpty
    }

    /// The lines that tell a publisher what changed, such as `2 added: a, b` and `1 removed: c`,
    /// or `first snapshot: 212 meetings`, or `nothing changed: 212 meetings`.
    public var summary: [String] {
        if isFirstSnapshot { return ["first snapshot: \(Self.meetings(meetingCount))"] }
        if isEmpty { return ["nothing changed: \(Self.meetings(meetingCount))"] }
        return [("added", added), ("removed", removed), ("changed", changed)].compactMap { word, keys in
            keys.isEmpty ? nil : "\(keys.count) \(word): " + keys.map(\.description).joined(separator: ", ")
        }
    }

    // MARK: - Helpers

    /// Each key's records, their JSON sorted so that the order of records sharing a key does
    /// not count.
    private static func grouped(_ records: [MeetingFeedSnapshot.Record]) -> [MeetingFeedSnapshot.Key: [[UInt8]]] {
        var groups: [MeetingFeedSnapshot.Key: [[UInt8]]] = [:]
        for record in records { groups[record.key, default: []].append(Array(record.canonicalJSON)) }
        return groups.mapValues { $0.count > 1 ? $0.sorted { $0.lexicographicallyPrecedes($1) } : $0 }
    }

    private static func meetings(_ count: Int) -> String {
        count == 1 ? "1 meeting" : "\(count) meetings"
    }
}
