/// One meeting as a list wrote it, whatever its format: fields by their specification key
/// (`conference_url`), each with the place it was written, before anything is read from them.
struct MeetingRecord: Sendable {
    struct Field: Sendable {
        var value: Value
        var location: SourceLocation
    }

    enum Value: Sendable {
        case text(String)
        /// A JSON number, as written.
        case number(String)
        case bool(Bool)
        case list([Field])
        /// An object or mapping, which no meeting field is.
        case other(kind: String)
        case null
    }

    var fields: [String: Field] = [:]
    /// Where the record starts.
    var location: SourceLocation
    /// False for an item of the list that is not a record at all (a number, a list); it has
    /// been reported and counts as skipped.
    var isMeeting = true

    subscript(key: String) -> Field? { fields[key] }
}

extension MeetingRecord.Value {
    /// Text, a number's text, or nil; "" and white space count as absent.
    var text: String? {
        let raw: String
        switch self {
        case .text(let text): raw = text
        case .number(let number): raw = number
        default: return nil
        }
        let trimmed = raw.trimmed
        return trimmed.isEmpty ? nil : trimmed
    }

    var isAbsent: Bool {
        switch self {
        case .null: true
        case .text(let text): text.isBlank
        case .list(let items): items.isEmpty
        default: false
        }
    }

    /// For messages: "a list", "a number".
    var kindName: String {
        switch self {
        case .text: "text"
        case .number: "a number"
        case .bool: "true or false"
        case .list: "a list"
        case .other(let kind): kind
        case .null: "nothing"
        }
    }
}

extension MeetingRecord {
    /// The specification's key for a key as lists write it: `Conference URL` and
    /// `conference-url` are `conference_url`.
    static func key(for written: String) -> String {
        // Most keys are written as the specification writes them.
        if written.utf8.allSatisfy({ ($0 >= 0x61 && $0 <= 0x7A) || $0 == 0x5F || ($0 >= 0x30 && $0 <= 0x39) }) { return written }
        var key = ""
        for character in written.trimmed.lowercased() {
            key.append(character == " " || character == "-" ? "_" : character)
        }
        return key
    }

    /// The key for a table's column header: as `key(for:)`, and the plain-English names tables
    /// use for some keys (a Google Sheet's `ID` is `slug`). Only for tables: a JSON feed may
    /// have an `id` beside its `slug`.
    static func columnKey(for header: String) -> String {
        let key = key(for: header)
        return keyAliases[key] ?? key
    }

    static let keyAliases = [
        "id": "slug",
        "sub_region": "sub_region",
        "subregion": "sub_region",
        "postal": "postal_code",
        "zip": "postal_code",
        "zip_code": "postal_code",
        "end": "end_time",
        "start_time": "time",
        "type": "types",
        "time_zone": "timezone",
    ]
}
