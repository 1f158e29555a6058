/// The day each year on which a time zone's clocks change, in the forms an iCalendar RRULE
/// can state: the second Sunday of March, the last Sunday of October, the first Friday on or
/// after 23 March, or 21 March.
enum CalendarYearlyRule: Sendable, Hashable {
    /// The `ordinal`th (1 to 4) `weekday` of `month`.
    case ordinal(Int, Weekday, month: Int)
    /// The last `weekday` of `month`.
    case last(Weekday, month: Int)
    /// The first `weekday` on or after day `firstDay` of `month`, for rules such as "Fri>=23"
    /// that are neither an ordinal nor the last.
    case onOrAfter(firstDay: Int, Weekday, month: Int)
    /// The same date every year.
    case date(day: Int, month: Int)

    /// The simplest rule that gives every one of `days` (one a year, all in one month), or nil
    /// when none does.
    init?(fitting days: [CalendarDay]) {
        guard let first = days.first, days.allSatisfy({ $0.month == first.month }) else { return nil }
        let month = first.month
        let weekday = first.weekday
        func ordinal(of day: CalendarDay) -> Int { (day.day - 1) / 7 + 1 }
        if days.allSatisfy({ $0.weekday == weekday }) {
            let earliest = days.map(\.day).min() ?? first.day
            if ordinal(of: first) <= 4, days.allSatisfy({ ordinal(of: $0) == ordinal(of: first) }) {
                self = .ordinal(ordinal(of: first), weekday, month: month)
            } else if days.allSatisfy({ $0.day + 7 > $0.daysInMonth }) {
                self = .last(weekday, month: month)
            } else if days.allSatisfy({ $0.day < earliest + 7 }), earliest + 6 <= CalendarDay.days(inMonth: month, of: 2100) {
                // 2100 is not a leap year: the window must fit in every February too.
                self = .onOrAfter(firstDay: earliest, weekday, month: month)
            } else {
                return nil
            }
        } else if days.allSatisfy({ $0.day == first.day }) {
            self = .date(day: first.day, month: month)
        } else {
            return nil
        }
    }

    /// The day the rule gives in `year`.
    func day(in year: Int) -> CalendarDay {
        switch self {
        case .ordinal(let ordinal, let weekday, let month):
            CalendarDay(year: year, month: month, day: 1).next(weekday).adding(days: 7 * (ordinal - 1))
        case .last(let weekday, let month):
            CalendarDay(year: year, month: month, day: CalendarDay.days(inMonth: month, of: year) - 6).next(weekday)
        case .onOrAfter(let firstDay, let weekday, let month):
            CalendarDay(year: year, month: month, day: firstDay).next(weekday)
        case .date(let day, let month):
            CalendarDay(year: year, month: month, day: day)
        }
    }

    /// The RRULE value: `FREQ=YEARLY;BYMONTH=3;BYDAY=2SU`.
    var recurrence: String {
        switch self {
        case .ordinal(let ordinal, let weekday, let month):
            "FREQ=YEARLY;BYMONTH=\(month);BYDAY=\(ordinal)\(weekday.iCalendarCode)"
        case .last(let weekday, let month):
            "FREQ=YEARLY;BYMONTH=\(month);BYDAY=-1\(weekday.iCalendarCode)"
        case .onOrAfter(let firstDay, let weekday, let month):
            "FREQ=YEARLY;BYMONTH=\(month);BYDAY=\(weekday.iCalendarCode);BYMONTHDAY="
                + (firstDay...firstDay + 6).map(String.init).joined(separator: ",")
        case .date(let day, let month):
            "FREQ=YEARLY;BYMONTH=\(month);BYMONTHDAY=\(day)"
        }
    }
}
