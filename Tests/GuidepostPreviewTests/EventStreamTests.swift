import Foundation
@testable import GuidepostPreview
import Hummingbird
import HummingbirdTesting
import Synchronization
import Testing

/// The event stream is read whole: the store is closed once the events of interest were sent,
/// which ends the stream as a shutdown does.
@Suite struct EventStreamTests {
    @Test func greetsThenAsksForAReloadAfterARebuild() async throws {
        let site = try PreviewTestSite()
        defer { site.remove() }
        try await site.withPreview { client, store, session in
            var session = session
            async let stream = client.execute(uri: "/__guidepost/events", method: .get)
            try await waitUntil { await store.subscriberCount == 1 }
            try site.write("Content/learn/basics.md", "---\ntitle: Basics, edited\n---\n## First steps\n\nNew text.\n")
            await session.build(changedFiles: ["Content/learn/basics.md"])
            #expect(await store.snapshot.failure == nil)
            await store.close()
            let response = try await stream
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "text/event-stream")
            #expect(response.headers[.cacheControl] == "no-store")
            #expect(String(buffer: response.body) == "event: hello\ndata: 1\n\nevent: reload\ndata: 2\n\n")
            try await waitUntil { await store.subscriberCount == 0 }
        }
    }

    @Test func swapsStylesheetsWhenOnlyCssChanged() async throws {
        let site = try PreviewTestSite()
        defer { site.remove() }
        try await site.withPreview { client, store, session in
            var session = session
            async let stream = client.execute(uri: "/__guidepost/events", method: .get)
            try await waitUntil { await store.subscriberCount == 1 }
            try site.write("Templates/assets/style.css", "body { color: teal; }\n")
            await session.build(changedFiles: ["Templates/assets/style.css"])
            #expect(await store.snapshot.failure == nil)
            await store.close()
            let body = String(buffer: try await stream.body)
            #expect(body == "event: hello\ndata: 1\n\nevent: css\ndata: /assets/style.css\n\n")
        }
    }

    @Test func reloadsWhenACssChangeComesWithOtherChanges() async throws {
        let site = try PreviewTestSite()
        defer { site.remove() }
        try await site.withPreview { client, store, session in
            var session = session
            async let stream = client.execute(uri: "/__guidepost/events", method: .get)
            try await waitUntil { await store.subscriberCount == 1 }
            try site.write("Templates/assets/style.css", "body { color: teal; }\n")
            try site.write("Content/learn/next.md", "---\ntitle: Next, edited\n---\nBack.\n")
            await session.build(changedFiles: ["Templates/assets/style.css", "Content/learn/next.md"])
            #expect(await store.snapshot.failure == nil)
            await store.close()
            #expect(String(buffer: try await stream.body) == "event: hello\ndata: 1\n\nevent: reload\ndata: 2\n\n")
        }
    }

    @Test func reloadsOnAFailedBuildSoThatTheErrorsShow() async throws {
        let site = try PreviewTestSite()
        defer { site.remove() }
        try await site.withPreview { client, store, session in
            var session = session
            async let stream = client.execute(uri: "/__guidepost/events", method: .get)
            try await waitUntil { await store.subscriberCount == 1 }
            try site.write("Content/learn/next.md", "---\ntitle: Next\nweight: heavy\n---\n")
            await session.build(changedFiles: ["Content/learn/next.md"])
            try site.write("Templates/assets/style.css", "body { color: teal; }\n")
            await session.build(changedFiles: ["Templates/assets/style.css"])
            await store.close()
            let body = String(buffer: try await stream.body)
            #expect(body == "event: hello\ndata: 1\n\nevent: reload\ndata: 2\n\nevent: reload\ndata: 3\n\n")
        }
    }

    /// Keeps what a response body writes, as it is written.
    final class RecordingWriter: ResponseBodyWriter, Sendable {
        private let written = Mutex("")

        var text: String { written.withLock { $0 } }

        func write(_ buffer: ByteBuffer) async throws {
            written.withLock { $0 += String(buffer: buffer) }
        }

        func finish(_ trailingHeaders: HTTPFields?) async throws {}
    }

    @Test func sendsKeepAliveCommentsWhileIdle() async throws {
        let site = try PreviewTestSite()
        defer { site.remove() }
        let store = SiteStore(root: site.root)
        let response = EventStream(store: store, keepAliveInterval: .milliseconds(5)).response()
        let writer = RecordingWriter()
        let streaming = Task { try await response.body.write(writer) }
        try await waitUntil { writer.text.contains(": keep-alive\n\n") }
        await store.close()
        try await withTimeout { try await streaming.value }
        #expect(writer.text.hasPrefix("event: hello\ndata: 0\n\n: keep-alive\n\n"))
    }

    @Test func endsNewStreamsRightAwayOnceClosed() async throws {
        let site = try PreviewTestSite()
        defer { site.remove() }
        try await site.withPreview { client, store, _ in
            await store.close()
            let response = try await client.execute(uri: "/__guidepost/events", method: .get)
            #expect(String(buffer: response.body) == "event: hello\ndata: 1\n\n")
        }
    }
}
