import Foundation
import Testing

/// Runs the built `guidepost` binary as a publisher would and checks what it prints and returns.
@Suite struct GuidepostCommandTests {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static let fixture = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("GuidepostCoreTests/Fixtures/minimal")

    /// The `guidepost` executable beside the test bundle.
    static var executable: URL {
        let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        return bundle.appendingPathComponent("guidepost")
    }

    static func run(_ arguments: [String], in folder: URL? = nil) throws -> Run {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = folder }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
    }

    static func copyFixture() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("guidepost-cli-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: fixture, to: folder)
        return folder
    }

    @Test func buildPrintsASummaryAndExitsZero() throws {
        let site = try Self.copyFixture()
        defer { try? FileManager.default.removeItem(at: site) }
        let result = try Self.run(["build"], in: site)
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(result.stdout.hasPrefix("Built 6 pages and copied 2 files into Output in "))
        #expect(result.stdout.hasSuffix(" ms.\n"))
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("Output/learn/basics/index.html").path))
    }

    @Test func buildTakesRootOutputAndDrafts() throws {
        let site = try Self.copyFixture()
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("guidepost-cli-out-\(UUID().uuidString)")
        defer {
            try? FileManager.default.removeItem(at: site)
            try? FileManager.default.removeItem(at: output)
        }
        let result = try Self.run(["build", "--root", site.path, "--output", output.path, "--drafts"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("Built 7 pages"))
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("learn/draft/index.html").path))
    }

    @Test func brokenSitePrintsEveryErrorAndExitsOne() throws {
        let site = try Self.copyFixture()
        defer { try? FileManager.default.removeItem(at: site) }
        try Data("---\ntitle: Next\nweight: heavy\n---\nSee [x](nowhere.md).\n".utf8)
            .write(to: site.appendingPathComponent("Content/learn/next.md"))
        let result = try Self.run(["build"], in: site)
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(result.stderr == """
        Content/learn/next.md:3:9: error: 'weight' must be a whole number, found 'heavy'
        weight: heavy
                ^
        Build failed: 1 error. The output folder was left as it was.

        """)
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("Output").path))
    }

    @Test func checkReportsProblemsWithoutWriting() throws {
        let site = try Self.copyFixture()
        defer { try? FileManager.default.removeItem(at: site) }
        let clean = try Self.run(["check"], in: site)
        #expect(clean.status == 0)
        #expect(clean.stdout == "No problems found in 6 pages.\n")
        try Data("---\ntitle: Next\n---\nSee [x](nowhere.md).\n".utf8).write(to: site.appendingPathComponent("Content/learn/next.md"))
        let broken = try Self.run(["check"], in: site)
        #expect(broken.status == 1)
        #expect(broken.stderr == """
        Content/learn/next.md:4:5: error: link to missing file 'nowhere.md'
        See [x](nowhere.md).
            ^
        1 error found.

        """)
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("Output").path))
    }

    @Test func initCreatesASiteThatBuilds() throws {
        let parent = FileManager.default.temporaryDirectory.appendingPathComponent("guidepost-cli-init-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: parent) }
        let created = try Self.run(["init", "my-guide"], in: parent)
        #expect(created.status == 0)
        #expect(created.stdout.hasPrefix("Created a new site in my-guide ("))
        let built = try Self.run(["build", "--root", "my-guide"], in: parent)
        #expect(built.status == 0, "\(built.stderr)")
        #expect(built.stdout.hasPrefix("Built "))
        #expect(built.stdout.contains(" into my-guide/Output in "))
        let checked = try Self.run(["check", "--root", "my-guide"], in: parent)
        #expect(checked.status == 0, "\(checked.stderr)")
        #expect(checked.stderr.isEmpty)
        #expect(checked.stdout.hasPrefix("No problems found in "))
        let again = try Self.run(["init", "my-guide"], in: parent)
        #expect(again.status == 1)
        #expect(again.stderr == "my-guide: error: 'my-guide' already exists and is not empty; choose a new folder name\n")
    }

    @Test func helpListsTheCommands() throws {
        let help = try Self.run(["--help"])
        #expect(help.status == 0)
        for command in ["build", "check", "init"] {
            #expect(help.stdout.contains("  \(command) "))
        }
        let buildHelp = try Self.run(["build", "--help"])
        for option in ["--root <dir>", "--output <dir>", "--drafts"] {
            #expect(buildHelp.stdout.contains(option))
        }
    }
}
