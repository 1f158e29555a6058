import Foundation
import Glibc
import Synchronization
import Testing

/// Runs `guidepost meetings fetch` against a feed server on loopback: what it saves, what it
/// prints, and what it refuses.
@Suite struct MeetingsFetchTests {
    typealias Run = GuidepostCommandTests.Run

    static let target = "Content/meetings/test.json"

    /// A new, empty site folder.
    static func site() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("guidepost-fetch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Runs the binary on a thread of its own, so that waiting for it never holds up the server.
    static func guidepost(_ arguments: [String], in folder: URL) async throws -> Run {
        try await withCheckedThrowingContinuation { continuation in
            Thread {
                continuation.resume(with: Result { try GuidepostCommandTests.run(arguments, in: folder) })
            }.start()
        }
    }

    static func fetch(_ path: String, port: Int, in site: URL, _ options: [String] = []) async throws -> Run {
        try await guidepost(["meetings", "fetch", "http://127.0.0.1:\(port)/\(path)", "--to", target] + options, in: site)
    }

    static func contents(_ site: URL) -> String? {
        FileManager.default.contents(atPath: site.appendingPathComponent(target).path).map { String(decoding: $0, as: UTF8.self) }
    }

    static let reminder = "Run 'guidepost check' to see problems in the list."

    // MARK: - Saving

    @Test func firstFetchSavesTheFeedInANewFolder() async throws {
        let site = try Self.site()
        defer { try? FileManager.default.removeItem(at: site) }
        try await FeedServer.run(Self.routes(_:closing:)) { port in
            let run = try await Self.fetch("first.json", port: port, in: site)
            #expect(run.stderr == "")
            #expect(run.stdout == "first snapshot: 3 meetings\nWrote \(Self.target). \(Self.reminder)\n")
            #expect(run.status == 0)
        }
        #expect(Self.contents(site) == Self.first)
        // Nothing is left of the temporary file.
        #expect(try FileManager.default.contentsOfDirectory(atPath: site.appendingPathComponent("Content/meetings").path) == ["test.json"])
    }

    @Test func laterFetchSaysWhatChangedBySlug() async throws {
        let site = try Self.site()
        defer { try? FileManager.default.removeItem(at: site) }
        try await FeedServer.run(Self.routes(_:closing:)) { port in
            #expect(try await Self.fetch("first.json", port: port, in: site).status == 0)
            let run = try await Self.fetch("second.json", port: port, in: site)
            #expect(run.stderr == "")
            #expect(run.stdout == """
            2 added: harbor-lights, quiet-hour
            1 removed: lakeside-step-study
            2 changed: 17, dawn-patrol
            Wrote \(Self.target) (4 meetings). \(Self.reminder)

            """)
            #expect(run.status == 0)
        }
        #expect(Self.contents(site) == Self.second)
    }

    @Test func theSameMeetingsLeaveTheFileUntouched() async throws {
        let site = try Self.site()
        defer { try? FileManager.default.removeItem(at: site) }
        let file = site.appendingPathComponent(Self.target)
        try await FeedServer.run(Self.routes(_:closing:)) { port in
            #expect(try await Self.fetch("first.json", port: port, in: site).status == 0)
            // An old time, so that any write would show.
            try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_000_000_000)], ofItemAtPath: file.path)
            var before = stat()
            try #require(stat(file.path, &before) == 0)
            let run = try await Self.fetch("first-again.json", port: port, in: site)
            #expect(run.stderr == "")
            #expect(run.stdout == "nothing changed: 3 meetings; \(Self.target) left as it was.\n")
            #expect(run.status == 0)
            var after = stat()
            try #require(stat(file.path, &after) == 0)
            #expect(after.st_ino == before.st_ino)
            #expect(after.st_mtim.tv_sec == before.st_mtim.tv_sec && after.st_mtim.tv_nsec == before.st_mtim.tv_nsec)
        }
        #expect(Self.contents(site) == Self.first)
    }

    @Test func followsARedirectOnTheWeb() async throws {
        let site = try Self.site()
        defer { try? FileManager.default.removeItem(at: site) }
        try await FeedServer.run(Self.routes(_:closing:)) { port in
            let run = try await Self.fetch("moved.json", port: port, in: site)
            #expect(run.stdout == "first snapshot: 3 meetings\nWrote \(Self.target). \(Self.reminder)\n")
            #expect(run.status == 0)
        }
        #expect(Self.contents(site) == Self.first)
    }

    // MARK: - Refusals

    /// Fetches `path` into a site whose file holds `first`, and checks that the command failed
    /// with `message` and left the file as it was; returns whether the server had sent its whole
    /// response by the time the command ended (for the slow routes: whether it waited for it).
    @discardableResult
    static func expectRefusal(
        _ path: String, _ options: [String] = [], message: @escaping @Sendable (_ url: String) -> String
    ) async throws -> Bool {
        let site = try Self.site()
        defer { try? FileManager.default.removeItem(at: site) }
        let waitedForTheEnd = Mutex(false)
        try await FeedServer.run(Self.routes(_:closing:)) { port, closing in
            #expect(try await Self.fetch("first.json", port: port, in: site).status == 0)
            let run = try await Self.fetch(path, port: port, in: site, options)
            waitedForTheEnd.withLock { $0 = closing.hasSentAll(of: path) }
            #expect(run.stdout == "")
            #expect(run.stderr == "guidepost: error: \(message("http://127.0.0.1:\(port)/\(path)")); \(Self.target) left as it was\n")
            #expect(run.status == 1)
        }
        #expect(Self.contents(site) == Self.first)
        return waitedForTheEnd.withLock { $0 }
    }

    @Test(arguments: [("missing.json", "404 Not Found"), ("broken.json", "500 Internal Server Error")])
    func anErrorStatusLeavesTheFileAsItWas(_ path: String, _ status: String) async throws {
        try await Self.expectRefusal(path) { "\($0) answered \(status)" }
    }

    @Test(arguments: [
        ("page.html", "it is not JSON; it looks like a web page (HTML)"),
        ("object.json", "it is an object, not a list of meetings"),
        ("cut.json", "it is not valid JSON (line 1, column 1: this list is never closed: the file ends before its ']')"),
        ("strings.json", "item 1 of the list is a string, not a meeting (an object)"),
    ])
    func aBodyThatIsNotAFeedLeavesTheFileAsItWas(_ path: String, _ reason: String) async throws {
        try await Self.expectRefusal(path) { "\($0) did not send a meeting feed: \(reason)" }
    }

    @Test func aBodyLongerThanItSaysIsRefused() async throws {
        try await Self.expectRefusal("large.json", ["--max-bytes", "100000"]) { "\($0) sent more than 100000 bytes (--max-bytes)" }
    }

    @Test func anEndlessBodyIsCutOffWhileItArrives() async throws {
        // The whole body takes 30 seconds to send: ending before the server sent it shows the
        // bytes were counted as they came, whatever the load of the machine.
        let waited = try await Self.expectRefusal("endless.json", ["--max-bytes", "100000"]) { "\($0) sent more than 100000 bytes (--max-bytes)" }
        #expect(!waited)
    }

    @Test func aServerTooSlowForTheTimeoutIsLeft() async throws {
        let waited = try await Self.expectRefusal("slow.json", ["--timeout", "0.3"]) { "\($0) did not send the whole feed within 0.3 seconds (--timeout)" }
        #expect(!waited)
    }

    @Test func aFeedThatKeepsTricklingIsLeftAtTheTimeout() async throws {
        let waited = try await Self.expectRefusal("trickle.json", ["--timeout", "0.6"]) { "\($0) did not send the whole feed within 0.6 seconds (--timeout)" }
        #expect(!waited)
    }

    @Test func aServerThatCannotBeReachedLeavesTheFileAsItWas() async throws {
        // A socket bound to a port but not listening: connecting to it is refused at once, and
        // no other server can take the port while the test holds it.
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        try #require(socket >= 0)
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socket, $0, length) == 0 && getsockname(socket, $0, &length) == 0 }
        }
        try #require(bound)
        let port = Int(UInt16(bigEndian: address.sin_port))
        let site = try Self.site()
        defer { try? FileManager.default.removeItem(at: site) }
        let run = try await Self.fetch("first.json", port: port, in: site)
        #expect(run.stderr.hasPrefix("guidepost: error: cannot download http://127.0.0.1:\(port)/first.json: "))
        #expect(run.stderr.hasSuffix("; nothing was written to \(Self.target)\n"))
        #expect(run.status == 1)
        #expect(Self.contents(site) == nil)
    }

    @Test(arguments: [("to-ftp.json", "ftp://127.0.0.1/feed.json"), ("to-file.json", "file:///etc/passwd")])
    func aRedirectOffTheWebIsRefused(_ path: String, _ location: String) async throws {
        try await Self.expectRefusal(path) { "\($0) redirected to '\(location)', which is not an http or https address" }
    }

    @Test(arguments: ["ftp://127.0.0.1/feed.json", "file:///etc/passwd", "Content/meetings/feed.json"])
    func anAddressOffTheWebIsRefused(_ address: String) async throws {
        let site = try Self.site()
        defer { try? FileManager.default.removeItem(at: site) }
        let run = try await Self.guidepost(["meetings", "fetch", address, "--to", Self.target], in: site)
        #expect(run.stdout == "")
        #expect(run.stderr == "guidepost: error: '\(address)' is not an http or https address; only feeds on the web are fetched\n")
        #expect(run.status == 1)
        #expect(Self.contents(site) == nil)
    }

    @Test func refusesToReplaceAFileThatIsNotAFeed() async throws {
        let site = try Self.site()
        defer { try? FileManager.default.removeItem(at: site) }
        let notes = "# Meeting notes\n"
        try FileManager.default.createDirectory(at: site.appendingPathComponent("Content/meetings"), withIntermediateDirectories: true)
        try Data(notes.utf8).write(to: site.appendingPathComponent(Self.target))
        try await FeedServer.run(Self.routes(_:closing:)) { port in
            let run = try await Self.fetch("first.json", port: port, in: site)
            #expect(run.stdout == "")
            #expect(run.stderr == """
            guidepost: error: \(Self.target) is not a meeting feed (it is not valid JSON (line 1, column 1: expected a value, found '#')); nothing was downloaded. \
            Move the file away or choose another --to

            """)
            #expect(run.status == 1)
        }
        #expect(Self.contents(site) == notes)
    }

    @Test func aFailedFirstFetchWritesNothing() async throws {
        let site = try Self.site()
        defer { try? FileManager.default.removeItem(at: site) }
        try await FeedServer.run(Self.routes(_:closing:)) { port in
            let run = try await Self.fetch("missing.json", port: port, in: site)
            #expect(run.stderr == "guidepost: error: http://127.0.0.1:\(port)/missing.json answered 404 Not Found; nothing was written to \(Self.target)\n")
            #expect(run.status == 1)
        }
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("Content").path))
    }
}
