#if os(Linux)
import Foundation
import Glibc
import Testing

/// Kills `guidepost build` with SIGKILL at moments spread over a whole build, and checks each
/// time that the output folder is one complete site, the previous one or the new one, never a
/// mix and never missing; and that no temporary folder outlives the next successful build.
@Suite struct CrashSafetyTests {
    static let trials = 50
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    enum Version: String {
        case a = "A", b = "B"
        var other: Version { self == .a ? .b : .a }
    }

    @Test func killedBuildsLeaveEitherThePreviousOrTheNewSite() async throws {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("guidepost-crash-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: work) }
        let roots: [Version: URL] = [.a: work.appendingPathComponent("a"), .b: work.appendingPathComponent("b")]
        for (version, root) in roots { try MediumSite(version: version).write(to: root) }
        // The output folder sits alone in its parent, so anything else there is a leftover.
        let parent = work.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        let output = parent.appendingPathComponent("Output")

        // The two complete sites, and how long a build takes on this machine right now.
        let first = try await Self.build(roots[.a]!, into: output)
        try #require(first.status == 0, "the first build failed")
        let reference = work.appendingPathComponent("reference")
        try #require(try await Self.build(roots[.b]!, into: reference).status == 0, "the reference build failed")
        let manifests: [Version: [String: Data]] = [.a: Self.snapshot(of: output), .b: Self.snapshot(of: reference)]
        let (onlyA, onlyB, changed) = Self.difference(manifests[.a]!, manifests[.b]!)
        #expect(onlyA >= 8 && onlyB >= 8 && changed >= 150, "A and B must differ widely for a mix to show")
        let swapped = try await Self.build(roots[.b]!, into: output)
        try #require(swapped.status == 0 && Self.snapshot(of: output) == manifests[.b], "a complete build did not give site B")
        // Other work on the machine changes how long a build takes, so the estimate follows the
        // trials: a build that finishes before its kill says how long it took (averaged with the
        // estimate), and a build still running after the estimate says it takes longer.
        var estimate = swapped.duration
        var estimates = [estimate]

        var state = Version.b
        var generator = SplitMix64(seed: 0x6775_6964_6570_6f73)
        var kept = 0, replaced = 0, finished = 0
        var ended: [Version: Int] = [.a: 0, .b: 0]
        for trial in 1...Self.trials {
            let target = state.other
            let delay = estimate * (1.2 * generator.nextFraction())
            let start = ContinuousClock.now
            let child = try ChildProcess(Self.executable, ["build", "--root", roots[target]!.path, "--output", output.path])
            let status: Int32
            if let exit = await child.wait(until: start + delay) {
                status = exit
                estimate = (estimate + (ContinuousClock.now - start)) / 2
            } else {
                child.kill()
                status = await child.wait()
                if delay > estimate { estimate = delay }
            }
            estimates.append(estimate)
            if status == 0 { finished += 1 }
            let found = Self.snapshot(of: output)
            guard let version = [Version.a, .b].first(where: { manifests[$0] == found }) else {
                let (missing, extra, differing) = Self.difference(manifests[state]!, found)
                Issue.record("""
                trial \(trial) (killed after \(delay)): Output/ is neither site A nor site B: compared with site \
                \(state.rawValue), \(missing) files missing, \(extra) extra, \(differing) different
                """)
                return
            }
            ended[version, default: 0] += 1
            if version == state { kept += 1 } else { replaced += 1 }
            #expect(status != 0 || version == target, "trial \(trial): a build that finished left the previous site")
            state = version
        }

        let last = try await Self.build(roots[state.other]!, into: output)
        #expect(last.status == 0)
        #expect(Self.snapshot(of: output) == manifests[state.other])
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: parent.path).filter { $0 != "Output" }.sorted()
        #expect(leftovers == [], "folders left beside Output after a successful build")

        print("""
        Crash safety: \(Self.trials) builds killed 0-1.2 x their duration (\(Self.milliseconds(estimates.min()!))-\(Self.milliseconds(estimates.max()!)) ms) \
        into a build: \(kept) left the previous \
        site, \(replaced) the new one (\(replaced - finished) killed after the swap, \(finished) finished first); \
        ended as A \(ended[.a]!), B \(ended[.b]!); never a mix, \(leftovers.count) leftovers
        """)
        #expect(kept > 0, "no kill landed before the swap")
        #expect(replaced > 0, "no kill landed after the swap")
        #expect(ended[.a]! > 0 && ended[.b]! > 0)
    }

    // MARK: - Helpers

    /// The `guidepost` executable beside the test bundle.
    static var executable: URL {
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("guidepost")
    }

    static func milliseconds(_ duration: Duration) -> Int64 {
        duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000
    }

    /// Runs a complete build of `root` into `output`.
    static func build(_ root: URL, into output: URL) async throws -> (status: Int32, duration: Duration) {
        let start = ContinuousClock.now
        let child = try ChildProcess(executable, ["build", "--root", root.path, "--output", output.path])
        let status = await child.wait()
        return (status, ContinuousClock.now - start)
    }

    /// Every file under `folder`, hidden ones included, with its bytes, by relative path.
    static func snapshot(of folder: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else { return files }
        let base = folder.standardizedFileURL.path
        for case let url as URL in enumerator {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            files[String(url.standardizedFileURL.path.dropFirst(base.count + 1))] = (try? Data(contentsOf: url)) ?? Data()
        }
        return files
    }

    /// Files only in `old`, only in `new`, and in both with different bytes.
    static func difference(_ old: [String: Data], _ new: [String: Data]) -> (Int, Int, Int) {
        let onlyOld = old.keys.count { new[$0] == nil }
        let onlyNew = new.keys.count { old[$0] == nil }
        let changed = old.count { path, data in new[path].map { $0 != data } ?? false }
        return (onlyOld, onlyNew, changed)
    }
}

/// A generated guide of about 200 pages in two versions that differ on every page: B has another
/// site title, rewritten articles, eight articles fewer and a new section.
struct MediumSite {
    var version: CrashSafetyTests.Version
    static let sections = 8
    static let articlesPerSection = 22

    func write(to root: URL) throws {
        let fileManager = FileManager.default
        let content = root.appendingPathComponent("Content")
        try fileManager.createDirectory(at: content, withIntermediateDirectories: true)
        try fileManager.copyItem(
            at: CrashSafetyTests.repositoryRoot.appendingPathComponent("Templates"), to: root.appendingPathComponent("Templates")
        )
        try write("title: Crash Test Guide \(version.rawValue)\nbase_url: https://example.org/\n", to: content.appendingPathComponent("site.yml"))
        try write("---\ntitle: Home\n---\nA guide to peer support, version \(version.rawValue).\n", to: content.appendingPathComponent("_index.md"))
        // The theme's "If you need help now" box links to this page.
        try write("---\ntitle: Get help now\n---\nHelp lines.\n", to: content.appendingPathComponent("get-help-now.md"))
        let paragraph = "Peer support is *help* from people with **lived experience** of recovery. It works alongside treatment and often continues after it ends."
        var folders = (0..<Self.sections).map { "s\($0)" }
        if version == .b { folders.append("new") }
        for folder in folders {
            let url = content.appendingPathComponent(folder)
            try fileManager.createDirectory(at: url, withIntermediateDirectories: true)
            try write("---\ntitle: Section \(folder)\n---\nArticles of section \(folder).\n", to: url.appendingPathComponent("_index.md"))
            // B drops the last article of each old section and rewrites every third one.
            let count = folder == "new" ? 12 : (version == .a ? Self.articlesPerSection : Self.articlesPerSection - 1)
            for index in 0..<count {
                let rewritten = version == .b && index % 3 == 0
                var text = "---\ntitle: Article \(folder)-\(index)\nsummary: What article \(index) covers.\n"
                text += "date: 2026-01-\(String(format: "%02d", 1 + index % 28))\ntags: [topic-\(index % 5)]\n---\n"
                for part in 1...4 {
                    text += "## Part \(part)\n\n" + Array(repeating: paragraph, count: 3).joined(separator: " ")
                    text += rewritten ? " Rewritten for version B." : ""
                    text += " See [the next article](a\((index + 1) % count).md#part-1).\n\n"
                }
                try write(text, to: url.appendingPathComponent("a\(index).md"))
            }
        }
    }

    private func write(_ text: String, to url: URL) throws {
        try Data(text.utf8).write(to: url)
    }
}

/// A process this test starts and reaps itself: until `wait()` reaps it, its id stays taken, so
/// `kill()` can never reach another process that happens to get the same id.
struct ChildProcess {
    let pid: pid_t

    /// Starts `executable` with its output thrown away and none of this process's files open.
    init(_ executable: URL, _ arguments: [String]) throws {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        // Other tests run at the same time; their pipes must not stay open in this child.
        spawnFileActionsAddCloseFrom(&actions, 3)
        let argv = ([executable.path] + arguments).map { strdup($0) } + [nil]
        let environment = ProcessInfo.processInfo.environment.map { strdup("\($0)=\($1)") } + [nil]
        defer { (argv + environment).forEach { free($0) } }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, executable.path, &actions, nil, argv, environment)
        guard result == 0 else {
            throw POSIXError(POSIXErrorCode(rawValue: result) ?? .EINVAL)
        }
        self.pid = pid
    }

    func kill() {
        _ = Glibc.kill(pid, SIGKILL)
    }

    /// The exit status (0 for success), or -1 when the process was killed.
    func wait() async -> Int32 {
        var status: Int32?
        while status == nil {
            status = await wait(until: .now + .seconds(60))
        }
        return status ?? -1
    }

    /// The exit status if the process ends before `deadline`, or nil while it still runs.
    func wait(until deadline: ContinuousClock.Instant) async -> Int32? {
        var status: Int32 = 0
        while true {
            let result = waitpid(pid, &status, WNOHANG)
            if result == pid { break }
            if result < 0, errno != EINTR { return -1 }
            guard ContinuousClock.now < deadline else { return nil }
            try? await Task.sleep(for: min(.milliseconds(2), deadline - .now))
        }
        // WIFEXITED and WEXITSTATUS, which Swift does not import.
        return status & 0x7F == 0 ? (status >> 8) & 0xFF : -1
    }
}

// glibc declares this only under _GNU_SOURCE, which the Glibc module does not define.
@_silgen_name("posix_spawn_file_actions_addclosefrom_np")
@discardableResult
private func spawnFileActionsAddCloseFrom(_ actions: UnsafeMutablePointer<posix_spawn_file_actions_t>, _ from: Int32) -> Int32

/// A small seeded generator (SplitMix64), so every run kills at the same fractions of a build.
struct SplitMix64 {
    var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in [0, 1).
    mutating func nextFraction() -> Double {
        Double(next() >> 11) / Double(1 << 53)
    }
}
#endif
