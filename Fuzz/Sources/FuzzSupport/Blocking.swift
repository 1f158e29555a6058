import Dispatch
import Synchronization

/// Runs `operation` to completion from synchronous code: a fuzz target's entry point is a C
/// function, and loading the example guide is asynchronous.
func waitFor<T: Sendable>(_ operation: @escaping @Sendable () async throws -> T) throws -> T {
    let outcome = Outcome<T>()
    let done = DispatchSemaphore(value: 0)
    Task {
        let result: Result<T, any Error>
        do {
            result = .success(try await operation())
        } catch {
            result = .failure(error)
        }
        outcome.result.withLock { $0 = result }
        done.signal()
    }
    done.wait()
    return try outcome.result.withLock { result -> Result<T, any Error> in
        result ?? .failure(CancellationError())
    }.get()
}

private final class Outcome<T: Sendable>: Sendable {
    let result = Mutex<Result<T, any Error>?>(nil)
}
