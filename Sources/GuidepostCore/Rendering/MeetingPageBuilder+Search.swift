extension MeetingPageBuilder {
    /// One search entry per meeting page: found by its name, place, town, regions, kinds and
    /// fellowship.
    func searchEntries() -> [SearchIndexBuilder.Entry] {
        meetings.indices.map { index in
            let meeting = meetings[index]
            let when = whenText(meeting)
            var keywords = meeting.types.map { kindLabel($0.code) } + meeting.regions + [strings.attendance(meeting.attendance)]
            if let city = meeting.location?.city { keywords.append(city) }
            if let program = meeting.program, let group = catalog.group(program) {
                keywords += [group.name.resolved(for: contexts.config.language)] + [group.abbreviation].compactMap { $0 }
            }
            let text = [meeting.notes, meeting.location?.name, meeting.location?.oneLine, meeting.group].compactMap { $0 }.joined(separator: " ")
            return SearchIndexBuilder.Entry(
                title: meeting.name, url: contexts.url(meetingPaths[index]), kind: "meeting",
                summary: "\(when.prefix(1).uppercased() + when.dropFirst()), \(placeText(meeting))", headings: [],
                text: text, keywords: keywords
            )
        }
    }
}
