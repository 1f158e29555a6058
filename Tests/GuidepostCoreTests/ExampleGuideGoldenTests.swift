import Foundation
@testable import GuidepostCore
import Testing

/// The example guide in Content/ and Templates/ rendered page by page against stored files.
///
/// After an intended change to the guide or the theme, re-record with
/// `GUIDEPOST_RECORD_GOLDEN=1 swift test --filter ExampleGuideGoldenTests` and review the diff.
@Suite struct ExampleGuideGoldenTests {
    static let goldenFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/example-guide")
    static let recording = ProcessInfo.processInfo.environment["GUIDEPOST_RECORD_GOLDEN"] == "1"

    @Test func exampleGuideMatchesGoldenFiles() async throws {
        var options = BuildOptions(root: TestSite.repositoryRoot, displayRoot: "")
        // The date printed on the handouts.
        options.today = SiteDate(year: 2026, month: 12, day: 1)
        // The parts of the split search index are checked by ChunkedSearchIndexTests.
        let pages = try await SiteBuilder(options: options).render().pages.filter { !$0.key.hasPrefix(ChunkedSearchIndex.folder + "/") }
        if Self.recording {
            try? FileManager.default.removeItem(at: Self.goldenFolder)
            for (path, html) in pages {
                let url = Self.goldenFolder.appendingPathComponent(path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(html.utf8).write(to: url)
            }
        }
        let golden = TestSite.snapshot(of: Self.goldenFolder).mapValues { String(decoding: $0, as: UTF8.self) }
        #expect(golden.keys.sorted() == pages.keys.sorted())
        for (path, html) in pages.sorted(by: { $0.key < $1.key }) {
            #expect(golden[path] == html, "\(path) differs from Golden/example-guide/\(path)")
        }
    }

    @Test func exampleGuideHasTheArticlesAGuideNeeds() async throws {
        let options = BuildOptions(root: TestSite.repositoryRoot, displayRoot: "")
        let rendered = try await SiteBuilder(options: options).render()
        let articles = rendered.pages.keys.filter { $0.split(separator: "/").count >= 2 && $0.hasSuffix("/index.html") }
        #expect(articles.count >= 6)
        #expect(rendered.pages["get-help-now/index.html"]?.contains("988") == true)
    }
}
