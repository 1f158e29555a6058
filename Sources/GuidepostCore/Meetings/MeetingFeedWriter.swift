import Foundation

/// The site's meetings as a Meeting Guide JSON feed (`/meetings.json`), which the Meeting Guide
/// app, TSML UI and other sites can read: one record per weekday, `approximate` as "yes"/"no",
/// no contact details of individuals (Guidepost never keeps them).
struct MeetingFeedWriter {
    static let path = "meetings.json"

    let directory: MeetingDirectory

    func data() -> Data {
        let meetings = directory.shown(in: .feed)
        var json = "[\n"
        for (index, meeting) in meetings.enumerated() {
            json += record(meeting)
            json += index == meetings.count - 1 ? "\n" : ",\n"
        }
        json += "]\n"
        return Data(json.utf8)
    }

    private func record(_ meeting: Meeting) -> String {
        var fields: [(String, String)] = [
            ("name", string(meeting.name)),
            ("slug", string(meeting.slug)),
        ]
        if case .weekly(let day, let start, let end, _) = meeting.schedule {
            fields.append(("day", "\(day.rawValue)"))
            fields.append(("time", string(start.description)))
            fields.append(("end_time", string(end.description)))
        }
        fields.append(("timezone", string(meeting.timeZone)))
        var codes = meeting.types.map(\.code)
        if meeting.attendance == .online, let location = meeting.location, !location.approximate, location.oneLine != nil {
            // An exact address but attended online only: the place is closed for now.
            codes.append(MeetingType.temporarilyClosed)
        }
        fields.append(("types", "[" + codes.map(string).joined(separator: ", ") + "]"))
        optional("notes", meeting.notes, into: &fields)
        if let location = meeting.location {
            optional("location", location.name, into: &fields)
            optional("location_notes", location.notes, into: &fields)
            optional("address", location.address, into: &fields)
            optional("city", location.city, into: &fields)
            optional("state", location.state, into: &fields)
            optional("postal_code", location.postalCode, into: &fields)
            optional("country", location.country, into: &fields)
            optional("formatted_address", location.formattedAddress, into: &fields)
            if let latitude = location.latitude, let longitude = location.longitude {
                fields.append(("latitude", latitude))
                fields.append(("longitude", longitude))
            }
            fields.append(("approximate", string(location.approximate ? "yes" : "no")))
        }
        if !meeting.regions.isEmpty {
            fields.append(("regions", "[" + meeting.regions.map(string).joined(separator: ", ") + "]"))
        }
        if let conference = meeting.conference {
            optional("conference_url", conference.url, into: &fields)
            optional("conference_url_notes", conference.urlNotes, into: &fields)
            optional("conference_phone", conference.phone, into: &fields)
            optional("conference_phone_notes", conference.phoneNotes, into: &fields)
        }
        optional("group", meeting.group, into: &fields)
        optional("group_notes", meeting.groupNotes, into: &fields)
        optional("program", meeting.program, into: &fields)
        optional("updated", meeting.updated, into: &fields)
        let hidden = meeting.hidden.subtracting([.feed]).sorted()
        if !hidden.isEmpty { fields.append(("hide", "[" + hidden.map { string($0.rawValue) }.joined(separator: ", ") + "]")) }
        return "  {\n" + fields.map { "    \(string($0.0)): \($0.1)" }.joined(separator: ",\n") + "\n  }"
    }

    private func optional(_ key: String, _ value: String?, into fields: inout [(String, String)]) {
        if let value { fields.append((key, string(value))) }
    }

    private func string(_ text: String) -> String { SearchIndexJSON.string(text) }

    /// `https://example.org/meetings.json`: the spec asks for a fully qualified address.
    static func url(baseURL: String) -> String { baseURL + path }
}
