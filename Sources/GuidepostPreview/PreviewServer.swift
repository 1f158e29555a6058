import Foundation
import Hummingbird

/// The preview's HTTP server: the site from memory, the live-reload script and its event stream.
///
/// ```swift
/// let server = PreviewServer(store: store)
/// let app = server.makeApplication(host: "127.0.0.1", port: 8080) { port in print(port) }
/// try await app.runService()
/// ```
///
/// Only GET and HEAD are answered, and only for paths that name a file of the built site:
/// nothing is read from disk except the copied files of `Content/static/` and
/// `Templates/assets/`, and then only from inside those folders. While the server listens on
/// loopback, it only answers requests addressed to this computer (see `AllowedHosts`).
public struct PreviewServer: Sendable {
    public let store: SiteStore
    /// How often an idle event stream gets a keep-alive comment.
    public var keepAliveInterval: Duration
    /// How long a connection may stay without a complete request before it is closed, so that
    /// clients that connect and send nothing, or half a request, cannot pile up. Open responses,
    /// such as an event stream, are never cut.
    public var idleTimeout: Duration

    public init(store: SiteStore, keepAliveInterval: Duration = .seconds(15), idleTimeout: Duration = .seconds(30)) {
        self.store = store
        self.keepAliveInterval = keepAliveInterval
        self.idleTimeout = idleTimeout
    }

    /// The routes of the preview, for a server listening on `host`.
    public func makeRouter(listeningOn host: String = "127.0.0.1") -> Router<BasicRequestContext> {
        let router = Router(options: .autoGenerateHeadEndpoints)
        // Middleware added first also runs for paths no route matches, so these see every request.
        router.add(middleware: RequestFilter(hosts: AllowedHosts(listeningOn: host)))
        router.add(middleware: SiteResponder(store: store, reader: StaticFileReader(root: store.root)))
        let events = EventStream(store: store, keepAliveInterval: keepAliveInterval)
        router.get(RouterPath(ReloadScript.eventsPath)) { _, _ in
            events.response()
        }
        router.get(RouterPath(ReloadScript.path)) { _, _ in
            PreviewResponse.bytes(Data(ReloadScript.source.utf8), mediaType: MediaType.javaScript)
        }
        return router
    }

    /// The application listening on `host` and `port` (0 picks a free port).
    ///
    /// - Parameter onListening: called with the port actually bound, once the server accepts
    ///   connections.
    public func makeApplication(
        host: String,
        port: Int,
        onListening: @escaping @Sendable (Int) async -> Void = { _ in }
    ) -> some ApplicationProtocol {
        let idle = idleTimeout.components
        let idleNanoseconds = idle.seconds * 1_000_000_000 + idle.attoseconds / 1_000_000_000
        var app = Application(
            router: makeRouter(listeningOn: host),
            server: .http1(configuration: .init(idleTimeout: .nanoseconds(idleNanoseconds))),
            configuration: ApplicationConfiguration(address: .hostname(host, port: port), serverName: "Guidepost preview"),
            onServerRunning: { channel in
                await onListening(channel.localAddress?.port ?? port)
            }
        )
        // The command prints its own messages; the server only reports what goes badly wrong.
        app.logger.logLevel = .critical
        return app
    }
}
