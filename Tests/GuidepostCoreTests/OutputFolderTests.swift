import Foundation
@testable import GuidepostCore
import Testing

@Suite struct OutputFolderTests {
    @Test func buildWritesTheSiteAndAMarker() async throws {
        let site = try TestSite()
        defer { site.remove() }
        let summary = try await SiteBuilder(options: site.options()).build()
        let files = TestSite.snapshot(of: site.output)
        #expect(files.keys.sorted() == [
            ".guidepost-output", "404.html", "assets/style.css", "feed.xml", "index.html", "learn/basics/index.html",
            "learn/index.html", "learn/next/index.html", "old-basics/index.html", "robots.txt", "sitemap.xml",
        ])
        #expect(summary.pagesWritten == 6)
        #expect(summary.filesCopied == 2)
        #expect(summary.description.hasPrefix("Built 6 pages and copied 2 files into Output in "))
    }

    @Test func failedBuildLeavesThePreviousOutputExactlyAsItWas() async throws {
        let site = try TestSite()
        defer { site.remove() }
        _ = try await SiteBuilder(options: site.options()).build()
        let before = TestSite.snapshot(of: site.output)
        try site.write("Content/learn/next.md", "---\ntitle: [broken\n---\n")
        await #expect(throws: BuildFailure.self) {
            try await SiteBuilder(options: site.options()).build()
        }
        #expect(TestSite.snapshot(of: site.output) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.root.path).filter { $0.hasPrefix(".Output") }
        #expect(leftovers.isEmpty)
    }

    @Test func rebuildRemovesPagesThatNoLongerExist() async throws {
        let site = try TestSite()
        defer { site.remove() }
        _ = try await SiteBuilder(options: site.options()).build()
        try site.write("Content/learn/basics.md", "---\ntitle: Basics\n---\n## First steps\n\n## Later\n")
        try site.write("Content/learn/next.md", nil)
        try site.write("Content/_index.md", "---\ntitle: Welcome\n---\n")
        _ = try await SiteBuilder(options: site.options()).build()
        let files = TestSite.snapshot(of: site.output)
        #expect(files["learn/next/index.html"] == nil)
        #expect(files["old-basics/index.html"] == nil)
        #expect(files["learn/basics/index.html"] != nil)
    }

    @Test(arguments: ["", "Content", "Templates/out", "Content/static/site"])
    func refusesFoldersThatHoldTheSite(_ relative: String) async throws {
        let site = try TestSite()
        defer { site.remove() }
        let output = relative.isEmpty ? site.root : site.root.appendingPathComponent(relative)
        let before = TestSite.snapshot(of: site.root)
        do {
            _ = try await SiteBuilder(options: site.options(output: output)).build()
            Issue.record("the build wrote into \(relative)")
        } catch let failure as BuildFailure {
            #expect(failure.diagnostics.count == 1)
            #expect(failure.description.contains("error: refusing to write the site to"))
        }
        #expect(TestSite.snapshot(of: site.root) == before)
    }

    @Test func refusesANonEmptyFolderItDidNotCreate() async throws {
        let site = try TestSite(files: ["Output/notes.txt": "mine"])
        defer { site.remove() }
        let failure = await site.failure()
        #expect(failure == "Output: error: refusing to write the site to 'Output': it is not empty and was not created by Guidepost; choose another folder or empty it")
        #expect(try String(contentsOf: site.output.appendingPathComponent("notes.txt"), encoding: .utf8) == "mine")
    }

    @Test func writesIntoAnEmptyFolderElsewhere() async throws {
        let site = try TestSite()
        defer { site.remove() }
        let elsewhere = FileManager.default.temporaryDirectory.appendingPathComponent("guidepost-out-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: elsewhere) }
        _ = try await SiteBuilder(options: site.options(output: elsewhere)).build()
        #expect(FileManager.default.fileExists(atPath: elsewhere.appendingPathComponent("learn/basics/index.html").path))
    }
}
