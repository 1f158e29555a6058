import GuidepostMarkdown
import Testing

@Suite struct MarkdownRendererTests {
    let renderer = MarkdownRenderer()

    @Test func rendersParagraphWithEmphasis() throws {
        let result = try renderer.render("Hello *world*.\n")
        #expect(result.html == "<p>Hello <em>world</em>.</p>\n")
        #expect(result.wordCount == 2)
    }

    @Test func countsWordsAcrossInlineMarkup() throws {
        #expect(try renderer.render("*Re*covery is a *process*.\n\n## Next step\n").wordCount == 6)
    }

    @Test func givesHeadingsUniqueIDs() throws {
        let result = try renderer.render("## Is it free?\n\ntext\n\n## Is it free?\n\n### 12-step *fellowships*\n")
        #expect(result.html == """
        <h2 id="is-it-free">Is it free?</h2>
        <p>text</p>
        <h2 id="is-it-free-1">Is it free?</h2>
        <h3 id="12-step-fellowships">12-step <em>fellowships</em></h3>

        """)
        #expect(result.headings.map(\.id) == ["is-it-free", "is-it-free-1", "12-step-fellowships"])
        #expect(result.headings.map(\.level) == [2, 2, 3])
        #expect(result.headings.map(\.line) == [1, 5, 7])
        #expect(result.headings[2].text == "12-step fellowships")
    }

    @Test func rendersGFMTable() throws {
        let result = try renderer.render("| Benefit | Example |\n|:--|--:|\n| Hope | Stories |\n")
        #expect(result.html == """
        <div class="table-wrap" role="region" tabindex="0" aria-label="Table: Benefit, Example">
        <table>
        <thead>
        <tr>
        <th align="left">Benefit</th>
        <th align="right">Example</th>
        </tr>
        </thead>
        <tbody>
        <tr>
        <td align="left">Hope</td>
        <td align="right">Stories</td>
        </tr>
        </tbody>
        </table>
        </div>

        """)
    }

    @Test func rendersStrikethroughAutolinkAndTaskList() throws {
        let result = try renderer.render("~~old~~ see https://example.org\n\n- [ ] call\n- [x] go\n")
        #expect(result.html == """
        <p><del>old</del> see <a href="https://example.org">https://example.org</a></p>
        <ul>
        <li><input type="checkbox" disabled="" /> call</li>
        <li><input type="checkbox" checked="" disabled="" /> go</li>
        </ul>

        """)
    }

    @Test func rendersFootnotes() throws {
        let result = try renderer.render("Claim.[^1]\n\n[^1]: Source.\n")
        #expect(result.html.contains("<section class=\"footnotes\""))
        #expect(result.html.contains("href=\"#fn-1\""))
    }

    @Test func omitsRawHTMLByDefault() throws {
        let result = try renderer.render("<script>alert(1)</script>\n\nA <b>bold</b> word.\n")
        #expect(result.html == "<!-- raw HTML omitted -->\n<p>A <!-- raw HTML omitted -->bold<!-- raw HTML omitted --> word.</p>\n")
    }

    @Test func dropsJavaScriptLinksByDefault() throws {
        let result = try renderer.render("[x](javascript:alert(1))\n")
        #expect(result.html == "<p><a href=\"\">x</a></p>\n")
    }

    @Test func filtersDangerousTagsWhenRawHTMLIsAllowed() throws {
        let unsafe = MarkdownRenderer(options: MarkdownOptions(allowsRawHTML: true))
        let result = try unsafe.render("A <b>bold</b> word <script>x</script>.\n")
        #expect(result.html == "<p>A <b>bold</b> word &lt;script>x&lt;/script>.</p>\n")
    }

    @Test func reportsLinkPositionsInScalars() throws {
        let result = try renderer.render("# Tïtle\n\nSee é [the guide](a.md#x) and ![](/i.png).\n")
        #expect(result.links == [
            MarkdownLink(destination: "a.md#x", isImage: false, line: 3, column: 7),
            MarkdownLink(destination: "/i.png", isImage: true, hasEmptyText: true, line: 3, column: 31),
        ])
    }

    @Test func rewritesLinks() throws {
        let result = try renderer.render("[a](a.md) [b](https://x.org)\n") { link in
            link.destination == "a.md" ? "/a/" : nil
        }
        #expect(result.html == "<p><a href=\"/a/\">a</a> <a href=\"https://x.org\">b</a></p>\n")
    }

    @Test func marksExternalLinksWhenAsked() throws {
        let renderer = MarkdownRenderer(options: MarkdownOptions(externalLinkRel: "noopener noreferrer"))
        let result = try renderer.render("[a](https://x.org) [b](/local/) <http://y.org>\n")
        #expect(result.html == """
        <p><a rel="noopener noreferrer" href="https://x.org">a</a> <a href="/local/">b</a> \
        <a rel="noopener noreferrer" href="http://y.org">http://y.org</a></p>

        """)
    }

    @Test func replacesFencedBlocksWhenAsked() throws {
        let source = "Intro\n\n```comparison secular\nrows: all\n```\n\n```swift\nlet x = 1\n```\n"
        var seen: [MarkdownFencedBlock] = []
        let result = try renderer.render(source, renderFencedBlock: { block in
            seen.append(block)
            return block.language == "comparison" ? "<table></table>\n" : nil
        })
        #expect(seen.map(\.language) == ["comparison", "swift"])
        #expect(seen[0] == MarkdownFencedBlock(language: "comparison", arguments: "secular", body: "rows: all\n", line: 3, column: 1))
        #expect(result.html == "<p>Intro</p>\n<table></table>\n<pre lang=\"swift\"><code>let x = 1\n</code></pre>\n")
    }
}
