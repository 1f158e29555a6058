import Foundation
import GuidepostCore

/// The state of a preview: the last good site, the current build failure if any, the build
/// number, and the browsers listening for changes.
public actor SiteStore {
    /// What a request sees: one consistent view of the store.
    public struct Snapshot: Sendable {
        /// The last site that built without errors; nil until one did.
        public var site: SiteUpdate?
        /// Why the latest build failed; nil when it succeeded.
        public var failure: BuildFailure?
        /// How many builds were recorded, failed ones included.
        public var buildNumber: Int
    }

    /// The site folder, to tell which output files copy which sources.
    public let root: URL
    private var site: SiteUpdate?
    private var failure: BuildFailure?
    /// How many builds were recorded, failed ones included; 0 before the first.
    public private(set) var buildNumber = 0
    private var subscribers: [Int: AsyncStream<PreviewEvent>.Continuation] = [:]
    private var nextSubscriberID = 0
    private var isClosed = false

    public init(root: URL) {
        self.root = root.standardizedFileURL
    }

    public var snapshot: Snapshot {
        Snapshot(site: site, failure: failure, buildNumber: buildNumber)
    }

    /// How many browsers are listening.
    public var subscriberCount: Int { subscribers.count }

    /// Records the result of a build and sends every listening browser what to do.
    ///
    /// - Parameter changedSources: the source paths that triggered the build, nil when unknown.
    /// - Returns: the events sent.
    @discardableResult
    public func record(_ result: Result<SiteUpdate, BuildFailure>, changedSources: Set<String>?) -> [PreviewEvent] {
        let previousBuildSucceeded = site != nil && failure == nil
        buildNumber += 1
        switch result {
        case .success(let update):
            site = update
            failure = nil
        case .failure(let buildFailure):
            failure = buildFailure
        }
        let events = ReloadPlanner.events(
            after: result, build: buildNumber, previousBuildSucceeded: previousBuildSucceeded,
            changedSources: changedSources, root: root
        )
        for continuation in subscribers.values {
            for event in events { continuation.yield(event) }
        }
        return events
    }

    /// Adds a listener; the store sends it every event until the stream or the store is closed.
    ///
    /// - Returns: the current build number, to greet the browser with.
    public func subscribe(_ continuation: AsyncStream<PreviewEvent>.Continuation) -> Int {
        guard !isClosed else {
            continuation.finish()
            return buildNumber
        }
        let id = nextSubscriberID
        nextSubscriberID += 1
        subscribers[id] = continuation
        continuation.onTermination = { _ in
            Task { await self.unsubscribe(id) }
        }
        return buildNumber
    }

    /// Ends every listener's stream and refuses new ones, so that open event streams let the
    /// server shut down.
    public func close() {
        isClosed = true
        let continuations = subscribers.values
        subscribers = [:]
        for continuation in continuations { continuation.finish() }
    }

    private func unsubscribe(_ id: Int) {
        subscribers[id] = nil
    }
}
