import Foundation
import GuidepostCore

/// Guidepost against Hugo on the same generated guide, and Guidepost's preview rebuilds.
///
///     guidepost-bench --guidepost PATH --hugo PATH [--sizes 2000,10000] [--runs 5] [--groups 100]
///                     [--incremental-runs 7] [--work DIR] [--templates DIR] [--example-catalog DIR]
///                     [--write-docs docs/benchmarks.md] [--large 50000] [--pagefind PATH]
///
/// Full builds run both tools as separate processes, alternating Guidepost and Hugo, after one
/// warm-up run each; each reports the median wall time and peak resident memory. Preview
/// rebuilds go through `IncrementalSiteBuilder`, the engine `guidepost serve` uses, on the
/// largest site. `--hugo none` measures Guidepost alone.
@main
struct GuidepostBench {
    static func main() async {
        do {
            try await run(BenchArguments(CommandLine.arguments))
        } catch {
            FileHandle.standardError.write(Data("guidepost-bench: error: \(error)\n".utf8))
            exit(1)
        }
    }

    static func run(_ arguments: BenchArguments) async throws {
        var report = BenchReport(machine: .current(hugo: arguments.hugo))
        print(report.machine.summary)
        for articles in arguments.sizes {
            let corpus = BenchCorpus(articles: articles, groups: arguments.groups)
            let guidepostSite = arguments.work.appendingPathComponent("guidepost-\(articles)")
            let hugoSite = arguments.work.appendingPathComponent("hugo-\(articles)")
            try corpus.writeGuidepostSite(to: guidepostSite, templates: arguments.templates, exampleCatalog: arguments.exampleCatalog)
            let guidepost = MeasuredProcess(executable: arguments.guidepost, arguments: ["build", "--root", guidepostSite.path])
            var contenders = [("Guidepost", guidepost, guidepostSite.appendingPathComponent("Output"))]
            if let hugo = arguments.hugo {
                try corpus.writeHugoSite(to: hugoSite)
                let destination = hugoSite.appendingPathComponent("public")
                contenders.append(("Hugo", MeasuredProcess(
                    executable: hugo, arguments: ["--quiet", "--source", hugoSite.path, "--destination", destination.path]
                ), destination))
            }
            var samples = contenders.map { _ in [MeasuredProcess.Measurement]() }
            for (_, process, _) in contenders { _ = try process.run() }
            for run in 0..<arguments.runs {
                for (index, contender) in contenders.enumerated() {
                    let measurement = try contender.1.run()
                    samples[index].append(measurement)
                    print(String(format: "  %@, %d articles, run %d: %.0f ms, %d MB", contender.0, articles, run + 1, measurement.milliseconds, measurement.peakKilobytes / 1024))
                }
            }
            let results = contenders.enumerated().map { index, contender in
                BenchReport.FullBuild(
                    tool: contender.0, articles: articles,
                    pages: Self.countPages(in: contender.2), samples: samples[index]
                )
            }
            report.fullBuilds.append(contentsOf: results)
            results.forEach { print($0.summary) }
            var downloads = SearchDownloads(output: guidepostSite.appendingPathComponent("Output"))
            let search = try downloads.measure(articles: articles)
            report.searches.append(search)
            print(search.summary)
            if let pagefind = arguments.pagefind, articles == arguments.sizes.max() {
                let measured = try PagefindMeasurement(pagefind: pagefind, site: guidepostSite.appendingPathComponent("Output"), work: arguments.work)
                    .run(articles: articles, runs: arguments.runs)
                report.pagefind = measured
                print(measured.summary)
            }
        }

        if arguments.meetings > 0 {
            let bench = MeetingsBench(
                count: arguments.meetings, work: arguments.work, corpus: BenchCorpus(articles: 100, groups: arguments.groups),
                templates: arguments.templates, exampleCatalog: arguments.exampleCatalog, guidepost: arguments.guidepost, runs: arguments.runs
            )
            let result = try bench.run()
            report.meetings = result
            print(result.summary)
        }

        for articles in arguments.large {
            // Guidepost alone, for time and memory: one warm-up run, then the runs.
            let corpus = BenchCorpus(articles: articles, groups: arguments.groups)
            let site = arguments.work.appendingPathComponent("guidepost-\(articles)")
            try corpus.writeGuidepostSite(to: site, templates: arguments.templates, exampleCatalog: arguments.exampleCatalog)
            let guidepost = MeasuredProcess(executable: arguments.guidepost, arguments: ["build", "--root", site.path])
            _ = try guidepost.run()
            var samples: [MeasuredProcess.Measurement] = []
            for _ in 0..<max(1, min(arguments.runs, 3)) { samples.append(try guidepost.run()) }
            let build = BenchReport.FullBuild(tool: "Guidepost", articles: articles, pages: Self.countPages(in: site.appendingPathComponent("Output")), samples: samples)
            report.largeBuilds.append(build)
            print(build.summary)
            try? FileManager.default.removeItem(at: site)
        }

        if let articles = arguments.sizes.max(), arguments.incrementalRuns > 0 {
            let site = arguments.work.appendingPathComponent("guidepost-\(articles)")
            let cases = IncrementalCases(site: site, corpus: BenchCorpus(articles: articles, groups: arguments.groups), runs: arguments.incrementalRuns)
            report.incremental = try await cases.run()
            report.incremental.forEach { print($0.summary) }
        }

        if let docs = arguments.writeDocs {
            try report.write(into: docs)
            print("Results written to \(docs.path)")
        }
    }

    /// HTML pages in a generated site (redirect pages included: both tools write them as HTML).
    static func countPages(in folder: URL) -> Int {
        guard let walker = FileManager.default.enumerator(atPath: folder.path) else { return 0 }
        var count = 0
        while let path = walker.nextObject() as? String {
            if path.hasSuffix(".html") { count += 1 }
        }
        return count
    }
}

/// The command line of `guidepost-bench`.
struct BenchArguments {
    var guidepost: String
    var hugo: String?
    var sizes: [Int]
    var runs: Int
    var groups: Int
    var incrementalRuns: Int
    var work: URL
    var templates: URL
    var exampleCatalog: URL
    var writeDocs: URL?
    /// Sizes built by Guidepost alone, for time and memory (`--large 50000`).
    var large: [Int]
    /// Pagefind's binary, run on the largest Guidepost site (`--pagefind PATH`).
    var pagefind: String?
    /// Meetings in the generated feed of the meetings case (`--meetings 2000`; 0 skips it).
    var meetings: Int

    init(_ arguments: [String]) {
        func value(_ name: String) -> String? {
            guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
            return arguments[index + 1]
        }
        guidepost = value("--guidepost") ?? ".build/release/guidepost"
        hugo = value("--hugo").flatMap { $0 == "none" ? nil : $0 }
        sizes = (value("--sizes") ?? "2000,10000").split(separator: ",").compactMap { Int($0) }
        runs = value("--runs").flatMap(Int.init) ?? 5
        groups = value("--groups").flatMap(Int.init) ?? 100
        incrementalRuns = value("--incremental-runs").flatMap(Int.init) ?? 7
        work = URL(fileURLWithPath: value("--work") ?? NSTemporaryDirectory() + "guidepost-bench")
        templates = URL(fileURLWithPath: value("--templates") ?? "Templates")
        exampleCatalog = URL(fileURLWithPath: value("--example-catalog") ?? "Content/catalog")
        writeDocs = value("--write-docs").map { URL(fileURLWithPath: $0) }
        large = (value("--large") ?? "").split(separator: ",").compactMap { Int($0) }
        pagefind = value("--pagefind").flatMap { $0 == "none" ? nil : $0 }
        meetings = value("--meetings").flatMap(Int.init) ?? 2000
    }
}
