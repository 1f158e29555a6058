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

    /// Reads the feed in `data`, which must be a JSON array of objects, with the build's own
    /// reader: a saved feed must be one the build can read (JSONSerialization would also take a
    /// trailing comma).
    public init(parsing data: Data) throws(NotAFeed) {
        let blank: Set<UInt8> = [0x20, 0x0A, 0x0D, 0x09, 0xEF, 0xBB, 0xBF]
        guard let first = data.first(where: { !blank.contains($0) }) else { throw NotAFeed(reason: "it is empty") }
        guard first != UInt8(ascii: "<") else { throw NotAFeed(reason: "it is not JSON; it looks like a web page (HTML)") }
        let root: JSONNode
        do {
            root = try JSONReader.parse(String(decoding: data, as: UTF8.self), file: "")
        } catch {
            let place = "line \(error.location.line ?? 1), column \(error.location.column ?? 1)"
            throw NotAFeed(reason: "it is not valid JSON (\(place): \(error.message))")
        }
        guard case .array(let items) = root.value else {
            throw NotAFeed(reason: "it is \(Self.kind(of: root)), not a list of meetings")
        }
        var records: [Record] = []
        records.reserveCapacity(items.count)
        for (index, item) in items.enumerated() {
            guard case .object(let members) = item.value else {
                throw NotAFeed(reason: "item \(index + 1) of the list is \(Self.kind(of: item)), not a meeting (an object)")
            }
            var json = ""
            Self.appendCanonical(item, to: &json)
            records.append(Record(key: Self.key(of: members), canonicalJSON: Data(json.utf8)))
        }
        self.records = records
    }

    // MARK: - Helpers

    /// The key of a record: its slug when that is a non-empty string or a whole number, else
    /// its name, else `.unnamed`. A key given twice counts as its last value, as in any reader
    /// that makes a dictionary of the object.
    static func key(of members: [JSONMember]) -> Key {
        let slug = members.last { $0.key == "slug" }?.value.value
        if case .string(let text)? = slug, !text.isEmpty { return .slug(text) }
        if case .number(let literal)? = slug, isWholeNumber(literal) { return .slug(literal) }
        if case .string(let name)? = members.last(where: { $0.key == "name" })?.value.value, !name.isEmpty { return .name(name) }
        return .unnamed
    }

    /// Whether a number was written as a whole number: digits with an optional minus, not `1.5`
    /// or `1e3`.
    private static func isWholeNumber(_ literal: String) -> Bool {
        let digits = literal.hasPrefix("-") ? literal.dropFirst() : Substring(literal)
        return !digits.isEmpty && digits.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    /// `node` as JSON with every object's keys sorted (a key given twice keeps its last value)
    /// and numbers written the same way whatever their form (`1.0` is `1`), so that two records
    /// are equal when their values are.
    private static func appendCanonical(_ node: JSONNode, to json: inout String) {
        switch node.value {
        case .null: json += "null"
        case .bool(let flag): json += flag ? "true" : "false"
        case .number(let literal):
            if let value = Double(literal), value == value.rounded(), abs(value) < 1e15 { json += String(Int64(value)) } else { json += literal }
        case .string(let text): json += SearchIndexJSON.string(text)
        case .array(let items):
            json += "["
            for (index, item) in items.enumerated() {
                if index > 0 { json += "," }
                appendCanonical(item, to: &json)
            }
            json += "]"
        case .object(let members):
            var byKey: [String: JSONNode] = [:]
            for member in members { byKey[member.key] = member.value }
            json += "{"
            for (index, key) in byKey.keys.sorted().enumerated() {
                if index > 0 { json += "," }
                json += SearchIndexJSON.string(key) + ":"
                if let value = byKey[key] { appendCanonical(value, to: &json) }
            }
            json += "}"
        }
    }

    /// A JSON value's kind with its article, as in "item 2 is a string".
    static func kind(of node: JSONNode) -> String {
        switch node.value {
        case .object: "an object"
        case .array: "a list"
        case .string: "a string"
        case .null: "null"
        case .bool: "true or false"
        case .number: "a number"
        }
    }
}
