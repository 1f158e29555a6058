import Foundation
@testable import GuidepostPreview
import Testing

/// Connections that never finish a request, many connections at once, and event streams that
/// must outlive the limits placed on idle connections.
@Suite struct LiveConnectionTests {
    /// Starts of requests that never end, and requests whose body never comes.
    static let unfinished: [(name: String, text: String, statuses: [Int])] = [
        ("nothing at all", "", []),
        ("an HTTP/0.9 request", "GET /\r\n", []),
        ("blank lines", "\r\n\r\n", []),
        ("half a request line", "GET /" + String(repeating: "a", count: 1_000), []),
        ("headers without their end", "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: 1\r\n", []),
        ("a header cut in the middle", "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slo", []),
        ("a GET whose body never comes", "GET /robots.txt HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 10\r\n\r\nabc", [200]),
        ("a POST whose body never comes", "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1000\r\n\r\nabc", [405]),
    ]

    @Test func closesConnectionsThatNeverFinishARequest() async throws {
        let site = try PreviewTestSite()
        defer { site.remove() }
        // Three seconds: with the whole suite running in parallel, a GET answered before its body
        // came could lose the race with a one-second limit; the limit is still well under the
        // twenty seconds each connection is given to be closed.
        try await site.withLivePreview(idleTimeout: .seconds(3)) { port, _, _ in
            try await withThrowingTaskGroup(of: (String, RawHTTPExchange).self) { group in
                for copy in 0..<5 {
                    for (name, text, _) in Self.unfinished {
                        group.addTask { ("\(name) #\(copy)", try await RawHTTPExchange.send(text, to: port, within: .seconds(20))) }
                    }
                }
                // While they wait, the preview answers everyone else at once.
                let normal = try await RawHTTPExchange.send(PreviewTestSite.request("/learn/basics/"), to: port, within: .seconds(5))
                #expect(normal.statuses == [200])
                for try await (name, reply) in group {
                    let expected = try #require(Self.unfinished.first { name.hasPrefix($0.name + " #") }).statuses
                    let closed = reply.closedByServer
                    #expect(closed, "\(name): still open after \(reply.received.count) bytes")
                    #expect(reply.statuses == expected, "\(name): \(reply.text.prefix(200))")
                }
            }
        }
    }

    @Test func answersTwoHundredHostileConnectionsAtOnce() async throws {
        let site = try PreviewTestSite()
        defer { site.remove() }
        let secret = site.secret
        let targets = HostilePaths.all
        try await site.withLivePreview { port, _, _ in
            try await withThrowingTaskGroup(of: (String, Int, RawHTTPExchange).self) { group in
                for index in 0..<200 {
                    let (target, status) = targets[index % targets.count]
                    group.addTask { (target, status, try await RawHTTPExchange.send(PreviewTestSite.request(target), to: port)) }
                }
                for try await (target, status, reply) in group {
                    #expect(reply.statuses == [status], "\(target)")
                    HostileRequestTests.expectNothingLeaked(reply.text, secret: secret, target)
                }
            }
        }
    }

    @Test func keepsAnEventStreamOpenLongerThanTheIdleLimit() async throws {
        let site = try PreviewTestSite()
        defer { site.remove() }
        try await site.withLivePreview(idleTimeout: .milliseconds(500)) { port, store, session in
            async let stream = RawHTTPExchange.send(
                PreviewTestSite.request("/__guidepost/events", headers: "Accept: text/event-stream\r\n"), to: port,
                until: "event: reload\ndata: 2\n\n", within: .seconds(20)
            )
            try await waitUntil(within: .seconds(30)) { await store.subscriberCount == 1 }
            // Several idle limits pass without a byte either way (keep-alive comments come every 15 s).
            try await Task.sleep(for: .seconds(2))
            try site.write("Content/learn/next.md", "---\ntitle: Next, edited\n---\nBack to [basics](basics.md).\n")
            var session = session
            await session.build(changedFiles: ["Content/learn/next.md"])
            let reply = try await stream
            #expect(reply.text.contains("event: hello\ndata: 1\n\n"), "\(reply.text)")
            #expect(reply.text.contains("event: reload\ndata: 2\n\n"), "\(reply.text)")
            #expect(!reply.closedByServer)
        }
    }

    /// A stream learns that its browser went away when a write fails, at the latest with the
    /// next keep-alive comment; short ones here, 15 s in the preview.
    @Test func forgetsEventStreamsOnceTheirConnectionsClose() async throws {
        let site = try PreviewTestSite()
        defer { site.remove() }
        try await site.withLivePreview(keepAliveInterval: .milliseconds(200)) { port, store, _ in
            try await withThrowingTaskGroup(of: RawHTTPExchange.self) { group in
                for _ in 0..<60 {
                    group.addTask {
                        try await RawHTTPExchange.send(
                            PreviewTestSite.request("/__guidepost/events"), to: port, until: "event: hello\n", within: .seconds(20)
                        )
                    }
                }
                for try await reply in group {
                    #expect(reply.text.contains("event: hello\ndata: 1\n\n"))
                }
            }
            #expect(await store.subscriberCount > 0)
            // Every connection is closed now: the store must not keep writing to them.
            try await waitUntil(within: .seconds(30)) { await store.subscriberCount == 0 }
        }
    }
}
