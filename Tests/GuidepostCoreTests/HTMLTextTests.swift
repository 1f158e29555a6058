@testable import GuidepostCore
import Testing

@Suite struct HTMLTextTests {
    @Test func joinsInlineElementsAndSeparatesBlocks() {
        let html = "<h2 id=\"x\">Call</h2>\n<p>Go to <a href=\"/h/\">Get help now</a>. Or <em>text</em>, &quot;988&quot; &amp; more&#39;s.</p><ul><li>One</li><li>Two</li></ul>"
        #expect(PlainText.of(html: html) == "Call Go to Get help now. Or text, \"988\" & more's. One Two")
    }

    @Test func stopsNearTheLimit() {
        let text = PlainText.of(html: "<p>" + String(repeating: "word ", count: 1_000) + "</p>", limit: 50)
        #expect(text.utf8.count >= 50 && text.utf8.count < 60)
    }

    @Test func escapesTextForHTML() {
        #expect(HTML.escape(#"<a href="x">Tom & Jerry's</a>"#) == "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;")
        #expect(HTML.displayHost("https://www.aa.org/") == "aa.org")
    }
}
