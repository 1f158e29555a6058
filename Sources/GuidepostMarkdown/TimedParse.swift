import Foundation
internal import CCmarkGFM

/// One cmark parse on a thread of its own, which the caller waits for at most a time limit.
///
/// cmark cannot be interrupted. When the caller stops waiting, the parse runs on, on its own copy
/// of the text, and whichever side comes second owns the tree: the caller takes it if the parse
/// ended in time, otherwise the parse thread frees it itself when it ends. Nothing else is
/// shared, so an abandoned parse cannot touch anything the build still uses.
final class TimedParse: @unchecked Sendable {
    // Unchecked because `tree` and `isAbandoned` are only read or written while `lock` is held;
    // `ended` is signalled once, when the thread is done with cmark.
    private let lock = NSLock()
    private var tree: Tree?
    private var isAbandoned = false
    private let ended = DispatchSemaphore(value: 0)

    /// A parser and the document it made; whoever holds it frees both.
    struct Tree {
        let parser: OpaquePointer
        let root: OpaquePointer
    }

    enum Outcome {
        case parsed(Tree)
        /// The limit passed first; the parse goes on and frees its tree itself.
        case timedOut(TimedParse)
    }

    /// cmark's threads need more stack than Foundation's default for secondary threads.
    private static let stackSize = 8 << 20

    /// Texts shorter than this are parsed on the caller's thread: starting a thread costs more
    /// than parsing most articles, and at this size the slowest quadratic input measured (12 KB
    /// of `![[]()`, which the scan refuses anyway) took cmark 0.16 s.
    static let threadThreshold = 16_384

    /// Parses `bytes` with cmark `flags` and the named syntax extensions (registered already).
    static func run(_ bytes: [UInt8], flags: Int32, extensionNames: [String], limit: Duration) -> Outcome {
        guard bytes.count >= threadThreshold else {
            return .parsed(tree(of: bytes, flags: flags, extensionNames: extensionNames))
        }
        let parse = TimedParse()
        let thread = Thread {
            parse.parse(bytes, flags: flags, extensionNames: extensionNames)
        }
        thread.stackSize = stackSize
        thread.start()
        let waited = parse.ended.wait(timeout: .now() + dispatchInterval(limit))
        parse.lock.lock()
        defer { parse.lock.unlock() }
        // Even after a time-out the tree may have arrived in between: take it then.
        if let tree = parse.tree {
            parse.tree = nil
            return .parsed(tree)
        }
        precondition(waited == .timedOut, "a parse signals its end only after storing or freeing its tree")
        parse.isAbandoned = true
        return .timedOut(parse)
    }

    /// Blocks until the thread is done with cmark. Call it once, and only on an abandoned parse.
    func waitUntilEnded() {
        ended.wait()
        ended.signal()
    }

    // MARK: - Helpers

    private func parse(_ bytes: [UInt8], flags: Int32, extensionNames: [String]) {
        let made = Self.tree(of: bytes, flags: flags, extensionNames: extensionNames)
        lock.lock()
        let keep = !isAbandoned
        if keep { tree = made }
        lock.unlock()
        if !keep {
            cmark_node_free(made.root)
            cmark_parser_free(made.parser)
        }
        ended.signal()
    }

    private static func tree(of bytes: [UInt8], flags: Int32, extensionNames: [String]) -> Tree {
        let parser: OpaquePointer = cmark_parser_new(flags)
        for name in extensionNames {
            if let syntax = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, syntax)
            }
        }
        bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress?.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                cmark_parser_feed(parser, $0, buffer.count)
            }
        }
        return Tree(parser: parser, root: cmark_parser_finish(parser))
    }

    private static func dispatchInterval(_ duration: Duration) -> DispatchTimeInterval {
        let (seconds, attoseconds) = duration.components
        guard seconds < 1_000_000 else { return .seconds(1_000_000) }
        return .nanoseconds(max(0, Int(seconds) * 1_000_000_000 + Int(attoseconds / 1_000_000_000)))
    }
}
