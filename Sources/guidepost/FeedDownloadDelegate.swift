import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import GuidepostCore
import Synchronization

/// Receives a download's events from URLSession, on one serial queue, and keeps the body
/// within the limit.
final class FeedDownloadDelegate: NSObject, URLSessionDataDelegate, Sendable {
    private struct State {
        var body = Data()
        var failure: FeedDownloader.Failure?
        var redirects = 0
        var continuation: CheckedContinuation<Result<Data, FeedDownloader.Failure>, Never>?
    }

    private let maxBytes: Int
    private let state = Mutex(State())

    init(maxBytes: Int) {
        self.maxBytes = maxBytes
    }

    /// Starts `task`; `continuation` gets the body or the reason there is none, once.
    func start(_ task: URLSessionDataTask, reportingTo continuation: CheckedContinuation<Result<Data, FeedDownloader.Failure>, Never>) {
        state.withLock { $0.continuation = continuation }
        task.resume()
    }

    /// Ends the download with `failure`, unless it already ended otherwise.
    func stop(_ task: URLSessionTask, because failure: FeedDownloader.Failure) {
        record(failure)
        task.cancel()
    }

    /// Keeps `failure` as the outcome, unless there already is one.
    private func record(_ failure: FeedDownloader.Failure) {
        state.withLock { state in
            if state.failure == nil { state.failure = failure }
        }
    }

    // MARK: - URLSessionDataDelegate

    func urlSession(
        _ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
        completionHandler: @escaping (URLSession.ResponseDisposition) -> Void
    ) {
        // `.cancel` ends the task; cancelling it here as well would confuse FoundationNetworking.
        if let status = (response as? HTTPURLResponse)?.statusCode, !(200..<300).contains(status) {
            record(.status(status))
            completionHandler(.cancel)
        } else if response.expectedContentLength > Int64(maxBytes) {
            record(.tooLarge)
            completionHandler(.cancel)
        } else {
            completionHandler(.allow)
        }
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        let over = state.withLock { state in
            guard state.failure == nil else { return false }
            guard state.body.count + data.count <= maxBytes else {
                state.failure = .tooLarge
                state.body = Data()
                return true
            }
            state.body.append(data)
            return false
        }
        if over { dataTask.cancel() }
    }

    func urlSession(
        _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void
    ) {
        // The Location header as the server wrote it: Foundation may have turned a `file:` or
        // `ftp:` address into something else by the time it is in `request`.
        let location = response.value(forHTTPHeaderField: "Location") ?? request.url?.absoluteString ?? ""
        let scheme = request.url?.scheme?.lowercased()
        let refusal: FeedDownloader.Failure? = state.withLock { state in
            state.redirects += 1
            if !MeetingFeedAddress.mayRedirect(to: location) || (scheme != "http" && scheme != "https") {
                return .redirectRefused(location: location)
            }
            return state.redirects > FeedDownloader.maxRedirects ? .tooManyRedirects : nil
        }
        if let refusal {
            // Not followed, the redirect arrives as the response, which ends the task. Cancelling
            // before the handler is called crashes FoundationNetworking.
            record(refusal)
            completionHandler(nil)
        } else {
            completionHandler(request)
        }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        let (continuation, result) = state.withLock { state -> (CheckedContinuation<Result<Data, FeedDownloader.Failure>, Never>?, Result<Data, FeedDownloader.Failure>) in
            let continuation = state.continuation
            state.continuation = nil
            if let failure = state.failure { return (continuation, .failure(failure)) }
            if let error { return (continuation, .failure(Self.failure(for: error))) }
            return (continuation, .success(state.body))
        }
        continuation?.resume(returning: result)
    }

    /// A URLSession error in words for the publisher.
    private static func failure(for error: any Error) -> FeedDownloader.Failure {
        let error = error as NSError
        if error.domain == NSURLErrorDomain && error.code == NSURLErrorTimedOut { return .timedOut }
        let described = error.localizedDescription
        return .network(described.isEmpty || described == "(null)" ? "\(error)" : described)
    }
}
