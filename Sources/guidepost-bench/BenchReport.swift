import Foundation

/// The benchmark's figures, printed and written into `docs/benchmarks.md` between two marker
/// comments, so the rest of that page stays as it is.
struct BenchReport {
    static let begin = "<!-- guidepost-bench:begin -->"
    static let end = "<!-- guidepost-bench:end -->"

    struct Machine {
        var cores: Int
        var memoryGiB: Double
        var cpu: String
        var hugoVersion: String?
        var date: String

        static func current(hugo: String?) -> Machine {
            let cpuInfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
            let cpu = cpuInfo.split(separator: "\n").first { $0.hasPrefix("model name") }
                .map { String($0.split(separator: ":", maxSplits: 1).last ?? "").trimmingCharacters(in: .whitespaces) } ?? "unknown"
            let formatter = DateFormatter()
            formatter.dateFormat = "yyyy-MM-dd"
            formatter.timeZone = TimeZone(identifier: "UTC")
            return Machine(
                cores: ProcessInfo.processInfo.activeProcessorCount,
                memoryGiB: Double(ProcessInfo.processInfo.physicalMemory) / 1_073_741_824,
                cpu: cpu,
                hugoVersion: hugo.map { Self.output(of: $0, ["version"]) },
                date: formatter.string(from: Date())
            )
        }

        private static func output(of program: String, _ arguments: [String]) -> String {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: program)
            process.arguments = arguments
            let pipe = Pipe()
            process.standardOutput = pipe
            guard (try? process.run()) != nil else { return "unknown" }
            let data = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        }

        var summary: String {
            String(format: "%@, %d cores, %.0f GiB; %@", date, cores, memoryGiB, cpu) + (hugoVersion.map { "; \($0)" } ?? "")
        }
    }

    struct FullBuild {
        var tool: String
        var articles: Int
        var pages: Int
        var samples: [MeasuredProcess.Measurement]

        var medianMilliseconds: Double { BenchReport.median(samples.map(\.milliseconds)) }
        var peakMegabytes: Double { Double(samples.map(\.peakKilobytes).max() ?? 0) / 1024 }
        var pagesPerSecond: Double { Double(pages) / (medianMilliseconds / 1000) }
        var microsecondsPerPage: Double { medianMilliseconds * 1000 / Double(max(pages, 1)) }

        var summary: String {
            String(format: "full build, %@, %d articles (%d pages): median %.0f ms, %.0f pages/s, %.0f µs a page, peak %.0f MB (%d runs)",
                   tool, articles, pages, medianMilliseconds, pagesPerSecond, microsecondsPerPage, peakMegabytes, samples.count)
        }
    }

    var machine: Machine
    var fullBuilds: [FullBuild] = []
    var incremental: [IncrementalCases.Result] = []
    var searches: [SearchDownloads.Result] = []
    var pagefind: PagefindMeasurement.Result?
    var largeBuilds: [FullBuild] = []
    var meetings: MeetingsBench.Result?

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }

    // MARK: - Markdown

    var markdown: String {
        var text = "\(Self.begin)\n"
        text += "Measured on \(machine.date) by `make bench`: \(machine.cores) cores, "
        text += String(format: "%.0f GiB of memory, %@. ", machine.memoryGiB, machine.cpu)
        text += "Guidepost release build; \(machine.hugoVersion ?? "Hugo not run").\n\n"
        text += "### Full builds\n\n"
        text += "Each tool ran as its own process, alternating Guidepost and Hugo, after one warm-up run each. "
        text += "Wall time is the median of the runs; peak memory is the largest resident set of any run.\n\n"
        text += "| Articles | Tool | Pages written | Median wall time | Pages per second | Time a page | Peak memory | Runs |\n"
        text += "|---:|---|---:|---:|---:|---:|---:|---:|\n"
        for build in fullBuilds {
            text += String(format: "| %d | %@ | %d | %.0f ms | %.0f | %.0f µs | %.0f MB | %d |\n",
                           build.articles, build.tool, build.pages, build.medianMilliseconds, build.pagesPerSecond,
                           build.microsecondsPerPage, build.peakMegabytes, build.samples.count)
        }
        let sizes = Array(Set(fullBuilds.map(\.articles))).sorted()
        let ratios = sizes.compactMap { size -> String? in
            guard let guidepost = fullBuilds.first(where: { $0.articles == size && $0.tool == "Guidepost" }),
                  let hugo = fullBuilds.first(where: { $0.articles == size && $0.tool == "Hugo" }) else { return nil }
            return String(format: "| %d | %.2f | %.2f |\n", size, guidepost.medianMilliseconds / hugo.medianMilliseconds,
                          guidepost.peakMegabytes / hugo.peakMegabytes)
        }
        if !ratios.isEmpty {
            text += "\n| Articles | Wall time, Guidepost / Hugo | Peak memory, Guidepost / Hugo |\n|---:|---:|---:|\n"
            text += ratios.joined()
        }
        if !largeBuilds.isEmpty {
            text += "\nGuidepost alone on larger sites, for time and memory (one warm-up run, then the runs):\n\n"
            text += "| Articles | Pages written | Median wall time | Pages per second | Peak memory | Runs |\n|---:|---:|---:|---:|---:|---:|\n"
            for build in largeBuilds {
                text += String(format: "| %d | %d | %.0f ms | %.0f | %.0f MB | %d |\n", build.articles, build.pages, build.medianMilliseconds,
                               build.pagesPerSecond, build.peakMegabytes, build.samples.count)
            }
        }
        if let meetings {
            text += String(format: "\nMeetings: a generated Meeting Guide feed of %d meetings (%.1f MB) is read and checked in a median %.1f ms ",
                           meetings.meetings, Double(meetings.feedBytes) / 1_000_000, BenchReport.median(meetings.readMilliseconds))
            text += String(format: "(%d runs in one process, %d warnings). ", meetings.readMilliseconds.count, meetings.warnings)
            text += "A site of \(meetings.build.articles) articles with that feed, which it publishes as `meetings.json` and as the "
            text += "meeting directory (a page per meeting, the days, places and kinds); time a page is the whole build's time over "
            text += "its pages, to compare with the article builds above:\n\n"
            text += "| Articles | Meetings | Pages written | Median wall time | Time a page | Peak memory | Runs |\n|---:|---:|---:|---:|---:|---:|---:|\n"
            text += String(format: "| %d | %d | %d | %.0f ms | %.0f µs | %.0f MB | %d |\n", meetings.build.articles, meetings.meetings, meetings.build.pages,
                           meetings.build.medianMilliseconds, meetings.build.microsecondsPerPage, meetings.build.peakMegabytes, meetings.build.samples.count)
        }
        if !searches.isEmpty {
            text += "\n### What a reader downloads\n\n"
            text += "Search: the bytes the search script requests for each of \(SearchDownloads.sampleQueries.count) one-word queries "
            text += "(\(SearchDownloads.sampleQueries.map { "`\($0)`" }.joined(separator: ", "))), replayed in Swift by the script's rules "
            text += "(manifest, the query's page list or term file, the records of the first 30 results), each file gzipped at level 6. "
            text += "The manifest is what the page loads before the first keystroke (when the search box gets focus).\n\n"
            text += "| Articles | Median a query | Largest query | Before the first keystroke | Largest HTML page |\n"
            text += "|---:|---:|---:|---:|---:|\n"
            for search in searches {
                let largest = search.largest
                text += String(format: "| %d | %.1f KB | %.1f KB (`%@`, %d files) | %.1f KB | %.0f KB, %.0f KB gzipped (`%@`) |\n",
                               search.articles, search.medianBytes / 1000, Double(largest.bytes) / 1000, largest.query, largest.files,
                               Double(search.manifestBytes) / 1000,
                               Double(search.largestPage.bytes) / 1000, Double(search.largestPage.gzipped) / 1000, search.largestPage.path)
            }
        }
        if let pagefind {
            let guidepost = searches.first { $0.articles == pagefind.articles }
            text += "\nPagefind \u{2014} `pagefind --site` on the same \(pagefind.articles)-article Guidepost output, the same queries; "
            text += "its bytes counted by `scripts/pagefind_bytes.py` (its script, wasm and meta files, the index chunks for the word, "
            text += "and five result fragments, its first page of results):\n\n"
            text += "| Tool | Indexing time | Peak memory | Median a query | Largest query | Before the first query |\n|---|---:|---:|---:|---:|---:|\n"
            if let guidepost, let build = fullBuilds.first(where: { $0.articles == pagefind.articles && $0.tool == "Guidepost" }) {
                text += String(format: "| Guidepost (whole build, index included) | %.0f ms | %.0f MB | %.1f KB | %.1f KB | %.1f KB |\n",
                               build.medianMilliseconds, build.peakMegabytes, guidepost.medianBytes / 1000,
                               Double(guidepost.largest.bytes) / 1000, Double(guidepost.manifestBytes) / 1000)
            }
            text += String(format: "| Pagefind (index only) | %.0f ms | %.0f MB | %.1f KB | %.1f KB | %.1f KB |\n",
                           BenchReport.median(pagefind.samples.map(\.milliseconds)), Double(pagefind.samples.map(\.peakKilobytes).max() ?? 0) / 1024,
                           pagefind.medianBytes / 1000, pagefind.maxBytes / 1000, pagefind.beforeBytes / 1000)
        }
        if !incremental.isEmpty {
            text += "\n### Preview rebuilds\n\n"
            text += "On the \(sizes.last ?? 0)-article site, through the engine `guidepost serve` uses, with the changed paths "
            text += "passed as its file watcher passes them. Each case is the median of its runs after one warm-up; edits "
            text += "accumulate, so every run has real work to do.\n\n"
            text += "| Case | Median | Min | Max | Pages through the templates |\n|---|---:|---:|---:|---:|\n"
            for result in incremental {
                let sorted = result.samples.sorted()
                text += String(format: "| %@ | %.1f ms | %.1f ms | %.1f ms | %d |\n", result.name, BenchReport.median(result.samples),
                               sorted.first ?? 0, sorted.last ?? 0, result.pagesRendered)
            }
        }
        return text + Self.end + "\n"
    }

    /// Replaces the marked part of `url`, or adds it after the page's first paragraph when the
    /// page has none yet, or writes a new page.
    func write(into url: URL) throws {
        var page = (try? String(contentsOf: url, encoding: .utf8)) ?? """
        # Benchmarks

        How fast Guidepost builds a site, measured against Hugo on the same generated guide. Run
        `make bench` to measure again on your machine (`BENCH_SIZES`, `BENCH_RUNS` set the sizes and
        the number of runs).

        ## Build times


        """
        if let start = page.range(of: Self.begin), let stop = page.range(of: Self.end, range: start.upperBound..<page.endIndex) {
            let lineEnd = page[stop.upperBound...].first == "\n" ? page.index(after: stop.upperBound) : stop.upperBound
            page.replaceSubrange(start.lowerBound..<lineEnd, with: markdown)
        } else if let heading = page.range(of: "## Build times\n\n") {
            page.insert(contentsOf: markdown + "\n", at: heading.upperBound)
        } else {
            page += "\n## Build times\n\n" + markdown
        }
        try Data(page.utf8).write(to: url)
    }
}
