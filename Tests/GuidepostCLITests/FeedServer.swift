import Foundation
import Hummingbird
import Synchronization
import Testing

/// A web server on a free port of 127.0.0.1, for the tests of `guidepost meetings fetch`.
enum FeedServer {
    /// Tells slow routes that the test is over: a server waits for its responses to end before
    /// it stops, and a route that waits for nothing would hold the test up.
    /// It also notes which slow routes sent their whole response, so that a test can tell a
    /// download that was cut off from one that waited for the end, whatever the machine's load.
    final class Closing: Sendable {
        private let closed = Mutex(false)
        private let sentWhole = Mutex<Set<String>>([])

        var isClosed: Bool { closed.withLock { $0 } }

        /// Notes that the route at `path` sent all it had to send.
        func sentAll(of path: String) {
            sentWhole.withLock { _ = $0.insert(path) }
        }

        /// Whether the route at `path` has sent all it had to send.
        func hasSentAll(of path: String) -> Bool {
            sentWhole.withLock { $0.contains(path) }
        }

        func close() {
            closed.withLock { $0 = true }
        }

        /// Waits `duration`, or less once the server is closing.
        func wait(_ duration: Duration) async throws {
            let end = ContinuousClock.now + duration
            while !isClosed && ContinuousClock.now < end {
                try await Task.sleep(for: .milliseconds(20))
            }
        }
    }

    /// Runs `body` with the port of a server answering the routes that `configure` adds, then
    /// stops the server.
    static func run(
        _ configure: (Router<BasicRequestContext>, Closing) -> Void,
        _ body: @Sendable (_ port: Int) async throws -> Void
    ) async throws {
        try await run(configure) { port, _ in try await body(port) }
    }

    /// Runs `body` with the port of the server and what its routes note, then stops the server.
    static func run(
        _ configure: (Router<BasicRequestContext>, Closing) -> Void,
        _ body: @Sendable (_ port: Int, _ closing: Closing) async throws -> Void
    ) async throws {
        let router = Router()
        let closing = Closing()
        configure(router, closing)
        let (ports, listening) = AsyncStream.makeStream(of: Int.self)
        var app = Application(
            router: router,
            configuration: ApplicationConfiguration(address: .hostname("127.0.0.1", port: 0), serverName: "feed-server"),
            onServerRunning: { channel in
                listening.yield(channel.localAddress?.port ?? 0)
                listening.finish()
            }
        )
        app.logger.logLevel = .critical
        let server = app
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                // A server that cannot start ends the wait for its port.
                defer { listening.finish() }
                try await server.runService(gracefulShutdownSignals: [])
            }
            var next = ports.makeAsyncIterator()
            let port = try #require(await next.next(), "the feed server did not start")
            defer {
                closing.close()
                group.cancelAll()
            }
            try await body(port, closing)
        }
    }
}
