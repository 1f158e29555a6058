import Foundation
import GuidepostCore
@testable import GuidepostPreview
import HummingbirdTesting
import Testing

@Suite struct ErrorPageTests {
    static let brokenArticle = "---\ntitle: Next <b>\nweight: heavy\n---\nBack.\n"

    @Test func showsEveryErrorInsteadOfPagesWhileTheBuildFails() async throws {
        let site = try PreviewTestSite()
        defer { site.remove() }
        try await site.withPreview { client, _, session in
            var session = session
            try site.write("Content/learn/next.md", Self.brokenArticle)
            await session.build(changedFiles: ["Content/learn/next.md"])
            for path in ["/", "/learn/basics/", "/learn/next/", "/no/such/page/", "/learn"] {
                let response = try await client.execute(uri: path, method: .get)
                #expect(response.status == .internalServerError, "\(path)")
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                let body = String(buffer: response.body)
                #expect(body.contains("<p class=\"location\">Content/learn/next.md:3:9</p>"))
                #expect(body.contains("error: &#39;weight&#39; must be a whole number, found &#39;heavy&#39;"))
                #expect(body.contains("<pre>weight: heavy\n        ^</pre>"))
                #expect(body.contains(ReloadScript.tag))
                #expect(!body.contains("<link"), "the error page must not depend on the theme")
            }
        }
    }

    @Test func escapesTheDiagnosticText() throws {
        let failure = BuildFailure([
            .error("unknown key '<script>alert(1)</script>'", file: "Content/a&b.md", line: 1, column: 1, in: "<script>x</script>"),
        ])
        let html = ErrorPage.html(for: failure, build: 3)
        #expect(!html.contains("<script>alert"))
        #expect(html.contains("Content/a&amp;b.md:1:1"))
        #expect(html.contains("unknown key &#39;&lt;script&gt;alert(1)&lt;/script&gt;&#39;"))
        #expect(html.contains("<pre>&lt;script&gt;x&lt;/script&gt;\n^</pre>"))
        #expect(html.contains("1 error"))
    }

    @Test func keepsServingAssetsOfTheLastGoodBuild() async throws {
        let site = try PreviewTestSite()
        defer { site.remove() }
        try await site.withPreview { client, _, session in
            var session = session
            try site.write("Content/learn/next.md", Self.brokenArticle)
            await session.build(changedFiles: ["Content/learn/next.md"])
            let css = try await client.execute(uri: "/assets/style.css", method: .get)
            #expect(css.status == .ok)
            #expect(String(buffer: css.body) == "body{}\n")
            let text = try await client.execute(uri: "/robots.txt", method: .get)
            #expect(text.status == .ok)
        }
    }

    @Test func comesBackByItselfOnceTheFileIsFixed() async throws {
        let site = try PreviewTestSite()
        defer { site.remove() }
        try await site.withPreview { client, _, session in
            var session = session
            try site.write("Content/learn/next.md", Self.brokenArticle)
            await session.build(changedFiles: ["Content/learn/next.md"])
            try site.write("Content/learn/next.md", "---\ntitle: Next again\n---\nBack.\n")
            let events = await session.build(changedFiles: ["Content/learn/next.md"])
            #expect(events == [.reload(build: 3)])
            let page = try await client.execute(uri: "/learn/next/", method: .get)
            #expect(page.status == .ok)
            #expect(String(buffer: page.body).contains("<title>Next again</title>"))
        }
    }
}
