@testable import GuidepostCore
import Testing

/// Columns of a comparison block's YAML inside a block quote or a list item.
@Suite struct ColumnMapTests {
    /// The lines of a comparison block with an unknown group, each after `prefix(index)`.
    static func article(_ prefix: (Int) -> String) -> String {
        let block = ["```comparison", "caption: X", "rows:", "  groups: [aa, nope]", "columns: [summary]", "```"]
        return "---\ntitle: Next\n---\n" + block.enumerated().map { prefix($0.offset) + $0.element }.joined(separator: "\n") + "\n"
    }

    /// A container's name, the prefix of the fence's line, and the prefix of the other lines.
    static let containers: [(String, String, String)] = [
        ("block quote", "> ", "> "),
        ("block quote without a space", ">", ">"),
        ("nested block quotes", "> > ", "> > "),
        ("list item", "- ", "  "),
        ("numbered list item in a block quote", "> 1. ", ">    "),
        ("block quote and a tab", ">\t", ">\t"),
        ("indented fence", "  ", "  "),
    ]

    @Test(arguments: containers.indices)
    func pointsAtTheColumnInTheFile(_ index: Int) async throws {
        let (name, first, other) = Self.containers[index]
        let article = Self.article { $0 == 0 ? first : other }
        let site = try TestSite(files: CatalogTestSite.files(["Content/learn/next.md": article]))
        defer { site.remove() }
        let line = try #require(article.line(at: 7))
        let column = Array(line.unicodeScalars).firstIndex(of: "n").map { $0 + 1 } ?? 0
        let printed = await site.failure()
        #expect(printed.hasPrefix("Content/learn/next.md:7:\(column): error: unknown group 'nope'\n\(line)\n"), "\(name): \(printed)")
    }

    @Test func mapsEachLineByItsOwnPrefix() {
        let map = ColumnMap(block: "a: 1\n  b: 2\n\nc", fileLine: { ["> a: 1", ">   b: 2", ">", ">> c"][$0 - 1] })
        #expect(map.fileColumn(line: 1, column: 1) == 3)
        #expect(map.fileColumn(line: 2, column: 3) == 5)
        #expect(map.fileColumn(line: 2, column: 1) == 3)
        #expect(map.fileColumn(line: 3, column: 1) == 2)
        #expect(map.fileColumn(line: 4, column: 1) == 4)
        #expect(map.fileColumn(line: 9, column: 4) == 4)
    }
}
