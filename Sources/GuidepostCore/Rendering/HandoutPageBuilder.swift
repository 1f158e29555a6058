import GuidepostQR

/// The printable sheets the site's `handouts:` asks for, and the page that lists them: which
/// sheets exist and what each holds, made once per edition from the catalog and the meetings.
///
/// Meetings are split so that each sheet prints on one page: by region, then, for a region
/// with more than a page holds, into runs of whole days.
struct HandoutPageBuilder: Sendable {
    let settings: HandoutSettings
    let catalog: Catalog
    let contexts: PageContextBuilder
    let tables: ComparisonTableRenderer
    /// The meetings that may be printed (not hidden from `print`), in reading order.
    let meetings: [Meeting]
    /// The day the sheets are made, printed on each.
    let madeOn: SiteDate
    /// How many printable meetings each catalog group has, by the group's id.
    private(set) var meetingCounts: [String: Int] = [:]
    /// The index first, then the sheets in the order `handouts:` lists them; empty when the
    /// site asks for none. Made once, for the plan, the index's list and the QR codes.
    private(set) var pages: [Handout] = []
    /// Each sheet's QR code as inline SVG, by the sheet's address.
    private(set) var qrCodes: [String: String] = [:]

    init(settings: HandoutSettings, catalog: Catalog, contexts: PageContextBuilder, tables: ComparisonTableRenderer, directory: MeetingDirectory, madeOn: SiteDate) {
        self.settings = settings
        self.catalog = catalog
        self.contexts = contexts
        self.tables = tables
        self.madeOn = madeOn
        meetings = settings.sheets.contains(.meetings) ? directory.shown(in: .print) : []
        for meeting in meetings { if let program = meeting.program { meetingCounts[program, default: 0] += 1 } }
        pages = allPages()
        if settings.qrCode {
            for sheet in pages where sheet.kind != .index {
                let address = contexts.permalink(sheet.urlPath)
                // An address holds at most a few hundred bytes: far below what a code holds.
                guard let code = try? QRCode.encode(address) else { continue }
                qrCodes[sheet.urlPath] = code.svg(title: strings.text(.handoutQRCode, ["address": address]), titleID: "sheet-qr-title", millimetres: 22)
            }
        }
    }

    var strings: ThemeStrings { contexts.strings }

    /// How many lines of a sheet's two columns the meetings may fill: a meeting takes three
    /// (time and name, place, address), one with join details five, a day's heading two.
    /// Measured on the default theme, Letter and A4, with the help lines, the legend and the
    /// QR code on the page; `make check-site` prints every sheet of the example guide to check.
    static let linesPerSheet = 84

    // MARK: - Pages

    private func allPages() -> [Handout] {
        guard !settings.isEmpty else { return [] }
        var sheets: [Handout] = []
        for sheet in settings.sheets {
            switch sheet {
            case .help:
                sheets.append(Handout(kind: .help, urlPath: Handout.folder + "help-now/", title: strings[.handoutHelp], summary: strings[.handoutHelpSummary]))
            case .groupTypes:
                for type in catalog.types where !catalog.groups(ofType: type.id).isEmpty {
                    let name = type.name.resolved(for: contexts.config.language)
                    sheets.append(Handout(
                        kind: .groupType(type.id), urlPath: Handout.folder + "groups-\(type.id)/", title: name,
                        summary: strings.text(.handoutTypeSummary, ["type": name])
                    ))
                }
            case .meetings:
                sheets += meetingSheets()
            }
        }
        let index = Handout(kind: .index, urlPath: Handout.folder, title: strings[.handouts], summary: strings[.handoutsSummary])
        return [index] + sheets
    }

    /// The meeting sheets: online meetings on their own, the rest by region, each region's
    /// meetings split into runs of whole days when they do not fit one page.
    private func meetingSheets() -> [Handout] {
        var online: [Int] = [], placed: [Int] = []
        for (index, meeting) in meetings.enumerated() {
            if meeting.attendance == .online { online.append(index) } else { placed.append(index) }
        }
        let tree = MeetingRegionTree(meetings: placed.map { meetings[$0] })
        var groups: [(slug: String, title: String, meetings: [Int])] = []
        var inRegion = Set<Int>()
        for node in tree.top {
            let positions = node.meetings.map { placed[$0] }
            inRegion.formUnion(positions)
            groups.append((MeetingRecordReader.slugified(node.name), strings.text(.handoutMeetingsIn, ["place": node.name]), positions))
        }
        let elsewhere = placed.filter { !inRegion.contains($0) }
        if !elsewhere.isEmpty {
            let title = groups.isEmpty ? strings[.handoutMeetings] : strings[.handoutMeetingsOtherPlaces]
            groups.append((groups.isEmpty ? "all" : "other-places", title, elsewhere))
        }
        if !online.isEmpty { groups.append(("online", strings[.onlineMeetings], online)) }
        var sheets: [Handout] = []
        var usedSlugs = Set<String>()
        for group in groups {
            let runs = dayRuns(of: group.meetings)
            for run in runs {
                var title = group.title
                var slug = "meetings-" + (group.slug.isEmpty ? "region" : group.slug)
                if runs.count > 1, let first = meetings[run[0]].schedule.day, let last = run.last.flatMap({ meetings[$0].schedule.day }) {
                    // Mid-sentence, Spanish writes the days in lower case ("de domingo a jueves").
                    let name = { (day: Weekday) in strings.isSpanish ? strings.weekdayName(day).lowercased() : strings.weekdayName(day) }
                    title = strings.text(.handoutDays, ["title": group.title, "first": name(first), "last": name(last)])
                    slug += "-\(first.slug)"
                }
                while usedSlugs.contains(slug) { slug += "-more" }
                usedSlugs.insert(slug)
                sheets.append(Handout(
                    kind: .meetings(run), urlPath: Handout.folder + slug + "/", title: title,
                    summary: strings.text(.handoutMeetingsSummary, ["count": String(run.count)])
                ))
            }
        }
        return sheets
    }

    /// `positions` cut into runs that each fit a sheet, at the start of a day where it can
    /// be; a day with more meetings than a sheet holds is cut where the sheet is full.
    private func dayRuns(of positions: [Int]) -> [[Int]] {
        var runs: [[Int]] = []
        var current: [Int] = [], used = 0
        var index = 0
        while index < positions.count {
            let day = meetings[positions[index]].schedule.day
            var end = index
            var dayLines = 2
            while end < positions.count, meetings[positions[end]].schedule.day == day {
                dayLines += lines(of: meetings[positions[end]])
                end += 1
            }
            if used + dayLines <= Self.linesPerSheet {
                current += positions[index..<end]
                used += dayLines
            } else if dayLines <= Self.linesPerSheet {
                runs.append(current)
                current = Array(positions[index..<end])
                used = dayLines
            } else {
                // A day longer than a sheet: fill the sheet, then go on with the day on the next.
                for position in positions[index..<end] {
                    let cost = lines(of: meetings[position]) + (current.isEmpty ? 2 : 0)
                    if used + cost > Self.linesPerSheet, !current.isEmpty {
                        runs.append(current)
                        current = []
                        used = 0
                    }
                    current.append(position)
                    used += cost
                }
            }
            index = end
        }
        if !current.isEmpty { runs.append(current) }
        return runs.filter { !$0.isEmpty }
    }

    private func lines(of meeting: Meeting) -> Int {
        meeting.attendance == .inPerson || meeting.conference == nil ? 3 : 5
    }
}
