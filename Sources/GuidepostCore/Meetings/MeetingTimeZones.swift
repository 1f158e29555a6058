import Foundation

/// The IANA time zone names this machine knows, for checking `timezone` values.
enum MeetingTimeZones {
    static let names: [String] = TimeZone.knownTimeZoneIdentifiers.sorted()
    private static let known = Set(names)

    static func isKnown(_ name: String) -> Bool { known.contains(name) }
}
