import Foundation
@testable import GuidepostPreview
import Testing

@Suite struct ReloadScriptTests {
    @Test func insertsTheTagBeforeTheLastClosingBody() {
        let html = "<html><body><p>a</p></body><!-- </body> --></BODY></html>"
        let result = String(decoding: ReloadScript.inject(into: Data(html.utf8)), as: UTF8.self)
        #expect(result == "<html><body><p>a</p></body><!-- </body> -->\(ReloadScript.tag)</BODY></html>")
    }

    @Test func appendsTheTagWhenThereIsNoClosingBody() {
        let result = String(decoding: ReloadScript.inject(into: Data("<p>short</p>".utf8)), as: UTF8.self)
        #expect(result == "<p>short</p>\(ReloadScript.tag)")
    }

    @Test func keepsBytesThatAreNotUTF8() {
        let html = Data([0xFF, 0xFE]) + Data("</body>".utf8)
        #expect(ReloadScript.inject(into: html) == Data([0xFF, 0xFE]) + Data((ReloadScript.tag + "</body>").utf8))
    }
}
