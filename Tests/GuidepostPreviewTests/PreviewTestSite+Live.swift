import Foundation
@testable import GuidepostPreview
import HummingbirdTesting
import Testing

extension PreviewTestSite {
    /// Builds the site, then runs `body` against the preview listening on a free port of
    /// `127.0.0.1`, for tests that talk to it over a real socket.
    ///
    /// - Parameters:
    ///   - idleTimeout: how long the server keeps a connection without a complete request.
    ///     Long by default: with the whole suite running, a busy server can take seconds to
    ///     read a request that arrived at once, and must not close it as idle meanwhile. Tests
    ///     of unfinished requests set a short one.
    ///   - keepAliveInterval: how often event streams get a keep-alive comment.
    func withLivePreview(
        idleTimeout: Duration = .seconds(20),
        keepAliveInterval: Duration = .seconds(15),
        _ body: @escaping @Sendable (_ port: Int, SiteStore, PreviewSession) async throws -> Void
    ) async throws {
        let store = SiteStore(root: root)
        var session = PreviewSession(options: options, store: store, log: .silent)
        await session.build(changedFiles: nil)
        let built = session
        let app = PreviewServer(store: store, keepAliveInterval: keepAliveInterval, idleTimeout: idleTimeout).makeApplication(host: "127.0.0.1", port: 0)
        try await withTimeout(.seconds(60)) {
            try await app.test(.live) { client in
                let port = try #require(client.port)
                try await body(port, store, built)
                // Nothing may have shut the server down or wedged it.
                let after = try await RawHTTPExchange.send(Self.request("/"), to: port)
                #expect(after.statuses == [200], "the server no longer answers a normal request")
                await store.close()
            }
        }
    }

    /// A complete GET request for `target` with a `Host` of this computer, as raw text.
    static func request(_ target: String, method: String = "GET", headers: String = "") -> String {
        "\(method) \(target) HTTP/1.1\r\nHost: 127.0.0.1\r\n\(headers)Connection: close\r\n\r\n"
    }
}
