import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Runs a program to completion and measures it: wall time, and peak resident memory as the
/// kernel reports it for the child (`wait4`, the figure `/usr/bin/time -v` prints).
struct MeasuredProcess {
    struct Measurement {
        var milliseconds: Double
        var peakKilobytes: Int
        var status: Int32
    }

    enum Failure: Error, CustomStringConvertible {
        case cannotStart(String, Int32)
        case failed(String, Int32)
        var description: String {
            switch self {
            case .cannotStart(let program, let code): "cannot start \(program) (error \(code))"
            case .failed(let program, let status): "\(program) exited with status \(status)"
            }
        }
    }

    var executable: String
    var arguments: [String]

    /// Runs the program with its output discarded; throws when it does not exit with 0.
    func run() throws -> Measurement {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let clock = ContinuousClock()
        let start = clock.now
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, environ)
        guard spawned == 0 else { throw Failure.cannotStart(executable, spawned) }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let elapsed = clock.now - start
        let exitStatus = (status >> 8) & 0xFF
        guard status & 0x7F == 0, exitStatus == 0 else { throw Failure.failed(executable, status) }
        return Measurement(
            milliseconds: Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15,
            peakKilobytes: usage.ru_maxrss,
            status: exitStatus
        )
    }
}
