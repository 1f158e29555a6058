import Foundation
@testable import GuidepostCore
import Testing

@Suite struct StarterSiteTests {
    @Test func embeddedThemeIsTheThemeInTemplates() throws {
        let embedded = Dictionary(uniqueKeysWithValues: StarterSite.files.filter { $0.path.hasPrefix("Templates/") }.map { ($0.path, $0.contents) })
        let onDisk = TestSite.snapshot(of: TestSite.repositoryRoot.appendingPathComponent("Templates"))
            .filter { !$0.key.hasPrefix(".") }
        #expect(embedded.keys.sorted() == onDisk.keys.map { "Templates/\($0)" }.sorted(), "run 'make starter' after changing Templates/")
        for (path, data) in onDisk {
            #expect(embedded["Templates/\(path)"] == String(decoding: data, as: UTF8.self), "run 'make starter': \(path) changed")
        }
    }

    @Test func newSiteBuildsWithoutProblems() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("guidepost-init-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let count = try StarterSite.write(to: folder)
        #expect(count == StarterSite.files.count)
        let rendered = try await SiteBuilder(options: BuildOptions(root: folder, displayRoot: "")).render()
        #expect(rendered.pages["learn/what-is-peer-support/index.html"]?.contains("<h1>What peer support is</h1>") == true)
        #expect(rendered.pages["get-help-now/index.html"] != nil)
    }

    @Test func refusesAFolderThatIsNotEmpty() throws {
        let site = try TestSite()
        defer { site.remove() }
        #expect(throws: Diagnostic.self) { try StarterSite.write(to: site.root) }
        #expect(FileManager.default.fileExists(atPath: site.root.appendingPathComponent("Content/learn/next.md").path))
    }
}
