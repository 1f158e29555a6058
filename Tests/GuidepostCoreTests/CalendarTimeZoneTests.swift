import Foundation
import Testing
@testable import GuidepostCore

/// Time zones as calendar files state them: the yearly rules fitted to a zone's changes, the
/// days they fall on, and every zone's VTIMEZONE read back against Foundation's own offsets.
@Suite struct CalendarTimeZoneTests {
    /// The lines of `text`, split at CRLF, without the empty one after the last.
    static func lines(_ text: String) -> [String] {
        Array(text.components(separatedBy: "\r\n").dropLast())
    }

    // MARK: - Read back against Foundation

    @Test(arguments: [
        "America/Chicago", "America/New_York", "America/Havana", "America/Santiago", "America/Phoenix", "Europe/Madrid",
        "Europe/London", "Europe/Dublin", "Australia/Sydney", "Australia/Lord_Howe", "Pacific/Auckland", "Pacific/Chatham",
        "Asia/Jerusalem", "Asia/Kolkata", "Africa/Cairo", "Africa/Casablanca",
    ])
    func givesFoundationsOffsetAtEveryChangeAndBetweenFrom2026To2036(identifier: String) throws {
        let zone = try #require(TimeZone(identifier: identifier))
        var lines = CalendarLines()
        try #require(CalendarTimeZone(identifier: identifier)).write(into: &lines)
        let onsets = Self.onsets(Self.lines(lines.text.replacingOccurrences(of: "\r\n ", with: "")))
        func offset(at instant: Int) -> Int? { onsets.last { $0.instant <= instant }?.offset }

        let start = CalendarDay(year: 2026, month: 1, day: 1).daysSince1970 * 86_400
        let end = CalendarDay(year: 2037, month: 1, day: 1).daysSince1970 * 86_400
        var instants = Array(stride(from: start, to: end, by: 7 * 3_600 + 13))
        var after = Date(timeIntervalSince1970: Double(start))
        while let change = zone.nextDaylightSavingTimeTransition(after: after), change.timeIntervalSince1970 < Double(end) {
            instants += [Int(change.timeIntervalSince1970) - 1, Int(change.timeIntervalSince1970)]
            after = change
        }
        let wrong = instants.filter { offset(at: $0) != zone.secondsFromGMT(for: Date(timeIntervalSince1970: Double($0))) }
        #expect(wrong.first == nil, "\(wrong.count) of \(instants.count) instants")
    }

    /// Every onset of every period of a VTIMEZONE from 1970 to 2040 with the offset it brings,
    /// in order, worked out from the text alone: DTSTART, RDATE, and RRULE with BYMONTH, BYDAY
    /// and BYMONTHDAY, as a calendar app reads them.
    static func onsets(_ lines: [String]) -> [(instant: Int, offset: Int)] {
        var onsets: [(instant: Int, offset: Int)] = []
        var properties: [String: String] = [:]
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = String(line[..<colon]), value = String(line[line.index(after: colon)...])
            if name == "BEGIN" { properties = [:] }
            properties[name] = value
            guard name == "END", value == "STANDARD" || value == "DAYLIGHT",
                  let start = properties["DTSTART"].flatMap(moment), let from = properties["TZOFFSETFROM"].flatMap(offset),
                  let to = properties["TZOFFSETTO"].flatMap(offset) else { continue }
            var days = [start.day] + (properties["RDATE"] ?? "").split(separator: ",").compactMap { moment(String($0))?.day }
            if let rule = properties["RRULE"] { days += (1971...2040).compactMap { day(in: $0, by: rule) } }
            onsets += days.map { (instant: $0.daysSince1970 * 86_400 + start.second - from, offset: to) }
        }
        return onsets.sorted { $0.instant < $1.instant }
    }

    /// The one day of `year` that a yearly RRULE gives, or nil when it gives none or several.
    static func day(in year: Int, by rule: String) -> CalendarDay? {
        var parts: [String: String] = [:]
        for part in rule.split(separator: ";") {
            let pair = part.split(separator: "=")
            if pair.count == 2 { parts[String(pair[0])] = String(pair[1]) }
        }
        guard parts["FREQ"] == "YEARLY", let month = parts["BYMONTH"].flatMap({ Int($0) }) else { return nil }
        var days = (1...CalendarDay.days(inMonth: month, of: year)).map { CalendarDay(year: year, month: month, day: $0) }
        if let monthDays = parts["BYMONTHDAY"]?.split(separator: ",").compactMap({ Int($0) }) {
            days = days.filter { monthDays.contains($0.day) }
        }
        if let byDay = parts["BYDAY"] {
            let codes = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"]
            days = days.filter { codes[$0.weekday.rawValue] == String(byDay.suffix(2)) }
            if let ordinal = Int(byDay.dropLast(2)) {
                let index = ordinal > 0 ? ordinal - 1 : days.count + ordinal
                days = days.indices.contains(index) ? [days[index]] : []
            }
        }
        return days.count == 1 ? days[0] : nil
    }

    /// `19700308T020000` as a day and a second of the day.
    static func moment(_ text: String) -> (day: CalendarDay, second: Int)? {
        let digits = text.compactMap(\.wholeNumberValue)
        guard text.count == 15, digits.count == 14 else { return nil }
        func number(_ range: Range<Int>) -> Int { digits[range].reduce(0) { $0 * 10 + $1 } }
        return (CalendarDay(year: number(0..<4), month: number(4..<6), day: number(6..<8)),
                number(8..<10) * 3_600 + number(10..<12) * 60 + number(12..<14))
    }

    /// `-0600` or `+053000` in seconds.
    static func offset(_ text: String) -> Int? {
        let digits = text.dropFirst().compactMap(\.wholeNumberValue)
        guard digits.count == 4 || digits.count == 6 else { return nil }
        let seconds = (digits[0] * 10 + digits[1]) * 3_600 + (digits[2] * 10 + digits[3]) * 60 + (digits.count == 6 ? digits[4] * 10 + digits[5] : 0)
        return text.hasPrefix("-") ? -seconds : seconds
    }

    // MARK: - Rules and days

    @Test func listsTheChangesOfAZoneThatFollowsNoYearlyRule() {
        func change(_ year: Int, _ month: Int, _ day: Int, _ from: Int, _ to: Int) -> CalendarTimeZone.Change {
            let instant = CalendarDay(year: year, month: month, day: day).daysSince1970 * 86_400 + 7_200 - from
            return CalendarTimeZone.Change(instant: instant, offsetFrom: from, offsetTo: to, isDaylight: to > from)
        }
        let changes = [change(2026, 2, 15, 3_600, 0), change(2026, 3, 22, 0, 3_600), change(2027, 2, 7, 3_600, 0), change(2027, 3, 14, 0, 3_600)]
        #expect(CalendarTimeZone.yearlyObservances(changes) == nil)
        var lines = CalendarLines()
        CalendarTimeZone(identifier: "Irregular/Test", observances: CalendarTimeZone.listedObservances(changes)).write(into: &lines)
        #expect(Self.lines(lines.text) == [
            "BEGIN:VTIMEZONE",
            "TZID:Irregular/Test",
            "BEGIN:STANDARD",
            "DTSTART:20260215T020000",
            "RDATE:20270207T020000",
            "TZOFFSETFROM:+0100",
            "TZOFFSETTO:+0000",
            "END:STANDARD",
            "BEGIN:DAYLIGHT",
            "DTSTART:20260322T020000",
            "RDATE:20270314T020000",
            "TZOFFSETFROM:+0000",
            "TZOFFSETTO:+0100",
            "END:DAYLIGHT",
            "END:VTIMEZONE",
        ])
    }

    @Test func fitsTheSimplestYearlyRuleToTheDaysOfChange() {
        func days(_ month: Int, _ pick: (Int) -> CalendarDay) -> [CalendarDay] { (2026...2036).map(pick) }
        let secondSunday = days(3) { CalendarDay(year: $0, month: 3, day: 8).next(.sunday) }
        let lastSunday = days(10) { CalendarDay(year: $0, month: 10, day: 25).next(.sunday) }
        let sundayOnOrAfterSecond = days(9) { CalendarDay(year: $0, month: 9, day: 2).next(.sunday) }
        let equinox = days(3) { CalendarDay(year: $0, month: 3, day: 21) }
        #expect(CalendarYearlyRule(fitting: secondSunday) == .ordinal(2, .sunday, month: 3))
        #expect(CalendarYearlyRule(fitting: lastSunday) == .last(.sunday, month: 10))
        #expect(CalendarYearlyRule(fitting: sundayOnOrAfterSecond) == .onOrAfter(firstDay: 2, .sunday, month: 9))
        #expect(CalendarYearlyRule(fitting: equinox) == .date(day: 21, month: 3))
        #expect(CalendarYearlyRule(fitting: [CalendarDay(year: 2026, month: 3, day: 2), CalendarDay(year: 2027, month: 3, day: 20)]) == nil)
        #expect(CalendarYearlyRule.ordinal(2, .sunday, month: 3).day(in: 1970) == CalendarDay(year: 1970, month: 3, day: 8))
        #expect(CalendarYearlyRule.last(.sunday, month: 10).day(in: 1970) == CalendarDay(year: 1970, month: 10, day: 25))
        #expect(CalendarYearlyRule.onOrAfter(firstDay: 2, .sunday, month: 9).day(in: 2030) == CalendarDay(year: 2030, month: 9, day: 8))
    }

    @Test func countsDaysLikeTheGregorianCalendar() {
        #expect(CalendarDay(year: 1970, month: 1, day: 1).daysSince1970 == 0)
        #expect(CalendarDay(year: 2026, month: 1, day: 1).weekday == .thursday)
        #expect(CalendarDay(daysSince1970: -1) == CalendarDay(year: 1969, month: 12, day: 31))
        #expect(CalendarDay(year: 2028, month: 2, day: 28).adding(days: 1) == CalendarDay(year: 2028, month: 2, day: 29))
        #expect(CalendarDay(year: 2100, month: 2, day: 28).adding(days: 1) == CalendarDay(year: 2100, month: 3, day: 1))
        var gregorian = Calendar(identifier: .gregorian)
        gregorian.timeZone = TimeZone(identifier: "UTC") ?? gregorian.timeZone
        // From 1600 to 2400: Foundation's calendar is Julian before 1582.
        for days in stride(from: -135_000, through: 157_000, by: 97) {
            let parts = gregorian.dateComponents([.year, .month, .day], from: Date(timeIntervalSince1970: Double(days) * 86_400))
            let day = CalendarDay(daysSince1970: days)
            #expect([day.year, day.month, day.day] == [parts.year, parts.month, parts.day].map { $0 ?? 0 })
            #expect(day.daysSince1970 == days)
        }
    }
}
