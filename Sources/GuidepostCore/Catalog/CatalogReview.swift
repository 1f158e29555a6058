import Foundation

/// Warnings about catalog entries a reader should not trust blindly: groups without sources and
/// groups not reviewed for a long time. They are printed; they do not stop the build.
struct CatalogReview: Sendable {
    let catalog: Catalog
    let reviewAfterDays: Int
    let today: SiteDate

    func warnings() -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        for group in catalog.groups {
            if group.sources.isEmpty {
                warnings.append(Diagnostic(.warning, at: group.location, "group '\(group.id)' lists no sources; add at least one under 'sources' so readers can check its facts"))
            }
            guard let reviewed = group.reviewed else {
                warnings.append(Diagnostic(.warning, at: group.location, "group '\(group.id)' has no 'reviewed' date"))
                continue
            }
            let age = today.daysSince(reviewed)
            if age < 0 {
                warnings.append(Diagnostic(.warning, at: group.location, "group '\(group.id)' has a 'reviewed' date in the future (\(reviewed.iso))"))
            } else if age > reviewAfterDays {
                warnings.append(Diagnostic(.warning, at: group.location, "group '\(group.id)' was last reviewed \(age) days ago (\(reviewed.iso)); check it and update 'reviewed'"))
            }
        }
        return warnings
    }
}

extension SiteDate {
    /// The current date in UTC.
    static var today: SiteDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return SiteDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
    }

    /// Whole days from `earlier` to this date.
    func daysSince(_ earlier: SiteDate) -> Int {
        dayNumber - earlier.dayNumber
    }

    /// Days since a fixed epoch (proleptic Gregorian), for differences.
    private var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let m = month <= 2 ? month + 9 : month - 3
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * m + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra
    }
}
