import Foundation

/// A time zone as an iCalendar VTIMEZONE states it: its offsets from UTC and the yearly rules by
/// which its clocks change, read from Foundation's `TimeZone`.
///
/// The rules are those in force in a fixed reference year, checked against the ten years after
/// it, so the same zone gives the same text on every build whatever the date. A zone whose
/// changes follow no yearly rule in those years gets each change listed instead.
struct CalendarTimeZone: Sendable, Hashable {
    /// The IANA name: `America/Chicago`.
    let identifier: String
    /// The zone's periods, in the order their onsets come in the reference year.
    let observances: [Observance]

    /// One STANDARD or DAYLIGHT period of a zone.
    struct Observance: Sendable, Hashable {
        var isDaylight: Bool
        /// Seconds east of UTC before the onset.
        var offsetFrom: Int
        /// Seconds east of UTC from the onset on.
        var offsetTo: Int
        /// The first onset, on the clock in force before it.
        var onset: LocalMoment
        /// RRULE value, when the onset comes back by a yearly rule.
        var recurrence: String?
        /// The later onsets, for a zone whose changes follow no yearly rule.
        var laterOnsets: [LocalMoment] = []
    }

    /// A date and time on a zone's wall clock.
    struct LocalMoment: Sendable, Hashable {
        var day: CalendarDay
        var second: Int

        /// `20260308T020000`.
        var basic: String {
            day.basic + "T" + CalendarDay.two(second / 3_600) + CalendarDay.two(second / 60 % 60) + CalendarDay.two(second % 60)
        }
    }

    /// Whose clock changes are turned into rules.
    static let referenceYear = 2026
    /// The years after the reference year in which each rule must hold.
    static let checkedYears = 10

    /// A zone with the given periods.
    init(identifier: String, observances: [Observance]) {
        self.identifier = identifier
        self.observances = observances
    }

    /// The zone named `identifier`, or nil when this machine does not know it.
    init?(identifier: String) {
        guard let zone = TimeZone(identifier: identifier) else { return nil }
        self.identifier = identifier
        let referenceStart = Self.secondsSince1970(year: Self.referenceYear)
        // From a year before, so that a listed zone has a period in force when the events start.
        let changes = Self.changes(of: zone, from: Self.secondsSince1970(year: Self.referenceYear - 1),
                                   to: Self.secondsSince1970(year: Self.referenceYear + Self.checkedYears + 1))
        if changes.isEmpty {
            let offset = zone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(referenceStart)))
            let onset = LocalMoment(day: CalendarDay(year: 1970, month: 1, day: 1), second: 0)
            observances = [Observance(isDaylight: false, offsetFrom: offset, offsetTo: offset, onset: onset)]
        } else {
            observances = Self.yearlyObservances(changes.filter { $0.instant >= referenceStart }) ?? Self.listedObservances(changes)
        }
    }

    /// Appends the VTIMEZONE component.
    func write(into lines: inout CalendarLines) {
        lines.add("BEGIN", "VTIMEZONE")
        lines.add("TZID", identifier)
        for observance in observances {
            let kind = observance.isDaylight ? "DAYLIGHT" : "STANDARD"
            lines.add("BEGIN", kind)
            lines.add("DTSTART", observance.onset.basic)
            if let recurrence = observance.recurrence { lines.add("RRULE", recurrence) }
            if !observance.laterOnsets.isEmpty { lines.add("RDATE", observance.laterOnsets.map(\.basic).joined(separator: ",")) }
            lines.add("TZOFFSETFROM", Self.offset(observance.offsetFrom))
            lines.add("TZOFFSETTO", Self.offset(observance.offsetTo))
            lines.add("END", kind)
        }
        lines.add("END", "VTIMEZONE")
    }

    // MARK: - Reading the zone

    /// One change of a zone's offset.
    struct Change: Sendable, Hashable {
        /// Seconds since 1970 in UTC.
        var instant: Int
        var offsetFrom: Int
        var offsetTo: Int
        var isDaylight: Bool
        /// The moment on the clock in force before the change, as VTIMEZONE onsets are written.
        var local: LocalMoment {
            let seconds = instant + offsetFrom
            let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
            return LocalMoment(day: CalendarDay(daysSince1970: days), second: seconds - days * 86_400)
        }
    }

    /// Every change of `zone`'s offset from `start` (inclusive) to `end` (exclusive), in order.
    static func changes(of zone: TimeZone, from start: Int, to end: Int) -> [Change] {
        var changes: [Change] = []
        var after = Date(timeIntervalSince1970: Double(start - 1))
        // A bound on the loop, far above the two changes a year zones make.
        for _ in 0..<((end - start) / 86_400) {
            guard let next = zone.nextDaylightSavingTimeTransition(after: after), next > after,
                  next.timeIntervalSince1970 < Double(end) else { break }
            let from = zone.secondsFromGMT(for: next.addingTimeInterval(-1))
            let to = zone.secondsFromGMT(for: next)
            if from != to {
                changes.append(Change(instant: Int(next.timeIntervalSince1970.rounded()), offsetFrom: from, offsetTo: to,
                                      isDaylight: zone.isDaylightSavingTime(for: next)))
            }
            after = next
        }
        return changes
    }

    /// One observance with a yearly rule per change of the reference year, when each of those
    /// changes comes back by its rule every checked year and no other change happens; else nil.
    static func yearlyObservances(_ changes: [Change]) -> [Observance]? {
        let referenceEnd = secondsSince1970(year: referenceYear + 1)
        let reference = changes.filter { $0.instant < referenceEnd }
        guard !reference.isEmpty else { return nil }
        var observances: [Observance] = []
        var explained = 0
        for change in reference {
            let onset = change.local
            let series = changes.filter {
                $0.offsetFrom == change.offsetFrom && $0.offsetTo == change.offsetTo
                    && $0.local.day.month == onset.day.month && $0.local.second == onset.second
            }
            guard series.count == checkedYears + 1, Set(series.map(\.local.day.year)).count == series.count,
                  let rule = CalendarYearlyRule(fitting: series.map(\.local.day)) else { return nil }
            explained += series.count
            observances.append(Observance(
                isDaylight: change.isDaylight, offsetFrom: change.offsetFrom, offsetTo: change.offsetTo,
                onset: LocalMoment(day: rule.day(in: 1970), second: onset.second), recurrence: rule.recurrence
            ))
        }
        return explained == changes.count ? observances : nil
    }

    /// One observance per kind of change (same offsets), its first onset and the later ones listed.
    static func listedObservances(_ changes: [Change]) -> [Observance] {
        var observances: [Observance] = []
        for change in changes {
            if let index = observances.firstIndex(where: {
                $0.isDaylight == change.isDaylight && $0.offsetFrom == change.offsetFrom && $0.offsetTo == change.offsetTo
            }) {
                observances[index].laterOnsets.append(change.local)
            } else {
                observances.append(Observance(isDaylight: change.isDaylight, offsetFrom: change.offsetFrom,
                                              offsetTo: change.offsetTo, onset: change.local))
            }
        }
        return observances
    }

    // MARK: - Helpers

    static func secondsSince1970(year: Int) -> Int {
        CalendarDay(year: year, month: 1, day: 1).daysSince1970 * 86_400
    }

    /// `-0600`, `+0530`, `+0000`; seconds only when there are some.
    static func offset(_ seconds: Int) -> String {
        let size = abs(seconds)
        let text = (seconds < 0 ? "-" : "+") + CalendarDay.two(size / 3_600) + CalendarDay.two(size / 60 % 60)
        return size % 60 == 0 ? text : text + CalendarDay.two(size % 60)
    }
}
