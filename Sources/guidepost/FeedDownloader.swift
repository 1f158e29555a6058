import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Downloads a meeting feed over http or https, within a size and a time limit.
///
/// The size is counted while the body arrives, and the download stops as soon as it passes the
/// limit (or at once when the server announces a longer body), so a feed that never ends cannot
/// fill memory. The time limit covers the whole exchange, redirects included. Redirects are
/// followed only to http and https addresses, at most `maxRedirects` of them.
struct FeedDownloader: Sendable {
    /// The most bytes of body accepted.
    var maxBytes: Int
    /// How long the whole download may take.
    var timeout: Duration
    static let maxRedirects = 10

    /// Why a download gave no feed body.
    enum Failure: Error, Sendable, Hashable {
        /// The server answered with this status, not 2xx.
        case status(Int)
        /// The body is longer than `maxBytes`.
        case tooLarge
        /// The download did not finish within `timeout`.
        case timedOut
        /// A redirect led to an address that is not http or https.
        case redirectRefused(location: String)
        /// More than `maxRedirects` redirects.
        case tooManyRedirects
        /// The server could not be reached, or the connection broke.
        case network(String)
    }

    /// The body that `url` answers with.
    func download(_ url: URL) async throws(Failure) -> Data {
        // FoundationNetworking's own timeouts only restart whenever bytes arrive, and one under a
        // second ends the download at once: the timer below keeps the limit, these only back it up.
        let seconds = (Double(timeout.components.seconds) + Double(timeout.components.attoseconds) / 1e18).rounded(.up) + 1
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = seconds
        configuration.timeoutIntervalForResource = seconds
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.urlCache = nil
        configuration.httpCookieStorage = nil
        let delegate = FeedDownloadDelegate(maxBytes: maxBytes)
        // One queue for the delegate's events and the timer's cancel, so that the cancel never
        // falls between a redirect event and its answer, which FoundationNetworking cannot take.
        let events = OperationQueue()
        events.maxConcurrentOperationCount = 1
        let session = URLSession(configuration: configuration, delegate: delegate, delegateQueue: events)
        defer { session.finishTasksAndInvalidate() }
        var request = URLRequest(url: url)
        request.setValue("application/json", forHTTPHeaderField: "Accept")
        request.setValue("Guidepost (meetings fetch)", forHTTPHeaderField: "User-Agent")
        let task = session.dataTask(with: request)
        let timer = Task { [timeout] in
            try await Task.sleep(for: timeout)
            events.addOperation { delegate.stop(task, because: .timedOut) }
        }
        defer { timer.cancel() }
        let result = await withCheckedContinuation { continuation in
            delegate.start(task, reportingTo: continuation)
        }
        return try result.get()
    }
}
