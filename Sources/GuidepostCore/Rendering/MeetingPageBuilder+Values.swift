import Foundation

/// The template values of the directory's pages (docs/meetings.md lists them).
extension MeetingPageBuilder {
    func context(for page: MeetingPage) -> TemplateContext {
        var values: TemplateContext = [
            "kind": .text(page.template),
            "is_\(page.template.replacingOccurrences(of: "-", with: "_"))": true,
            "title": .text(page.title),
            "url": .text(contexts.url(page.urlPath)),
            "permalink": .text(contexts.permalink(page.urlPath)),
            "description": .text(strings.text(.meetingsDescription, ["title": page.title, "site": contexts.config.title])),
            "directory": directoryValue,
        ]
        var crumbs: [TemplateValue] = [contexts.homeCrumb]
        if page.urlPath != MeetingPage.folder {
            crumbs.append(["title": .text(strings[.meetings]), "url": .text(contexts.url(MeetingPage.folder))])
        }
        switch page.kind {
        case .week:
            values["summary"] = .text(weekSummary())
        case .meeting(let index):
            let meeting = meetings[index]
            values["meeting"] = .map(meetingValues(index, full: true))
            values["description"] = .text("\(meeting.name): \(whenText(meeting)), \(placeText(meeting)).")
            if let day = meeting.schedule.day {
                crumbs.append(["title": .text(strings.weekdayName(day)), "url": .text(contexts.url("\(MeetingPage.folder)\(day.slug)/"))])
            }
        case .regions:
            values["regions"] = .list(regions.top.map(regionLink))
        default:
            let all = indices(of: page.kind)
            let pager = ListPager(firstURLPath: listPath(of: page.urlPath, number: page.number), itemCount: all.count, pageSize: settings.paginate)
            let shown = Array(all[pager.range(page: page.number)])
            values["count"] = .number(all.count)
            values["groups"] = .list(groups(of: shown, byPartOfDay: { if case .day = page.kind { true } else { false } }()))
            if pager.pageCount > 1 {
                values["pager"] = pager.values(page: page.number, url: contexts.url)
                if page.number > 1 { values["title"] = .text(strings.text(.listPageTitle, ["title": page.title, "number": String(page.number), "total": String(pager.pageCount)])) }
            }
            if case .day(let day) = page.kind {
                values["day"] = .number(day.rawValue)
                values["day_name"] = .text(strings.weekdayName(day))
            }
            if case .region(let path) = page.kind, let node = regions.node(at: path) {
                values["regions"] = .list(node.children.map(regionLink))
                for depth in 1..<node.shownPath.count {
                    let above = Array(node.shownPath.prefix(depth))
                    crumbs.append(["title": .text(above.last ?? ""), "url": .text(contexts.url(regionPath(above)))])
                }
            }
            if all.isEmpty { values["is_empty"] = true }
        }
        values["breadcrumbs"] = .list(crumbs)
        return ["site": contexts.site(currentURLPath: page.urlPath), "page": .map(values)]
    }

    /// The first page's address of the list a page belongs to.
    private func listPath(of urlPath: String, number: Int) -> String {
        guard number > 1, let range = urlPath.range(of: "\(ListPager.folderName)/\(number)/", options: .backwards) else { return urlPath }
        return String(urlPath[..<range.lowerBound])
    }

    /// What every page of the directory can link to: the days with their counts, the other
    /// lists, and the kinds offered as filters.
    func directoryValues() -> TemplateValue {
        var values: TemplateContext = ["url": .text(contexts.url(MeetingPage.folder)), "count": .number(meetings.count)]
        if let zone = directory.timeZone { values["time_zone"] = .text(zone) }
        values["days"] = .list(Weekday.allCases.map { day in
            ["day": .number(day.rawValue), "name": .text(strings.weekdayName(day)), "url": .text(contexts.url("\(MeetingPage.folder)\(day.slug)/")),
             "count": .number(indices(of: .day(day)).count)]
        })
        let appointments = indices(of: .byAppointment).count
        if appointments > 0 {
            values["by_appointment"] = ["url": .text(contexts.url("\(MeetingPage.folder)by-appointment/")), "count": .number(appointments)]
        }
        values["attendance"] = .list([MeetingAttendance.inPerson, .online].compactMap { attendance in
            let count = indices(of: .attendance(attendance)).count
            guard count > 0 else { return nil }
            return ["name": .text(strings[attendance == .online ? .online : .inPerson]), "url": .text(contexts.url(Self.path(of: attendance))), "count": .number(count)]
        })
        values["kinds"] = .list(shownKinds().map { code in
            ["code": .text(code), "name": .text(kindLabel(code)), "url": .text(contexts.url(kindPath(code))), "count": .number(indices(of: .kind(code)).count)]
        })
        if !regions.top.isEmpty {
            values["regions"] = .list(regions.top.map(regionLink))
            values["regions_url"] = .text(contexts.url("\(MeetingPage.folder)regions/"))
        }
        values["kinds_json"] = .text(kindsJSON())
        if let feed = contexts.meetingsFeedURL { values["feed_url"] = .text(feed) }
        return .map(values)
    }

    /// `{"O": "Open", ...}` for the directory's script: the kinds it offers as filters.
    private func kindsJSON() -> String {
        "{" + shownKinds().map { "\(SearchIndexJSON.string($0)): \(SearchIndexJSON.string(kindLabel($0)))" }.joined(separator: ", ") + "}"
    }

    private func regionLink(_ node: MeetingRegionTree.Node) -> TemplateValue {
        ["name": .text(node.name), "url": .text(contexts.url(regionPath(node.shownPath))), "count": .number(node.meetings.count)]
    }

    private func weekSummary() -> String {
        let count = meetings.count
        return count == 1 ? strings[.meetingsWeekSummaryOne] : strings.text(.meetingsWeekSummary, ["count": String(count)])
    }

    // MARK: - Lists

    /// Meetings in groups with headings: by part of the day on a day's page, by day elsewhere
    /// (meetings by appointment last).
    private func groups(of shown: [Int], byPartOfDay: Bool) -> [TemplateValue] {
        var groups: [(id: String, title: String, rows: [TemplateValue])] = []
        for index in shown {
            let meeting = meetings[index]
            let (id, title): (String, String)
            if byPartOfDay, let part = meeting.schedule.partOfDay {
                (id, title) = (part.rawValue, strings.partOfDay(part))
            } else if let day = meeting.schedule.day {
                (id, title) = (day.slug, strings.weekdayName(day))
            } else {
                (id, title) = ("by-appointment", strings[.byAppointment])
            }
            if groups.last?.id != id { groups.append((id, title, [])) }
            groups[groups.count - 1].rows.append(.map(meetingValues(index, full: false)))
        }
        return groups.map { ["id": .text($0.id), "title": .text($0.title), "meetings": .list($0.rows)] }
    }
}
