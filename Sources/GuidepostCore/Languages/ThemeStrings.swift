/// The theme's words in one language: the theme's table for that language over its English
/// table, with the publisher's own table (`Content/i18n/<language>.yml`) over both.
///
/// Templates read them as `{{t.key}}`; Guidepost's own words (`ThemeString`) come from the same
/// tables.
public struct ThemeStrings: Sendable, Hashable {
    public var language: String
    /// Text by key, every fallback already applied.
    public private(set) var values: [String: String]

    public init(language: String, values: [String: String] = [:]) {
        self.language = language
        self.values = values
    }

    public subscript(_ key: ThemeString) -> String {
        values[key.rawValue] ?? key.english
    }

    /// The text of `key` with each `{name}` replaced by its value.
    public func text(_ key: ThemeString, _ replacements: [String: String]) -> String {
        var text = self[key]
        for (name, value) in replacements { text = text.replacingOccurrences(of: "{\(name)}", with: value) }
        return text
    }

    /// `weekdays` as seven names, Sunday first; English when the table's entry is not seven words.
    public func weekdayName(_ day: Weekday) -> String {
        Self.words(self[.weekdays], count: 7, fallback: ThemeString.weekdays.english)[day.rawValue]
    }

    /// `Morning`, `Mañana`.
    public func partOfDay(_ part: PartOfDay) -> String {
        switch part {
        case .morning: self[.morning]
        case .afternoon: self[.afternoon]
        case .evening: self[.evening]
        case .night: self[.night]
        }
    }

    /// Whether this is a Spanish edition, whose meeting kinds take the specification's Spanish
    /// labels.
    var isSpanish: Bool { Self.isSpanish(language) }

    /// `es`, `es-US`, `es-419`.
    static func isSpanish(_ language: String) -> Bool { language.lowercased().hasPrefix("es") }

    /// A meeting kind's label in this language: the Meeting Guide specification gives English
    /// and Spanish.
    public func meetingKind(_ type: MeetingType) -> String {
        isSpanish && !type.spanish.isEmpty ? type.spanish : type.english
    }

    /// In person, online, or both.
    public func attendance(_ attendance: MeetingAttendance) -> String {
        switch attendance {
        case .inPerson: self[.inPerson]
        case .online: self[.online]
        case .hybrid: self[.inPersonAndOnline]
        }
    }

    /// A date as readers of this language write it: `3 March 2026`, `3 de marzo de 2026`.
    public func date(_ date: SiteDate) -> String {
        let months = Self.words(self[.months], count: 12, fallback: ThemeString.months.english)
        return text(.dateFormat, ["day": String(date.day), "month": months[date.month - 1], "year": String(date.year)])
    }

    /// Items joined as this language writes a list: `English and Spanish`, `A, B y C`.
    public func list(_ items: [String]) -> String {
        guard let last = items.last else { return "" }
        guard items.count > 1 else { return last }
        return items.dropLast().joined(separator: ", ") + " \(self[.listAnd]) " + last
    }

    /// A time of day on this language's clock: `7:00 PM` or `19:00`.
    public func time(_ time: LocalTime) -> String {
        self[.clock] == "24" ? time.description : time.twelveHour
    }

    /// Every string as the `t` value of templates.
    var templateValue: TemplateValue {
        var map: TemplateContext = [:]
        for key in ThemeString.allCases { map[key.rawValue] = .text(key.english) }
        for (key, text) in values { map[key] = .text(text) }
        return .map(map)
    }

    private static func words(_ text: String, count: Int, fallback: String) -> [String] {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        return words.count == count ? words : fallback.split(separator: " ").map(String.init)
    }
}
