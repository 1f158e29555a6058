import Foundation
@testable import GuidepostCore

/// A copy of a fixture site in a temporary folder, with files changed for one test.
struct TestSite {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    let root: URL

    /// Copies `fixture`, then writes each of `files` (path relative to the site root), removing
    /// the ones whose contents are nil.
    init(_ fixture: String = "minimal", files: [String: String?] = [:]) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("guidepost-test-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent(fixture), to: root)
        for (path, contents) in files {
            try write(path, contents)
        }
    }

    func write(_ path: String, _ contents: String?) throws {
        let url = root.appendingPathComponent(path)
        if let contents {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(contents.utf8).write(to: url)
        } else {
            try FileManager.default.removeItem(at: url)
        }
    }

    var output: URL { root.appendingPathComponent("Output") }

    /// Options that print paths relative to the site root (`Content/...`).
    func options(drafts: Bool = false, output: URL? = nil) -> BuildOptions {
        BuildOptions(root: root, output: output, includeDrafts: drafts, displayRoot: "")
    }

    func render(drafts: Bool = false) async throws -> SiteBuilder.RenderedSite {
        try await SiteBuilder(options: options(drafts: drafts)).render()
    }

    /// The printed diagnostics of a build that must fail.
    func failure() async -> String {
        do {
            _ = try await SiteBuilder(options: options()).render(checkingOutputFolder: true)
            return "build succeeded"
        } catch let failure as BuildFailure {
            return failure.description
        } catch {
            return "unexpected error: \(error)"
        }
    }

    func remove() {
        try? FileManager.default.removeItem(at: root)
    }

    /// Every file under `folder` with its bytes, by relative path.
    static func snapshot(of folder: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else { return files }
        let base = folder.standardizedFileURL.path
        for case let url as URL in enumerator {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            files[String(url.standardizedFileURL.path.dropFirst(base.count + 1))] = try? Data(contentsOf: url)
        }
        return files
    }
}
