import Foundation
@testable import GuidepostCore
import Testing

/// A preview session's rebuilds must give exactly what a full build gives, while rendering only
/// the pages that depend on what changed.
@Suite struct IncrementalSiteBuilderTests {
    /// Rebuilds after `change`, then checks the result against a fresh full build.
    func rebuild(
        _ site: TestSite, _ session: inout IncrementalSiteBuilder, hint: Set<String>?, _ change: () throws -> Void
    ) async throws -> SiteUpdate {
        try change()
        let update = try await session.build(changedFiles: hint).get()
        let full = try await site.render()
        var expected: [String: SiteFileContents] = [:]
        for file in full.files {
            switch file.contents {
            case .data(let data): expected[file.path] = .data(data)
            case .copy(let url): expected[file.path] = .file(url)
            }
        }
        #expect(update.files == expected)
        return update
    }

    func session(for site: TestSite, files: [String: String?] = [:]) async throws -> IncrementalSiteBuilder {
        var session = IncrementalSiteBuilder(options: site.options())
        _ = try await session.build().get()
        return session
    }

    @Test func firstBuildRendersEverythingAndReportsAllPaths() async throws {
        let site = try TestSite(files: CatalogTestSite.files())
        defer { site.remove() }
        var session = IncrementalSiteBuilder(options: site.options())
        let update = try await session.build().get()
        #expect(update.changedPaths.count == update.files.count)
        #expect(update.pagesRendered == update.files.keys.filter { $0.hasSuffix(".html") }.count)
    }

    @Test func noChangeRendersNothing() async throws {
        let site = try TestSite(files: CatalogTestSite.files())
        defer { site.remove() }
        var session = try await session(for: site)
        let update = try await rebuild(site, &session, hint: []) {}
        #expect(update.pagesRendered == 0)
        #expect(update.changedPaths.isEmpty)
    }

    /// A body edit that removes the heading another page's `#fragment` link (written as an
    /// address, so only the check of the finished pages sees it) leads to fails as a build
    /// fails, and mending it gives back the site served before.
    @Test func bodyEditThatBreaksAnotherPagesFragmentLinkFailsLikeABuild() async throws {
        let site = try TestSite(files: CatalogTestSite.files())
        defer { site.remove() }
        let linking = "---\ntitle: Next\ndate: 2026-09-20\nweight: 20\n---\nSee [the formats](/learn/basics/#meeting-formats).\n"
        try site.write("Content/learn/next.md", linking)
        let basicsPath = site.root.appendingPathComponent("Content/learn/basics.md")
        let basics = try String(contentsOf: basicsPath, encoding: .utf8) + "\n## Meeting formats\n\nIn person and online.\n"
        try site.write("Content/learn/basics.md", basics)
        var session = try await session(for: site)
        try site.write("Content/learn/basics.md", basics.replacingOccurrences(of: "## Meeting formats", with: "## Formats"))
        let failed = await session.build(changedFiles: ["Content/learn/basics.md"])
        var fullFailure: [Diagnostic] = []
        do { _ = try await site.render() } catch let failure as BuildFailure { fullFailure = failure.diagnostics }
        guard case .failure(let failure) = failed else {
            Issue.record("the preview built a page that the build refuses")
            return
        }
        #expect(failure.diagnostics == fullFailure)
        #expect(failure.diagnostics.contains { $0.message.contains("no element with id 'meeting-formats'") }, "\(failure.diagnostics)")
        let mended = try await rebuild(site, &session, hint: ["Content/learn/basics.md"]) {
            try site.write("Content/learn/basics.md", basics)
        }
        // The failed build published nothing, so the mended site is the one served before it.
        #expect(mended.changedPaths.isEmpty)
    }

    @Test(arguments: [true, false]) func articleBodyEditRendersOnlyThatArticle(withHint: Bool) async throws {
        let site = try TestSite(files: CatalogTestSite.files())
        defer { site.remove() }
        var session = try await session(for: site)
        let update = try await rebuild(site, &session, hint: withHint ? ["Content/learn/next.md"] : nil) {
            try site.write("Content/learn/next.md", "---\ntitle: Next\ndate: 2026-09-20\nweight: 20\n---\nBack to [basics](basics.md). Now longer.\n")
        }
        #expect(update.pagesRendered == 1)
        #expect(update.changedPaths == ["learn/next/index.html"])
    }

    @Test func titleEditAlsoRendersTheListsThatShowIt() async throws {
        let site = try TestSite(files: CatalogTestSite.files())
        defer { site.remove() }
        var session = try await session(for: site)
        let update = try await rebuild(site, &session, hint: ["Content/learn/next.md"]) {
            try site.write("Content/learn/next.md", "---\ntitle: What comes next\ndate: 2026-09-20\nweight: 20\n---\nBack to [basics](basics.md).\n")
        }
        #expect(update.changedPaths == ["feed.xml", "index.html", "learn/index.html", "learn/next/index.html"])
        #expect(update.pagesRendered == 3)
    }

    @Test func addingDeletingAndRenamingArticlesMatchesAFullBuild() async throws {
        let site = try TestSite(files: CatalogTestSite.files())
        defer { site.remove() }
        var session = try await session(for: site)
        let added = try await rebuild(site, &session, hint: ["Content/learn/more.md"]) {
            try site.write("Content/learn/more.md", "---\ntitle: More\n---\nSee [basics](basics.md#later).\n")
        }
        #expect(added.changedPaths.contains("learn/more/index.html"))
        let renamed = try await rebuild(site, &session, hint: ["Content/learn/more.md", "Content/learn/extra.md"]) {
            try FileManager.default.moveItem(at: site.root.appendingPathComponent("Content/learn/more.md"), to: site.root.appendingPathComponent("Content/learn/extra.md"))
        }
        #expect(renamed.removedPaths == ["learn/more/index.html"])
        #expect(renamed.changedPaths.contains("learn/extra/index.html"))
        let deleted = try await rebuild(site, &session, hint: ["Content/learn/extra.md"]) {
            try site.write("Content/learn/extra.md", nil)
        }
        #expect(deleted.removedPaths == ["learn/extra/index.html"])
    }

    @Test func catalogTemplateAndSettingsEditsMatchAFullBuild() async throws {
        let site = try TestSite(files: CatalogTestSite.files())
        defer { site.remove() }
        var session = try await session(for: site)
        let catalogEdit = try await rebuild(site, &session, hint: ["Content/catalog.yml"]) {
            try site.write("Content/catalog.yml", CatalogTestSite.catalog.replacingOccurrences(of: "label: Secular", with: "label: Secular, non-religious"))
        }
        #expect(catalogEdit.changedPaths.contains("compare/basics/index.html"))
        let templateEdit = try await rebuild(site, &session, hint: ["Templates/article.mustache"]) {
            try site.write("Templates/article.mustache", "<h1 class=\"title\">{{page.title}}</h1>{{{page.content}}}")
        }
        #expect(templateEdit.changedPaths.contains("learn/basics/index.html"))
        let settingsEdit = try await rebuild(site, &session, hint: ["Content/site.yml"]) {
            try site.write("Content/site.yml", "title: Renamed Guide\nbase_url: https://example.org/other/\n")
        }
        #expect(settingsEdit.changedPaths.contains("learn/next/index.html"))
    }

    @Test func folderHintsMakeEveryFileBeRead() async throws {
        let site = try TestSite(files: CatalogTestSite.files())
        defer { site.remove() }
        var session = try await session(for: site)
        let update = try await rebuild(site, &session, hint: ["Content/learn"]) {
            try site.write("Content/learn/next.md", "---\ntitle: Moved in\n---\nText.\n")
        }
        #expect(update.changedPaths.contains("learn/next/index.html"))
        #expect(IncrementalSiteBuilder.changedContent(["Content", "Templates/layout.mustache"]) == nil)
        #expect(IncrementalSiteBuilder.changedContent(["Content/a.md", "Templates/x.mustache"]) == ["a.md"])
    }

    @Test func failedRebuildKeepsTheSessionUsable() async throws {
        let site = try TestSite(files: CatalogTestSite.files())
        defer { site.remove() }
        var session = try await session(for: site)
        try site.write("Content/learn/next.md", "---\ntitle: [broken\n---\n")
        guard case .failure(let failure) = await session.build(changedFiles: ["Content/learn/next.md"]) else {
            Issue.record("the broken file built")
            return
        }
        #expect(failure.diagnostics.first?.location.file == "Content/learn/next.md")
        let fixed = try await rebuild(site, &session, hint: ["Content/learn/next.md"]) {
            try site.write("Content/learn/next.md", "---\ntitle: Next again\n---\nFixed.\n")
        }
        #expect(fixed.changedPaths.contains("learn/next/index.html"))
    }

    @Test func changingPageSizesMatchesAFullBuild() async throws {
        let site = try TestSite(files: PaginationTests.files(count: 5, settings: "paginate: 2\n"))
        defer { site.remove() }
        var session = try await session(for: site)
        let settings = "title: Minimal Guide\nbase_url: https://example.org/guide/\n"
        let smaller = try await rebuild(site, &session, hint: ["Content/site.yml"]) {
            try site.write("Content/site.yml", settings + "paginate: 1\n")
        }
        #expect(smaller.changedPaths.contains("learn/page/5/index.html"))
        #expect(smaller.removedPaths.isEmpty)
        let larger = try await rebuild(site, &session, hint: ["Content/learn/_index.md"]) {
            try site.write("Content/learn/_index.md", "---\ntitle: Learn\npaginate: 4\n---\nAbout learn.\n")
        }
        #expect(larger.removedPaths == ["learn/page/3/index.html", "learn/page/4/index.html", "learn/page/5/index.html"])
        #expect(larger.changedPaths.contains("learn/page/2/index.html"))
        let unsplit = try await rebuild(site, &session, hint: ["Content/site.yml", "Content/learn/_index.md"]) {
            try site.write("Content/site.yml", settings)
            try site.write("Content/learn/_index.md", "---\ntitle: Learn\npaginate: 0\n---\nAbout learn.\n")
        }
        #expect(unsplit.removedPaths == ["learn/page/2/index.html"])
    }

    @Test func editingTheTextOfASplitSectionRendersOnlyItsFirstPage() async throws {
        let site = try TestSite(files: PaginationTests.files(count: 5, settings: "paginate: 2\n"))
        defer { site.remove() }
        var session = try await session(for: site)
        let update = try await rebuild(site, &session, hint: ["Content/learn/_index.md"]) {
            try site.write("Content/learn/_index.md", "---\ntitle: Learn\n---\nAbout learn, and more.\n")
        }
        #expect(update.changedPaths == ["learn/index.html"])
        #expect(update.pagesRendered == 1)
    }
}
