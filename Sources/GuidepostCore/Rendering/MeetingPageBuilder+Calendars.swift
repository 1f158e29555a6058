import Foundation

extension MeetingPageBuilder {
    static let publishesCalendars = false

    /// A calendar file beside each weekly meeting's page, by output path.
    func calendarFiles() -> [(path: String, data: Data)] {
        []
    }
}
