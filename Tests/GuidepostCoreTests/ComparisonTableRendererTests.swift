@testable import GuidepostCore
import Testing

/// The cells a comparison table gives the sorting script: a closed list's values sort in the
/// list's order, not by their words.
@Suite struct ComparisonTableRendererTests {
    static let here = SourceLocation(file: "catalog.yml")

    /// Cost's list puts Free before Donations, the reverse of their alphabetical order.
    static func catalog() -> Catalog {
        func value(_ id: String, _ label: String) -> CatalogDimension.Value {
            CatalogDimension.Value(id: id, label: LocalizedText(label), description: LocalizedText("About \(label)."))
        }
        func group(_ id: String, type: String, values: [String: CatalogGroup.DimensionValue]) -> CatalogGroup {
            CatalogGroup(
                id: id, name: LocalizedText(id.uppercased()), aliases: [], typeID: type, summary: LocalizedText("A group."),
                values: values, relatedIDs: [], sources: [], location: here
            )
        }
        var catalog = Catalog()
        catalog.dimensions = [
            CatalogDimension(id: "cost", label: LocalizedText("Cost"), allowsMultiple: false,
                             values: [value("free", "Free"), value("donations", "Donations"), value("fees", "Fees")], location: here),
            CatalogDimension(id: "format", label: LocalizedText("Format"), allowsMultiple: true,
                             values: [value("in-person", "In person"), value("online", "Online"), value("phone", "By phone")], location: here),
            CatalogDimension(id: "languages", label: LocalizedText("Languages"), allowsMultiple: false, values: nil, location: here),
        ]
        catalog.types = [
            CatalogGroupType(id: "secular", name: LocalizedText("Secular programs"), summary: LocalizedText("No higher power."), location: here),
            CatalogGroupType(id: "fellowship", name: LocalizedText("Fellowships"), summary: LocalizedText("Peer-led."), location: here),
        ]
        catalog.groups = [
            group("a", type: "fellowship", values: [
                "cost": .vocabulary(["donations"]), "format": .vocabulary(["phone", "online"]), "languages": .text(LocalizedText("Many")),
            ]),
            group("b", type: "secular", values: ["cost": .vocabulary(["free"])]),
        ]
        return catalog
    }

    static let renderer = ComparisonTableRenderer(catalog: catalog(), language: "en", basePath: "/")

    static func rows(_ html: String) -> [Substring] {
        html.split(separator: "\n").filter { $0.hasPrefix("<tr><th scope=\"row\"") }
    }

    @Test func closedListCellsCarryTheirPlaceInTheList() {
        let comparison = Comparison(
            id: "c", caption: LocalizedText("C"), rows: .allGroups, columns: ["type", "cost", "format", "languages"], location: Self.here
        )
        let first: String = #"<tr><th scope="row"><a href="/groups/a/">A</a></th>"#
            + #"<td data-label="Kind of group" data-values="fellowship" data-sort="1"><a href="/types/fellowship/">Fellowships</a></td>"#
            + #"<td data-label="Cost" data-values="donations" data-sort="1">Donations</td>"#
            + #"<td data-label="Format" data-values="phone online" data-sort="1" data-ranks="2 1">By phone, Online</td>"#
            + #"<td data-label="Languages">Many</td></tr>"#
        let second: String = #"<tr><th scope="row"><a href="/groups/b/">B</a></th>"#
            + #"<td data-label="Kind of group" data-values="secular" data-sort="0"><a href="/types/secular/">Secular programs</a></td>"#
            + #"<td data-label="Cost" data-values="free" data-sort="0">Free</td>"#
            + #"<td class="not-listed" data-label="Format">Not listed</td>"#
            + #"<td class="not-listed" data-label="Languages">Not listed</td></tr>"#
        #expect(Self.rows(Self.renderer.html(comparison, anchor: "c")) == [first[...], second[...]])
    }

    @Test func valueRowsCarryTheirPlaceInTheList() {
        let comparison = Comparison(id: "v", caption: LocalizedText("V"), rows: .valuesOf("cost"), columns: ["description"], location: Self.here)
        #expect(Self.rows(Self.renderer.html(comparison, anchor: "v")) == [
            #"<tr><th scope="row" data-sort="0">Free</th><td data-label="What it means">About Free.</td></tr>"#,
            #"<tr><th scope="row" data-sort="1">Donations</th><td data-label="What it means">About Donations.</td></tr>"#,
            #"<tr><th scope="row" data-sort="2">Fees</th><td data-label="What it means">About Fees.</td></tr>"#,
        ])
    }
}
