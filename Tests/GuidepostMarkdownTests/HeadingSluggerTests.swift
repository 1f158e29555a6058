import GuidepostMarkdown
import Testing

@Suite struct HeadingSluggerTests {
    @Test(arguments: [
        ("Is it free?", "is-it-free"),
        ("12-step fellowships", "12-step-fellowships"),
        ("Friends & family", "friends-family"),
        ("  Spaces -- and dashes  ", "spaces-and-dashes"),
        ("Recuperación y apoyo", "recuperación-y-apoyo"),
        ("snake_case stays", "snake_case-stays"),
        ("???", "section"),
    ])
    func slugsLikeGitHub(_ text: String, _ slug: String) {
        #expect(HeadingSlugger.slug(text) == slug)
    }

    @Test func numbersRepeatedSlugs() {
        var slugger = HeadingSlugger()
        #expect(["Notes", "Notes", "Notes-1", "Notes"].map { slugger.uniqueSlug($0) } == ["notes", "notes-1", "notes-1-1", "notes-2"])
    }

    @Test func neverHandsOutAReservedID() {
        var slugger = HeadingSlugger(reserving: ["main", "search-q"])
        #expect(["Main", "Search Q", "Main", "Notes"].map { slugger.uniqueSlug($0) } == ["main-1", "search-q-1", "main-2", "notes"])
    }

    @Test func headingsDoNotTakeTheIDsOfAFencedBlocksHTML() throws {
        let rendered = try MarkdownRenderer().render("## Table one\n\n```table one\n```\n", renderFencedBlock: { _ in "<table id=\"table-one\"></table>" })
        #expect(rendered.headings.map(\.id) == ["table-one-1"])
    }
}
