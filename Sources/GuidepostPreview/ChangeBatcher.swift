/// Collects changed paths and decides when a burst of changes is over.
///
/// Editors often save a file in several steps (write a temporary file, rename it, change its
/// attributes), and tools such as `git checkout` touch many files at once. Each burst becomes one
/// batch: it is due when `quietPeriod` passed without a new change, or at the latest
/// `maximumDelay` after its first change.
struct ChangeBatcher: Sendable {
    typealias Instant = ContinuousClock.Instant

    var quietPeriod: Duration
    var maximumDelay: Duration
    private(set) var pending: Set<String> = []
    private var firstChange: Instant?
    private var lastChange: Instant?

    init(quietPeriod: Duration = .milliseconds(50), maximumDelay: Duration = .milliseconds(300)) {
        self.quietPeriod = quietPeriod
        self.maximumDelay = maximumDelay
    }

    /// Adds the paths of changes seen at `now`; an empty list changes nothing.
    mutating func add(_ paths: some Sequence<String>, at now: Instant) {
        var sawChange = false
        for path in paths {
            pending.insert(path)
            sawChange = true
        }
        guard sawChange else { return }
        if firstChange == nil { firstChange = now }
        lastChange = now
    }

    /// When the pending batch is due, or nil when nothing is pending.
    var deadline: Instant? {
        guard let firstChange, let lastChange else { return nil }
        return min(lastChange + quietPeriod, firstChange + maximumDelay)
    }

    /// How long to wait for the next change before the batch is due, in whole milliseconds
    /// rounded up, as `poll(2)` takes it; -1 (wait for ever) when nothing is pending.
    func pollTimeout(at now: Instant) -> Int32 {
        guard let deadline else { return -1 }
        let remaining = now < deadline ? deadline - now : .zero
        let (seconds, attoseconds) = remaining.components
        let milliseconds = seconds * 1000 + (attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000
        return Int32(clamping: milliseconds)
    }

    /// The pending batch if it is due at `now`, which then starts a new one.
    mutating func takeBatch(dueAt now: Instant) -> Set<String>? {
        guard let deadline, now >= deadline else { return nil }
        defer {
            pending = []
            firstChange = nil
            lastChange = nil
        }
        return pending
    }
}
