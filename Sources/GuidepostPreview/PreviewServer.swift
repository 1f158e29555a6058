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
/// `Templates/assets/`, and then only from inside those folders.
public struct PreviewServer: Sendable {
    public let store: SiteStore
    /// How often an idle event stream gets a keep-alive comment.
    public var keepAliveInterval: Duration

    public init(store: SiteStore, keepAliveInterval: Duration = .seconds(15)) {
        self.store = store
        self.keepAliveInterval = keepAliveInterval
    }

    /// The routes of the preview.
    public func makeRouter() -> Router<BasicRequestContext> {
        let router = Router(options: .autoGenerateHeadEndpoints)
        // Middleware added first also runs for paths no route matches, so these see every request.
        router.add(middleware: RequestFilter())
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
        var app = Application(
            router: makeRouter(),
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
