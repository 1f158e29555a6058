import Foundation
import GuidepostCore
@testable import GuidepostPreview
import Synchronization
import Testing

@Suite struct PreviewSessionTests {
    /// Keeps what a session logs.
    final class Lines: Sendable {
        private let output = Mutex<String>("")
        private let errors = Mutex<String>("")

        var log: PreviewLog {
            PreviewLog(
                output: { text in self.output.withLock { $0 += text } },
                errors: { text in self.errors.withLock { $0 += text } }
            )
        }

        var standardOutput: String { output.withLock { $0 } }
        var standardError: String { errors.withLock { $0 } }
    }

    @Test func logsOneLinePerRebuild() async throws {
        let site = try PreviewTestSite()
        defer { site.remove() }
        let lines = Lines()
        var session = PreviewSession(options: site.options, store: SiteStore(root: site.root), log: lines.log)
        await session.build(changedFiles: nil)
        try site.write("Content/learn/basics.md", "---\ntitle: Basics\n---\n## First steps\n\nEdited.\n")
        await session.build(changedFiles: ["Content/learn/basics.md"])
        let printed = lines.standardOutput.split(separator: "\n").map(String.init)
        try #require(printed.count == 2, "\(printed) \(lines.standardError)")
        #expect(printed[0].wholeMatch(of: /Built \d+ pages in \d+ ms\./) != nil, "\(printed[0])")
        #expect(printed[1].wholeMatch(of: /Rebuilt in \d+ ms \(changed: Content\/learn\/basics\.md; \d+ pages? rendered\)/) != nil, "\(printed[1])")
        #expect(lines.standardError == "")
    }

    @Test func printsTheErrorsOfAFailedRebuild() async throws {
        let site = try PreviewTestSite()
        defer { site.remove() }
        let lines = Lines()
        let store = SiteStore(root: site.root)
        var session = PreviewSession(options: site.options, store: store, log: lines.log)
        await session.build(changedFiles: nil)
        try site.write("Content/learn/next.md", "---\ntitle: Next\nweight: heavy\n---\n")
        let events = await session.build(changedFiles: ["Content/learn/next.md"])
        #expect(events == [.reload(build: 2)])
        #expect(lines.standardError == """
        Content/learn/next.md:3:9: error: 'weight' must be a whole number, found 'heavy'
        weight: heavy
                ^
        Rebuild failed: 1 error. Showing the errors in the browser.

        """)
        let snapshot = await store.snapshot
        #expect(snapshot.failure?.errorCount == 1)
        #expect(snapshot.site != nil, "the last good site stays")
        #expect(snapshot.buildNumber == 2)
    }

    @Test func rebuildsForEachBatchUntilTheChangesEnd() async throws {
        let site = try PreviewTestSite()
        defer { site.remove() }
        let store = SiteStore(root: site.root)
        var session = PreviewSession(options: site.options, store: store, log: .silent)
        await session.build(changedFiles: nil)
        let (changes, continuation) = AsyncStream.makeStream(of: Set<String>.self)
        continuation.yield(["Content/learn/basics.md"])
        continuation.yield(["Content/learn/next.md"])
        continuation.finish()
        await session.run(changes: changes)
        #expect(await store.buildNumber == 3)
    }

    @Test func namesAFewChangedFiles() {
        #expect(PreviewSession.list(["Content/b.md", "Content/a.md"]) == "Content/a.md, Content/b.md")
        #expect(PreviewSession.list(["a", "b", "c", "d", "e"]) == "a, b, c and 2 more")
    }
}
