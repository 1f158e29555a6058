import Foundation

extension MeetingPageBuilder {
    /// A calendar file beside each weekly meeting's page (`meetings/<slug>/meeting.ics`), by
    /// output path, in the directory's order. Meetings by appointment have none.
    func calendarFiles() -> [(path: String, data: Data)] {
        meetings.indices.compactMap { index in
            guard let text = MeetingCalendar.text(
                for: meetings[index], pageURL: contexts.permalink(meetingPaths[index]), siteTitle: contexts.config.title
            ) else { return nil }
            return (String((meetingPaths[index] + Self.calendarFile).dropFirst()), Data(text.utf8))
        }
    }
}
