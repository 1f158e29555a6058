import Foundation
import Glibc
import Synchronization

/// Watches a site's `Content/` and `Templates/` folders with Linux inotify and reports what
/// changed, one batch per burst of changes.
///
/// ```swift
/// let watcher = try FileWatcher(root: site)
/// for await paths in watcher.changes {
///     print(paths)   // ["Content/learn/peer-support.md"]
/// }
/// ```
///
/// A dedicated thread blocks in `poll(2)` on the inotify descriptor and on a pipe that `stop()`
/// closes, so nothing runs while nothing changes. Paths are relative to the root; a folder that
/// was moved or deleted is reported as the folder's path, and a folder that appeared as its path
/// and the path of every file in it. Hidden files and editor temporary files are left out.
public final class FileWatcher: Sendable {
    /// Batches of changed paths, relative to the root; finishes after `stop()`.
    public let changes: AsyncStream<Set<String>>
    /// The write end of the pipe that wakes the reading thread; -1 once stopped.
    private let wakeDescriptor: Mutex<Int32>

    /// Starts watching every folder below `root/Content` and `root/Templates`.
    ///
    /// - Parameters:
    ///   - quietPeriod: a batch is delivered once no change was seen for this long.
    ///   - maximumDelay: a batch is delivered at the latest this long after its first change.
    public init(
        root: URL,
        quietPeriod: Duration = .milliseconds(50),
        maximumDelay: Duration = .milliseconds(300)
    ) throws(FileWatcherError) {
        // Resolved, so that a site folder reached through a link is watched too.
        let rootPath = StaticFileReader.realPath(root.path) ?? root.standardizedFileURL.path
        let watches = try InotifyWatches(root: rootPath, trees: ["Content", "Templates"])
        var pipeEnds: [Int32] = [-1, -1]
        guard pipe(&pipeEnds) == 0 else {
            let reason = InotifyWatches.lastError()
            watches.close()
            throw FileWatcherError(path: rootPath, reason: reason)
        }
        // Not inherited by processes started from this one.
        for end in pipeEnds { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        let (stream, continuation) = AsyncStream.makeStream(of: Set<String>.self)
        changes = stream
        wakeDescriptor = Mutex(pipeEnds[1])
        let batcher = ChangeBatcher(quietPeriod: quietPeriod, maximumDelay: maximumDelay)
        let wakeReadEnd = pipeEnds[0]
        let thread = Thread {
            Self.readLoop(watches: watches, wake: wakeReadEnd, batcher: batcher, continuation: continuation)
        }
        thread.name = "guidepost-file-watcher"
        thread.start()
        continuation.onTermination = { [weak self] _ in self?.stop() }
    }

    /// Stops watching: wakes the reading thread, which closes the inotify descriptor and
    /// finishes `changes`. Calling it again does nothing.
    public func stop() {
        wakeDescriptor.withLock { descriptor in
            guard descriptor >= 0 else { return }
            Glibc.close(descriptor)
            descriptor = -1
        }
    }

    deinit {
        stop()
    }

    // MARK: - The reading thread

    private static func readLoop(
        watches: InotifyWatches,
        wake: Int32,
        batcher: ChangeBatcher,
        continuation: AsyncStream<Set<String>>.Continuation
    ) {
        var watches = watches
        var batcher = batcher
        let clock = ContinuousClock()
        var descriptors = [
            pollfd(fd: watches.descriptor, events: Int16(POLLIN), revents: 0),
            pollfd(fd: wake, events: Int16(POLLIN), revents: 0),
        ]
        loop: while true {
            descriptors[0].revents = 0
            descriptors[1].revents = 0
            let ready = poll(&descriptors, nfds_t(descriptors.count), batcher.pollTimeout(at: clock.now))
            if ready < 0 {
                if errno == EINTR { continue }
                break loop
            }
            // The pipe only becomes readable (end of file) when stop() closed its other end.
            if descriptors[1].revents != 0 { break loop }
            if descriptors[0].revents & Int16(POLLIN) != 0 {
                batcher.add(watches.readChanges(), at: clock.now)
            } else if descriptors[0].revents != 0 {
                break loop
            }
            if let batch = batcher.takeBatch(dueAt: clock.now) {
                continuation.yield(batch)
            }
        }
        watches.close()
        Glibc.close(wake)
        continuation.finish()
    }
}

// MARK: - Errors

/// Why a site's folders could not be watched.
public struct FileWatcherError: Error, Sendable, CustomStringConvertible {
    /// The folder that could not be watched.
    public var path: String
    /// The system's reason, such as `No such file or directory`.
    public var reason: String

    public var description: String {
        "cannot watch '\(path)' for changes: \(reason)"
    }
}
