import Foundation
import GuidepostCore

/// Measures full builds and preview rebuilds on a generated site.
///
/// Usage: guidepost-bench [--articles N] [--runs R] [--full-runs F] [--work DIR] [--templates DIR]
/// Prints one line per case with the median and the spread in milliseconds. Preview rebuilds go
/// through `IncrementalSiteBuilder`, the engine `guidepost serve` uses.
@main
struct GuidepostBench {
    static func main() async throws {
        let arguments = CommandLine.arguments
        func value(_ name: String, _ fallback: String) -> String {
            guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return fallback }
            return arguments[index + 1]
        }
        let articles = Int(value("--articles", "2000")) ?? 2000
        let runs = Int(value("--runs", "5")) ?? 5
        let work = URL(fileURLWithPath: value("--work", NSTemporaryDirectory() + "guidepost-bench"))
        let templates = URL(fileURLWithPath: value("--templates", "Templates"))
        try? FileManager.default.removeItem(at: work)
        try CorpusGenerator(articles: articles).write(to: work, templates: templates)
        let options = BuildOptions(root: work, displayRoot: "")

        let fullRuns = Int(value("--full-runs", "\(runs)")) ?? runs
        var full: [Double] = []
        for _ in 0..<fullRuns {
            let start = Date()
            _ = try await SiteBuilder(options: options).build()
            full.append(Date().timeIntervalSince(start) * 1000)
        }
        if !full.isEmpty { report("full build, \(articles) articles", full) }

        var session = IncrementalSiteBuilder(options: options)
        _ = try await session.build().get()
        var none: [Double] = [], edit: [Double] = []
        let article = work.appendingPathComponent("Content/s0/a0.md")
        let original = try String(contentsOf: article, encoding: .utf8)
        for run in 0..<runs {
            var start = Date()
            _ = try await session.build(changedFiles: []).get()
            none.append(Date().timeIntervalSince(start) * 1000)
            try (original + "\nEdited \(run).\n").write(to: article, atomically: false, encoding: .utf8)
            start = Date()
            let update = try await session.build(changedFiles: ["Content/s0/a0.md"]).get()
            edit.append(Date().timeIntervalSince(start) * 1000)
            precondition(update.pagesRendered == 1)
        }
        report("preview rebuild, no change", none)
        report("preview rebuild, one article edited", edit)
    }

    static func report(_ name: String, _ samples: [Double]) {
        let sorted = samples.sorted()
        let median = sorted[sorted.count / 2]
        print(String(format: "%@: median %.1f ms (min %.1f, max %.1f, %d runs)", name, median, sorted.first ?? 0, sorted.last ?? 0, sorted.count))
    }
}

/// N articles of about 600 words in nested sections, linking to each other.
struct CorpusGenerator {
    var articles: Int

    func write(to root: URL, templates: URL) throws {
        let fileManager = FileManager.default
        try fileManager.createDirectory(at: root.appendingPathComponent("Content"), withIntermediateDirectories: true)
        try fileManager.copyItem(at: templates, to: root.appendingPathComponent("Templates"))
        try "title: Benchmark Guide\nbase_url: https://example.org/\n".write(
            to: root.appendingPathComponent("Content/site.yml"), atomically: true, encoding: .utf8)
        let perSection = 100
        let paragraph = "Peer support is *help* from people with **lived experience** of recovery. It works alongside treatment and often continues after it ends, in groups, online and one to one."
        for index in 0..<articles {
            let section = index / perSection
            let folder = root.appendingPathComponent("Content/s\(section)")
            if index % perSection == 0 {
                try fileManager.createDirectory(at: folder, withIntermediateDirectories: true)
                try "---\ntitle: Section \(section)\n---\nArticles of section \(section).\n".write(
                    to: folder.appendingPathComponent("_index.md"), atomically: true, encoding: .utf8)
            }
            let next = (index % perSection + 1) % min(perSection, articles)
            var body = "---\ntitle: Article \(index)\nsummary: Summary of article \(index).\ndate: 2026-01-\(String(format: "%02d", 1 + index % 28))\ntags: [bench]\n---\n"
            for part in 1...6 {
                body += "## Part \(part)\n\n" + Array(repeating: paragraph, count: 3).joined(separator: " ")
                body += " See [the next article](a\(next).md#part-1).\n\n"
            }
            body += "| Kind | Cost |\n|---|---|\n| Peer | Free |\n| Clinical | Varies |\n"
            try body.write(to: folder.appendingPathComponent("a\(index % perSection).md"), atomically: true, encoding: .utf8)
        }
    }
}
