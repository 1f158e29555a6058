import Foundation
@testable import GuidepostCore
import Testing

/// Names that differ only in how accented letters are encoded: `é` as U+00E9 (composed, NFC)
/// and as `e` followed by U+0301 (decomposed, NFD). Swift compares them as equal strings.
@Suite struct NameClashTests {
    static let composed = "caf\u{E9}"
    static let decomposed = "cafe\u{301}"

    @Test func namesAreEqualStringsButDifferentBytes() {
        #expect(Self.composed == Self.decomposed)
        #expect(!Self.composed.utf8.elementsEqual(Self.decomposed.utf8))
    }

    @Test func walkListsOneNameAndReportsTheOther() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("guidepost-names-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in [Self.decomposed, Self.composed, "other"] {
            try FileManager.default.createDirectory(at: folder.appendingPathComponent("\(name)/inner"), withIntermediateDirectories: true)
            try Data("x".utf8).write(to: folder.appendingPathComponent("\(name).md"))
            try Data("x".utf8).write(to: folder.appendingPathComponent("\(name)/inner/page.md"))
        }
        let listing = DirectoryWalker(root: folder).listing()
        // The composed spelling is kept, whichever order the folder lists them in.
        #expect(listing.files.map { Array($0.utf8) } == ["\(Self.composed).md", "\(Self.composed)/inner/page.md", "other.md", "other/inner/page.md"].map { Array($0.utf8) })
        #expect(listing.nameClashes.map { Array($0.path.utf8) } == [Self.decomposed, "\(Self.decomposed).md"].map { Array($0.utf8) })
        #expect(listing.nameClashes.map(\.isFolder) == [true, false])
        #expect(listing.problems(displayFolder: "Content").map(\.description)[1] == """
        Content/\(Self.decomposed).md: error: this file's name and '\(Self.composed).md' beside it differ only in how accented letters are encoded \
        ('\(Self.composed.last!)' is U+0065 U+0301 here and U+00E9 there), so they count as one name; rename or delete one of the two
        """)
    }

    @Test func plainNamesNeverClash() {
        #expect(NameClash.find(in: ["a.md", "A.md", "b", "a.md "]).isEmpty)
        // A sign that Unicode maps to a plain letter clashes with the letter: U+212A KELVIN SIGN.
        #expect(NameClash.find(in: ["\u{212A}.md", "K.md"]).map(\.dropped) == ["\u{212A}.md"])
    }

    /// Every folder a build reads: articles, sections, templates and static files. The build
    /// used to stop with a trap in `Dictionary(uniqueKeysWithValues:)`.
    @Test(arguments: [
        ("Content/learn/NAME.md", "---\ntitle: Caf\u{E9}\n---\nText.\n", "Content/learn/\(decomposed).md", "file"),
        ("Content/NAME/page.md", "---\ntitle: Page\n---\nText.\n", "Content/\(decomposed)", "folder"),
        ("Templates/partials/NAME.mustache", "<p>{{page.title}}</p>", "Templates/partials/\(decomposed).mustache", "file"),
        ("Content/static/NAME.txt", "text", "Content/static/\(decomposed).txt", "file"),
    ])
    func buildReportsTheSecondName(_ pattern: String, _ contents: String, _ reported: String, _ kind: String) async throws {
        // Written one at a time: as keys of one dictionary, the two names are one key.
        let site = try TestSite()
        defer { site.remove() }
        try site.write(pattern.replacingOccurrences(of: "NAME", with: Self.composed), contents)
        try site.write(pattern.replacingOccurrences(of: "NAME", with: Self.decomposed), contents)
        let failure = await site.failure()
        // By bytes: `hasPrefix` would take either spelling for the other.
        #expect(failure.utf8.starts(with: "\(reported): error: this \(kind)'s name and '".utf8), "\(failure)")
        #expect(failure.contains("differ only in how accented letters are encoded"))
    }
}
