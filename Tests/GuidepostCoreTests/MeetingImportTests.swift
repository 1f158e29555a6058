import Foundation
import Testing
@testable import GuidepostCore

/// Reading meeting lists: what is accepted as it is, what is derived, and every warning and
/// error with its printed text. Fixtures are written for these tests; no real list is used.
@Suite struct MeetingImportTests {
    static let path = "Content/meetings/test.json"

    /// The meetings of `text` and the printed diagnostics.
    func read(_ text: String, path: String = MeetingImportTests.path, program: String? = nil) -> (meetings: [Meeting], printed: [String], report: String) {
        let (directory, diagnostics) = MeetingDirectory.reading(text, path: path, timeZone: "America/Chicago", program: program)
        return (directory.meetings, diagnostics.map(\.description), directory.reports.map(\.description).joined(separator: "\n"))
    }

    static let place = #""address": "12 Elm Street", "city": "Riverbend", "state": "MO""#

    // MARK: - Accepted as the app and TSML UI accept it

    @Test func readsDayAsNumberStringNameOrList() {
        let (meetings, printed, _) = read("""
        [
          {"name": "A", "slug": "a", "day": 1, "time": "18:00", \(Self.place)},
          {"name": "B", "slug": "b", "day": "2", "time": "18:00", \(Self.place)},
          {"name": "C", "slug": "c", "day": "Wednesday", "time": "18:00", \(Self.place)},
          {"name": "D", "slug": "d", "day": [4, 6], "time": "18:00", \(Self.place)}
        ]
        """)
        #expect(printed == [])
        #expect(meetings.map(\.slug) == ["a", "b", "c", "d-thursday", "d-saturday"])
        #expect(meetings.map { $0.schedule.day } == [.monday, .tuesday, .wednesday, .thursday, .saturday])
    }

    @Test func readsTwelveHourTimesAndSaysSoOnce() {
        let (meetings, printed, _) = read("""
        [
          {"name": "Early", "slug": "early", "day": 1, "time": "7:00 AM", "end_time": "8:15 AM", \(Self.place)},
          {"name": "Late", "slug": "late", "day": 1, "time": "8:00 PM", \(Self.place)}
        ]
        """)
        #expect(meetings.map { $0.schedule.start?.description } == ["07:00", "20:00"])
        #expect(meetings.map { $0.schedule.end?.description } == ["08:15", "21:00"])
        #expect(printed == ["""
        Content/meetings/test.json:2:56: warning: meeting 'Early': times in this list are written in 12-hour form ('7:00 AM'); they are read as 07:00 and every other 12-hour time the same way, but the Meeting Guide format asks for 24-hour HH:MM
          {"name": "Early", "slug": "early", "day": 1, "time": "7:00 AM", "end_time": "8:15 AM", "address": "12 Elm Street", "city": "Riverbend", "state": "MO"},
                                                               ^
        """])
    }

    @Test func readsTypesAsListCommaTextOrBracketedText() {
        let (meetings, printed, _) = read("""
        [
          {"name": "A", "slug": "a", "day": 1, "time": "18:00", "types": ["O", "D"], \(Self.place)},
          {"name": "B", "slug": "b", "day": 1, "time": "19:00", "types": "O, D", \(Self.place)},
          {"name": "C", "slug": "c", "day": 1, "time": "20:00", "types": "[\\"O\\",\\"D\\"]", \(Self.place)},
          {"name": "E", "slug": "e", "day": 1, "time": "21:00", "types": ["Open", "Discussion", ""], \(Self.place)}
        ]
        """)
        #expect(printed == [])
        for meeting in meetings {
            #expect(meeting.types.map(\.code).sorted() == ["D", "O"], "\(meeting.name)")
        }
        #expect(meetings.first?.types.first { $0.code == "O" }?.spanish == "Abierta")
    }

    @Test func readsIntegerSlugsAndPostcodesAndEmptyTextAsAbsent() {
        let (meetings, printed, _) = read("""
        [{"name": "A", "slug": 1042, "day": 1, "time": "18:00", "address": "12 Elm Street", "city": "Riverbend",
          "postal_code": 65430, "notes": "", "location_notes": "  ", "end_time": ""}]
        """)
        #expect(printed == [])
        #expect(meetings.first?.slug == "1042")
        #expect(meetings.first?.location?.postalCode == "65430")
        #expect(meetings.first?.notes == nil)
        #expect(meetings.first?.location?.notes == nil)
        #expect(meetings.first?.schedule.end?.description == "19:00")
    }

    @Test func reducesHTMLInNotesToText() {
        let (meetings, printed, _) = read("""
        [{"name": "A", "slug": "a", "day": 1, "time": "18:00", \(Self.place), "notes": "<p>Ring the bell.<br>Room 2</p>"}]
        """)
        #expect(meetings.first?.notes == "Ring the bell. Room 2")
        #expect(printed == ["""
        Content/meetings/test.json:1:129: warning: meeting 'A': 'notes' holds HTML; it is shown as plain text: 'Ring the bell. Room 2'
        [{"name": "A", "slug": "a", "day": 1, "time": "18:00", "address": "12 Elm Street", "city": "Riverbend", "state": "MO", "notes": "<p>Ring the bell.<br>Room 2</p>"}]
                                                                                                                                        ^
        """])
    }

    // MARK: - Derived

    @Test func derivesAttendanceFromAddressAndJoinDetails() {
        let (meetings, printed, _) = read("""
        [
          {"name": "Room", "slug": "room", "day": 1, "time": "09:00", \(Self.place)},
          {"name": "Screen", "slug": "screen", "day": 1, "time": "13:00", "conference_url": "https://meet.example.org/j/1", "formatted_address": "Riverbend, MO, USA"},
          {"name": "Both", "slug": "both", "day": 1, "time": "18:00", "conference_phone": "+1-555-0100,,123#", \(Self.place)},
          {"name": "Closed room", "slug": "closed", "day": 1, "time": "22:00", "types": ["TC"], "conference_url": "https://meet.example.org/j/2", \(Self.place)}
        ]
        """)
        #expect(printed == [])
        #expect(meetings.map(\.attendance) == [.inPerson, .online, .hybrid, .online])
        #expect(meetings.map { $0.schedule.partOfDay } == [.morning, .afternoon, .evening, .night])
        #expect(meetings[1].location?.approximate == true)
        #expect(meetings[0].schedule.day?.englishName == "Monday")
    }

    @Test func meetingWithoutDayAndTimeIsByAppointment() {
        let (meetings, printed, _) = read("""
        [{"name": "Call us", "slug": "call-us", "conference_phone": "+1-555-0100"}]
        """)
        #expect(printed == [])
        #expect(meetings.first?.schedule == .byAppointment)
    }

    @Test func endBeforeStartRunsPastMidnight() {
        let (meetings, _, _) = read("""
        [{"name": "Late", "slug": "late", "day": 5, "time": "23:30", "end_time": "00:30", \(Self.place)}]
        """)
        #expect(meetings.first?.schedule.durationMinutes == 60)
    }

    // MARK: - Warnings, each at its place

    @Test func unknownTypeIsLeftOutWithASuggestion() {
        let (meetings, printed, _) = read("""
        [{"name": "A", "slug": "a", "day": 1, "time": "18:00", "types": ["O", "Wheelchair Acess"], \(Self.place)}]
        """)
        #expect(meetings.first?.types.map(\.code) == ["O"])
        #expect(printed.first?.hasPrefix("Content/meetings/test.json:1:71: warning: meeting 'A': unknown meeting type 'Wheelchair Acess'; it is left out; did you mean 'Wheelchair Access'?") == true)
    }

    @Test func duplicateSlugSkipsTheSecondMeeting() {
        let (meetings, printed, report) = read("""
        [
          {"name": "First", "slug": "same", "day": 1, "time": "18:00", \(Self.place)},
          {"name": "Second", "slug": "same", "day": 2, "time": "18:00", \(Self.place)}
        ]
        """)
        #expect(meetings.map(\.name) == ["First"])
        #expect(printed == ["""
        Content/meetings/test.json:3:30: warning: meeting 'Second': the slug 'same' is already used by 'First' at Content/meetings/test.json:2:3; this meeting is skipped
          {"name": "Second", "slug": "same", "day": 2, "time": "18:00", "address": "12 Elm Street", "city": "Riverbend", "state": "MO"}
                                     ^
        """])
        #expect(report == "Content/meetings/test.json: 2 meetings read, 1 published, 1 skipped (1 duplicate slug)")
    }

    @Test func unreadableTimeSkipsTheMeeting() {
        let (meetings, printed, report) = read("""
        [{"name": "A", "slug": "a", "day": 1, "time": "evening", \(Self.place)}]
        """)
        #expect(meetings.isEmpty)
        #expect(printed == ["""
        Content/meetings/test.json:1:47: warning: meeting 'A': 'time' must be a time such as 18:30 or 6:30 PM, found 'evening'; it is skipped
        [{"name": "A", "slug": "a", "day": 1, "time": "evening", "address": "12 Elm Street", "city": "Riverbend", "state": "MO"}]
                                                      ^
        """])
        #expect(report == "Content/meetings/test.json: 1 meeting read, 0 published, 1 skipped (1 no day or time)")
    }

    @Test func onlineMeetingWithoutJoinDetailsIsSkipped() {
        let (meetings, printed, _) = read("""
        [{"name": "Web", "slug": "web", "day": 1, "time": "18:00", "types": ["ONL"]}]
        """)
        #expect(meetings.isEmpty)
        #expect(printed == [
            """
            Content/meetings/test.json:1:11: warning: meeting 'Web': it has no address and no 'conference_url' or 'conference_phone'; it is skipped
            [{"name": "Web", "slug": "web", "day": 1, "time": "18:00", "types": ["ONL"]}]
                      ^
            """,
            """
            Content/meetings/test.json:1:69: warning: meeting 'Web': it is marked online (ONL) but has no 'conference_url' or 'conference_phone'
            [{"name": "Web", "slug": "web", "day": 1, "time": "18:00", "types": ["ONL"]}]
                                                                                ^
            """,
        ])
    }

    @Test func inPersonMeetingWithoutAddressIsSkipped() {
        let (meetings, printed, _) = read("""
        [{"name": "Hall", "slug": "hall", "day": 1, "time": "18:00", "location": "St. Mark's Hall"}]
        """)
        #expect(meetings.isEmpty)
        #expect(printed == ["""
        Content/meetings/test.json:1:74: warning: meeting 'Hall': it is in person but has no address ('address' or 'formatted_address'); it is skipped
        [{"name": "Hall", "slug": "hall", "day": 1, "time": "18:00", "location": "St. Mark's Hall"}]
                                                                                 ^
        """])
    }

    @Test func addressWithoutCityIsReported() {
        let (meetings, printed, _) = read("""
        [{"name": "A", "slug": "a", "day": 1, "time": "18:00", "address": "12 Elm Street"}]
        """)
        #expect(meetings.count == 1)
        #expect(printed == ["""
        Content/meetings/test.json:1:67: warning: meeting 'A': the address '12 Elm Street' has no town or city; add 'city' (or the whole address in 'formatted_address') so that directions find it
        [{"name": "A", "slug": "a", "day": 1, "time": "18:00", "address": "12 Elm Street"}]
                                                                          ^
        """])
    }

    @Test func fullNameInNotesBreaksAnonymity() {
        let (meetings, printed, _) = read("""
        [{"name": "A", "slug": "a", "day": 1, "time": "18:00", \(Self.place), "notes": "Ask for Mary Johnson at the door. Bill W. chairs."}]
        """)
        #expect(meetings.count == 1)
        #expect(printed == ["""
        Content/meetings/test.json:1:129: warning: meeting 'A': 'notes' seems to name a person in full ('Mary Johnson'); meeting lists keep members anonymous, with first names and last initials only
        [{"name": "A", "slug": "a", "day": 1, "time": "18:00", "address": "12 Elm Street", "city": "Riverbend", "state": "MO", "notes": "Ask for Mary Johnson at the door. Bill W. chairs."}]
                                                                                                                                        ^
        """])
    }

    @Test func anonymousNotesPass() {
        for note in ["Bill W. chairs", "Grace Church basement", "Contact Maria at the door", "Meets at John Street Hall", "Dr. Bob's story"] {
            #expect(FullNameFinder.firstFullName(in: note) == nil, "\(note)")
        }
    }

    @Test func passwordInJoinLinkIsReported() {
        let (meetings, printed, _) = read("""
        [{"name": "A", "slug": "a", "day": 1, "time": "18:00", "conference_url": "https://meet.example.org/j/123?pwd=abc"}]
        """)
        #expect(meetings.first?.conference?.url == "https://meet.example.org/j/123?pwd=abc")
        #expect(printed == ["""
        Content/meetings/test.json:1:74: warning: meeting 'A': 'conference_url' carries a password ('pwd='); anyone who reads the page can join with it. If the group did not mean to publish it, remove it from the list
        [{"name": "A", "slug": "a", "day": 1, "time": "18:00", "conference_url": "https://meet.example.org/j/123?pwd=abc"}]
                                                                                 ^
        """])
    }

    @Test func meetingWithoutNameIsSkipped() {
        let (_, printed, report) = read("""
        [{"slug": "a", "day": 1, "time": "18:00", \(Self.place)}, 7]
        """)
        #expect(printed.count == 2)
        #expect(report == "Content/meetings/test.json: 2 meetings read, 0 published, 2 skipped (1 not a meeting, 1 no name)")
    }

    // MARK: - Errors: the list cannot be read

    @Test func jsonSyntaxErrorIsAnError() {
        let (_, diagnostics) = MeetingDirectory.reading("[\n  {\"name\": \"A\",}\n]", path: Self.path, timeZone: "America/Chicago")
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.severity == .error)
        #expect(diagnostics.first?.location.line == 2)
    }

    @Test func topLevelThatIsNotAListIsAnError() {
        let (_, diagnostics) = MeetingDirectory.reading("{\"meetings\": []}", path: Self.path, timeZone: "America/Chicago")
        #expect(diagnostics.map(\.description) == ["""
        Content/meetings/test.json:1:1: error: a meeting list must be a list of meetings ([ {...}, {...} ]), found an object
        {"meetings": []}
        ^
        """])
    }

    @Test func csvWithBrokenQuoteIsAnError() {
        let (_, diagnostics) = MeetingDirectory.reading("Name,Day,Time\n\"Open door,Monday,18:00\n", path: "Content/meetings/list.csv", timeZone: "America/Chicago")
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.severity == .error)
        #expect(diagnostics.first?.location.line == 2)
        #expect(diagnostics.first?.location.column == 1)
    }

    // MARK: - Other formats

    @Test func readsThePluginTableExport() {
        let csv = """
        Time,End Time,Day,Name,Location,Address,Region,Sub Region,Types,Notes,Slug,Conference URL,Contact 1 Name,Contact 1 Phone
        6:00 PM,,Monday,After Work,Mill Hall,"12 Elm Street, Riverbend, MO 65430, USA",Riverbend,Old Mill,"Open, Wheelchair Access",,after-work,,Sam,555-0100
        7:30 PM,8:30 PM,Friday,Web Night,,,Riverbend,,"Closed, Online Meeting",,web-night,https://meet.example.org/j/9,,
        """
        let (meetings, printed, report) = read(csv, path: "Content/meetings/list.csv")
        #expect(printed.count == 1) // the note about 12-hour times
        #expect(report == "Content/meetings/list.csv: 2 meetings read, 2 published, 0 skipped")
        #expect(meetings.map(\.slug) == ["after-work", "web-night"])
        #expect(meetings[0].types.map(\.code).sorted() == ["O", "X"])
        #expect(meetings[0].regions == ["Riverbend", "Old Mill"])
        #expect(meetings[0].attendance == .inPerson)
        #expect(meetings[1].attendance == .online)
        #expect(meetings[1].types.map(\.code) == ["C"])
    }

    @Test func readsAHandKeptYAMLList() {
        let yaml = """
        - name: Saturday Hope
          slug: saturday-hope
          day: Saturday
          time: "10:00"
          address: 3 Oak Lane
          city: Millbrook
          types: [O, BE]
          hide: [feed]
        """
        let (meetings, printed, _) = read(yaml, path: "Content/meetings/local.yml")
        #expect(printed == [])
        #expect(meetings.first?.hidden == [.feed])
        #expect(meetings.first?.types.map(\.code).sorted() == ["BE", "O"])
    }

    // MARK: - The feed out

    @Test func importExportImportGivesTheSameMeetings() {
        let list = """
        [
          {"name": "Room", "slug": "room", "day": [1, 3], "time": "09:00", "types": ["O", "S"], \(Self.place), "regions": ["Riverbend", "Old Mill"], "notes": "Side door", "updated": "2026-10-01 08:00:00", "group": "Morning Group"},
          {"name": "Screen", "slug": "screen", "day": 2, "time": "13:00", "end_time": "14:30", "conference_url": "https://meet.example.org/j/1", "conference_url_notes": "ID 1", "formatted_address": "Riverbend, MO, USA"},
          {"name": "Closed room", "slug": "closed", "day": 4, "time": "22:00", "types": ["TC", "C"], "conference_url": "https://meet.example.org/j/2", \(Self.place), "latitude": 38.6, "longitude": -91.9},
          {"name": "Call us", "slug": "call-us", "conference_phone": "+1-555-0100", "program": "aa"}
        ]
        """
        let first = MeetingDirectory.reading(list, path: Self.path, timeZone: "America/Chicago")
        #expect(first.diagnostics.isEmpty)
        let feed = String(decoding: first.directory.feed(), as: UTF8.self)
        let second = MeetingDirectory.reading(feed, path: "Output/meetings.json", timeZone: "America/Chicago")
        #expect(second.diagnostics.map(\.description) == [])
        // The feed writes every end time, so a second reading has none to work out.
        let strip = { (meetings: [Meeting]) in
            meetings.map { meeting -> Meeting in
                var copy = meeting
                copy.source = SourceLocation(file: "")
                if case .weekly(let day, let start, let end, _) = meeting.schedule { copy.schedule = .weekly(day: day, start: start, end: end, endIsDerived: false) }
                return copy
            }
        }
        #expect(strip(second.directory.meetings) == strip(first.directory.meetings))
        #expect(feed.contains("\"approximate\": \"yes\""))
        #expect(!feed.contains("\"day\": ["))
    }

    @Test func feedLeavesOutMeetingsHiddenFromIt() {
        let (directory, _) = MeetingDirectory.reading("""
        [{"name": "A", "slug": "a", "day": 1, "time": "18:00", \(Self.place), "hide": "feed"},
         {"name": "B", "slug": "b", "day": 1, "time": "18:00", \(Self.place), "contact_1_name": "Sam", "contact_1_phone": "555-0100"}]
        """, path: Self.path, timeZone: "America/Chicago")
        let feed = String(decoding: directory.feed(), as: UTF8.self)
        #expect(!feed.contains("\"a\""))
        #expect(feed.contains("\"b\""))
        #expect(!feed.contains("Sam"))
        #expect(!feed.contains("555-0100"))
    }

    // MARK: - Real lists

    /// The real feeds kept beside the project for trying the importer: every one is read
    /// without an error, and every warning has a place.
    @Test func readsEveryRealFeedWithLocatedWarnings() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../shared/meeting-feeds").standardizedFileURL
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        for name in names.sorted() where name.hasSuffix(".json") && name != "spec-types.json" {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            let (directory, diagnostics) = MeetingDirectory.reading(text, path: name, timeZone: "America/New_York")
            #expect(!diagnostics.contains { $0.severity == .error }, "\(name)")
            #expect(diagnostics.allSatisfy { $0.location.line != nil && $0.sourceLine != nil }, "\(name)")
            #expect(!directory.meetings.isEmpty, "\(name)")
        }
    }
}

extension MeetingImportTests {
    @Test(arguments: [
        ("2026-11-30 18:05:00", "2026-11-30 18:05:00"),
        ("2020-04-0416:50:58", "2020-04-04 16:50:58"),
        ("2026-11-30", "2026-11-30 00:00:00"),
        ("8/4/2022 9:46:59 AM", "2022-08-04 09:46:59"),
        ("12/15/2022 3:34:22 PM", "2022-12-15 15:34:22"),
    ])
    func readsUpdatedStampsAsListsWriteThem(written: String, read: String) {
        #expect(MeetingRecordReader.timestamp(written) == read)
    }

    @Test(arguments: ["2026-99-99 99:99:99", "2026-13-01", "2026-02-30 25:00:00", "tomorrow", "13/1/2026"])
    func refusesUpdatedStampsOutOfRange(written: String) {
        #expect(MeetingRecordReader.timestamp(written) == nil)
    }

    @Test func jsonIdBesideSlugIsNotADuplicate() {
        let (meetings, printed, _) = read("""
        [{"id": 7, "name": "A", "slug": "a", "day": 1, "time": "18:00", \(Self.place)}]
        """)
        #expect(printed == [])
        #expect(meetings.first?.slug == "a")
    }
}

extension MeetingImportTests {
    /// Found by the fuzzer: a point with one coordinate read could not be written back.
    @Test func coordinateWithoutItsPairIsLeftOut() {
        let (meetings, printed, _) = read("""
        [{"name": "A", "slug": "a", "day": 1, "time": "18:00", \(Self.place), "latitude": 91, "longitude": -91.9}]
        """)
        #expect(meetings.first?.location?.latitude == nil)
        #expect(meetings.first?.location?.longitude == nil)
        #expect(printed.map { $0.split(separator: "\n").first.map(String.init) ?? "" } == [
            "Content/meetings/test.json:1:132: warning: meeting 'A': 'latitude' must be a number from -90 to 90, found '91'; it is left out",
            "Content/meetings/test.json:1:149: warning: meeting 'A': 'longitude' is left out: a place needs both 'latitude' and 'longitude'",
        ])
    }

    /// Found by the fuzzer: a coordinate written as text ("06.5", ".5") was published as it was
    /// written, which is not a JSON number, and the published feed did not read back.
    @Test func coordinatesArePublishedAsJSONNumbers() {
        let (directory, _) = MeetingDirectory.reading("""
        [{"name": "A", "slug": "a", "day": 1, "time": "18:00", \(Self.place), "latitude": "06.5", "longitude": ".5"},
         {"name": "B", "slug": "b", "day": 2, "time": "18:00", \(Self.place), "latitude": "+38", "longitude": "-91.93712"}]
        """, path: "test.json", timeZone: "America/Chicago")
        #expect(directory.meetings.map { [$0.location?.latitude, $0.location?.longitude] } == [["6.5", "0.5"], ["38", "-91.93712"]])
        let feed = String(decoding: directory.feed(), as: UTF8.self)
        let (again, problems) = MeetingDirectory.reading(feed, path: "again.json", timeZone: "America/Chicago")
        #expect(problems.isEmpty)
        #expect(again.meetings.map(\.location?.latitude) == ["6.5", "38"])
    }
}

extension MeetingImportTests {
    /// Found by the fuzzer: a YAML error on a line with a lone carriage return (which YAML breaks
    /// at and the error's explanation did not) read past the end of the line.
    @Test func yamlErrorAfterALoneCarriageReturnIsReported() throws {
        let text = String(decoding: try #require(Data(base64Encoded: "TmFtZSxO4qmccw1PbGQiY29uZiJhZGRyZSJFeGFtcGxlIiwiZGF5IjoiMSIsInRpbWUiOmxfY29kZSI6ICIwMDAwMCIsCiAgICAiY291bnRyeSI6ICJOb3doZXJlIiwKICAgICJsYXRpIjE5OjAwIiwidHlwZXMiOlsiQyJdLCJsb2NhdGlvbiI6IkhhbGwiLCJhZGRyZXNzIjoiMiBFeGFtcGxlIFJvYWSwLCJjaXR5IjoiRXhhbXBsZXRvbiIsInVwZGF0ZWQiOiIyMDI2LTAyLTAyIDEyOjAwOjAwIn0seyJuYW1lIjoiT25saW5lIiwiZGF5Ijo1LCJ0aW1lIjoiIm5hbWUiOiJjb25mZXJlbmNlX3Bob25lIjoiKzAwIDAwMDAiLCJ0eXBlcyI6WyJPTkwiXXNzIjplcmVuXHJfdXJsIDoN")), as: UTF8.self)
        let (_, diagnostics) = MeetingDirectory.reading(text, path: "Content/meetings/list.yml", timeZone: "America/Chicago")
        #expect(diagnostics.contains { $0.severity == .error })
    }
}
