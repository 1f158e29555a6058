import Foundation

/// IANA time zone names, for checking `timezone` values.
enum MeetingTimeZones {
    /// Every name this machine knows, for suggestions; read only when a name is wrong, as
    /// listing them reads the whole time zone folder.
    static var names: [String] { TimeZone.knownTimeZoneIdentifiers.sorted() }

    /// Whether `name` is an IANA name this machine knows (`America/Chicago`), not an
    /// abbreviation or offset that Foundation would also accept (`CST`, `GMT+2`).
    static func isKnown(_ name: String) -> Bool {
        guard name.contains("/") || name == "UTC", TimeZone(identifier: name) != nil else { return false }
        return true
    }
}
