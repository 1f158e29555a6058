import Foundation
import Testing
@testable import GuidepostCore

/// Calendar files for meetings: the whole text of a typical one, times past midnight, the time
/// zone rules, and text escaped and folded as RFC 5545 asks. Meetings are made up for these tests.
@Suite struct MeetingCalendarTests {
    static let source = SourceLocation(file: "Content/meetings/test.json", line: 1, column: 1)
    static let pageURL = "https://guide.riverbend-recovery.example/meetings/elm-street-hope/"

    static func meeting(
        _ day: Weekday = .monday, from start: String = "19:00", to end: String = "20:00", timeZone: String = "America/Chicago",
        attendance: MeetingAttendance = .inPerson, location: MeetingLocation? = MeetingLocation(address: "12 Elm Street", city: "Riverbend", state: "MO"),
        conference: MeetingConference? = nil, notes: String? = nil, updated: String? = nil
    ) -> Meeting {
        let start = LocalTime.reading(start)?.time ?? LocalTime(minutes: 0)
        let end = LocalTime.reading(end)?.time ?? LocalTime(minutes: 0)
        return Meeting(
            slug: "elm-street-hope", name: "Elm Street Hope", schedule: .weekly(day: day, start: start, end: end, endIsDerived: false),
            timeZone: timeZone, attendance: attendance, location: location, conference: conference, notes: notes,
            updated: updated, source: source
        )
    }

    static func text(_ meeting: Meeting, siteTitle: String = "Riverbend Recovery Guide") -> String {
        MeetingCalendar.text(for: meeting, pageURL: pageURL, siteTitle: siteTitle) ?? ""
    }

    /// The lines of `text`, split at CRLF, without the empty one after the last.
    static func lines(_ text: String) -> [String] {
        Array(text.components(separatedBy: "\r\n").dropLast())
    }

    /// The lines of `text` with folded lines joined again.
    static func unfoldedLines(_ text: String) -> [String] {
        lines(text.replacingOccurrences(of: "\r\n ", with: ""))
    }

    /// The lines between `BEGIN:VTIMEZONE` and `END:VTIMEZONE`, both included.
    static func timeZoneLines(_ zone: String) -> [String] {
        let lines = lines(text(meeting(timeZone: zone)))
        guard let begin = lines.firstIndex(of: "BEGIN:VTIMEZONE"), let end = lines.firstIndex(of: "END:VTIMEZONE") else { return [] }
        return Array(lines[begin...end])
    }

    // MARK: - The whole file

    @Test func writesTheWholeFileOfAHybridMeeting() {
        let meeting = Self.meeting(
            attendance: .hybrid,
            location: MeetingLocation(name: "Riverbend Alano Club", address: "12 Elm Street", city: "Riverbend", state: "MO",
                                      postalCode: "65430", notes: "Use the side door"),
            conference: MeetingConference(url: "https://zoom.example/j/123", urlNotes: "Meeting ID 123", phone: "+1-555-0100,,123#"),
            notes: "Open discussion, all welcome.", updated: "2026-02-03 04:05:06"
        )
        #expect(Self.lines(Self.text(meeting)) == [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Riverbend Recovery Guide//Guidepost//EN",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "BEGIN:VTIMEZONE",
            "TZID:America/Chicago",
            "BEGIN:DAYLIGHT",
            "DTSTART:19700308T020000",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU",
            "TZOFFSETFROM:-0600",
            "TZOFFSETTO:-0500",
            "END:DAYLIGHT",
            "BEGIN:STANDARD",
            "DTSTART:19701101T020000",
            "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU",
            "TZOFFSETFROM:-0500",
            "TZOFFSETTO:-0600",
            "END:STANDARD",
            "END:VTIMEZONE",
            "BEGIN:VEVENT",
            "UID:elm-street-hope@guide.riverbend-recovery.example",
            "DTSTAMP:20260203T040506Z",
            "DTSTART;TZID=America/Chicago:20260105T190000",
            "DTEND;TZID=America/Chicago:20260105T200000",
            "RRULE:FREQ=WEEKLY;BYDAY=MO",
            "SUMMARY:Elm Street Hope",
            "LOCATION:12 Elm Street\\, Riverbend\\, MO 65430",
            "DESCRIPTION:Open discussion\\, all welcome.\\n\\nJoin online: https://zoom.exa",
            " mple/j/123\\nMeeting ID 123\\nJoin by phone: +1-555-0100\\,\\,123#\\n\\nRiverben",
            " d Alano Club\\nUse the side door\\n\\nMeeting page: https://guide.riverbend-r",
            " ecovery.example/meetings/elm-street-hope/",
            "URL:https://guide.riverbend-recovery.example/meetings/elm-street-hope/",
            "END:VEVENT",
            "END:VCALENDAR",
        ])
    }

    @Test func endsEveryLineWithCarriageReturnAndLineFeed() {
        let text = Self.text(Self.meeting())
        #expect(text.hasSuffix("END:VCALENDAR\r\n"))
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains { $0 == "\n" || $0 == "\r" })
    }

    @Test func stampsAMeetingWithoutUpdatedAtTheStartOf2026() {
        #expect(Self.lines(Self.text(Self.meeting())).contains("DTSTAMP:20260101T000000Z"))
    }

    @Test(arguments: ["2026-02-29 10:00:00", "2026-13-01 10:00:00", "2026-02-03 24:00:00", "2026-02-03", "2026-02-03 04:05:06 UTC"])
    func stampsAMeetingWhoseUpdatedIsNoRealMomentAtTheStartOf2026(updated: String) {
        #expect(Self.lines(Self.text(Self.meeting(updated: updated))).contains("DTSTAMP:20260101T000000Z"))
    }

    @Test(arguments: [
        ("https://guide.example.org/meetings/a/", "a@guide.example.org"), ("http://Guide.Example.org:8080/a/", "a@guide.example.org"),
        ("https://editor@guide.example.org/a/", "a@guide.example.org"), ("http://[2001:db8::1]:8080/a/", "a@[2001:db8::1]"),
        ("/meetings/a/", "a"),
    ])
    func namesTheEventBySlugAndTheHostOfThePage(pageURL: String, uid: String) {
        var meeting = Self.meeting()
        meeting.slug = "a"
        let text = MeetingCalendar.text(for: meeting, pageURL: pageURL, siteTitle: "Guide") ?? ""
        #expect(Self.lines(text).contains("UID:\(uid)"))
    }

    @Test func placesAnOnlineMeetingOnline() {
        let meeting = Self.meeting(
            attendance: .online, location: MeetingLocation(city: "Riverbend", notes: "Not used", approximate: true),
            conference: MeetingConference(url: "https://zoom.example/j/456")
        )
        let lines = Self.unfoldedLines(Self.text(meeting))
        #expect(lines.contains("LOCATION:Online"))
        #expect(lines.contains("DESCRIPTION:Join online: https://zoom.example/j/456\\n\\nMeeting page: \(Self.pageURL)"))
    }

    @Test func givesNoFileForAMeetingByAppointment() {
        var meeting = Self.meeting()
        meeting.schedule = .byAppointment
        #expect(MeetingCalendar.text(for: meeting, pageURL: Self.pageURL, siteTitle: "Guide") == nil)
    }

    // MARK: - Dates and times

    @Test func endsAMeetingThatCrossesMidnightOnTheNextDay() {
        let lines = Self.lines(Self.text(Self.meeting(.saturday, from: "23:30", to: "00:30")))
        #expect(lines.contains("DTSTART;TZID=America/Chicago:20260103T233000"))
        #expect(lines.contains("DTEND;TZID=America/Chicago:20260104T003000"))
        #expect(lines.contains("RRULE:FREQ=WEEKLY;BYDAY=SA"))
    }

    @Test(arguments: [
        (Weekday.thursday, "20260101", "TH"), (.friday, "20260102", "FR"), (.sunday, "20260104", "SU"), (.wednesday, "20260107", "WE"),
    ])
    func startsOnTheFirstSuchWeekdayOf2026(day: Weekday, date: String, code: String) {
        let lines = Self.lines(Self.text(Self.meeting(day, from: "07:15", to: "08:45")))
        #expect(lines.contains("DTSTART;TZID=America/Chicago:\(date)T071500"))
        #expect(lines.contains("DTEND;TZID=America/Chicago:\(date)T084500"))
        #expect(lines.contains("RRULE:FREQ=WEEKLY;BYDAY=\(code)"))
    }

    // MARK: - Time zones

    @Test func describesAmericaChicagoWithTheSecondSundayOfMarchAndTheFirstOfNovember() {
        #expect(Self.timeZoneLines("America/Chicago") == [
            "BEGIN:VTIMEZONE",
            "TZID:America/Chicago",
            "BEGIN:DAYLIGHT",
            "DTSTART:19700308T020000",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU",
            "TZOFFSETFROM:-0600",
            "TZOFFSETTO:-0500",
            "END:DAYLIGHT",
            "BEGIN:STANDARD",
            "DTSTART:19701101T020000",
            "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU",
            "TZOFFSETFROM:-0500",
            "TZOFFSETTO:-0600",
            "END:STANDARD",
            "END:VTIMEZONE",
        ])
    }

    @Test func describesEuropeMadridWithItsLastSundays() {
        #expect(Self.timeZoneLines("Europe/Madrid") == [
            "BEGIN:VTIMEZONE",
            "TZID:Europe/Madrid",
            "BEGIN:DAYLIGHT",
            "DTSTART:19700329T020000",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
            "TZOFFSETFROM:+0100",
            "TZOFFSETTO:+0200",
            "END:DAYLIGHT",
            "BEGIN:STANDARD",
            "DTSTART:19701025T030000",
            "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
            "TZOFFSETFROM:+0200",
            "TZOFFSETTO:+0100",
            "END:STANDARD",
            "END:VTIMEZONE",
        ])
    }

    @Test func describesASouthernZoneWithStandardTimeInApril() {
        #expect(Self.timeZoneLines("Australia/Sydney") == [
            "BEGIN:VTIMEZONE",
            "TZID:Australia/Sydney",
            "BEGIN:STANDARD",
            "DTSTART:19700405T030000",
            "RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU",
            "TZOFFSETFROM:+1100",
            "TZOFFSETTO:+1000",
            "END:STANDARD",
            "BEGIN:DAYLIGHT",
            "DTSTART:19701004T020000",
            "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=1SU",
            "TZOFFSETFROM:+1000",
            "TZOFFSETTO:+1100",
            "END:DAYLIGHT",
            "END:VTIMEZONE",
        ])
    }

    @Test func describesAFridayOnOrAfterRuleWithItsSevenDays() {
        let lines = Self.timeZoneLines("Asia/Jerusalem")
        #expect(lines.contains("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=FR;BYMONTHDAY=23,24,25,26,27,28,29"))
        #expect(lines.contains("DTSTART:19700327T020000"))
    }

    @Test(arguments: [("America/Phoenix", "-0700"), ("Asia/Kolkata", "+0530"), ("UTC", "+0000")])
    func describesAZoneWithoutDaylightSavingTimeWithOneStandardPeriod(zone: String, offset: String) {
        #expect(Self.timeZoneLines(zone) == [
            "BEGIN:VTIMEZONE",
            "TZID:\(zone)",
            "BEGIN:STANDARD",
            "DTSTART:19700101T000000",
            "TZOFFSETFROM:\(offset)",
            "TZOFFSETTO:\(offset)",
            "END:STANDARD",
            "END:VTIMEZONE",
        ])
    }

    // MARK: - Text

    @Test func escapesBackslashesSemicolonsCommasAndLineBreaks() {
        let lines = Self.unfoldedLines(Self.text(Self.meeting(notes: "Tea; coffee, cake\r\nSide door \\ back\nBell\u{7}")))
        #expect(lines.contains("DESCRIPTION:Tea\\; coffee\\, cake\\nSide door \\\\ back\\nBell\\n\\nMeeting page: \(Self.pageURL)"))
    }

    @Test func escapesTheSiteTitleInTheProductIdentifier() {
        let lines = Self.lines(Self.text(Self.meeting(), siteTitle: "Help, Hope; Home"))
        #expect(lines.contains("PRODID:-//Help\\, Hope\\; Home//Guidepost//EN"))
    }

    @Test func foldsLongLinesAt75OctetsWithoutSplittingACharacter() {
        let note = "Reunión abierta en español: compartimos experiencia, fortaleza y esperanza. "
            + "Café y galletas después de la reunión; pregunte por la señora Íñiguez o el señor Muñoz. ¿Dudas? Llámenos — 😀"
        let text = Self.text(Self.meeting(notes: note))
        let lines = Self.lines(text)
        #expect(lines.allSatisfy { $0.utf8.count <= 75 })
        let start = lines.firstIndex { $0.hasPrefix("DESCRIPTION:") } ?? 0
        let folded = lines[start...].prefix { $0 == lines[start] || $0.hasPrefix(" ") }
        // 299 octets: 75 on the first line, 74 after each leading space.
        #expect(folded.count == 5)
        // Each folded line but the last is full: a character that does not fit starts the next.
        #expect(folded.dropLast().allSatisfy { $0.utf8.count > 71 })
        #expect(Self.unfoldedLines(text).contains("DESCRIPTION:" + CalendarLines.escaped(note) + "\\n\\nMeeting page: \(Self.pageURL)"))
    }

    @Test func movesATwoOctetCharacterThatWouldPassTheLimitToTheNextLine() {
        var lines = CalendarLines()
        lines.add("DESCRIPTION", text: String(repeating: "a", count: 62) + "ñb")
        #expect(lines.text == "DESCRIPTION:" + String(repeating: "a", count: 62) + "\r\n ñb\r\n")
        var exact = CalendarLines()
        exact.add("DESCRIPTION", text: String(repeating: "a", count: 61) + "ñb")
        #expect(exact.text == "DESCRIPTION:" + String(repeating: "a", count: 61) + "ñ\r\n b\r\n")
    }
}
