import Foundation
import GuidepostCore

/// Everything `guidepost serve` does: build the site, serve it, rebuild it whenever a file
/// under `Content/` or `Templates/` changes, until SIGINT or SIGTERM.
public struct PreviewRunner: Sendable {
    public var options: BuildOptions
    public var host: String
    /// The port to listen on; 0 picks a free one.
    public var port: Int
    public var log: PreviewLog

    public init(options: BuildOptions, host: String, port: Int, log: PreviewLog = .console) {
        self.options = options
        self.host = host
        self.port = port
        self.log = log
    }

    /// Builds the site, then serves and rebuilds it until the process is asked to stop.
    ///
    /// - Parameter onListening: called with the port actually bound, once the server accepts
    ///   connections.
    /// - Throws: `FileWatcherError` when the folders cannot be watched, or the server's error when
    ///   it cannot listen.
    public func run(onListening: @escaping @Sendable (Int) async -> Void) async throws {
        // Watch first: a missing site folder stops here, and edits made during the first build count.
        let watcher = try FileWatcher(root: options.root)
        let store = SiteStore(root: options.root)
        var session = PreviewSession(options: options, store: store, log: log)
        await session.build(changedFiles: nil)
        let signals = ShutdownSignals {
            watcher.stop()
            Task { await store.close() }
        }
        defer { signals.cancel() }
        let app = PreviewServer(store: store).makeApplication(host: host, port: port) { port in
            signals.start()
            await onListening(port)
        }
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { [session] in
                var session = session
                await session.run(changes: watcher.changes)
            }
            group.addTask {
                do {
                    // Returns once a signal asked for a graceful shutdown and every response ended.
                    try await app.runService()
                } catch {
                    watcher.stop()
                    await store.close()
                    throw error
                }
                watcher.stop()
                await store.close()
            }
            try await group.waitForAll()
        }
    }
}
