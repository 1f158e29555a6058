import Foundation

/// Pagefind, the static search tool, indexing the largest Guidepost site: its indexing time and
/// peak memory (each run writes a fresh bundle), and the bytes its search sends for the same
/// sample queries, counted by `scripts/pagefind_bytes.py` from its bundle.
struct PagefindMeasurement {
    let pagefind: String
    let site: URL
    let work: URL

    struct Result {
        var articles: Int
        var samples: [MeasuredProcess.Measurement]
        var medianBytes: Double
        var maxBytes: Double
        var beforeBytes: Double

        var summary: String {
            String(format: "pagefind, %d articles: indexing median %.0f ms, peak %.0f MB; %.0f KB median, %.0f KB max a query; %.0f KB before the first query",
                   articles, BenchReport.median(samples.map(\.milliseconds)), Double(samples.map(\.peakKilobytes).max() ?? 0) / 1024,
                   medianBytes / 1000, maxBytes / 1000, beforeBytes / 1000)
        }
    }

    func run(articles: Int, runs: Int) throws -> Result {
        let bundle = work.appendingPathComponent("pagefind-bundle")
        let process = MeasuredProcess(executable: pagefind, arguments: ["--site", site.path, "--output-path", bundle.path, "--silent"])
        var samples: [MeasuredProcess.Measurement] = []
        for _ in 0..<max(1, runs) {
            try? FileManager.default.removeItem(at: bundle)
            samples.append(try process.run())
        }
        let script = Process()
        script.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        script.arguments = ["python3", "scripts/pagefind_bytes.py", bundle.path] + SearchDownloads.sampleQueries
        let pipe = Pipe()
        script.standardOutput = pipe
        try script.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        script.waitUntilExit()
        guard let json = try JSONSerialization.jsonObject(with: data) as? [String: Any],
              let median = json["median"] as? Double, let max = (json["max"] as? NSNumber)?.doubleValue,
              let before = (json["before"] as? NSNumber)?.doubleValue else {
            throw BenchError("scripts/pagefind_bytes.py gave no figures")
        }
        try? FileManager.default.removeItem(at: bundle)
        return Result(articles: articles, samples: samples, medianBytes: median, maxBytes: max, beforeBytes: before)
    }
}
