import Foundation
@testable import GuidepostCore
import Testing

/// The preview's quick path for body-only edits must give what a full build gives, and must step
/// aside (so the full build reports problems) whenever an edit reaches further than one body.
@Suite struct BodyEditRebuildTests {
    /// The minimal fixture with a search page, so the search index is part of every build.
    static let files: [String: String?] = [
        "Templates/search.mustache": "<h1>{{page.title}}</h1>",
        "Content/learn/links.md": "---\ntitle: Links\n---\nSee [later](basics.md#later) and [steps](basics.md#first-steps).\n",
    ]

    func session(_ site: TestSite) async throws -> IncrementalSiteBuilder {
        var session = IncrementalSiteBuilder(options: site.options())
        _ = try await session.build().get()
        return session
    }

    /// Every generated file of a full build, as a session reports files.
    func fullBuild(_ site: TestSite) async throws -> [String: SiteFileContents] {
        var files: [String: SiteFileContents] = [:]
        for file in try await site.render().files {
            switch file.contents {
            case .data(let data): files[file.path] = .data(data)
            case .copy(let url): files[file.path] = .file(url)
            }
        }
        return files
    }

    @Test func bodyEditRendersOnePageAndUpdatesTheSearchIndex() async throws {
        let site = try TestSite(files: Self.files)
        defer { site.remove() }
        var session = try await session(site)
        try site.write("Content/learn/next.md", "---\ntitle: Next\ndate: 2026-09-20\nweight: 20\n---\nBack to [basics](basics.md).\n\n## Zebra crossings\n\nNew words.\n")
        let update = try await session.build(changedFiles: ["Content/learn/next.md"]).get()
        #expect(update.pagesRendered == 1)
        #expect(update.changedPaths.filter { !$0.hasPrefix("search-index/") } == ["learn/next/index.html"])
        // The split index is made again: "zeb" is a new term file, words no page has any more go.
        #expect(update.changedPaths.contains("search-index/en/terms/7a6562.json"))
        #expect(update.removedPaths.allSatisfy { $0.hasPrefix("search-index/en/") && update.files[$0] == nil })
        #expect(update.files == (try await fullBuild(site)))
        guard case .data(let terms)? = update.files["search-index/en/terms/7a6562.json"] else {
            Issue.record("no term file for 'zeb'")
            return
        }
        #expect(String(decoding: terms, as: UTF8.self).hasPrefix(#"{"terms":{"zebra":["#))
    }

    @Test func savingWithoutChangesRendersNothing() async throws {
        let site = try TestSite(files: Self.files)
        defer { site.remove() }
        var session = try await session(site)
        let update = try await session.build(changedFiles: ["Content/learn/basics.md"]).get()
        #expect(update.pagesRendered == 0)
        #expect(update.changedPaths.isEmpty)
        #expect(update.files == (try await fullBuild(site)))
    }

    @Test func renamingAHeadingThatIsLinkedFailsLikeAFullBuild() async throws {
        let site = try TestSite(files: Self.files)
        defer { site.remove() }
        var session = try await session(site)
        let basics = try String(contentsOf: site.root.appendingPathComponent("Content/learn/basics.md"), encoding: .utf8)
        try site.write("Content/learn/basics.md", basics.replacingOccurrences(of: "## Later", with: "## Afterwards"))
        let result = await session.build(changedFiles: ["Content/learn/basics.md"])
        guard case .failure(let failure) = result else {
            Issue.record("the rebuild should fail")
            return
        }
        #expect(failure.description == (await site.failure()))
        #expect(failure.description.contains("Content/learn/links.md:4:"))
    }

    @Test func aBrokenLinkInTheEditedBodyFailsLikeAFullBuild() async throws {
        let site = try TestSite(files: Self.files)
        defer { site.remove() }
        var session = try await session(site)
        try site.write("Content/learn/next.md", "---\ntitle: Next\ndate: 2026-09-20\nweight: 20\n---\nBack to [basics](basic.md).\n")
        let result = await session.build(changedFiles: ["Content/learn/next.md"])
        guard case .failure(let failure) = result else {
            Issue.record("the rebuild should fail")
            return
        }
        #expect(failure.description == (await site.failure()))
    }

    @Test func aFrontMatterEditTakesTheFullPath() async throws {
        let site = try TestSite(files: Self.files)
        defer { site.remove() }
        var session = try await session(site)
        try site.write("Content/learn/next.md", "---\ntitle: Next steps\ndate: 2026-09-20\nweight: 20\n---\nBack to [basics](basics.md).\n")
        let update = try await session.build(changedFiles: ["Content/learn/next.md"]).get()
        #expect(update.pagesRendered > 1)
        #expect(update.files == (try await fullBuild(site)))
    }

    /// After a failed build the kept state is stale: a body edit elsewhere must not be applied
    /// to it, or the broken page would go unreported.
    @Test func anEditAfterAFailedBuildStillFailsLikeAFullBuild() async throws {
        let site = try TestSite(files: Self.files)
        defer { site.remove() }
        var session = try await session(site)
        try site.write("Content/learn/links.md", "---\ntitle: Links\n---\nSee [later](basics.md#nowhere).\n")
        let failed = await session.build(changedFiles: ["Content/learn/links.md"])
        #expect((try? failed.get()) == nil)
        try site.write("Content/learn/next.md", "---\ntitle: Next\ndate: 2026-09-20\nweight: 20\n---\nBack to [basics](basics.md) again.\n")
        guard case .failure(let failure) = await session.build(changedFiles: ["Content/learn/next.md"]) else {
            Issue.record("the rebuild should still fail")
            return
        }
        #expect(failure.description == (await site.failure()))
        try site.write("Content/learn/links.md", "---\ntitle: Links\n---\nSee [later](basics.md#later), fixed.\n")
        let update = try await session.build(changedFiles: ["Content/learn/links.md"]).get()
        #expect(update.files == (try await fullBuild(site)))
    }
}
