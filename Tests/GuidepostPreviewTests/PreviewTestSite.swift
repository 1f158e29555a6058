import Foundation
import GuidepostCore
@testable import GuidepostPreview
import HummingbirdTesting

/// A copy of the `minimal` fixture site in its own temporary folder, with a secret file beside
/// the site that no request may ever return.
struct PreviewTestSite: Sendable {
    static let fixture = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("GuidepostCoreTests/Fixtures/minimal")

    /// The temporary folder holding the site and the secret.
    let folder: URL
    let root: URL
    /// Text found only in files outside the site.
    let secret = "SECRET-\(UUID().uuidString)"

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("guidepost-preview-\(UUID().uuidString)")
        root = folder.appendingPathComponent("site")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.fixture, to: root)
        try Data(secret.utf8).write(to: folder.appendingPathComponent("secret.txt"))
        try Data(secret.utf8).write(to: root.appendingPathComponent("Package.swift"))
    }

    /// Writes `contents` at `path`, relative to the site root.
    func write(_ path: String, _ contents: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(contents.utf8).write(to: url)
    }

    func remove() {
        try? FileManager.default.removeItem(at: folder)
    }

    var options: BuildOptions {
        BuildOptions(root: root, displayRoot: "")
    }

    /// Builds the site, then runs `body` against the preview's router, in process.
    func withPreview(
        keepAliveInterval: Duration = .seconds(15),
        _ body: @escaping @Sendable (any TestClientProtocol, SiteStore, PreviewSession) async throws -> Void
    ) async throws {
        let store = SiteStore(root: root)
        var session = PreviewSession(options: options, store: store, log: .silent)
        await session.build(changedFiles: nil)
        let built = session
        let app = PreviewServer(store: store, keepAliveInterval: keepAliveInterval)
            .makeApplication(host: "127.0.0.1", port: 0)
        try await withTimeout {
            try await app.test(.router) { client in
                try await body(client, store, built)
            }
        }
    }
}

struct TimedOut: Error {}

/// Runs `operation`, failing with `TimedOut` if it takes longer than `limit`.
///
/// The limits are generous because the whole suite shares two cores; passing tests end as soon
/// as what they wait for happens.
func withTimeout<T: Sendable>(
    _ limit: Duration = .seconds(30), _ operation: @escaping @Sendable () async throws -> T
) async throws -> T {
    try await withThrowingTaskGroup(of: T?.self) { group in
        group.addTask { try await operation() }
        group.addTask {
            try await Task.sleep(for: limit)
            return nil
        }
        defer { group.cancelAll() }
        guard let first = try await group.next(), let value = first else { throw TimedOut() }
        return value
    }
}

/// Waits until `condition` holds, checking every few milliseconds, for at most `limit`.
func waitUntil(within limit: Duration = .seconds(30), _ condition: @Sendable () async -> Bool) async throws {
    let deadline = ContinuousClock.now + limit
    while !(await condition()) {
        guard ContinuousClock.now < deadline else { throw TimedOut() }
        try await Task.sleep(for: .milliseconds(5))
    }
}
