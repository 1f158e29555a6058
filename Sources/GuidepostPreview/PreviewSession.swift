import Foundation
import GuidepostCore

/// Builds a site for the preview, again after each batch of changes, and hands every result to
/// the store, which tells the open pages.
///
/// ```swift
/// var session = PreviewSession(options: options, store: store)
/// await session.build(changedFiles: nil)
/// await session.run(changes: watcher.changes)
/// ```
///
/// Builds run one after the other: the session is a value owned by the one task that drives it.
public struct PreviewSession: Sendable {
    public let store: SiteStore
    public let log: PreviewLog
    private var builder: IncrementalSiteBuilder

    public init(options: BuildOptions, store: SiteStore, log: PreviewLog = .console) {
        self.store = store
        self.log = log
        self.builder = IncrementalSiteBuilder(options: options)
    }

    /// Builds the site, records the result in the store and logs one line.
    ///
    /// - Parameter changedFiles: the source paths that changed (`Content/learn/x.md`), nil for
    ///   the first build or when unknown.
    /// - Returns: the events sent to the open pages.
    @discardableResult
    public mutating func build(changedFiles: Set<String>?) async -> [PreviewEvent] {
        let result = await builder.build(changedFiles: changedFiles)
        let events = await store.record(result, changedSources: changedFiles)
        report(result, changedFiles: changedFiles)
        return events
    }

    /// Rebuilds after each batch of `changes` until the sequence ends.
    public mutating func run<Changes: AsyncSequence>(changes: Changes) async
    where Changes.Element == Set<String>, Changes.Failure == Never {
        for await batch in changes {
            await build(changedFiles: batch)
        }
    }

    // MARK: - Logging

    private func report(_ result: Result<SiteUpdate, BuildFailure>, changedFiles: Set<String>?) {
        switch result {
        case .success(let update):
            for warning in update.warnings { log.errors(warning.description + "\n") }
            if let changedFiles {
                let pages = "\(update.pagesRendered) \(update.pagesRendered == 1 ? "page" : "pages") rendered"
                log.output("Rebuilt in \(update.milliseconds) ms (changed: \(Self.list(changedFiles)); \(pages))\n")
            } else {
                log.output("Built \(update.pagesRendered) \(update.pagesRendered == 1 ? "page" : "pages") in \(update.milliseconds) ms.\n")
            }
        case .failure(let failure):
            for diagnostic in failure.diagnostics { log.errors(diagnostic.description + "\n") }
            let count = failure.errorCount
            let errors = "\(count) \(count == 1 ? "error" : "errors")"
            let what = changedFiles == nil ? "Build" : "Rebuild"
            log.errors("\(what) failed: \(errors). Showing the errors in the browser.\n")
        }
    }

    /// The changed paths for the log line: the first few, sorted, and how many more.
    static func list(_ paths: Set<String>, limit: Int = 3) -> String {
        let sorted = paths.sorted()
        let shown = sorted.prefix(limit).joined(separator: ", ")
        return sorted.count > limit ? "\(shown) and \(sorted.count - limit) more" : shown
    }
}
