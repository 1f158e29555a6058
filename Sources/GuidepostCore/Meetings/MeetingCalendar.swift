/// A weekly meeting as an iCalendar file (RFC 5545), so that a reader can keep it in their own
/// calendar app (Google, Apple, Outlook, Thunderbird).
///
/// The file holds one event that repeats every week, on the meeting's own clock: its time zone
/// goes with it, as a VTIMEZONE with that zone's rules. Nothing in it depends on when or where
/// the site is built, so every build writes the same bytes.
public struct MeetingCalendar: Sendable {
    /// The events start in the first week of this year.
    static let firstYear = 2026
    /// DTSTAMP of a meeting whose list gave no `updated`.
    static let defaultStamp = "20260101T000000Z"

    /// The text of the meeting's `.ics` file, or nil for a meeting by appointment (and for a
    /// time zone this machine does not know, which the meeting readers never let through).
    /// - Parameters:
    ///   - pageURL: the absolute address of the meeting's page, for URL and DESCRIPTION; its
    ///     host makes the event's UID.
    ///   - siteTitle: the site's title, naming the file's maker in PRODID.
    public static func text(for meeting: Meeting, pageURL: String, siteTitle: String) -> String? {
        guard case .weekly(let weekday, let start, _, _) = meeting.schedule, let minutes = meeting.schedule.durationMinutes,
              let zone = CalendarTimeZone(identifier: meeting.timeZone) else { return nil }
        let firstDay = CalendarDay(year: firstYear, month: 1, day: 1).next(weekday)
        let end = start.minutes + minutes
        let host = host(of: pageURL)

        var lines = CalendarLines()
        lines.add("BEGIN", "VCALENDAR")
        lines.add("VERSION", "2.0")
        lines.add("PRODID", text: "-//\(siteTitle)//Guidepost//EN")
        lines.add("CALSCALE", "GREGORIAN")
        lines.add("METHOD", "PUBLISH")
        zone.write(into: &lines)
        lines.add("BEGIN", "VEVENT")
        lines.add("UID", host.isEmpty ? meeting.slug : "\(meeting.slug)@\(host)")
        lines.add("DTSTAMP", stamp(meeting.updated))
        lines.add("DTSTART;TZID=\(zone.identifier)", moment(firstDay, minutes: start.minutes))
        // A meeting that runs past midnight ends the next day.
        lines.add("DTEND;TZID=\(zone.identifier)", moment(firstDay.adding(days: end / 1_440), minutes: end % 1_440))
        lines.add("RRULE", "FREQ=WEEKLY;BYDAY=\(weekday.iCalendarCode)")
        lines.add("SUMMARY", text: meeting.name)
        lines.add("LOCATION", text: location(of: meeting))
        lines.add("DESCRIPTION", text: description(of: meeting, pageURL: pageURL))
        lines.add("URL", pageURL)
        lines.add("END", "VEVENT")
        lines.add("END", "VCALENDAR")
        return lines.text
    }

    // MARK: - Event properties

    /// The address on one line, or "Online" for a meeting with no place to go.
    static func location(of meeting: Meeting) -> String {
        guard meeting.attendance != .online, let address = meeting.location?.oneLine.flatMap(nonEmpty) else { return "Online" }
        return address
    }

    /// What a reader needs on the day, in paragraphs: the notes, how to join, which building
    /// and how to find the room, and the page to check for changes.
    static func description(of meeting: Meeting, pageURL: String) -> String {
        var paragraphs: [[String?]] = [[meeting.notes.flatMap(nonEmpty)]]
        if let conference = meeting.conference {
            let url = conference.url.flatMap(nonEmpty)
            let phone = conference.phone.flatMap(nonEmpty)
            paragraphs.append([
                url.map { "Join online: \($0)" }, url.flatMap { _ in conference.urlNotes.flatMap(nonEmpty) },
                phone.map { "Join by phone: \($0)" }, phone.flatMap { _ in conference.phoneNotes.flatMap(nonEmpty) },
            ])
        }
        if meeting.attendance != .online, let location = meeting.location {
            paragraphs.append([location.name.flatMap(nonEmpty), location.notes.flatMap(nonEmpty)])
        }
        paragraphs.append(["Meeting page: \(pageURL)"])
        return paragraphs.map { $0.compactMap { $0 } }.filter { !$0.isEmpty }
            .map { $0.joined(separator: "\n") }.joined(separator: "\n\n")
    }

    /// `updated` (`2026-11-30 18:05:00`, UTC) as `20261130T180500Z`, or the fixed default when
    /// it is not a real date and time (a calendar app may refuse a file with `20261331`).
    static func stamp(_ updated: String?) -> String {
        guard let updated else { return defaultStamp }
        let bytes = Array(updated.utf8)
        let separators: [Int: [UInt8]] = [4: [0x2D], 7: [0x2D], 10: [0x20, 0x54], 13: [0x3A], 16: [0x3A]]
        guard bytes.count == 19, bytes.indices.allSatisfy({ index in
            separators[index].map { $0.contains(bytes[index]) } ?? (0x30...0x39).contains(bytes[index])
        }) else { return defaultStamp }
        func number(_ range: Range<Int>) -> Int { bytes[range].reduce(0) { $0 * 10 + Int($1) - 0x30 } }
        let (year, month, day) = (number(0..<4), number(5..<7), number(8..<10))
        guard (1...12).contains(month), (1...CalendarDay.days(inMonth: month, of: year)).contains(day),
              number(11..<13) < 24, number(14..<16) < 60, number(17..<19) < 61 else { return defaultStamp }
        let digits = String(decoding: bytes.filter { (0x30...0x39).contains($0) }, as: UTF8.self)
        return String(digits.prefix(8)) + "T" + String(digits.suffix(6)) + "Z"
    }

    /// The host of an absolute address (`guide.example.org`), without user or port; empty
    /// when there is none.
    static func host(of address: String) -> String {
        guard let schemeEnd = address.range(of: "://") else { return "" }
        var authority = address[schemeEnd.upperBound...].prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        if let at = authority.lastIndex(of: "@") { authority = authority[authority.index(after: at)...] }
        if authority.hasPrefix("["), let close = authority.firstIndex(of: "]") { return String(authority[...close]).lowercased() }
        return String(authority.prefix { $0 != ":" }).lowercased()
    }

    /// `20260105T193000`.
    static func moment(_ day: CalendarDay, minutes: Int) -> String {
        day.basic + "T" + CalendarDay.two(minutes / 60) + CalendarDay.two(minutes % 60) + "00"
    }

    private static func nonEmpty(_ text: String) -> String? {
        text.allSatisfy(\.isWhitespace) ? nil : text
    }
}
