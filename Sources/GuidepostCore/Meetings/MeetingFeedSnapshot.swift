import Foundation

/// The meetings of a Meeting Guide feed, as much of them as telling two versions of the feed
/// apart needs: each record's key (its slug, or its name when it has none) and its JSON with
/// sorted keys.
///
/// A feed is a JSON array whose items are objects (code4recovery/spec); anything else, such as
/// an HTML error page or an object, is `NotAFeed`. Nothing else of a record is checked here:
/// that is for the importer, so that a feed with mistakes can still be saved and then checked.
public struct MeetingFeedSnapshot: Sendable, Hashable {
    /// What identifies a record between two versions of a feed.
    public enum Key: Sendable, Hashable, Comparable, CustomStringConvertible {
        /// The record's `slug`, a string or a whole number written as digits.
        case slug(String)
        /// The `name` of a record that has no usable slug.
        case name(String)
        /// A record with neither a slug nor a name.
        case unnamed

        public var description: String {
            switch self {
            case .slug(let slug): slug
            case .name(let name): "'\(name)' (no slug)"
            case .unnamed: "a meeting with no slug or name"
            }
        }
    }

    /// One meeting of the feed.
    public struct Record: Sendable, Hashable {
        public var key: Key
        /// The record as JSON with every object's keys sorted, so that two records are equal
        /// when their values are, whatever order their keys were written in.
        public var canonicalJSON: Data

        public init(key: Key, canonicalJSON: Data) {
            self.key = key
            self.canonicalJSON = canonicalJSON
        }
    }

    /// Why a body is not a meeting feed, in words for the publisher.
    public struct NotAFeed: Error, Sendable, Hashable, CustomStringConvertible {
        public var reason: String
        public var description: String { reason }

        public init(reason: String) {
            self.reason = reason
        }
    }

    /// The meetings, in the feed's order.
    public var records: [Record]

    public init(records: [Record]) {
        self.records = records
    }

    /// Reads the feed in `data`, which must be a JSON array of objects.
    public init(parsing data: Data) throws(NotAFeed) {
        // The build's own reader first: JSONSerialization takes what a build refuses (a trailing
        // comma), and a saved feed must be one the build can read.
        let blank: Set<UInt8> = [0x20, 0x0A, 0x0D, 0x09, 0xEF, 0xBB, 0xBF]
        guard let first = data.first(where: { !blank.contains($0) }) else { throw NotAFeed(reason: "it is empty") }
        guard first != UInt8(ascii: "<") else { throw NotAFeed(reason: Self.whyNotJSON(data)) }
        do {
            _ = try JSONReader.parse(String(decoding: data, as: UTF8.self), file: "")
        } catch {
            let place = "line \(error.location.line ?? 1), column \(error.location.column ?? 1)"
            throw NotAFeed(reason: "it is not valid JSON (\(place): \(error.message))")
        }
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch {
            throw NotAFeed(reason: Self.whyNotJSON(data))
        }
        guard let items = object as? [Any] else {
            throw NotAFeed(reason: "it is \(Self.kind(of: object)), not a list of meetings")
        }
        var records: [Record] = []
        records.reserveCapacity(items.count)
        for (index, item) in items.enumerated() {
            guard let meeting = item as? [String: Any] else {
                throw NotAFeed(reason: "item \(index + 1) of the list is \(Self.kind(of: item)), not a meeting (an object)")
            }
            let json: Data
            do {
                json = try JSONSerialization.data(withJSONObject: meeting, options: [.sortedKeys])
            } catch {
                // Whatever JSONSerialization read, it can write again; this is only a safeguard.
                throw NotAFeed(reason: "item \(index + 1) of the list cannot be compared: \(error.localizedDescription)")
            }
            records.append(Record(key: Self.key(of: meeting), canonicalJSON: json))
        }
        self.records = records
    }

    // MARK: - Helpers

    /// The key of a record: its slug when that is a non-empty string or a whole number, else
    /// its name, else `.unnamed`.
    static func key(of meeting: [String: Any]) -> Key {
        if let slug = meeting["slug"] as? String, !slug.isEmpty { return .slug(slug) }
        if let number = meeting["slug"] as? NSNumber, isWholeNumber(number) { return .slug(number.stringValue) }
        if let name = meeting["name"] as? String, !name.isEmpty { return .name(name) }
        return .unnamed
    }

    /// Whether `number` was written as a whole number: not `true` or `false`, not `1.5`.
    private static func isWholeNumber(_ number: NSNumber) -> Bool {
        // JSONSerialization gives whole numbers an integer type and fractions `d`; booleans are `c`.
        ["s", "S", "i", "I", "l", "L", "q", "Q"].contains(String(cString: number.objCType))
    }

    /// The reason for a body that JSONSerialization cannot read.
    private static func whyNotJSON(_ data: Data) -> String {
        let text = data.drop { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF }
        guard let first = text.first else { return "it is empty" }
        if first == UInt8(ascii: "<") { return "it is not JSON; it looks like a web page (HTML)" }
        return "it is not valid JSON"
    }

    /// A JSON value's kind with its article, as in "item 2 is a string".
    static func kind(of value: Any) -> String {
        switch value {
        case is [String: Any]: "an object"
        case is [Any]: "a list"
        case is String: "a string"
        case is NSNull: "null"
        case let number as NSNumber where String(cString: number.objCType) == "c": "true or false"
        default: "a number"
        }
    }
}
