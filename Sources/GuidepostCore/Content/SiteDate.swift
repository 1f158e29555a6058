import Foundation

/// A calendar date written by the publisher (`2026-09-14`), optionally with a time of day.
///
/// Kept as written rather than converted to `Date`, so output never depends on the time zone
/// of the machine that builds the site.
public struct SiteDate: Sendable, Hashable, Comparable {
    public var year: Int
    public var month: Int
    public var day: Int
    /// `HH:MM[:SS]` and an optional zone exactly as written, or nil for a plain date.
    public var time: String?

    public struct Problem: Error, Sendable {
        public var reason: String
        /// What to write instead.
        public var advice = "write it as YYYY-MM-DD"
    }

    static let monthNames = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]

    /// Accepts `YYYY-MM-DD`, optionally followed by `T` or a space and a time.
    public static func parse(_ text: String) -> Result<SiteDate, Problem> {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let scalars = Array(trimmed.unicodeScalars)
        // Digits only: Int("+2") is 2, and '2204-+2-28' is not a date.
        let isDigit = { (scalar: Unicode.Scalar) in ("0"..."9").contains(scalar) }
        guard scalars.count >= 10, scalars[4] == "-", scalars[7] == "-",
              scalars[0..<4].allSatisfy(isDigit), scalars[5..<7].allSatisfy(isDigit), scalars[8..<10].allSatisfy(isDigit),
              let year = Int(String(String.UnicodeScalarView(scalars[0..<4]))),
              let month = Int(String(String.UnicodeScalarView(scalars[5..<7]))),
              let day = Int(String(String.UnicodeScalarView(scalars[8..<10])))
        else { return .failure(Problem(reason: "it is not in the form YYYY-MM-DD", advice: "write the year, month and day in digits, such as 2026-09-14")) }
        guard (1...12).contains(month) else { return .failure(Problem(reason: "there is no month \(month)")) }
        guard (1...daysIn(month: month, year: year)).contains(day) else {
            return .failure(Problem(reason: "\(monthNames[month - 1]) \(year) has no day \(day)"))
        }
        var time: String?
        if scalars.count > 10 {
            guard scalars[10] == "T" || scalars[10] == " " else {
                return .failure(Problem(reason: "unexpected text after the date"))
            }
            let rest = String(String.UnicodeScalarView(scalars[11...]))
            guard isTime(rest) else {
                return .failure(Problem(reason: "'\(rest)' is not a time of day", advice: "write the time as HH:MM, from 00:00 to 23:59"))
            }
            time = rest
        }
        return .success(SiteDate(year: year, month: month, day: day, time: time))
    }

    /// `2026-09-14`, for `<time datetime>` and sitemaps.
    public var iso: String {
        String(format: "%04d-%02d-%02d", year, month, day)
    }

    /// `14 September 2026`, for readers.
    public var display: String {
        "\(day) \(Self.monthNames[month - 1]) \(year)"
    }

    /// Whether this date's day comes after `day`'s (times of day are ignored).
    public func isAfterDay(_ other: SiteDate) -> Bool {
        (year, month, day) > (other.year, other.month, other.day)
    }

    public static func < (lhs: SiteDate, rhs: SiteDate) -> Bool {
        (lhs.year, lhs.month, lhs.day, lhs.time ?? "") < (rhs.year, rhs.month, rhs.day, rhs.time ?? "")
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// `HH:MM`, optionally `:SS` and fractions, optionally `Z` or `+HH:MM`/`-HH:MM`.
    private static func isTime(_ text: String) -> Bool {
        let pattern = #/([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\.[0-9]+)?)?(Z|[+-]([01][0-9]|2[0-3]):?[0-5][0-9])?/#
        return text.wholeMatch(of: pattern) != nil
    }
}

extension SiteDate {
    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
        time = nil
    }

    /// The day `days` after 1 January 1970 (proleptic Gregorian).
    public init(daysSince1970 days: Int) {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        self.init(year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
    }
}
