/// A page of the meeting directory: the week, a day, a region, a kind, how meetings are
/// attended, the meetings by appointment, or one meeting.
struct MeetingPage: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        case week
        case day(Weekday)
        case byAppointment
        /// A region, by its path from the top: `["Riverbend County", "Millbrook"]`.
        case region([String])
        /// The regions' index.
        case regions
        case attendance(MeetingAttendance)
        /// A kind of meeting, by its code.
        case kind(String)
        /// One meeting, by its index in the directory.
        case meeting(Int)
    }

    var kind: Kind
    var urlPath: String
    var title: String
    /// Page of a long list, from 1; page 1 is the list's own address.
    var number = 1

    /// The template each kind of page goes through.
    var template: String {
        switch kind {
        case .week: "meetings"
        case .meeting: "meeting"
        default: "meeting-list"
        }
    }

    static let folder = "/meetings/"
    static let templates = ["meetings", "meeting-list", "meeting"]
    /// Names under /meetings/ that the directory uses itself; a meeting slug that is one of
    /// these gets `-meeting` added to its address.
    static let reservedNames: Set<String> = Set(Weekday.allCases.map(\.slug) + ["by-appointment", "regions", "kinds", "online", "in-person", "page"])
}
