import Foundation
import Testing
@testable import GuidepostCore

/// Meeting lists in a site: settings, errors that stop a build, strictness, the published feed.
@Suite struct MeetingSiteTests {
    static let settings = """
    title: Minimal Guide
    base_url: https://example.org/guide/
    timezone: America/Chicago
    meetings:
      - file: meetings/list.json
        region: Riverbend County

    """
    static let list = """
    [
      {"name": "Morning Light", "slug": "morning-light", "day": 1, "time": "07:00", "address": "12 Elm Street", "city": "Riverbend", "types": ["O"]},
      {"name": "Night Owls", "slug": "night-owls", "day": 5, "time": "22:00", "conference_url": "https://meet.example.org/j/1", "formatted_address": "Riverbend, MO, USA"}
    ]
    """

    /// The directory's templates, small: the fixture theme has none.
    static let templates = [
        "meetings": "<h1>{{page.title}}</h1>{{#page.directory}}{{#days}}<a href=\"{{url}}\">{{name}}</a>{{/days}}{{/page.directory}}",
        "meeting-list": "<h1>{{page.title}}</h1>{{#page.groups}}<h2>{{title}}</h2>{{#meetings}}<a href=\"{{url}}\">{{start}} {{name}}</a>{{/meetings}}{{/page.groups}}",
        "meeting": "{{#page.meeting}}<h1>{{name}}</h1><p>{{day_name}} {{start}} {{place}}</p>{{/page.meeting}}",
    ]

    func site(settings: String = MeetingSiteTests.settings, list: String? = MeetingSiteTests.list) throws -> TestSite {
        var files: [String: String?] = ["Content/site.yml": settings]
        for (name, text) in Self.templates { files["Templates/\(name).mustache"] = text }
        if let list { files["Content/meetings/list.json"] = list }
        return try TestSite(files: files)
    }

    @Test func publishesTheFeedAndReportsEachList() async throws {
        let site = try site()
        defer { site.remove() }
        let rendered = try await site.render()
        let feed = try #require(rendered.pages["meetings.json"])
        #expect(feed.contains("\"slug\": \"morning-light\""))
        #expect(feed.contains("\"regions\": [\"Riverbend County\"]"))
        #expect(rendered.meetings.reports.map(\.description) == ["Content/meetings/list.json: 2 meetings read, 2 published, 0 skipped"])
        #expect(rendered.warnings.isEmpty)
    }

    @Test func aSiteWithoutMeetingsPublishesNoFeed() async throws {
        let site = try TestSite()
        defer { site.remove() }
        let rendered = try await site.render()
        #expect(rendered.pages["meetings.json"] == nil)
    }

    @Test func meetingsWithoutTimeZoneAreAnError() async throws {
        let site = try site(settings: "title: T\nbase_url: https://example.org/\nmeetings: meetings/list.json\n")
        defer { site.remove() }
        #expect(await site.failure() == """
        Content/site.yml:3:11: error: a site with meetings needs 'timezone', the time zone its meeting times are in, such as 'timezone: America/Chicago'
        meetings: meetings/list.json
                  ^
        """)
    }

    @Test func unknownTimeZoneIsAnErrorWithASuggestion() async throws {
        let site = try site(settings: "title: T\nbase_url: https://example.org/\ntimezone: America/Chicgo\nmeetings: meetings/list.json\n")
        defer { site.remove() }
        #expect(await site.failure() == """
        Content/site.yml:3:11: error: 'timezone' must be a time zone name such as America/Chicago or Europe/Madrid, found 'America/Chicgo'; did you mean 'America/Chicago'?
        timezone: America/Chicgo
                  ^
        """)
    }

    @Test func missingListFileIsAnError() async throws {
        let site = try site(list: nil)
        defer { site.remove() }
        #expect(await site.failure() == """
        Content/site.yml:5:11: error: meeting list 'meetings/list.json' not found: Content/meetings/list.json does not exist
          - file: meetings/list.json
                  ^
        """)
    }

    @Test func listOutsideContentOrOfUnknownFormatIsAnError() async throws {
        let site = try site(settings: "title: T\nbase_url: https://example.org/\ntimezone: America/Chicago\nmeetings: [../list.json, meetings/list.txt]\n")
        defer { site.remove() }
        let failure = await site.failure()
        #expect(failure.contains("Content/site.yml:4:12: error: a meeting list must be a file under Content/ written relative to it"))
        #expect(failure.contains("Content/site.yml:4:26: error: a meeting list must be a Meeting Guide .json file, a .csv table or a .yml list, found 'meetings/list.txt'"))
    }

    @Test func malformedListStopsTheBuildAndLeavesOutputAsItWas() async throws {
        let site = try site()
        defer { site.remove() }
        _ = try await SiteBuilder(options: site.options()).build()
        let before = TestSite.snapshot(of: site.output)
        try site.write("Content/meetings/list.json", "[\n  {\"name\": \"A\" \"slug\": \"a\"}\n]\n")
        let failure = await site.failure()
        #expect(failure.hasPrefix("Content/meetings/list.json:2:"))
        #expect(failure.contains("error:"))
        do {
            _ = try await SiteBuilder(options: site.options()).build()
            Issue.record("the build succeeded")
        } catch {}
        #expect(TestSite.snapshot(of: site.output) == before)
    }

    @Test func strictBuildTurnsListWarningsIntoErrors() async throws {
        let list = """
        [{"name": "A", "slug": "a", "day": 1, "time": "18:00", "address": "12 Elm Street", "city": "Riverbend", "types": ["OPN"]}]
        """
        let site = try site(list: list)
        defer { site.remove() }
        let lenient = try await site.render()
        #expect(lenient.warnings.map(\.severity) == [.warning])
        var options = site.options()
        options.strict = true
        do {
            _ = try await SiteBuilder(options: options).render()
            Issue.record("a strict build accepted a warning")
        } catch let failure as BuildFailure {
            #expect(failure.diagnostics.map(\.severity) == [.error])
            #expect(failure.diagnostics.first?.message.contains("unknown meeting type 'OPN'") == true)
        }
    }

    @Test func unknownProgramInSettingsIsAnError() async throws {
        let settings = MeetingSiteTests.settings + "    program: aa\n"
        let site = try site(settings: settings)
        defer { site.remove() }
        #expect(await site.failure() == """
        Content/site.yml:7:14: error: 'program' must be the id of a group in the catalog, found 'aa'
            program: aa
                     ^
        """)
    }

    @Test func previewRebuildAfterAListEditMatchesABuild() async throws {
        let site = try site()
        defer { site.remove() }
        var preview = IncrementalSiteBuilder(options: site.options())
        _ = await preview.build()
        let edited = MeetingSiteTests.list.replacingOccurrences(of: "Morning Light", with: "Morning Star")
        try site.write("Content/meetings/list.json", edited)
        guard case .success(let update) = await preview.build(changedFiles: ["Content/meetings/list.json"]) else {
            Issue.record("the preview failed")
            return
        }
        #expect(update.changedPaths.contains("meetings.json"))
        let full = try await site.render()
        if case .data(let data) = update.files["meetings.json"] {
            #expect(String(decoding: data, as: UTF8.self) == full.pages["meetings.json"])
        } else {
            Issue.record("no feed in the preview")
        }
    }
}

extension MeetingSiteTests {
    @Test func articlesEmbedMeetingListsAndLinkToMeetings() async throws {
        let site = try site()
        try site.write("Content/learn/find.md", """
        ---
        title: Find a meeting
        ---
        See [Morning Light](meeting:morning-light).

        ```meetings kind=O day=monday
        ```

        ```meetings attendance=online
        ```
        """)
        defer { site.remove() }
        let rendered = try await site.render()
        let page = try #require(rendered.pages["learn/find/index.html"])
        #expect(page.contains("<a href=\"/guide/meetings/morning-light/\">Morning Light</a>"))
        #expect(page.contains("<a class=\"meeting-name\" href=\"/guide/meetings/morning-light/\">Morning Light</a>"))
        #expect(page.contains("<a class=\"meeting-name\" href=\"/guide/meetings/night-owls/\">Night Owls</a>"))
        #expect(rendered.pages["meetings/morning-light/index.html"] != nil)
    }

    @Test func meetingBlocksAndLinksAreCheckedAtTheirPlace() async throws {
        let site = try site()
        try site.write("Content/learn/find.md", """
        ---
        title: Find a meeting
        ---
        See [the morning](meeting:morning-lite).

        ```meetings kind=Spanisch
        ```

        ```meetings region=Millbrok colour=blue
        ```
        """)
        defer { site.remove() }
        #expect(await site.failure() == """
        Content/learn/find.md:4:5: error: unknown meeting 'morning-lite' in link 'meeting:morning-lite'; did you mean 'morning-light'?
        See [the morning](meeting:morning-lite).
            ^
        Content/learn/find.md:6:13: error: unknown meeting type 'Spanisch'; did you mean 'Spanish'?
        ```meetings kind=Spanisch
                    ^
        Content/learn/find.md:9:13: error: no meeting is in the region 'Millbrok'
        ```meetings region=Millbrok colour=blue
                    ^
        """)
    }
}

extension MeetingSiteTests {
    @Test func longListsGoOnToPagesOfTheirOwn() async throws {
        let rows = (0..<5).map { #"{"name": "Meeting \#($0)", "slug": "m\#($0)", "day": 2, "time": "1\#($0):00", "address": "12 Elm Street", "city": "Riverbend"}"# }
        let settings = MeetingSiteTests.settings + "meeting_directory:\n  paginate: 2\n"
        let site = try site(settings: settings, list: "[" + rows.joined(separator: ",\n") + "]")
        defer { site.remove() }
        let pages = try await site.render().pages
        #expect(pages["meetings/tuesday/index.html"]?.contains("Meeting 1") == true)
        #expect(pages["meetings/tuesday/index.html"]?.contains("Meeting 2") == false)
        #expect(pages["meetings/tuesday/page/2/index.html"]?.contains("Meeting 3") == true)
        #expect(pages["meetings/tuesday/page/3/index.html"]?.contains("Meeting 4") == true)
        #expect(pages["meetings/tuesday/page/4/index.html"] == nil)
        #expect(pages["meetings/wednesday/index.html"] != nil)
        #expect(pages["meetings/wednesday/page/2/index.html"] == nil)
        let sitemap = try #require(pages["sitemap.xml"])
        #expect(sitemap.contains("https://example.org/guide/meetings/tuesday/page/2/"))
        #expect(sitemap.contains("https://example.org/guide/meetings/m4/"))
    }
}
