import Foundation
@testable import GuidepostPreview
import Testing

/// Changes in a real temporary folder; every wait is bounded.
@Suite struct FileWatcherTests {
    /// Collects the batches a watcher delivers.
    actor Batches {
        private(set) var all: [Set<String>] = []
        private(set) var finished = false

        func append(_ batch: Set<String>) { all.append(batch) }
        func finish() { finished = true }
        var union: Set<String> { union(since: 0) }

        /// Every path in the batches after the first `count`.
        func union(since count: Int) -> Set<String> {
            all.dropFirst(count).reduce(into: []) { $0.formUnion($1) }
        }
    }

    struct Folder: Sendable {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("guidepost-watch-\(UUID().uuidString)")

        init() throws {
            for folder in ["Content/learn", "Templates/assets"] {
                try FileManager.default.createDirectory(at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
            }
            try write("Content/learn/a.md", "a")
        }

        func write(_ path: String, _ text: String) throws {
            try Data(text.utf8).write(to: root.appendingPathComponent(path))
        }

        func url(_ path: String) -> URL { root.appendingPathComponent(path) }
    }

    /// Starts a watcher on `folder` and a task that records its batches.
    func watch(_ folder: Folder) throws -> (FileWatcher, Batches) {
        let watcher = try FileWatcher(root: folder.root)
        let batches = Batches()
        Task {
            for await batch in watcher.changes { await batches.append(batch) }
            await batches.finish()
        }
        return (watcher, batches)
    }

    @Test func reportsCreatedModifiedAndDeletedFiles() async throws {
        let folder = try Folder()
        defer { try? FileManager.default.removeItem(at: folder.root) }
        let (watcher, batches) = try watch(folder)
        defer { watcher.stop() }
        try folder.write("Content/learn/new.md", "new")
        try await waitUntil { await batches.union.contains("Content/learn/new.md") }
        try folder.write("Templates/assets/style.css", "body{}")
        try await waitUntil { await batches.union.contains("Templates/assets/style.css") }
        try folder.write("Content/learn/a.md", "changed")
        try await waitUntil { await batches.union.contains("Content/learn/a.md") }
        let countBefore = await batches.all.count
        try FileManager.default.removeItem(at: folder.url("Content/learn/new.md"))
        try await waitUntil { await batches.union(since: countBefore).contains("Content/learn/new.md") }
    }

    @Test func reportsBothNamesOfARenamedFile() async throws {
        let folder = try Folder()
        defer { try? FileManager.default.removeItem(at: folder.root) }
        let (watcher, batches) = try watch(folder)
        defer { watcher.stop() }
        try FileManager.default.moveItem(at: folder.url("Content/learn/a.md"), to: folder.url("Content/b.md"))
        try await waitUntil { await batches.union.isSuperset(of: ["Content/learn/a.md", "Content/b.md"]) }
    }

    @Test func coalescesABurstOfChanges() async throws {
        let folder = try Folder()
        defer { try? FileManager.default.removeItem(at: folder.root) }
        let (watcher, batches) = try watch(folder)
        defer { watcher.stop() }
        let paths = (1...10).map { "Content/learn/burst-\($0).md" }
        for path in paths { try folder.write(path, "x") }
        try await waitUntil { await batches.union.isSuperset(of: paths) }
        // Ten writes in a row take far less than the quiet period; allow one split on a busy machine.
        #expect(await batches.all.count <= 2)
    }

    @Test func watchesFoldersCreatedLater() async throws {
        let folder = try Folder()
        defer { try? FileManager.default.removeItem(at: folder.root) }
        let (watcher, batches) = try watch(folder)
        defer { watcher.stop() }
        try FileManager.default.createDirectory(at: folder.url("Content/new/deeper"), withIntermediateDirectories: true)
        try folder.write("Content/new/deeper/first.md", "1")
        try await waitUntil { await batches.union.contains("Content/new/deeper/first.md") }
        let countBefore = await batches.all.count
        try folder.write("Content/new/deeper/first.md", "2")
        try await waitUntil { await batches.union(since: countBefore).contains("Content/new/deeper/first.md") }
    }

    @Test func ignoresHiddenAndEditorTemporaryFiles() async throws {
        let folder = try Folder()
        defer { try? FileManager.default.removeItem(at: folder.root) }
        let (watcher, batches) = try watch(folder)
        defer { watcher.stop() }
        for name in [".a.md.swp", "a.md~", "4913", ".hidden"] {
            try folder.write("Content/learn/\(name)", "x")
        }
        try FileManager.default.createDirectory(at: folder.url("Content/.cache"), withIntermediateDirectories: true)
        try folder.write("Content/.cache/x.md", "x")
        try folder.write("Content/learn/real.md", "x")
        try await waitUntil { await batches.union.contains("Content/learn/real.md") }
        #expect(await batches.union == ["Content/learn/real.md"])
    }

    @Test func ignoresChangesOutsideContentAndTemplates() async throws {
        let folder = try Folder()
        defer { try? FileManager.default.removeItem(at: folder.root) }
        let (watcher, batches) = try watch(folder)
        defer { watcher.stop() }
        try FileManager.default.createDirectory(at: folder.url("Output"), withIntermediateDirectories: true)
        try folder.write("Output/index.html", "x")
        try folder.write("notes.txt", "x")
        try folder.write("Content/learn/a.md", "again")
        try await waitUntil { await batches.union.contains("Content/learn/a.md") }
        #expect(await batches.union == ["Content/learn/a.md"])
    }

    @Test func stopFinishesTheStream() async throws {
        let folder = try Folder()
        defer { try? FileManager.default.removeItem(at: folder.root) }
        let (watcher, batches) = try watch(folder)
        watcher.stop()
        watcher.stop()
        try await waitUntil { await batches.finished }
    }

    @Test func failsForAMissingRoot() {
        let missing = FileManager.default.temporaryDirectory.appendingPathComponent("guidepost-missing-\(UUID().uuidString)")
        #expect(throws: FileWatcherError.self) { try FileWatcher(root: missing) }
    }
}
