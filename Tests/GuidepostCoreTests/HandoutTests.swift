import Foundation
@testable import GuidepostCore
import Testing

/// `handouts:` in site.yml: which printable sheets exist, what each holds, and the mistakes a
/// publisher can make in the setting.
@Suite struct HandoutTests {
    static let settings = """
    title: Minimal Guide
    base_url: https://example.org/guide/
    timezone: America/Chicago
    meetings:
      - file: meetings/list.json
        region: Riverbend County
        hide: {quiet-hour: [print]}
    handouts:
      sheets: [help, group-types, meetings]
      qr_code: false

    """

    /// A meeting in `town` on `day` at `time`.
    static func meeting(_ slug: String, day: Int, time: String, town: String, extra: String = "") -> String {
        """
        {"name": "\(slug)", "slug": "\(slug)", "day": \(day), "time": "\(time)", "address": "1 Main Street", "city": "\(town)", "region": "\(town)", "types": ["O", "D"]\(extra)}
        """
    }

    static let list = "[" + [
        meeting("morning-light", day: 1, time: "07:00", town: "Riverbend"),
        meeting("quiet-hour", day: 2, time: "21:00", town: "Riverbend"),
        meeting("harbor", day: 3, time: "19:00", town: "Eastbank"),
        #"{"name": "Night Owls", "slug": "night-owls", "day": 5, "time": "22:00", "conference_url": "https://meet.example.org/j/1", "conference_phone": "+15555550100", "types": ["C"]}"#,
    ].joined(separator: ",\n") + "]"

    /// Templates that print the values a sheet gets, one per line.
    static let templates: [String: String?] = [
        "Templates/handouts.mustache": "{{#page.sheets}}{{url}} {{title}}\n{{/page.sheets}}",
        "Templates/handout.mustache": """
        {{page.title}}
        {{#page.types}}type {{name}}: {{#groups}}{{name}}{{#website}} {{.}}{{/website}};{{/groups}}
        {{/page.types}}{{#page.meetings}}meetings {{count}} {{address}}
        {{/page.meetings}}{{#page.groups}}group {{name}}{{#facts}} [{{label}}: {{{value}}}]{{/facts}}
        {{/page.groups}}{{#page.days}}day {{name}}:{{#meetings}} {{start}} {{name}} ({{codes}}){{#place}} at {{.}}{{/place}}{{#join}} join {{url}} {{phone}}{{/join}};{{/meetings}}
        {{/page.days}}{{#page.legend}}legend {{code}} {{name}}
        {{/page.legend}}{{#page.sheet}}made {{made_on.iso}} at {{address}}{{#qr_code}} qr{{/qr_code}}{{/page.sheet}}
        """,
    ] as [String: String?]

    static func files(settings: String = HandoutTests.settings, list: String = HandoutTests.list) -> [String: String?] {
        var files = CatalogTestSite.files()
        files.merge(MeetingSiteTests.templates.mapValues { $0 as String? }.reduce(into: [:]) { $0["Templates/\($1.key).mustache"] = $1.value }) { _, new in new }
        files.merge(templates) { _, new in new }
        files["Content/site.yml"] = settings
        files["Content/meetings/list.json"] = list
        return files
    }

    func render(_ files: [String: String?]) async throws -> [String: String] {
        let site = try TestSite(files: files)
        defer { site.remove() }
        var options = site.options()
        options.today = SiteDate(year: 2026, month: 12, day: 1)
        return try await SiteBuilder(options: options).render().pages
    }

    // MARK: - The sheets

    @Test func listsEverySheetOnTheIndexInTheOrderAsked() async throws {
        let pages = try await render(Self.files())
        let index = try #require(pages["handouts/index.html"])
        let addresses = index.split(separator: "\n").compactMap { line in
            line.range(of: "/guide/handouts/").map { String(line[$0.lowerBound...].prefix { $0 != " " }) }
        }
        #expect(addresses.first == "/guide/handouts/help-now/")
        #expect(addresses.contains("/guide/handouts/meetings-riverbend/"))
        #expect(addresses.contains("/guide/handouts/meetings-eastbank/"))
        #expect(addresses.last == "/guide/handouts/meetings-online/")
        for address in addresses {
            #expect(pages[String(address.dropFirst("/guide/".count)) + "index.html"] != nil, "\(address)")
        }
    }

    @Test func theHelpSheetListsTheTypesWithTheirGroupsAndTheMeetingCount() async throws {
        let sheet = try #require(try await render(Self.files())["handouts/help-now/index.html"])
        #expect(sheet.contains("type "))
        #expect(sheet.contains("meetings 3 https://example.org/guide/meetings/"))  // quiet-hour is hidden from print
        #expect(sheet.contains("made 2026-12-01 at https://example.org/guide/handouts/help-now/"))
        #expect(!sheet.contains(" qr"))
    }

    @Test func eachSheetCarriesAQRCodeOfItsAddressUnlessTurnedOff() async throws {
        let settings = Self.settings.replacingOccurrences(of: "  qr_code: false\n", with: "")
        let pages = try await render(Self.files(settings: settings, list: Self.list))
        let sheets = pages.filter { $0.key.hasPrefix("handouts/") && $0.key != "handouts/index.html" }
        #expect(sheets.count >= 4)
        for (path, sheet) in sheets {
            #expect(sheet.contains(" qr</main>"), "\(path)")
        }
        let context = try #require(try await qrCode(settings: settings))
        #expect(context.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr-code\""))
        #expect(context.contains("<title id=\"sheet-qr-title\">QR code of this sheet&#39;s address: https://example.org/guide/handouts/help-now/</title>"))
        #expect(try await qrCode(settings: Self.settings) == nil)
    }

    /// The QR code the help sheet's template gets, when it gets one.
    func qrCode(settings: String) async throws -> String? {
        var files = Self.files(settings: settings)
        files["Templates/handout.mustache"] = "{{#page.sheet.qr_code}}{{{.}}}{{/page.sheet.qr_code}}"
        return try await render(files)["handouts/help-now/index.html"]?.components(separatedBy: "<main>").last?
            .components(separatedBy: "</main>").first.flatMap { $0.isEmpty ? nil : $0 }
    }

    @Test func aMeetingSheetHasItsDaysLegendAndJoinDetails() async throws {
        let pages = try await render(Self.files())
        let riverbend = try #require(pages["handouts/meetings-riverbend/index.html"])
        #expect(riverbend.contains("day Monday: 7:00 AM morning-light (D O) at 1 Main Street, Riverbend;"))
        #expect(!riverbend.contains("quiet-hour"))
        #expect(riverbend.contains("legend D Discussion"))
        #expect(riverbend.contains("legend O Open"))
        let online = try #require(pages["handouts/meetings-online/index.html"])
        #expect(online.contains("Night Owls (C) join https://meet.example.org/j/1 +15555550100;"))
    }

    @Test func aRegionWithMoreMeetingsThanAPageHoldsIsSplitAtTheStartOfADay() async throws {
        // Ten meetings a day for a week: 7 × (2 + 10 × 3) = 224 lines, three sheets.
        var meetings: [String] = []
        for day in 0..<7 {
            for hour in 8..<18 { meetings.append(Self.meeting("m-\(day)-\(hour)", day: day, time: "\(hour):00", town: "Riverbend")) }
        }
        let pages = try await render(Self.files(list: "[" + meetings.joined(separator: ",") + "]"))
        let sheets = pages.keys.filter { $0.hasPrefix("handouts/meetings-") }.sorted()
        // Every meeting is in one place: the sheets are the week's, not a region's.
        #expect(sheets == [
            "handouts/meetings-all-sunday/index.html", "handouts/meetings-all-tuesday/index.html",
            "handouts/meetings-all-thursday/index.html", "handouts/meetings-all-saturday/index.html",
        ].sorted())
        var seen = 0
        for sheet in sheets {
            let text = try #require(pages[sheet])
            let days = text.split(separator: "\n").filter { $0.hasPrefix("day ") }
            let lines = days.count * 2 + text.components(separatedBy: " (D O) at ").count * 3 - 3
            #expect(lines <= HandoutPageBuilder.linesPerSheet, "\(sheet)")
            seen += text.components(separatedBy: " (D O) at ").count - 1
        }
        #expect(seen == 70)
        #expect(pages["handouts/meetings-all-tuesday/index.html"]?.contains("Meetings this week: Tuesday to Wednesday\n") == true)
    }

    @Test func aTypeSheetShowsTheFactsReadersSeeFirst() async throws {
        let pages = try await render(Self.files())
        let sheets = pages.keys.filter { $0.hasPrefix("handouts/groups-") }
        #expect(!sheets.isEmpty)
        let all = sheets.compactMap { pages[$0] }.joined()
        #expect(all.contains("group "))
        #expect(all.contains(": "))
    }

    @Test func aSiteWithoutHandoutsHasNoSheetsAndNoLinkToThem() async throws {
        let settings = Self.settings.components(separatedBy: "handouts:")[0]
        var files = Self.files(settings: settings)
        files["Templates/handout.mustache"] = nil
        files["Templates/handouts.mustache"] = nil
        let pages = try await render(files)
        #expect(!pages.keys.contains { $0.hasPrefix("handouts/") })
    }

    @Test func onlyTheSheetsAskedForArePublished() async throws {
        let settings = Self.settings.replacingOccurrences(of: "sheets: [help, group-types, meetings]", with: "sheets: [meetings]")
        let pages = try await render(Self.files(settings: settings))
        #expect(pages["handouts/help-now/index.html"] == nil)
        #expect(!pages.keys.contains { $0.hasPrefix("handouts/groups-") })
        #expect(pages["handouts/meetings-online/index.html"] != nil)
    }

    @Test func theListFormNeedsNoMapping() async throws {
        let settings = Self.settings.replacingOccurrences(of: "handouts:\n  sheets: [help, group-types, meetings]\n  qr_code: false\n", with: "handouts: [help]\n")
        let pages = try await render(Self.files(settings: settings))
        #expect(pages["handouts/help-now/index.html"] != nil)
        #expect(pages["handouts/meetings-online/index.html"] == nil)
    }

    // MARK: - Mistakes

    func failure(_ handouts: String, meetings: Bool = true) async throws -> String {
        var settings = Self.settings.components(separatedBy: "handouts:")[0] + handouts
        if !meetings { settings = settings.replacingOccurrences(of: "meetings:\n  - file: meetings/list.json\n    region: Riverbend County\n    hide: {quiet-hour: [print]}\n", with: "") }
        let site = try TestSite(files: Self.files(settings: settings))
        defer { site.remove() }
        return await site.failure()
    }

    @Test func anUnknownSheetIsAnErrorWithASuggestion() async throws {
        #expect(try await failure("handouts: [help, meeting]\n") == """
        Content/site.yml:8:18: error: unknown handout 'meeting': the sheets are help, group-types, meetings; did you mean 'meetings'?
        handouts: [help, meeting]
                         ^
        """)
    }

    @Test func aSheetListedTwiceIsAnError() async throws {
        #expect(try await failure("handouts:\n  sheets: [help, help]\n") == """
        Content/site.yml:9:18: error: the handout 'help' is listed twice
          sheets: [help, help]
                         ^
        """)
    }

    @Test func aQRCodeSettingThatIsNotYesOrNoIsAnError() async throws {
        let message = try await failure("handouts:\n  sheets: [help]\n  qr_code: maybe\n")
        #expect(message.hasPrefix("Content/site.yml:10:12: error: 'qr_code' must be true or false, found 'maybe'"))
        #expect(message.contains("qr_code"))
    }

    @Test func anUnknownKeyOrMissingSheetsIsAnError() async throws {
        let message = try await failure("handouts:\n  sheet: [help]\n")
        #expect(message.contains("Content/site.yml:9:3: error: unknown key 'sheet' in 'handouts'; did you mean 'sheets'?"))
        #expect(message.contains("Content/site.yml:9:3: error: 'handouts' needs 'sheets'"))
    }

    @Test func aMeetingSheetWithoutMeetingsIsAnError() async throws {
        let message = try await failure("handouts: [meetings]\n", meetings: false)
        #expect(message.contains("error: the 'meetings' handout needs meetings"))
    }

    // MARK: - The date printed

    @Test(arguments: [
        (0, SiteDate(year: 1970, month: 1, day: 1)), (59, SiteDate(year: 1970, month: 3, day: 1)),
        (11_016, SiteDate(year: 2000, month: 2, day: 29)), (20_788, SiteDate(year: 2026, month: 12, day: 1)),
        (-1, SiteDate(year: 1969, month: 12, day: 31)),
    ])
    func countsDaysFrom1970LikeTheCalendar(days: Int, date: SiteDate) {
        #expect(SiteDate(daysSince1970: days) == date)
    }

    // MARK: - The example guide

    @Test func theExampleGuidesSheetsAreInEachEditionsLanguage() async throws {
        var options = BuildOptions(root: TestSite.repositoryRoot, displayRoot: "")
        options.today = SiteDate(year: 2026, month: 12, day: 1)
        let pages = try await SiteBuilder(options: options).render().pages
        let english = try #require(pages["handouts/help-now/index.html"])
        #expect(english.contains("<h1>Help now and local groups</h1>"))
        #expect(english.contains("<time datetime=\"2026-12-01\">1 December 2026</time>"))
        #expect(english.contains("https://guide.riverbend-recovery.example/handouts/help-now/"))
        let spanish = try #require(pages["es/handouts/help-now/index.html"])
        #expect(spanish.contains("<h1>Ayuda ahora y grupos locales</h1>"))
        #expect(spanish.contains("<time datetime=\"2026-12-01\">1 de diciembre de 2026</time>"))
        #expect(spanish.contains("href=\"tel:988\""))
        #expect(spanish.contains("<title id=\"sheet-qr-title\">Código QR de la dirección de esta hoja: https://guide.riverbend-recovery.example/es/handouts/help-now/</title>"))
        #expect(pages["index.html"]?.contains("href=\"/handouts/\"") == true)
    }
}
