/// One weekly meeting (or one held by appointment), whatever list it came from.
public struct Meeting: Sendable, Hashable {
    /// Unique in the site; the meeting's address is built from it.
    public var slug: String
    public var name: String
    public var schedule: MeetingSchedule
    /// IANA name: the meeting's own, or the site's `timezone`.
    public var timeZone: String
    public var attendance: MeetingAttendance
    public var location: MeetingLocation?
    public var conference: MeetingConference?
    /// Known kinds, in the order of the table; attendance codes (ONL, TC) are not kinds.
    public var types: [MeetingType]
    /// The catalog group whose meeting this is (`aa`, `al-anon`), from the list's settings or
    /// the record's own `program`.
    public var program: String?
    /// From the most general to the most specific: `["Riverbend County", "Millbrook"]`.
    public var regions: [String]
    public var group: String?
    public var groupNotes: String?
    public var notes: String?
    /// As the list wrote it, `YYYY-MM-DD HH:MM:SS` in UTC.
    public var updated: String?
    /// Where the meeting may not appear.
    public var hidden: Set<MeetingOutput>
    /// Where its record starts, for messages about it.
    public var source: SourceLocation

    public init(
        slug: String, name: String, schedule: MeetingSchedule, timeZone: String,
        attendance: MeetingAttendance, location: MeetingLocation? = nil, conference: MeetingConference? = nil,
        types: [MeetingType] = [], program: String? = nil, regions: [String] = [], group: String? = nil,
        groupNotes: String? = nil, notes: String? = nil, updated: String? = nil,
        hidden: Set<MeetingOutput> = [], source: SourceLocation
    ) {
        self.slug = slug
        self.name = name
        self.schedule = schedule
        self.timeZone = timeZone
        self.attendance = attendance
        self.location = location
        self.conference = conference
        self.types = types
        self.program = program
        self.regions = regions
        self.group = group
        self.groupNotes = groupNotes
        self.notes = notes
        self.updated = updated
        self.hidden = hidden
        self.source = source
    }

    /// Whether the meeting's type list has `code`.
    public func has(_ code: String) -> Bool { types.contains { $0.code == code } }
}

/// When a meeting is held.
public enum MeetingSchedule: Sendable, Hashable {
    /// Every week on `day` from `start` to `end`; `end` before `start` runs past midnight.
    /// `endIsDerived` when the list gave no end and one hour was assumed, as the specification says.
    case weekly(day: Weekday, start: LocalTime, end: LocalTime, endIsDerived: Bool)
    /// No fixed day and time: readers contact the group.
    case byAppointment

    public var day: Weekday? {
        if case .weekly(let day, _, _, _) = self { return day }
        return nil
    }

    public var start: LocalTime? {
        if case .weekly(_, let start, _, _) = self { return start }
        return nil
    }

    public var end: LocalTime? {
        if case .weekly(_, _, let end, _) = self { return end }
        return nil
    }

    /// Length in minutes (a meeting that ends at its start time lasts a day, which lists never mean;
    /// the reader turns that into the one-hour default).
    public var durationMinutes: Int? {
        guard case .weekly(_, let start, let end, _) = self else { return nil }
        let minutes = (end.minutes - start.minutes + 1_440) % 1_440
        return minutes == 0 ? 1_440 : minutes
    }

    /// Morning, afternoon, evening or night, by the start time.
    public var partOfDay: PartOfDay? { start.map(PartOfDay.init(of:)) }
}

/// Part of the day a meeting starts in, for grouping a day's list.
public enum PartOfDay: String, Sendable, Hashable, CaseIterable, Comparable {
    case morning, afternoon, evening, night

    /// Morning 4:00-11:59, afternoon 12:00-16:59, evening 17:00-20:59, night 21:00-3:59.
    public init(of time: LocalTime) {
        switch time.hour {
        case 4..<12: self = .morning
        case 12..<17: self = .afternoon
        case 17..<21: self = .evening
        default: self = .night
        }
    }

    private var order: Int { Self.allCases.firstIndex(of: self) ?? 0 }
    public static func < (lhs: PartOfDay, rhs: PartOfDay) -> Bool { lhs.order < rhs.order }
}

/// How a reader can attend.
public enum MeetingAttendance: String, Sendable, Hashable, CaseIterable {
    case inPerson = "in_person"
    case online
    case hybrid

    public var englishName: String {
        switch self {
        case .inPerson: "In person"
        case .online: "Online"
        case .hybrid: "In person and online"
        }
    }
}

/// A place and how to find it. `approximate` places (a town, for an online meeting) are not
/// somewhere to go.
public struct MeetingLocation: Sendable, Hashable {
    /// The building or landmark: "St. Mark's Church Hall".
    public var name: String?
    public var address: String?
    public var city: String?
    public var state: String?
    public var postalCode: String?
    public var country: String?
    /// The whole address on one line, when the list gave it so.
    public var formattedAddress: String?
    public var notes: String?
    public var latitude: String?
    public var longitude: String?
    public var approximate: Bool

    public init(
        name: String? = nil, address: String? = nil, city: String? = nil, state: String? = nil,
        postalCode: String? = nil, country: String? = nil, formattedAddress: String? = nil,
        notes: String? = nil, latitude: String? = nil, longitude: String? = nil, approximate: Bool = false
    ) {
        self.name = name
        self.address = address
        self.city = city
        self.state = state
        self.postalCode = postalCode
        self.country = country
        self.formattedAddress = formattedAddress
        self.notes = notes
        self.latitude = latitude
        self.longitude = longitude
        self.approximate = approximate
    }

    /// The address on one line: the list's own whole line, or the parts joined.
    public var oneLine: String? {
        if let formattedAddress { return formattedAddress }
        let cityLine = [city, [state, postalCode].compactMap { $0 }.joined(separator: " ")]
            .compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", ")
        let parts = [address, cityLine.isEmpty ? nil : cityLine, country].compactMap { $0 }.filter { !$0.isEmpty }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }
}

/// How to join online or by phone.
public struct MeetingConference: Sendable, Hashable {
    public var url: String?
    public var urlNotes: String?
    public var phone: String?
    public var phoneNotes: String?

    public init(url: String? = nil, urlNotes: String? = nil, phone: String? = nil, phoneNotes: String? = nil) {
        self.url = url
        self.urlNotes = urlNotes
        self.phone = phone
        self.phoneNotes = phoneNotes
    }
}

/// Where a meeting can be kept out of by its `hide` list.
public enum MeetingOutput: String, Sendable, Hashable, CaseIterable, Comparable {
    case pages, feed, print

    public static func < (lhs: MeetingOutput, rhs: MeetingOutput) -> Bool { lhs.rawValue < rhs.rawValue }

    /// What one word of a `hide` list means: every output for `all` (or `true`, `yes`), one
    /// output by its name, nil for anything else.
    static func outputs(named word: String) -> Set<MeetingOutput>? {
        let lower = word.lowercased()
        if ["all", "true", "yes"].contains(lower) { return Set(allCases) }
        return MeetingOutput(rawValue: lower).map { [$0] }
    }
}
