import Foundation

/// The template values of the handouts: what each sheet prints, in the edition's language.
extension HandoutPageBuilder {
    /// The template context of `handout`.
    func context(for handout: Handout) -> TemplateContext {
        var values: TemplateContext = [
            "kind": .text(handout.template),
            "is_\(handout.template)": true,
            "title": .text(handout.title),
            "summary": .text(handout.summary),
            "description": .text(handout.summary),
            "url": .text(contexts.url(handout.urlPath)),
            "permalink": .text(contexts.permalink(handout.urlPath)),
        ]
        var crumbs: [TemplateValue] = [contexts.homeCrumb]
        switch handout.kind {
        case .index:
            values["sheets"] = .list(pages.dropFirst().map { sheet in
                ["title": .text(sheet.title), "summary": .text(sheet.summary), "url": .text(contexts.url(sheet.urlPath))]
            })
        case .help:
            values["types"] = .list(catalog.types.compactMap { type in
                let groups = catalog.groups(ofType: type.id)
                guard !groups.isEmpty else { return nil }
                return ["name": .text(text(type.name)), "summary": .text(text(type.summary)), "groups": .list(groups.map { .map(contact($0)) })]
            })
            if let count = meetingsCount, count > 0 {
                values["meetings"] = ["count": .number(count), "address": .text(contexts.permalink(MeetingPage.folder))]
            }
        case .groupType(let id):
            if let type = catalog.type(id) {
                values["type"] = ["name": .text(text(type.name)), "summary": .text(text(type.summary))]
                let factColumns = factColumns
                values["groups"] = .list(catalog.groups(ofType: id).map { group in
                    var entry = contact(group)
                    entry["summary"] = .text(text(group.summary))
                    let facts = factColumns.compactMap { column -> TemplateValue? in
                        guard group.values[column] != nil else { return nil }
                        return ["label": .text(tables.columnLabel(column)), "value": .text(tables.dimensionCell(group, dimensionID: column).html)]
                    }
                    if !facts.isEmpty { entry["facts"] = .list(facts) }
                    if let count = meetingCounts[group.id], count > 0 { entry["meetings_count"] = .number(count) }
                    entry["reviewed"] = group.reviewed.map(contexts.date)
                    return .map(entry)
                })
            }
        case .meetings(let positions):
            values["days"] = .list(days(of: positions))
            values["legend"] = .list(legend(of: positions))
            values["meetings_address"] = .text(contexts.permalink(MeetingPage.folder))
        }
        if case .index = handout.kind {} else {
            crumbs.append(["title": .text(strings[.handouts]), "url": .text(contexts.url(Handout.folder))])
            var sheet: TemplateContext = ["made_on": contexts.date(madeOn), "address": .text(contexts.permalink(handout.urlPath))]
            if settings.qrCode, let svg = qrCodes[handout.urlPath] { sheet["qr_code"] = .text(svg) }
            values["sheet"] = .map(sheet)
        }
        values["breadcrumbs"] = .list(crumbs)
        return ["site": contexts.site(currentURLPath: handout.urlPath), "page": .map(values)]
    }

    // MARK: - Parts

    /// How many meetings a week the directory lists, when the site has a meetings sheet.
    private var meetingsCount: Int? {
        settings.sheets.contains(.meetings) ? meetings.count : nil
    }

    /// The dimensions a type sheet shows for each group: the catalog's `default_columns`
    /// (the ones a reader sees first on /groups/), else the first four.
    private var factColumns: [String] {
        let dimensions = Set(catalog.dimensions.map(\.id))
        let chosen = (catalog.defaultColumns ?? catalog.dimensions.prefix(4).map(\.id)).filter { dimensions.contains($0) }
        return Array(chosen.prefix(5))
    }

    /// A group's name, and how to reach it: its website, written out, and its phone.
    private func contact(_ group: CatalogGroup) -> TemplateContext {
        var entry: TemplateContext = ["name": .text(tables.groupName(group))]
        if let website = group.website { entry["website"] = .text(HTML.displayHost(website) + Self.pathShown(website)) }
        entry["phone"] = group.phone.map { PageContextBuilder.phoneLink("tel", $0) }
        return entry
    }

    /// The path of an address after its host, as a reader would type it (`/family/`), or
    /// nothing for a home page.
    static func pathShown(_ address: String) -> String {
        guard let components = URLComponents(string: address), components.path.count > 1 else { return "" }
        return components.path
    }

    /// The meetings at `positions` under a heading per day.
    private func days(of positions: [Int]) -> [TemplateValue] {
        var days: [(title: String, rows: [TemplateValue])] = []
        var currentDay: Weekday?? = .none
        for position in positions {
            let meeting = meetings[position]
            if currentDay != .some(meeting.schedule.day) {
                currentDay = .some(meeting.schedule.day)
                days.append((meeting.schedule.day.map(strings.weekdayName) ?? strings[.byAppointment], []))
            }
            days[days.count - 1].rows.append(.map(row(meeting)))
        }
        return days.map { ["name": .text($0.title), "meetings": .list($0.rows)] }
    }

    /// One meeting on paper: time, name, place and address, the codes of its kinds, and how
    /// to join it online.
    private func row(_ meeting: Meeting) -> TemplateContext {
        var row: TemplateContext = ["name": .text(meeting.name), "codes": .text(meeting.types.map(\.code).joined(separator: " "))]
        if let start = meeting.schedule.start, let end = meeting.schedule.end {
            row["start"] = .text(strings.time(start))
            row["end"] = .text(strings.time(end))
        }
        if meeting.attendance != .online, let location = meeting.location {
            let parts = [location.name, location.address ?? location.formattedAddress, location.address == nil ? nil : location.city]
            row["place"] = .text(parts.compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", "))
        }
        if meeting.attendance != .inPerson, let conference = meeting.conference {
            var join: TemplateContext = [:]
            join["url"] = TemplateValue(conference.url)
            join["phone"] = TemplateValue(conference.phone)
            row["join"] = .map(join)
        }
        return row
    }

    /// The kinds of the meetings at `positions`, by code, in the order of the specification's
    /// table, each with its name in the edition's language.
    private func legend(of positions: [Int]) -> [TemplateValue] {
        var seen = Set<String>()
        var types: [MeetingType] = []
        for position in positions {
            for type in meetings[position].types where seen.insert(type.code).inserted { types.append(type) }
        }
        return types.sorted { $0.code < $1.code }.map { ["code": .text($0.code), "name": .text(strings.meetingKind($0))] }
    }

    private func text(_ localized: LocalizedText) -> String {
        localized.resolved(for: contexts.config.language)
    }
}
