/// A time of day on the wall clock of a meeting's place, to the minute. Never converted
/// between time zones.
public struct LocalTime: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Minutes since midnight, 0..<1440.
    public let minutes: Int

    public init?(hour: Int, minute: Int) {
        guard (0..<24).contains(hour), (0..<60).contains(minute) else { return nil }
        minutes = hour * 60 + minute
    }

    init(minutes: Int) {
        self.minutes = ((minutes % 1_440) + 1_440) % 1_440
    }

    public var hour: Int { minutes / 60 }
    public var minute: Int { minutes % 60 }

    /// `HH:MM`, the specification's form.
    public var description: String {
        (hour < 10 ? "0" : "") + "\(hour):" + (minute < 10 ? "0" : "") + "\(minute)"
    }

    /// `7:30 PM`, `12:00 PM` (noon), `12:00 AM` (midnight).
    public var twelveHour: String {
        let shown = hour % 12 == 0 ? 12 : hour % 12
        return "\(shown):" + (minute < 10 ? "0" : "") + "\(minute) " + (hour < 12 ? "AM" : "PM")
    }

    public func adding(minutes extra: Int) -> LocalTime { LocalTime(minutes: minutes + extra) }

    public static func < (lhs: LocalTime, rhs: LocalTime) -> Bool { lhs.minutes < rhs.minutes }

    /// How a time was written, so that a list can say once that it reads 12-hour times.
    public enum Form: Sendable, Hashable { case twentyFourHour, twelveHour }

    /// Reads `18:00`, `6:00`, `18:00:00`, `6:00 PM`, `6 pm`, `6:00p.m.`, `noon`, `midnight`;
    /// nil for anything else.
    public static func reading(_ text: String) -> (time: LocalTime, form: Form)? {
        // The specification's own form, HH:MM, without building any string.
        let bytes = Array(text.utf8)
        if bytes.count == 5, bytes[2] == UInt8(ascii: ":"), bytes.enumerated().allSatisfy({ $0.offset == 2 || ($0.element >= 0x30 && $0.element <= 0x39) }) {
            let digit = { (index: Int) in Int(bytes[index]) - 0x30 }
            var hour = digit(0) * 10 + digit(1)
            let minute = digit(3) * 10 + digit(4)
            if hour == 24, minute == 0 { hour = 0 }
            return LocalTime(hour: hour, minute: minute).map { ($0, .twentyFourHour) }
        }
        var word = text.trimmed.lowercased()
        if word == "noon" { return (LocalTime(minutes: 720), .twelveHour) }
        if word == "midnight" { return (LocalTime(minutes: 0), .twelveHour) }
        word = word.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: " ", with: "")
        var meridiem: Character?
        if word.hasSuffix("am") || word.hasSuffix("pm") {
            meridiem = word.dropLast().last
            word.removeLast(2)
        } else if word.hasSuffix("a") || word.hasSuffix("p") {
            meridiem = word.last
            word.removeLast()
        }
        let parts = word.split(separator: ":", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.count <= 2 && $0.allSatisfy(\.isASCII) }),
              var hour = Int(parts[0]) else { return nil }
        let minute = parts.count > 1 ? Int(parts[1]) : 0
        guard let minute, parts.count < 2 || parts[1].count == 2 else { return nil }
        if parts.count == 3 { guard let seconds = Int(parts[2]), (0..<60).contains(seconds) else { return nil } }
        if let meridiem {
            guard (1...12).contains(hour) else { return nil }
            hour = hour % 12 + (meridiem == "p" ? 12 : 0)
            return LocalTime(hour: hour, minute: minute).map { ($0, .twelveHour) }
        }
        guard parts.count >= 2 else { return nil }
        // "24:00" is midnight at the end of the day, as some lists write a meeting's end.
        if hour == 24, minute == 0 { hour = 0 }
        return LocalTime(hour: hour, minute: minute).map { ($0, .twentyFourHour) }
    }
}
