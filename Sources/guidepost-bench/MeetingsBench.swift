import Foundation
import GuidepostCore

/// The meetings case of the benchmark: a generated Meeting Guide feed of `count` meetings,
/// read and checked in this process (the time a build spends on it), then published by a
/// whole build of a small site, for time and memory beside the article builds.
struct MeetingsBench {
    let count: Int
    let work: URL
    let corpus: BenchCorpus
    let templates: URL
    let exampleCatalog: URL
    let guidepost: String
    let runs: Int

    struct Result {
        var meetings: Int
        var feedBytes: Int
        /// Reading and checking the feed in this process, each run.
        var readMilliseconds: [Double]
        var warnings: Int
        var build: BenchReport.FullBuild

        var summary: String {
            String(format: "meetings, %d in a %.1f MB feed: read and checked in a median %.1f ms (%d warnings); a site with %d articles and the directory, %d pages, built in %.0f ms (%.0f µs a page), peak %.0f MB",
                   meetings, Double(feedBytes) / 1_000_000, BenchReport.median(readMilliseconds), warnings, build.articles,
                   build.pages, build.medianMilliseconds, build.microsecondsPerPage, build.peakMegabytes)
        }
    }

    func run() throws -> Result {
        let feed = Self.feed(count: count)
        var samples: [Double] = []
        var warnings = 0
        let clock = ContinuousClock()
        for _ in 0..<max(runs, 5) {
            let start = clock.now
            let (_, diagnostics) = MeetingDirectory.reading(feed, path: "meetings/bench.json", timeZone: "America/Chicago")
            let elapsed = clock.now - start
            samples.append(Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000)
            warnings = diagnostics.count
        }
        let site = work.appendingPathComponent("guidepost-meetings-\(count)")
        try corpus.writeGuidepostSite(to: site, templates: templates, exampleCatalog: exampleCatalog)
        let content = site.appendingPathComponent("Content")
        try FileManager.default.createDirectory(at: content.appendingPathComponent("meetings"), withIntermediateDirectories: true)
        try Data(feed.utf8).write(to: content.appendingPathComponent("meetings/bench.json"))
        let settings = content.appendingPathComponent("site.yml")
        let text = try String(contentsOf: settings, encoding: .utf8) + "timezone: America/Chicago\nmeetings: meetings/bench.json\n"
        try Data(text.utf8).write(to: settings)
        let process = MeasuredProcess(executable: guidepost, arguments: ["build", "--root", site.path])
        _ = try process.run()
        var builds: [MeasuredProcess.Measurement] = []
        for _ in 0..<runs { builds.append(try process.run()) }
        let build = BenchReport.FullBuild(
            tool: "Guidepost, \(count) meetings", articles: corpus.articles,
            pages: GuidepostBench.countPages(in: site.appendingPathComponent("Output")), samples: builds
        )
        try? FileManager.default.removeItem(at: site)
        return Result(meetings: count, feedBytes: feed.utf8.count, readMilliseconds: samples, warnings: warnings, build: build)
    }

    /// A feed as an intergroup's site exports it: in person, online and hybrid meetings over
    /// the week, with notes, regions and several types each; about 800 bytes a meeting, 1.6 MB for 2,000.
    static func feed(count: Int) -> String {
        let names = ["Serenity", "Hope", "New Beginnings", "Keep It Simple", "Step by Step", "Daily Reflections", "Big Book", "Candlelight", "Sunrise", "Night Owls"]
        let towns = ["Riverbend", "Millbrook", "Cedar Hollow", "Eastbank", "Pine Ridge"]
        let typeSets = [["O", "D"], ["C", "B", "X"], ["O", "SP", "W"], ["C", "ST", "M"], ["O", "S", "BE"], ["O", "LGBTQ", "D", "X"], ["C", "11", "MED"]]
        var json = "[\n"
        for index in 0..<count {
            let town = towns[index % towns.count]
            let hour = 6 + (index * 7) % 16
            let minute = (index % 4) * 15
            let types = typeSets[index % typeSets.count].map { "\"\($0)\"" }.joined(separator: ", ")
            var record = """
              {
                "name": "\(names[index % names.count]) \(town) \(index)",
                "slug": "meeting-\(index)",
                "day": \(index % 7),
                "time": "\(hour < 10 ? "0" : "")\(hour):\(minute == 0 ? "00" : "\(minute)")",
                "end_time": "\(hour + 1 < 10 ? "0" : "")\(hour + 1):\(minute == 0 ? "00" : "\(minute)")",
                "types": [\(types)],
                "notes": "Meeting \(index) of the benchmark list. Coffee before the meeting; literature on the table by the door. Parking behind the hall; the bus stops at the corner.",
                "region": "\(town)",
                "sub_region": "District \(index % 9 + 1)",
                "group": "\(names[index % names.count]) Group",
                "updated": "2026-11-\(10 + index % 18) 12:00:00"
            """
            if index % 5 != 4 {
                record += """
                ,
                    "location": "\(town) Community Hall \(index % 40)",
                    "location_notes": "Use the side entrance; the room is on the ground floor, past the kitchen.",
                    "address": "\(100 + index) Mill Street",
                    "city": "\(town)",
                    "state": "MO",
                    "postal_code": "654\(30 + index % 50)",
                    "country": "US",
                    "latitude": 38.\(60000 + index % 9000),
                    "longitude": -91.\(90000 + index % 9000)
                """
            } else {
                record += ",\n    \"formatted_address\": \"\(town), MO, USA\""
            }
            if index % 5 >= 3 {
                record += ",\n    \"conference_url\": \"https://meet.example.org/j/\(800000000 + index)\",\n    \"conference_url_notes\": \"Meeting ID \(800000000 + index)\""
            }
            json += record + "\n  }" + (index == count - 1 ? "\n" : ",\n")
        }
        return json + "]\n"
    }
}
