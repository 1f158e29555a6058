import Foundation
@testable import GuidepostPreview
import Hummingbird
import HummingbirdTesting
import Testing

/// No request may read a byte of a file outside the site, whatever its spelling.
@Suite struct PreviewServerSafetyTests {
    /// Paths refused before the site is looked at.
    static let traversalPaths = [
        "/../etc/passwd",
        "/..",
        "/learn/..",
        "/%2e%2e/etc/passwd",
        "/%2E%2E/%2E%2E/etc/passwd",
        "/%2e%2E/secret.txt",
        "/.%2e/.%2e/etc/passwd",
        "/%2e./etc/passwd",
        "/..%2f..%2fetc%2fpasswd",
        "/..%2F..%2F..%2Fsecret.txt",
        "/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
        "/%2E%2E%5C",
        "/%2E%2E%5Cetc%5Cpasswd",
        "/assets/..%5c..%5cPackage.swift",
        "/assets\\..\\..\\Package.swift",
        "/%5c%5cetc/passwd",
        "/%00",
        "/index.html%00.css",
        "/robots.txt%00",
        "//etc/passwd",
        "///etc/passwd",
        "/learn/../../Package.swift",
        "/learn/%2e%2e/%2e%2e/Package.swift",
        "/learn/%2E%2e/basics/",
        "/./index.html",
        "/assets/./style.css",
        "/learn//basics/",
        "/%c0%ae%c0%ae/etc/passwd",
        "/%2",
        "/%zz/",
        "etc/passwd",
        "http://localhost/../secret.txt",
    ]

    /// Harmless paths naming files that are not part of the site.
    static let unpublishedPaths = [
        "/%252e%252e/Package.swift",
        "/Package.swift",
        "/Content/site.yml",
        "/Templates/layout.mustache",
    ]

    @Test func refusesEveryTraversalAttempt() async throws {
        let site = try PreviewTestSite()
        defer { site.remove() }
        let secret = site.secret
        try await site.withPreview { client, _, _ in
            for path in Self.traversalPaths + Self.unpublishedPaths {
                for method in [HTTPRequest.Method.get, .head] {
                    let response = try await client.execute(uri: path, method: method)
                    let body = String(buffer: response.body)
                    #expect([.badRequest, .notFound].contains(response.status), "\(method) \(path): \(response.status)")
                    #expect(!body.contains(secret), "\(path) returned the secret")
                    #expect(!body.contains("root:x:0:0"), "\(path) returned /etc/passwd")
                    #expect(!body.contains("swift-tools-version"), "\(path) returned a package manifest")
                }
            }
        }
    }

    @Test func refusesPathsThatCouldLeaveTheSiteBeforeLookingThemUp() {
        for path in Self.traversalPaths {
            #expect(SitePath(path) == nil, "\(path) was accepted")
        }
        #expect(SitePath("/learn/basics/")?.outputPath == "learn/basics/index.html")
        #expect(SitePath("/")?.outputPath == "index.html")
        #expect(SitePath("/a%20b.txt")?.outputPath == "a b.txt")
    }

    @Test func doesNotFollowALinkOutOfTheStaticFolder() async throws {
        let site = try PreviewTestSite()
        defer { site.remove() }
        let fileManager = FileManager.default
        try fileManager.createSymbolicLink(
            at: site.root.appendingPathComponent("Content/static/leak.txt"),
            withDestinationURL: site.folder.appendingPathComponent("secret.txt")
        )
        try fileManager.createSymbolicLink(
            at: site.root.appendingPathComponent("Content/static/outside"),
            withDestinationURL: site.folder
        )
        let secret = site.secret
        try await site.withPreview { client, _, _ in
            for path in ["/leak.txt", "/outside/secret.txt", "/outside/site/Package.swift"] {
                let response = try await client.execute(uri: path, method: .get)
                #expect(response.status == .notFound, "\(path)")
                #expect(!String(buffer: response.body).contains(secret), "\(path) returned the secret")
            }
        }
    }

    @Test func readsCopiedFilesOnlyFromInsideTheirFolders() throws {
        let site = try PreviewTestSite()
        defer { site.remove() }
        let link = site.root.appendingPathComponent("Templates/assets/link.css")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: site.folder.appendingPathComponent("secret.txt"))
        let reader = StaticFileReader(root: site.root)
        #expect(reader.read(link) == nil)
        #expect(reader.read(site.folder.appendingPathComponent("secret.txt")) == nil)
        #expect(reader.read(site.root.appendingPathComponent("Package.swift")) == nil)
        #expect(reader.read(site.root.appendingPathComponent("Templates/assets/../../Package.swift")) == nil)
        #expect(reader.read(site.root.appendingPathComponent("Templates/assets")) == nil)
        #expect(reader.read(site.root.appendingPathComponent("Templates/assets/style.css")) == Data("body{}\n".utf8))
    }
}
