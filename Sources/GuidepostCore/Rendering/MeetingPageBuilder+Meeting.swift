import Foundation

/// The values of one meeting: a row of a list, or (with `full`) everything its own page shows.
extension MeetingPageBuilder {
    func meetingValues(_ index: Int, full: Bool) -> TemplateContext {
        let meeting = meetings[index]
        var values: TemplateContext = [
            "name": .text(meeting.name),
            "slug": .text(meeting.slug),
            "url": .text(contexts.url(meetingPaths[index])),
            "attendance": .text(meeting.attendance.rawValue),
            "attendance_name": .text(strings.attendance(meeting.attendance)),
            "place": .text(placeText(meeting)),
            "time_zone": .text(meeting.timeZone),
        ]
        // Mustache looks a missing key up in the enclosing values: a row inside a meeting's page
        // (other meetings at the same place) must not show that meeting's program or time.
        for key in Self.rowKeys { values[key] = false }
        values["is_\(meeting.attendance.rawValue)"] = true
        if case .weekly(let day, let start, let end, let derived) = meeting.schedule {
            values["day"] = .number(day.rawValue)
            values["day_name"] = .text(strings.weekdayName(day))
            values["start"] = .text(strings.time(start))
            values["start_24"] = .text(start.description)
            values["end"] = .text(strings.time(end))
            values["end_24"] = .text(end.description)
            if derived { values["end_is_estimate"] = true }
            if end < start { values["ends_next_day"] = true }
            values["part_of_day"] = .text(meeting.schedule.partOfDay?.rawValue ?? "")
        } else {
            values["by_appointment"] = true
        }
        if spansTimeZones { values["shows_time_zone"] = true }
        if let town = meeting.location?.city ?? meeting.regions.last { values["town"] = .text(town) }
        values["kinds"] = .list(meeting.types.map { type in
            var kind: TemplateContext = ["code": .text(type.code), "name": .text(strings.meetingKind(type))]
            if full, let explanation = MeetingKindExplanations.explanation(of: type.code, program: meeting.program, spanish: strings.isSpanish) {
                kind["explanation"] = .text(explanation)
            }
            return .map(kind)
        })
        values["kind_codes"] = .text(meeting.types.map(\.code).joined(separator: " "))
        values["search_text"] = .text(([meeting.name, placeText(meeting), meeting.location?.city ?? ""] + meeting.regions + meeting.types.map(strings.meetingKind))
            .joined(separator: " ").lowercased())
        if let program = meeting.program, let group = catalog.group(program) {
            values["program"] = [
                "id": .text(group.id), "name": .text(group.name.resolved(for: contexts.config.language)),
                "short_name": .text(group.abbreviation ?? group.name.resolved(for: contexts.config.language)),
                "url": .text(contexts.url(Catalog.urlPath(group: group.id))),
            ]
        }
        guard full else { return values }
        values["notes"] = TemplateValue(meeting.notes)
        values["group"] = TemplateValue(meeting.group)
        values["group_notes"] = TemplateValue(meeting.groupNotes)
        if let location = meeting.location, meeting.attendance != .online || location.approximate == false {
            var place: TemplateContext = [:]
            place["name"] = TemplateValue(location.name)
            place["address"] = TemplateValue(location.oneLine)
            place["notes"] = TemplateValue(location.notes)
            if meeting.attendance != .online, let address = location.oneLine {
                place["directions_url"] = .text(Self.directionsURL(address))
            }
            if meeting.attendance == .online { place["is_closed_for_now"] = true }
            values["location"] = .map(place)
        }
        if let conference = meeting.conference {
            var join: TemplateContext = [:]
            join["url"] = TemplateValue(conference.url)
            join["url_notes"] = TemplateValue(conference.urlNotes)
            if let phone = conference.phone {
                join["phone"] = .text(phone)
                join["phone_href"] = .text("tel:" + phone.filter { $0.isNumber || $0 == "+" || $0 == "," || $0 == "#" || $0 == "*" }
                    .replacingOccurrences(of: "#", with: "%23"))
            }
            join["phone_notes"] = TemplateValue(conference.phoneNotes)
            values["join"] = .map(join)
        }
        if let stamp = meeting.updated, case .success(let date) = SiteDate.parse(String(stamp.prefix(10))) {
            values["updated"] = contexts.date(date)
        }
        if meeting.schedule != .byAppointment {
            values["calendar_url"] = .text(contexts.url(meetingPaths[index] + MeetingPageBuilder.calendarFile))
        }
        values["regions"] = .list(regionTrail(of: meeting))
        values["same_place"] = .list(samePlace(as: index).map { other in
            var row = meetingValues(other, full: false)
            row["show_day"] = true
            return .map(row)
        })
        if let report = settings.reportURL {
            let subject = strings.text(.meetingChangeSubject, ["name": meeting.name]) + " (\(meeting.slug))"
            let separator = report.contains("?") ? "&" : "?"
            let encoded = subject.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed.subtracting(CharacterSet(charactersIn: "&=+"))) ?? ""
            values["report_url"] = .text(report.hasPrefix("mailto:") ? "\(report)\(separator)subject=\(encoded)" : report)
        }
        return values
    }

    static let calendarFile = "meeting.ics"

    /// The keys a row may leave out, set to false when it does.
    static let rowKeys = [
        "is_in_person", "is_online", "is_hybrid", "day", "day_name", "start", "start_24", "end", "end_24", "end_is_estimate",
        "ends_next_day", "part_of_day", "by_appointment", "shows_time_zone", "show_day", "town", "program",
    ]

    /// An outbound link that asks a map service for directions; nothing is embedded.
    static func directionsURL(_ address: String) -> String {
        let query = address.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
        return "https://www.openstreetmap.org/search?query=\(query)"
    }

    /// "Monday 7:00 PM to 8:00 PM", or "By appointment".
    func whenText(_ meeting: Meeting) -> String {
        guard case .weekly(let day, let start, let end, _) = meeting.schedule else { return strings[.byAppointment] }
        return strings.text(.meetingWhen, ["day": strings.weekdayName(day), "start": strings.time(start), "end": strings.time(end)])
    }

    /// The building and town, or "Online".
    func placeText(_ meeting: Meeting) -> String {
        if meeting.attendance == .online { return strings[.online] }
        let name = meeting.location?.name ?? meeting.location?.address ?? meeting.location?.formattedAddress ?? ""
        let town = meeting.location?.city
        guard let town, !name.contains(town) else { return name }
        return name.isEmpty ? town : "\(name), \(town)"
    }

    /// Links to the regions the meeting is in, from the top, as the tree shows them.
    private func regionTrail(of meeting: Meeting) -> [TemplateValue] {
        var trail: [TemplateValue] = []
        var level = regions.top
        var remaining = meeting.regions[...]
        while let name = remaining.first {
            remaining = remaining.dropFirst()
            guard let node = level.first(where: { $0.name == name }) else { continue }
            trail.append(["name": .text(node.name), "url": .text(contexts.url(regionPath(node.shownPath)))])
            level = node.children
        }
        return trail
    }

    /// Other meetings at the same address, in reading order.
    private func samePlace(as index: Int) -> [Int] {
        guard meetings[index].attendance != .online, let address = meetings[index].location?.oneLine else { return [] }
        return meetingsByAddress[address, default: []].filter { $0 != index }
    }
}

extension MeetingPageBuilder {
    /// Each catalog group's meetings, as rows that say their day, for the group's page.
    func rowsByProgram() -> [String: [TemplateValue]] {
        var rows: [String: [TemplateValue]] = [:]
        for (index, meeting) in meetings.enumerated() {
            guard let program = meeting.program else { continue }
            var row = meetingValues(index, full: false)
            row["show_day"] = true
            rows[program, default: []].append(.map(row))
        }
        return rows
    }
}
