import Foundation
import Glibc
@testable import GuidepostPreview
import Hummingbird
import HummingbirdTesting
import Testing

/// Symbolic links in the folders the preview copies files from, or in place of those folders,
/// that lead out of the site: none may be followed, and links inside the site still work.
@Suite struct StaticFileLinkTests {
    static func link(_ path: String, in site: PreviewTestSite, to destination: String) throws {
        let url = site.root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: url.path, withDestinationPath: destination)
    }

    /// Asks for each target and expects its status, and nothing from outside the site.
    static func expect(
        _ expected: [(target: String, status: Int)], from client: any TestClientProtocol, site: PreviewTestSite,
        sourceLocation: SourceLocation = #_sourceLocation
    ) async throws {
        for (target, status) in expected {
            let response = try await client.execute(uri: target, method: .get)
            #expect(response.status.code == status, "\(target): \(response.status)", sourceLocation: sourceLocation)
            HostileRequestTests.expectNothingLeaked(
                String(buffer: response.body), secret: site.secret, target, sourceLocation: sourceLocation
            )
        }
    }

    @Test func followsNoLinkInTheStaticFoldersThatLeadsOutOfThem() async throws {
        let site = try PreviewTestSite()
        defer { site.remove() }
        let secret = site.folder.appendingPathComponent("secret.txt").path
        try Self.link("Content/static/absolute.txt", in: site, to: secret)
        try Self.link("Content/static/relative.txt", in: site, to: "../../../secret.txt")
        try Self.link("Content/static/passwd.txt", in: site, to: "/etc/passwd")
        try Self.link("Content/static/site.yml", in: site, to: "../site.yml")
        try Self.link("Content/static/chain.txt", in: site, to: "absolute.txt")
        try Self.link("Content/static/outside", in: site, to: site.folder.path)
        try Self.link("Content/static/root", in: site, to: "/")
        try Self.link("Templates/assets/secret.css", in: site, to: secret)
        try Self.link("Templates/assets/layout.css", in: site, to: "../layout.mustache")
        try await site.withPreview { client, _, _ in
            try await Self.expect([
                ("/absolute.txt", 404), ("/relative.txt", 404), ("/passwd.txt", 404), ("/site.yml", 404),
                ("/chain.txt", 404), ("/outside/secret.txt", 404), ("/root/etc/passwd", 404),
                ("/assets/secret.css", 404), ("/assets/layout.css", 404),
            ], from: client, site: site)
        }
    }

    @Test func followsLinksThatStayInsideTheStaticFolders() async throws {
        let site = try PreviewTestSite()
        defer { site.remove() }
        try Self.link("Content/static/robots-copy.txt", in: site, to: "robots.txt")
        try Self.link("Content/static/theme.css", in: site, to: "../../Templates/assets/style.css")
        try await site.withPreview { client, _, _ in
            let copy = try await client.execute(uri: "/robots-copy.txt", method: .get)
            #expect(copy.status == .ok)
            #expect(String(buffer: copy.body) == "User-agent: *\n")
            let theme = try await client.execute(uri: "/theme.css", method: .get)
            #expect(theme.status == .ok)
            #expect(String(buffer: theme.body) == "body{}\n")
        }
    }

    /// A guide from someone else may come with `Content/static` or `Templates/assets` linked to
    /// a folder of the publisher's; the preview must not serve that folder.
    @Test(arguments: ["Content/static", "Templates/assets", "Content"])
    func servesNothingFromAFolderThatIsALinkOutOfTheSite(folder: String) async throws {
        let site = try PreviewTestSite()
        defer { site.remove() }
        let fileManager = FileManager.default
        let outside = site.folder.appendingPathComponent("elsewhere")
        try fileManager.moveItem(at: site.root.appendingPathComponent(folder), to: outside)
        try Data(site.secret.utf8).write(to: outside.appendingPathComponent(folder == "Content" ? "static/keys.txt" : "keys.txt"))
        try Self.link(folder, in: site, to: outside.path)
        try await site.withPreview { client, store, _ in
            let files = await store.snapshot.site?.files ?? [:]
            let published = folder == "Templates/assets" ? "assets/keys.txt" : "keys.txt"
            // The build lists the file; the preview still refuses to read it.
            #expect(files[published] != nil, "\(files.keys.sorted())")
            try await Self.expect([("/" + published, 404)], from: client, site: site)
        }
    }

    @Test func servesASiteReachedThroughALink() async throws {
        let site = try PreviewTestSite()
        defer { site.remove() }
        let linked = site.folder.appendingPathComponent("linked-site")
        try FileManager.default.createSymbolicLink(at: linked, withDestinationURL: site.root)
        let reader = StaticFileReader(root: linked)
        #expect(reader.read(linked.appendingPathComponent("Content/static/robots.txt")) == Data("User-agent: *\n".utf8))
        #expect(reader.read(linked.appendingPathComponent("Templates/assets/style.css")) == Data("body{}\n".utf8))
        #expect(reader.read(linked.appendingPathComponent("Content/site.yml")) == nil)
    }

    /// What a copied file is may change between the build and the request: it is checked again
    /// when it is read.
    @Test func checksACopiedFileAgainWhenItIsRead() async throws {
        let site = try PreviewTestSite()
        defer { site.remove() }
        try site.write("Content/static/fifo.txt", "a file, for now\n")
        try site.write("Content/static/folder.txt", "a file, for now\n")
        try await site.withPreview { client, _, _ in
            let fileManager = FileManager.default
            let robots = site.root.appendingPathComponent("Content/static/robots.txt")
            try fileManager.removeItem(at: robots)
            try fileManager.createSymbolicLink(at: robots, withDestinationURL: site.folder.appendingPathComponent("secret.txt"))
            let fifo = site.root.appendingPathComponent("Content/static/fifo.txt")
            try fileManager.removeItem(at: fifo)
            // A named pipe with no writer: opening it to read it would wait forever.
            #expect(mkfifo(fifo.path, 0o600) == 0)
            let folder = site.root.appendingPathComponent("Content/static/folder.txt")
            try fileManager.removeItem(at: folder)
            try fileManager.createDirectory(at: folder, withIntermediateDirectories: false)
            try await Self.expect([("/robots.txt", 404), ("/fifo.txt", 404), ("/folder.txt", 404)], from: client, site: site)
        }
    }

    /// The preview keeps the site in memory: an `Output/` folder, links and all, is never read.
    @Test func neverReadsTheOutputFolder() async throws {
        let site = try PreviewTestSite()
        defer { site.remove() }
        try site.write("Output/only-in-output.html", "<p>\(site.secret)</p>\n")
        try Self.link("Output/leak.txt", in: site, to: site.folder.appendingPathComponent("secret.txt").path)
        try Self.link("Output/outside", in: site, to: site.folder.path)
        try await site.withPreview { client, _, _ in
            try await Self.expect([
                ("/only-in-output.html", 404), ("/Output/only-in-output.html", 404), ("/leak.txt", 404),
                ("/Output/leak.txt", 404), ("/outside/secret.txt", 404), ("/Output/outside/secret.txt", 404),
            ], from: client, site: site)
        }
    }

    /// Links that lead nowhere fail the build, as other unreadable files do; the preview keeps
    /// answering, with the error page for pages and the last good build for other files.
    @Test func survivesLinkLoopsAndDanglingLinksAddedWhileItRuns() async throws {
        let site = try PreviewTestSite()
        defer { site.remove() }
        try await site.withPreview { client, store, session in
            try Self.link("Content/static/loop.txt", in: site, to: "loop.txt")
            try Self.link("Content/static/ping.txt", in: site, to: "pong.txt")
            try Self.link("Content/static/pong.txt", in: site, to: "ping.txt")
            try Self.link("Content/static/dangling.txt", in: site, to: "missing.txt")
            var session = session
            await session.build(changedFiles: ["Content/static/loop.txt", "Content/static/ping.txt", "Content/static/pong.txt", "Content/static/dangling.txt"])
            #expect(await store.snapshot.failure != nil)
            try await Self.expect([
                ("/loop.txt", 404), ("/ping.txt", 404), ("/dangling.txt", 404), ("/robots.txt", 200), ("/", 500),
            ], from: client, site: site)
            let page = try await client.execute(uri: "/", method: .get)
            #expect(String(buffer: page.body).contains("Content/static/loop.txt"))
        }
    }

    @Test func entersNoLinkedFolder() async throws {
        let site = try PreviewTestSite()
        defer { site.remove() }
        try Self.link("Content/static/folder-loop", in: site, to: ".")
        try Self.link("Content/static/up", in: site, to: "..")
        try await site.withPreview { client, _, _ in
            try await Self.expect([
                ("/folder-loop/robots.txt", 404), ("/folder-loop/folder-loop/robots.txt", 404),
                ("/up/site.yml", 404), ("/up/static/robots.txt", 404), ("/robots.txt", 200),
            ], from: client, site: site)
        }
    }
}
