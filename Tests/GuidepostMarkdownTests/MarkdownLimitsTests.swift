import GuidepostMarkdown
import Testing

/// The constructs that make cmark-gfm 0.29.0.gfm.6 slow are refused before it reads them, each at
/// its place; ordinary articles, however long, are not.
@Suite struct MarkdownLimitsTests {
    let renderer = MarkdownRenderer()

    /// The problems of refusing `text`, or none when it renders.
    func problems(_ text: String, with renderer: MarkdownRenderer? = nil) -> [MarkdownRefusal.Problem] {
        do {
            _ = try (renderer ?? self.renderer).render(text)
            return []
        } catch {
            return error.problems
        }
    }

    @Test func refusesDeepNestingAtTheMarkerPastTheLimit() {
        let found = problems("Intro.\n\n" + String(repeating: "> ", count: 60) + "*a* b\n")
        #expect(found.count == 1)
        #expect(found.first?.line == 3)
        // The 51st marker, after 50 markers of two columns each.
        #expect(found.first?.column == 101)
        #expect(found.first?.message.hasPrefix("lists and block quotes are nested 51 levels deep here; at most 50 levels are allowed") == true)
    }

    @Test func countsIndentationOfNestedListItems() {
        let nested = (0..<60).map { String(repeating: "  ", count: $0) + "- item\n" }.joined()
        let found = problems(nested)
        #expect(found.map(\.line) == [51])
        let shallow = (0..<8).map { String(repeating: "  ", count: $0) + "- item\n" }.joined()
        #expect(problems(shallow).isEmpty)
    }

    @Test func refusesWideTableAtItsHeader() {
        let header = "|" + String(repeating: " a |", count: 101) + "\n"
        let delimiter = "|" + String(repeating: "---|", count: 101) + "\n"
        let found = problems("Text.\n\n" + header + delimiter + "| b |\n")
        #expect(found.count == 1)
        #expect(found.first?.line == 3)
        #expect(found.first?.column == 1)
        #expect(found.first?.message == "this table has 101 columns; at most 100 are allowed, as wider tables make reading the Markdown very slow; split it into narrower tables")
    }

    @Test func refusesTableWhoseShortRowsMakeTooManyCells() {
        let table = "|" + String(repeating: " a |", count: 50) + "\n|" + String(repeating: "---|", count: 50) + "\n"
        let found = problems(table + String(repeating: "b\n", count: 1_000))
        #expect(found.first?.message.hasPrefix("this table has 50,050 cells (50 columns in 1,001 rows") == true)
        #expect(found.first?.line == 1)
        #expect(problems(table + String(repeating: "b\n", count: 990)).isEmpty)
    }

    @Test func refusesParagraphWithManyLinksAfterEmphasis() {
        let paragraph = String(repeating: "Some *words* here.\n", count: 1_000) + String(repeating: "[a link](x.md) ", count: 600)
        let found = problems("# Title\n\n" + paragraph + "\n")
        #expect(found.count == 1)
        #expect(found.first?.line == 3)
        #expect(found.first?.column == 1)
        #expect(found.first?.message.hasPrefix("this paragraph has 600 closing brackets (']' of links and others) after 2,000 emphasis marks") == true)
        // The same text with a blank line between the emphasis and the links is fine.
        let split = String(repeating: "Some *words* here.\n", count: 1_000) + "\n" + String(repeating: "[a link](x.md) ", count: 600)
        #expect(problems(split).isEmpty)
    }

    @Test func refusesRepeatedImageBrackets() {
        let found = problems("Text ![[]()" + String(repeating: "![[]()", count: 2_000) + "\n")
        #expect(found.first?.line == 1)
        #expect(found.first?.message.hasPrefix("this paragraph has 2,001 closing brackets") == true)
    }

    @Test func refusesUnclosedCDATAAtTheFirstOne() {
        let found = problems("Intro.\n\nSée <![CDATA[ x " + String(repeating: "a <![CDATA[ x ", count: 2_000) + "\n")
        #expect(found.count == 1)
        #expect(found.first?.line == 3)
        // Columns count scalars: "é" is two bytes and one column.
        #expect(found.first?.column == 5)
        #expect(found.first?.message.hasPrefix("'<![CDATA[' without ']]>' starts 2,001 unclosed HTML markers in this paragraph") == true)
        // Closed ones cost nothing.
        #expect(problems(String(repeating: "a <![CDATA[ x ]]> ", count: 5_000)).isEmpty)
    }

    @Test func refusesUnclosedDeclarationsAndInstructions() {
        #expect(problems("x " + String(repeating: "a <!A ", count: 3_000)).first?.message.hasPrefix("'<!' without '>' starts 3,000") == true)
        #expect(problems("x " + String(repeating: "a <? ", count: 3_000)).first?.message.hasPrefix("'<?' without '?>' starts 3,000") == true)
    }

    @Test func reportsEachKindOnce() {
        // "Ünïcode > > ..." is a paragraph that happens to hold '>': it nests nothing.
        let text = "Ünïcode " + String(repeating: "> ", count: 51) + "a\n\n" + String(repeating: "> ", count: 51) + "é\n\n"
            + String(repeating: "> ", count: 55) + "b\n"
        let found = problems(text)
        #expect(found.count == 1)
        #expect(found.first?.line == 3)
        #expect(found.first?.column == 101)
    }

    @Test func acceptsLongOrdinaryArticles() {
        var article = "# A long guide\n\n"
        for number in 0..<1_500 {
            article += "Paragraph \(number) has *emphasis*, **strong words**, a [link](../learn/page-\(number).md#part) and `code[0] * 2`.\n"
            article += "It goes on over a second line with _more_ and ~~less~~ and [another](https://example.org/\(number)).\n\n"
        }
        article += "| Group | Cost | Format |\n|---|---|---|\n" + String(repeating: "| *AA* | [free](x.md) | in person |\n", count: 2_000)
        article += "\n" + (0..<10).map { String(repeating: "  ", count: $0) + "- level \($0) with [a link](y.md)\n" }.joined()
        article += "\n```c\n" + String(repeating: "x[i] = *p * y[j]; /* [ ] */\n", count: 5_000) + "```\n"
        article += "\n" + String(repeating: "- **Name**: [site](https://example.org) *note*\n", count: 3_000)
        #expect(article.utf8.count > 600_000)
        #expect(problems(article).isEmpty)
    }

    @Test func limitsCanBeChanged() {
        let strict = MarkdownRenderer(options: MarkdownOptions(limits: MarkdownLimits(nestingDepth: 2)))
        #expect(problems("> > > a\n", with: strict).map(\.column) == [5])
        #expect(problems("> > a\n", with: strict).isEmpty)
    }

    @Test func givesUpWaitingForASlowParse() throws {
        // About a third of a second of cmark's time, which no scanned limit refuses.
        let slow = String(repeating: "a*", count: 150_000) + "\n"
        let impatient = MarkdownRenderer(options: MarkdownOptions(limits: MarkdownLimits(timeLimit: .milliseconds(5))))
        var refusal: MarkdownRefusal?
        do {
            _ = try impatient.render(slow)
        } catch {
            refusal = error
        }
        let refused = try #require(refusal)
        // Whatever happens below, no parse outlives the test.
        defer { refused.waitForAbandonedParse() }
        #expect(refused.leftParseRunning)
        #expect(refused.problems.map(\.line) == [nil])
        #expect(refused.problems.first?.message.hasPrefix("reading the Markdown took longer than 0.005 seconds and was given up") == true)
        refused.waitForAbandonedParse()
        // The renderer is unharmed: the next text parses with its own parser.
        #expect(try renderer.render("*fine*\n").html == "<p><em>fine</em></p>\n")
    }
}
