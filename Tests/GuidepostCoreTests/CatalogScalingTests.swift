import Foundation
@testable import GuidepostCore
import Testing

/// A catalog of thousands of groups builds in time proportional to their number: groups are
/// found by id through an index, not by searching the list for each related group, comparison
/// row and group page.
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

    /// The shortest of two full renders, in seconds.
    func seconds(groups count: Int) async throws -> Double {
        let site = try TestSite(files: CatalogTestSite.files(catalog: catalog(groups: count)))
        defer { try? FileManager.default.removeItem(at: site.root) }
        var best = Double.infinity
        for _ in 0..<2 {
            let start = ContinuousClock.now
            let rendered = try await site.render()
            let elapsed = ContinuousClock.now - start
            #expect(rendered.paths.contains("groups/group-\(count - 1)/index.html"))
            best = min(best, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
        }
        return best
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

    @Test func buildTimeGrowsInProportionToGroups() async throws {
        // Four times the groups: linear work takes about 4 times as long, the quadratic steps
        // took 16 times (8,000 groups 9 s against 0.4 s for 1,000).
        let small = try await seconds(groups: 200)
        let large = try await seconds(groups: 800)
        #expect(large / small < 8, "200 groups: \(small) s, 800 groups: \(large) s")
    }
}
