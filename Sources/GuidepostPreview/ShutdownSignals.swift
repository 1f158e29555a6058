import Dispatch
import Glibc
import Synchronization

/// Runs an action when the process gets SIGINT (Ctrl-C) or SIGTERM, beside the server's own
/// graceful shutdown on the same signals.
///
/// The server waits for open responses to end before it stops, and an event stream never ends
/// by itself: the action closes them. Start listening once the server runs: its own signal
/// handling is in place by then, so no signal reaches one handler and not the other.
final class ShutdownSignals: Sendable {
    private let action: @Sendable () -> Void
    private let sources = Mutex<[any DispatchSourceSignal]>([])

    init(_ action: @escaping @Sendable () -> Void) {
        self.action = action
    }

    /// Starts listening; calling it again does nothing.
    func start() {
        sources.withLock { sources in
            guard sources.isEmpty else { return }
            // No signal(number, SIG_IGN): on Linux, Dispatch installs its own handler when the
            // source registers, and ignoring the signal first would lose one sent in between.
            for number in [SIGINT, SIGTERM] {
                let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
                source.setEventHandler(handler: action)
                source.resume()
                sources.append(source)
            }
        }
    }

    /// Stops listening.
    func cancel() {
        sources.withLock { sources in
            for source in sources { source.cancel() }
            sources = []
        }
    }
}
