import Foundation
import GuidepostCore

/// Preview rebuilds of a generated site through `IncrementalSiteBuilder`, with the changed
/// paths passed as `guidepost serve`'s file watcher passes them.
struct IncrementalCases {
    var site: URL
    var corpus: BenchCorpus
    var runs: Int

    struct Result {
        var name: String
        var samples: [Double]
        var pagesRendered: Int
        var summary: String {
            let sorted = samples.sorted()
            return String(format: "preview rebuild, %@: median %.1f ms (min %.1f, max %.1f, %d runs, %d pages rendered)",
                          name, BenchReport.median(samples), sorted.first ?? 0, sorted.last ?? 0, samples.count, pagesRendered)
        }
    }

    enum Failure: Error, CustomStringConvertible {
        case build(String)
        case differs(String)
        var description: String {
            switch self {
            case .build(let message): "preview build failed: \(message)"
            case .differs(let path): "a preview rebuild differs from a full build at \(path)"
            }
        }
    }

    func run() async throws -> [Result] {
        var session = IncrementalSiteBuilder(options: BuildOptions(root: site, displayRoot: ""))
        let clock = ContinuousClock()
        let start = clock.now
        let firstUpdate = try await rebuild(&session, nil)
        let first = Result(
            name: "first build of a session", samples: [Self.milliseconds(clock.now - start)], pagesRendered: firstUpdate.pagesRendered
        )

        let article = "Content/" + corpus.folder(ofArticle: 0) + "/a0.md"
        let catalog = "Content/catalog/groups.yml"
        let template = "Templates/article.mustache"
        var results = [first]
        results.append(try await measure("no change", &session, hint: []) { _ in })
        results.append(try await measure("one article saved unchanged", &session, hint: [article]) { _ in })
        results.append(try await measure("one article edited", &session, hint: [article]) { run in
            try edit(article, replacing: "## Part 2: choosing well", with: "## Part 2: choosing well\n\nEdit \(run).")
        })
        results.append(try await measure("catalog edited", &session, hint: [catalog]) { run in
            try edit(catalog, replacing: "welcomes newcomers.", with: "welcomes newcomers. Edit \(run).")
        })
        results.append(try await measure("one template edited", &session, hint: [template]) { run in
            try edit(template, replacing: "<article class=\"article\">", with: "<article class=\"article\">{{! edit \(run) }}")
        })
        results.append(try await measure("no change, every file compared", &session, hint: nil) { _ in })
        try await compareWithFullBuild(session: &session)
        return results
    }

    /// Runs `change` then a rebuild, `runs` times; the first pass after a change of kind warms up.
    private func measure(
        _ name: String, _ session: inout IncrementalSiteBuilder, hint: Set<String>?, change: (Int) throws -> Void
    ) async throws -> Result {
        var samples: [Double] = []
        var pages = 0
        for run in 0...runs {
            try change(run)
            let clock = ContinuousClock()
            let start = clock.now
            let update = try await rebuild(&session, hint)
            if run > 0 { samples.append(Self.milliseconds(clock.now - start)) }
            pages = update.pagesRendered
        }
        return Result(name: name, samples: samples, pagesRendered: pages)
    }

    private func rebuild(_ session: inout IncrementalSiteBuilder, _ hint: Set<String>?) async throws -> SiteUpdate {
        switch await session.build(changedFiles: hint) {
        case .success(let update): return update
        case .failure(let failure): throw Failure.build(failure.diagnostics.map(\.description).joined(separator: "\n"))
        }
    }

    /// Text edits accumulate: each run changes the file again, so every rebuild has work to do.
    private func edit(_ path: String, replacing target: String, with replacement: String) throws {
        let url = site.appendingPathComponent(path)
        let text = try String(contentsOf: url, encoding: .utf8)
        guard let range = text.range(of: target) else { throw Failure.build("'\(target)' not found in \(path)") }
        try Data(text.replacingCharacters(in: range, with: replacement).utf8).write(to: url)
    }

    /// The session's last result must equal a full build byte for byte.
    private func compareWithFullBuild(session: inout IncrementalSiteBuilder) async throws {
        let update = try await rebuild(&session, [])
        let full = try await SiteBuilder(options: BuildOptions(root: site, displayRoot: "")).render()
        let pages = full.pages
        for (path, contents) in update.files {
            guard case .data(let data) = contents else { continue }
            if pages[path].map({ Data($0.utf8) }) != data { throw Failure.differs(path) }
        }
        if pages.count != update.files.values.count(where: { if case .data = $0 { true } else { false } }) {
            throw Failure.differs("(the number of generated files)")
        }
    }

    static func milliseconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
    }
}
