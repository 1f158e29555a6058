import Foundation
@testable import GuidepostPreview
import Hummingbird
import HummingbirdTesting
import Testing

/// Hostile requests sent in process: every spelling of a way out of the site, over-long paths
/// and methods the preview does not answer. None may read a file outside the site.
@Suite struct HostileRequestTests {
    /// Fails when `text` holds anything from outside the built site: the secret beside the site,
    /// `/etc/passwd`, or a source file of the site (`site.yml`, a template).
    static func expectNothingLeaked(
        _ text: String, secret: String, _ what: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(!text.contains(secret), "\(what) returned the secret", sourceLocation: sourceLocation)
        #expect(!text.contains("root:x:0:0"), "\(what) returned /etc/passwd", sourceLocation: sourceLocation)
        #expect(!text.contains("title: Minimal Guide"), "\(what) returned site.yml", sourceLocation: sourceLocation)
        #expect(!text.contains("{{"), "\(what) returned a template", sourceLocation: sourceLocation)
    }

    @Test func answersEveryHostilePathWithItsPinnedStatus() async throws {
        let site = try PreviewTestSite()
        defer { site.remove() }
        let secret = site.secret
        try await site.withPreview { client, _, _ in
            for (target, status) in HostilePaths.all {
                for method in [HTTPRequest.Method.get, .head] {
                    let response = try await client.execute(uri: target, method: method)
                    #expect(response.status.code == status, "\(method) \(target): \(response.status)")
                    #expect(response.headers[.cacheControl] == "no-store", "\(method) \(target)")
                    Self.expectNothingLeaked(String(buffer: response.body), secret: secret, "\(method) \(target)")
                    if method == .head { #expect(response.body.readableBytes == 0, "HEAD \(target) has a body") }
                    if let location = response.headers[.location] {
                        #expect(location.hasPrefix("/") && !location.hasPrefix("//"), "\(target) redirects off the site: \(location)")
                    }
                }
            }
        }
    }

    @Test func refusesExactlyThePathsThatCouldLeaveTheSiteBeforeLookingThemUp() {
        for (target, status) in HostilePaths.all {
            let path = target.split(separator: "?", maxSplits: 1).first.map(String.init) ?? target
            #expect((SitePath(path) == nil) == (status == 400), "\(target)")
        }
    }

    @Test func namesTheTableOfHostilePathsOnlyOnce() {
        let targets = HostilePaths.all.map(\.target)
        #expect(Set(targets).count == targets.count)
        #expect(targets.count >= 100)
    }

    /// Paths of 100 KB and more, which the in-process router accepts whatever their length.
    static let longPaths: [(name: String, target: String, status: Int)] = [
        ("100 KB name", "/" + String(repeating: "a", count: 100_000), 404),
        ("50,000 folders", "/" + String(repeating: "a/", count: 50_000), 404),
        ("30,000 times ../", "/" + String(repeating: "../", count: 30_000) + "secret.txt", 400),
        ("15,000 times %2e%2e/", "/" + String(repeating: "%2e%2e/", count: 15_000) + "secret.txt", 400),
        ("20,000 overlong dots", "/" + String(repeating: "%c0%ae", count: 20_000), 400),
        ("100,000 percent signs", "/" + String(repeating: "%", count: 100_000), 400),
        ("100,000 slashes", "/learn" + String(repeating: "/", count: 100_000), 400),
        ("a 100 KB query", "/robots.txt?" + String(repeating: "../", count: 33_000), 200),
    ]

    @Test func answersOverLongPathsQuickly() async throws {
        let site = try PreviewTestSite()
        defer { site.remove() }
        let secret = site.secret
        try await site.withPreview { client, _, _ in
            for (name, target, status) in Self.longPaths {
                let response = try await client.execute(uri: target, method: .get)
                #expect(response.status.code == status, "\(name): \(response.status)")
                Self.expectNothingLeaked(String(buffer: response.body), secret: secret, name)
            }
        }
    }

    /// Methods other than GET and HEAD: standard, WebDAV, cache purges and made-up tokens.
    static let otherMethods = [
        "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "CONNECT", "PROPFIND", "PROPPATCH", "MKCOL",
        "COPY", "MOVE", "LOCK", "UNLOCK", "SEARCH", "PURGE", "BREW", "X-EXPLOIT",
    ]

    @Test func answersEveryOtherMethodWithMethodNotAllowed() async throws {
        let site = try PreviewTestSite()
        defer { site.remove() }
        let secret = site.secret
        try await site.withPreview { client, _, _ in
            for name in Self.otherMethods {
                let method = try #require(HTTPRequest.Method(name))
                for target in ["/", "/robots.txt", "/../secret.txt", "/__guidepost/events"] {
                    let response = try await client.execute(uri: target, method: method)
                    #expect(response.status == .methodNotAllowed, "\(name) \(target): \(response.status)")
                    #expect(response.headers[.allow] == "GET, HEAD", "\(name) \(target)")
                    Self.expectNothingLeaked(String(buffer: response.body), secret: secret, "\(name) \(target)")
                }
            }
        }
    }

    @Test func changesNoFileWhateverTheMethodAndBody() async throws {
        let site = try PreviewTestSite()
        defer { site.remove() }
        let robots = site.root.appendingPathComponent("Content/static/robots.txt")
        let before = try Data(contentsOf: robots)
        try await site.withPreview { client, _, _ in
            for method in [HTTPRequest.Method.put, .post, .patch, .delete] {
                for target in ["/robots.txt", "/../secret.txt", "/Content/static/robots.txt"] {
                    let response = try await client.execute(uri: target, method: method, body: ByteBuffer(string: "Disallow: /\n"))
                    #expect(response.status == .methodNotAllowed, "\(method) \(target)")
                }
            }
            let robotsNow = try await client.execute(uri: "/robots.txt", method: .get)
            #expect(robotsNow.status == .ok)
            #expect(String(buffer: robotsNow.body) == String(decoding: before, as: UTF8.self))
        }
        #expect(try Data(contentsOf: robots) == before)
        #expect(try String(contentsOf: site.folder.appendingPathComponent("secret.txt"), encoding: .utf8) == site.secret)
    }
}
