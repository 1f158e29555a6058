import Foundation
@testable import GuidepostCore
import Testing

/// Groups are found by id through an index, not by searching the list for each related group,
/// comparison row and group page; `make bench --groups` measures how the build time grows.
@Suite struct CatalogScalingTests {
    /// A catalog of `count` groups, each related to the next and all in one comparison.
    func catalog(groups count: Int) -> String {
        let ids = (0..<count).map { "group-\($0)" }
        var yaml = "types:\n  - id: fellowship\n    name: Fellowships\n    summary: Peer-led groups.\ngroups:\n"
        for (number, id) in ids.enumerated() {
            yaml += "  - id: \(id)\n    name: Group \(number)\n    type: fellowship\n    summary: Meets weekly.\n"
            yaml += "    related: [\(ids[(number + 1) % count])]\n    reviewed: 2026-01-15\n"
        }
        yaml += "comparisons:\n  - id: all\n    caption: Every group\n    rows:\n      groups: [\(ids.joined(separator: ", "))]\n    columns: [summary]\n"
        return yaml
    }

    @Test func findsGroupsByIDInConstantTime() {
        var catalog = Catalog()
        catalog.groups = (0..<3).map {
            CatalogGroup(id: "g\($0)", name: LocalizedText("G"), aliases: [], typeID: "t", summary: LocalizedText("S"),
                         values: [:], relatedIDs: [], sources: [], location: SourceLocation(file: "c.yml"))
        }
        #expect(catalog.group("g2")?.id == "g2")
        #expect(catalog.group("g3") == nil)
        #expect(catalog.groupPage(at: "/groups/g1/")?.id == "g1")
        #expect(catalog.groupPage(at: "/groups/") == nil)
        catalog.groups.removeFirst()
        #expect(catalog.group("g0") == nil)
        #expect(catalog.group("g2")?.id == "g2")
    }

    @Test func aLargeCatalogRendersEveryGroupWithItsRelatedGroup() async throws {
        // How the build time grows with the catalog is measured by `make bench` (--groups).
        let count = 1_000
        let site = try TestSite(files: CatalogTestSite.files(catalog: catalog(groups: count)))
        defer { try? FileManager.default.removeItem(at: site.root) }
        let rendered = try await site.render()
        let last = try #require(rendered.files.first { $0.path == "groups/group-\(count - 1)/index.html" })
        guard case .data(let page) = last.contents else { Issue.record("the group page was not generated"); return }
        #expect(String(decoding: page, as: UTF8.self).contains("href=\"/guide/groups/group-0/\""))
        #expect(rendered.paths.filter { $0.hasPrefix("groups/group-") }.count == count)
    }
}
