import Foundation
import GuidepostMarkdown

/// Meeting lists embedded in articles: a ```` ```meetings ```` block with filters on its info
/// line, such as ```` ```meetings kind=S ```` (every Spanish meeting) or
/// ```` ```meetings region=Millbrook day=monday ````. The filters are checked when the site is
/// built; the list is what the meetings are on that build.
struct MeetingBlockRenderer: Sendable, Hashable {
    static let block = "meetings"
    static let keys = ["day", "kind", "region", "attendance", "program"]

    let meetings: [Meeting]
    /// Each meeting's page, by slug.
    let paths: [String: String]
    let basePath: String
    /// The words of the edition the block is in.
    var strings = ThemeStrings(language: "en")

    init(directory: MeetingDirectory, basePath: String, strings: ThemeStrings = ThemeStrings(language: "en")) {
        self.strings = strings
        meetings = directory.shown(in: .pages)
        var paths: [String: String] = [:]
        for meeting in meetings { paths[meeting.slug] = MeetingPageBuilder.path(ofSlug: meeting.slug) }
        self.paths = paths
        self.basePath = basePath
    }

    /// The list's HTML, or an error at the block's info line.
    func html(for block: MarkdownFencedBlock, fail: (_ message: String, _ column: Int) -> Void) -> String {
        guard !meetings.isEmpty else {
            fail("a meetings block needs meetings: add a meeting list to 'meetings' in site.yml", block.column + 3)
            return ""
        }
        var shown = Array(meetings.indices)
        var column = block.column + 3 + Self.block.count + 1
        for filter in block.arguments.split(separator: " ") {
            defer { column += filter.count + 1 }
            let parts = filter.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, Self.keys.contains(parts[0]) else {
                fail("'\(filter)' is not a filter of a meetings block; write key=value with one of \(Self.keys.joined(separator: ", "))\(Suggestion.hint(for: parts[0], in: Self.keys))", column)
                return ""
            }
            let value = parts[1].replacingOccurrences(of: "_", with: " ")
            switch parts[0] {
            case "day":
                guard let day = Weekday(reading: value) else {
                    fail("unknown day '\(value)'; write a day's name such as monday", column)
                    return ""
                }
                shown = shown.filter { meetings[$0].schedule.day == day }
            case "kind":
                let table = MeetingTypeTable.standard
                guard let code = table.lookUp(value), table[code: code] != nil else {
                    fail("unknown meeting type '\(value)'\(Suggestion.hint(for: value, in: table.suggestions))", column)
                    return ""
                }
                shown = shown.filter { meetings[$0].has(code) }
            case "region":
                let regions = Set(meetings.flatMap(\.regions))
                guard let region = regions.first(where: { $0.caseInsensitiveCompare(value) == .orderedSame || MeetingRecordReader.slugified($0) == value.lowercased() }) else {
                    fail("no meeting is in the region '\(value)'\(Suggestion.hint(for: value, in: regions.sorted()))", column)
                    return ""
                }
                shown = shown.filter { meetings[$0].regions.contains(region) }
            case "attendance":
                switch value.lowercased() {
                case "online": shown = shown.filter { meetings[$0].attendance != .inPerson }
                case "in-person", "in person": shown = shown.filter { meetings[$0].attendance != .online }
                default:
                    fail("'attendance' is online or in-person, found '\(value)'", column)
                    return ""
                }
            default:
                let programs = Set(meetings.compactMap(\.program))
                guard programs.contains(value) else {
                    fail("no meeting has the program '\(value)'\(Suggestion.hint(for: value, in: programs.sorted()))", column)
                    return ""
                }
                shown = shown.filter { meetings[$0].program == value }
            }
        }
        guard !block.body.isBlank else {
            return shown.isEmpty ? "<p class=\"meeting-none\">\(HTML.escape(strings[.noMatchingMeetings]))</p>\n" : list(shown)
        }
        fail("a meetings block must be empty: its filters go on the first line, as in ```meetings kind=S", block.column)
        return ""
    }

    private func list(_ shown: [Int]) -> String {
        var html = "<ol class=\"meetings meetings-embedded\">\n"
        for index in shown { html += row(meetings[index]) }
        return html + "</ol>\n"
    }

    private func row(_ meeting: Meeting) -> String {
        let url = basePath + (paths[meeting.slug] ?? "").dropFirst()
        var when = HTML.escape(strings[.byAppointment])
        if case .weekly(let day, let start, let end, _) = meeting.schedule {
            when = "\(HTML.escape(strings.weekdayName(day))) <time datetime=\"\(start)\">\(strings.time(start))</time>–<time datetime=\"\(end)\">\(strings.time(end))</time>"
        }
        let place = meeting.attendance == .online ? strings[.online] : [meeting.location?.name, meeting.location?.city].compactMap { $0 }.joined(separator: ", ")
        let kinds = meeting.types.map { strings.meetingKind($0) }.joined(separator: ", ")
        return "<li class=\"meeting\"><p class=\"meeting-when\">\(when)</p><div class=\"meeting-what\"><a class=\"meeting-name\" href=\"\(HTML.escape(url))\">\(HTML.escape(meeting.name))</a>"
            + "<p class=\"meeting-where\">\(HTML.escape(strings.attendance(meeting.attendance)))\(place.isEmpty || meeting.attendance == .online ? "" : " · " + HTML.escape(place))</p>"
            + (kinds.isEmpty ? "" : "<p class=\"meeting-kinds\">\(HTML.escape(kinds))</p>") + "</div></li>\n"
    }
}
