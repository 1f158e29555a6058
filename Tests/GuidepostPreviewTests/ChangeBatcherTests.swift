@testable import GuidepostPreview
import Testing

@Suite struct ChangeBatcherTests {
    let start = ContinuousClock.now

    @Test func waitsForEverWhileNothingChanged() {
        var batcher = ChangeBatcher()
        #expect(batcher.pollTimeout(at: start) == -1)
        #expect(batcher.takeBatch(dueAt: start + .seconds(10)) == nil)
        batcher.add([String](), at: start)
        #expect(batcher.deadline == nil)
    }

    @Test func deliversABatchAfterAQuietPeriod() {
        var batcher = ChangeBatcher()
        batcher.add(["Content/a.md"], at: start)
        #expect(batcher.pollTimeout(at: start) == 50)
        #expect(batcher.takeBatch(dueAt: start + .milliseconds(49)) == nil)
        #expect(batcher.takeBatch(dueAt: start + .milliseconds(50)) == ["Content/a.md"])
        #expect(batcher.deadline == nil)
        #expect(batcher.pending.isEmpty)
    }

    @Test func coalescesABurstIntoOneBatch() {
        var batcher = ChangeBatcher()
        batcher.add(["Content/a.md"], at: start)
        batcher.add(["Content/b.md", "Content/a.md"], at: start + .milliseconds(30))
        #expect(batcher.pollTimeout(at: start + .milliseconds(30)) == 50)
        #expect(batcher.takeBatch(dueAt: start + .milliseconds(60)) == nil)
        #expect(batcher.takeBatch(dueAt: start + .milliseconds(80)) == ["Content/a.md", "Content/b.md"])
    }

    @Test func capsTheWaitDuringAContinuousStream() {
        var batcher = ChangeBatcher()
        for step in 0..<20 {
            batcher.add(["Content/\(step).md"], at: start + .milliseconds(step * 20))
        }
        #expect(batcher.deadline == start + .milliseconds(300))
        #expect(batcher.pollTimeout(at: start + .milliseconds(290)) == 10)
        let batch = batcher.takeBatch(dueAt: start + .milliseconds(380))
        #expect(batch?.count == 20)
    }

    @Test func roundsTheTimeoutUpToWholeMilliseconds() {
        var batcher = ChangeBatcher()
        batcher.add(["Content/a.md"], at: start)
        #expect(batcher.pollTimeout(at: start + .microseconds(49_100)) == 1)
        #expect(batcher.pollTimeout(at: start + .milliseconds(70)) == 0)
    }

    @Test(arguments: [".site.yml.swp", "site.yml~", "4913", ".DS_Store", "x.swx", ".git"])
    func ignoresHiddenAndEditorFiles(name: String) {
        #expect(EditorFileFilter.ignores(name: name))
        #expect(EditorFileFilter.ignores(path: "Content/\(name)"))
    }

    @Test(arguments: ["site.yml", "a.md", "4913.md", "style.css"])
    func keepsFilesAPublisherEdits(name: String) {
        #expect(!EditorFileFilter.ignores(name: name))
        #expect(!EditorFileFilter.ignores(path: "Content/learn/\(name)"))
    }
}
