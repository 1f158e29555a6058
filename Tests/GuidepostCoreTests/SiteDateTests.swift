@testable import GuidepostCore
import Testing

@Suite struct SiteDateTests {
    @Test func parsesPlainDates() throws {
        let date = try SiteDate.parse("2026-09-04").get()
        #expect(date.iso == "2026-09-04")
        #expect(date.display == "4 September 2026")
        #expect(date.time == nil)
    }

    @Test func parsesDatesWithTimes() throws {
        #expect(try SiteDate.parse("2026-09-04T18:30:00Z").get().time == "18:30:00Z")
        #expect(try SiteDate.parse("2026-09-04 08:05").get().time == "08:05")
    }

    @Test func knowsLeapYears() {
        #expect((try? SiteDate.parse("2028-02-29").get()) != nil)
        #expect((try? SiteDate.parse("2100-02-29").get()) == nil)
    }

    @Test(arguments: [
        ("2026-13-01", "there is no month 13"),
        ("2026-04-31", "April 2026 has no day 31"),
        ("14/09/2026", "it is not in the form YYYY-MM-DD"),
        ("2026-09-14x", "unexpected text after the date"),
        ("2026-09-14T25:00", "'25:00' is not a time of day"),
    ])
    func rejectsInvalidDates(_ text: String, _ reason: String) {
        guard case .failure(let problem) = SiteDate.parse(text) else {
            Issue.record("\(text) was accepted")
            return
        }
        #expect(problem.reason == reason)
    }

    @Test func ordersByDayThenTime() throws {
        let dates = try ["2026-09-14T10:00", "2026-01-02", "2026-09-14"].map { try SiteDate.parse($0).get() }
        #expect(dates.sorted().map(\.iso) == ["2026-01-02", "2026-09-14", "2026-09-14"])
        #expect(dates.sorted().last?.time == "10:00")
    }
}
