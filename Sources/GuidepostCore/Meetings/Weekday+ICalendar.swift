extension Weekday {
    /// The day's two-letter code in iCalendar rules (`BYDAY=MO`).
    var iCalendarCode: String {
        ["SU", "MO", "TU", "WE", "TH", "FR", "SA"][rawValue]
    }
}
