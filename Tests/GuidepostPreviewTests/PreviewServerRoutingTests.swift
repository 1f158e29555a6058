import Foundation
import GuidepostCore
@testable import GuidepostPreview
import Hummingbird
import HummingbirdTesting
import Testing

@Suite struct PreviewServerRoutingTests {
    @Test func servesTheHomePageAtTheRoot() async throws {
        let site = try PreviewTestSite()
        defer { site.remove() }
        try await site.withPreview { client, _, _ in
            let response = try await client.execute(uri: "/", method: .get)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "text/html; charset=utf-8")
            #expect(response.headers[.cacheControl] == "no-store")
            #expect(String(buffer: response.body).contains("<title>Welcome</title>"))
        }
    }

    @Test func servesAFolderPageFromItsIndex() async throws {
        let site = try PreviewTestSite()
        defer { site.remove() }
        try await site.withPreview { client, _, _ in
            let response = try await client.execute(uri: "/learn/basics/", method: .get)
            #expect(response.status == .ok)
            #expect(String(buffer: response.body).contains("<title>Basics &amp; &quot;more&quot;</title>"))
        }
    }

    @Test func redirectsAFolderPageWithoutItsFinalSlash() async throws {
        let site = try PreviewTestSite()
        defer { site.remove() }
        try await site.withPreview { client, _, _ in
            let response = try await client.execute(uri: "/learn/basics?x=1", method: .get)
            #expect(response.status == .movedPermanently)
            #expect(response.headers[.location] == "/learn/basics/?x=1")
            let plain = try await client.execute(uri: "/learn", method: .get)
            #expect(plain.status == .movedPermanently)
            #expect(plain.headers[.location] == "/learn/")
        }
    }

    @Test func servesCopiedFilesWithTheirContentType() async throws {
        let site = try PreviewTestSite()
        defer { site.remove() }
        try await site.withPreview { client, _, _ in
            let css = try await client.execute(uri: "/assets/style.css", method: .get)
            #expect(css.status == .ok)
            #expect(css.headers[.contentType] == "text/css; charset=utf-8")
            #expect(css.headers[.cacheControl] == "no-store")
            let expected = try String(contentsOf: site.root.appendingPathComponent("Templates/assets/style.css"), encoding: .utf8)
            #expect(String(buffer: css.body) == expected)
            let text = try await client.execute(uri: "/robots.txt", method: .get)
            #expect(text.status == .ok)
            #expect(text.headers[.contentType] == "text/plain; charset=utf-8")
        }
    }

    @Test(arguments: [
        ("index.html", "text/html; charset=utf-8"), ("a/b.css", "text/css; charset=utf-8"),
        ("app.js", "text/javascript; charset=utf-8"), ("logo.svg", "image/svg+xml"), ("p.png", "image/png"),
        ("p.JPG", "image/jpeg"), ("p.jpeg", "image/jpeg"), ("p.gif", "image/gif"), ("p.webp", "image/webp"),
        ("favicon.ico", "image/x-icon"), ("d.json", "application/json"), ("feed.xml", "application/xml"),
        ("robots.txt", "text/plain; charset=utf-8"), ("guide.pdf", "application/pdf"), ("f.woff2", "font/woff2"),
        ("archive.tar.gz", "application/octet-stream"), ("README", "application/octet-stream"),
    ])
    func choosesTheContentTypeByExtension(path: String, expected: String) {
        #expect(MediaType.of(path: path) == expected)
    }

    @Test func answersMissingPagesWithTheSiteNotFoundPage() async throws {
        let site = try PreviewTestSite()
        defer { site.remove() }
        try await site.withPreview { client, store, _ in
            let response = try await client.execute(uri: "/no/such/page/", method: .get)
            #expect(response.status == .notFound)
            #expect(response.headers[.contentType] == "text/html; charset=utf-8")
            let notFoundPage = await store.snapshot.site?.files["404.html"]
            guard case .data(let data) = notFoundPage else {
                Issue.record("the site has no 404.html")
                return
            }
            #expect(String(buffer: response.body) == String(decoding: ReloadScript.inject(into: data), as: UTF8.self))
            let asset = try await client.execute(uri: "/assets/missing.css", method: .get)
            #expect(asset.status == .notFound)
        }
    }

    @Test(arguments: [
        ("es/learn/missing/index.html", "es"), ("es", "root"), ("learn/x/index.html", "root"), ("fr/x/index.html", "root"),
    ])
    func findsTheNotFoundPageOfThePathsEdition(path: String, expected: String) {
        let files: [String: SiteFileContents] = ["404.html": .data(Data("root".utf8)), "es/404.html": .data(Data("es".utf8))]
        guard case .data(let data)? = SiteResponder<BasicRequestContext>.notFoundPage(for: path, in: files) else {
            Issue.record("no not-found page")
            return
        }
        #expect(String(decoding: data, as: UTF8.self) == expected)
    }

    @Test func answersOnlyGetAndHead() async throws {
        let site = try PreviewTestSite()
        defer { site.remove() }
        try await site.withPreview { client, _, _ in
            for method in [HTTPRequest.Method.post, .put, .delete, .patch, .options] {
                let response = try await client.execute(uri: "/", method: method)
                #expect(response.status == .methodNotAllowed)
                #expect(response.headers[.allow] == "GET, HEAD")
            }
            let events = try await client.execute(uri: "/__guidepost/events", method: .post)
            #expect(events.status == .methodNotAllowed)
        }
    }

    @Test func answersHeadWithTheHeadersOfGetAndNoBody() async throws {
        let site = try PreviewTestSite()
        defer { site.remove() }
        try await site.withPreview { client, _, _ in
            let get = try await client.execute(uri: "/learn/basics/", method: .get)
            let head = try await client.execute(uri: "/learn/basics/", method: .head)
            #expect(head.status == .ok)
            #expect(head.body.readableBytes == 0)
            #expect(head.headers[.contentLength] == String(get.body.readableBytes))
            #expect(head.headers[.contentType] == "text/html; charset=utf-8")
        }
    }

    @Test func addsTheReloadScriptToHtmlOnly() async throws {
        let site = try PreviewTestSite()
        defer { site.remove() }
        try await site.withPreview { client, _, _ in
            let page = try await client.execute(uri: "/learn/basics/", method: .get)
            #expect(String(buffer: page.body).contains(ReloadScript.tag))
            let missing = try await client.execute(uri: "/nowhere/", method: .get)
            #expect(String(buffer: missing.body).contains(ReloadScript.tag))
            let css = try await client.execute(uri: "/assets/style.css", method: .get)
            #expect(!String(buffer: css.body).contains("reload.js"))
            let script = try await client.execute(uri: "/__guidepost/reload.js", method: .get)
            #expect(script.status == .ok)
            #expect(script.headers[.contentType] == "text/javascript; charset=utf-8")
            #expect(script.headers[.cacheControl] == "no-store")
            #expect(String(buffer: script.body).contains("new EventSource(\"/__guidepost/events\")"))
        }
    }

    @Test func leavesTheBuiltPagesWithoutTheScript() async throws {
        let site = try PreviewTestSite()
        defer { site.remove() }
        try await site.withPreview { _, store, _ in
            let files = await store.snapshot.site?.files ?? [:]
            #expect(!files.isEmpty)
            for case .data(let data) in files.values {
                #expect(!String(decoding: data, as: UTF8.self).contains("reload.js"))
            }
        }
    }

    @Test func answersUnknownPreviewAddressesWithNotFound() async throws {
        let site = try PreviewTestSite()
        defer { site.remove() }
        try await site.withPreview { client, _, _ in
            let response = try await client.execute(uri: "/__guidepost/nothing", method: .get)
            #expect(response.status == .notFound)
            #expect(response.headers[.cacheControl] == "no-store")
        }
    }
}
