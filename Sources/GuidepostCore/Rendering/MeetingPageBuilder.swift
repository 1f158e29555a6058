import Foundation

/// The pages of the meeting directory: the week at a glance, each day, the meetings by
/// appointment, online and in person, each configured kind, the regions as a tree, and one page
/// per meeting; long lists split into pages.
struct MeetingPageBuilder: Sendable {
    let directory: MeetingDirectory
    let settings: MeetingDirectorySettings
    let contexts: PageContextBuilder
    let catalog: Catalog
    /// Meetings shown on pages, in reading order.
    let meetings: [Meeting]
    /// The address of each shown meeting's page, by its index in `meetings`.
    let meetingPaths: [String]
    /// The region tree, levels with a single child folded into their parent.
    let regions: MeetingRegionTree
    /// Whether the site's meetings are in more than one time zone: then every time says its zone.
    let spansTimeZones: Bool
    /// Positions of the meetings in person at each one-line address.
    let meetingsByAddress: [String: [Int]]
    /// The meetings of every list, by list: filtered once, not for every page that counts them.
    private(set) var listIndices: [MeetingPage.Kind: [Int]] = [:]
    /// `page.directory`, the same on every page of the directory: made once.
    private(set) var directoryValue: TemplateValue = .flag(false)
    /// The calendar files, made once for the plan and the output.
    private(set) var calendars: [(path: String, data: Data)] = []

    init(directory: MeetingDirectory, settings: MeetingDirectorySettings, contexts: PageContextBuilder, catalog: Catalog) {
        self.directory = directory
        self.settings = settings
        self.contexts = contexts
        self.catalog = catalog
        let meetings = directory.shown(in: .pages)
        self.meetings = meetings
        meetingPaths = meetings.map { Self.path(ofSlug: $0.slug) }
        regions = MeetingRegionTree(meetings: meetings)
        spansTimeZones = Set(meetings.map(\.timeZone)).count > 1
        var byAddress: [String: [Int]] = [:]
        for (index, meeting) in meetings.enumerated() where meeting.attendance != .online {
            if let address = meeting.location?.oneLine { byAddress[address, default: []].append(index) }
        }
        meetingsByAddress = byAddress
        for (kind, _, _) in lists() { listIndices[kind] = filteredIndices(of: kind) }
        directoryValue = directoryValues()
        calendars = calendarFiles()
    }

    var isEmpty: Bool { meetings.isEmpty }

    // MARK: - Pages

    /// Every page, lists first, then one per meeting.
    func pages() -> [MeetingPage] {
        guard !meetings.isEmpty else { return [] }
        var pages = [MeetingPage(kind: .week, urlPath: MeetingPage.folder, title: strings[.meetings])]
        for (kind, path, title) in lists() {
            let count = indices(of: kind).count
            let pager = ListPager(firstURLPath: path, itemCount: count, pageSize: settings.paginate)
            for number in 1...pager.pageCount {
                pages.append(MeetingPage(kind: kind, urlPath: pager.urlPath(page: number), title: title, number: number))
            }
        }
        for index in meetings.indices {
            pages.append(MeetingPage(kind: .meeting(index), urlPath: meetingPaths[index], title: meetings[index].name))
        }
        return pages
    }

    /// The lists, with their addresses and titles: every day (a day without meetings still has
    /// its page, so the week's seven links always lead somewhere), then the rest that have any.
    func lists() -> [(MeetingPage.Kind, String, String)] {
        var lists: [(MeetingPage.Kind, String, String)] = Weekday.allCases.map { day in
            (.day(day), "\(MeetingPage.folder)\(day.slug)/", strings.text(.meetingsOnDay, ["day": strings.weekdayName(day)]))
        }
        if !indices(of: .byAppointment).isEmpty {
            lists.append((.byAppointment, "\(MeetingPage.folder)by-appointment/", strings[.meetingsByAppointment]))
        }
        for attendance in [MeetingAttendance.online, .inPerson] where !indices(of: .attendance(attendance)).isEmpty {
            lists.append((.attendance(attendance), Self.path(of: attendance), strings[attendance == .online ? .onlineMeetings : .meetingsInPerson]))
        }
        for code in shownKinds() {
            lists.append((.kind(code), kindPath(code), strings.text(.meetingsOfKind, ["kind": kindLabel(code)])))
        }
        if !regions.top.isEmpty {
            lists.append((.regions, "\(MeetingPage.folder)regions/", strings[.meetingsByPlace]))
            for node in regions.allNodes {
                lists.append((.region(node.path), regionPath(node.shownPath), strings.text(.meetingsInPlace, ["place": node.name])))
            }
        }
        return lists
    }

    /// The configured kinds that some meeting has, in the configured order.
    func shownKinds() -> [String] {
        settings.kinds.filter { code in meetings.contains { $0.has(code) } }
    }

    /// Positions in `meetings` that a list shows.
    func indices(of kind: MeetingPage.Kind) -> [Int] {
        listIndices[kind] ?? filteredIndices(of: kind)
    }

    private func filteredIndices(of kind: MeetingPage.Kind) -> [Int] {
        switch kind {
        case .week, .meeting, .regions: return []
        case .day(let day): return meetings.indices.filter { meetings[$0].schedule.day == day }
        case .byAppointment: return meetings.indices.filter { meetings[$0].schedule == .byAppointment }
        case .attendance(let attendance):
            return meetings.indices.filter { meetings[$0].attendance == attendance || meetings[$0].attendance == .hybrid }
        case .kind(let code): return meetings.indices.filter { meetings[$0].has(code) }
        case .region(let path): return regions.node(at: path)?.meetings ?? []
        }
    }

    // MARK: - Addresses and names

    /// `/meetings/<slug>/`, or `/meetings/<slug>-meeting/` for a slug the directory uses itself.
    static func path(ofSlug slug: String) -> String {
        let name = MeetingPage.reservedNames.contains(slug) ? "\(slug)-meeting" : slug
        return "\(MeetingPage.folder)\(name)/"
    }

    /// `meeting:<slug>` link targets, for articles.
    static func linkTargets(of directory: MeetingDirectory) -> [String: String] {
        Dictionary(directory.shown(in: .pages).map { ("meeting:\($0.slug)", path(ofSlug: $0.slug)) }, uniquingKeysWith: { first, _ in first })
    }

    static func path(of attendance: MeetingAttendance) -> String {
        "\(MeetingPage.folder)\(attendance == .online ? "online" : "in-person")/"
    }

    func kindPath(_ code: String) -> String {
        "\(MeetingPage.folder)kinds/\(MeetingRecordReader.slugified(kindLabel(code)))/"
    }

    func regionPath(_ path: [String]) -> String {
        "\(MeetingPage.folder)regions/" + path.map { MeetingRecordReader.slugified($0) + "/" }.joined()
    }

    /// The words of this edition's language.
    var strings: ThemeStrings { contexts.strings }

    func kindLabel(_ code: String) -> String {
        MeetingTypeTable.standard[code: code].map(strings.meetingKind) ?? code
    }
}
