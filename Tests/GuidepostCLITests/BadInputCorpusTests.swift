import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The broken-input corpus, run through the built `guidepost` binary.
///
/// Each folder of `Fixtures/BadInput` is a broken site: `guidepost build` must print exactly its
/// `expected.txt` to standard error, exit with status 1 and leave the site folder, the previous
/// `Output/` above all, exactly as it was. Each folder of `Fixtures/OddInput` is odd but valid
/// input that must build. A case folder holds the files that differ from `BadInput/_base`, laid
/// out like the site, and:
///
/// - `expected.txt` (BadInput): the whole standard error;
/// - `expected-output.txt` (OddInput): lines `path: text`, where the output file `path` must
///   contain `text` (`\n` is a line break), and lines `!path` for files that must not exist;
/// - `arguments.txt`, optional: more arguments for `guidepost build`, one per line;
/// - `setup.txt`, optional: what cannot be committed as a file, one step per line (see `apply`).
///
/// `GUIDEPOST_RECORD_BAD_INPUT=1 swift test --filter BadInput` rewrites every `expected.txt`:
/// read each one before committing it.
@Suite struct BadInputCorpusTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let base = fixtures.appendingPathComponent("BadInput/_base")
    static let badCases = caseNames(in: "BadInput")
    static let oddCases = caseNames(in: "OddInput")
    /// Files of a case folder that describe the case instead of being copied into the site.
    static let caseFiles: Set<String> = ["expected.txt", "expected-output.txt", "arguments.txt", "setup.txt"]
    static let isRecording = ProcessInfo.processInfo.environment["GUIDEPOST_RECORD_BAD_INPUT"] == "1"

    @Test func corpusCoversEnoughCases() {
        #expect(Self.badCases.count >= 60)
        #expect(Self.oddCases.count >= 10)
    }

    @Test(arguments: badCases) func brokenSiteFailsAndLeavesOutputAlone(_ name: String) async throws {
        let folder = Self.fixtures.appendingPathComponent("BadInput/\(name)")
        let site = try CaseSite(folder: folder)
        defer { site.remove() }
        let before = Self.snapshot(of: site.root)
        let result = try await site.build()
        #expect(!result.timedOut, "guidepost did not finish within a minute")
        #expect(result.exitedNormally, "guidepost crashed or was stopped")
        #expect(result.status == 1)
        #expect(result.stdout == "")
        let expectedFile = folder.appendingPathComponent("expected.txt")
        if Self.isRecording {
            try Data(result.stderr.utf8).write(to: expectedFile)
        } else {
            let expected = try #require(try? String(contentsOf: expectedFile, encoding: .utf8), "no expected.txt; record it with GUIDEPOST_RECORD_BAD_INPUT=1")
            #expect(result.stderr == expected)
        }
        // Output/ byte for byte, no temporary folder left beside it, nothing else written.
        #expect(Self.snapshot(of: site.root) == before)
    }

    @Test(arguments: oddCases) func oddButValidSiteBuilds(_ name: String) async throws {
        let folder = Self.fixtures.appendingPathComponent("OddInput/\(name)")
        let site = try CaseSite(folder: folder)
        defer { site.remove() }
        let result = try await site.build()
        #expect(!result.timedOut, "guidepost did not finish within a minute")
        #expect(result.exitedNormally && result.status == 0, "\(result.stderr)")
        #expect(result.stderr == "")
        // One line per meeting list, if any, then the summary.
        #expect(result.stdout.split(separator: "\n").last?.hasPrefix("Built ") == true)
        let output = site.outputFolder
        let expectations = try String(contentsOf: folder.appendingPathComponent("expected-output.txt"), encoding: .utf8)
        for line in expectations.split(separator: "\n") where !line.hasPrefix("#") {
            if line.hasPrefix("!") {
                #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent(String(line.dropFirst())).path), "\(line)")
                continue
            }
            let parts = line.split(separator: ": ", maxSplits: 1, omittingEmptySubsequences: false)
            let page = try String(contentsOf: output.appendingPathComponent(String(parts[0])), encoding: .utf8)
            #expect(page.contains(Self.unescaped(String(parts.count > 1 ? parts[1] : ""))), "\(parts[0]) lacks: \(parts.count > 1 ? parts[1] : "")")
        }
        // Byte order marks and carriage returns of the sources never reach a page.
        for (path, entry) in Self.snapshot(of: output) where [".html", ".xml", ".json"].contains(where: path.hasSuffix) {
            let text = String(decoding: entry.bytes ?? Data(), as: UTF8.self)
            #expect(!text.unicodeScalars.contains("\u{FEFF}") && !text.contains("\r"), "\(path) holds a BOM or CR")
        }
    }

    // MARK: - A case's site

    /// Where the base site is built once, `Output/` included, to be copied for every case.
    static let builtBaseFolder = FileManager.default.temporaryDirectory.appendingPathComponent("guidepost-bad-input-base-\(UUID().uuidString)")
    static let builtBase: Result<URL, BaseFailure> = {
        do {
            try FileManager.default.copyItem(at: base, to: builtBaseFolder)
            atexit { try? FileManager.default.removeItem(at: BadInputCorpusTests.builtBaseFolder) }
            let build = try run(["build"], in: builtBaseFolder, unprivileged: false)
            return build.status == 0 ? .success(builtBaseFolder) : .failure(BaseFailure(reason: build.stderr))
        } catch {
            return .failure(BaseFailure(reason: "\(error)"))
        }
    }()

    struct BaseFailure: Error, CustomStringConvertible {
        var reason: String
        var description: String { "the base site does not build: \(reason)" }
    }

    /// The built base site with a case applied, in a temporary folder: its `Output/` is the
    /// previous site a failed build must leave alone.
    struct CaseSite {
        let root: URL
        let arguments: [String]
        /// Whether to build as an unprivileged user: a permission case tests nothing as root.
        let unprivileged: Bool

        init(folder: URL) throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("guidepost-bad-input-\(UUID().uuidString)")
            try FileManager.default.copyItem(at: try BadInputCorpusTests.builtBase.get(), to: root)
            for path in BadInputCorpusTests.files(under: folder) where !BadInputCorpusTests.caseFiles.contains(path) {
                let destination = root.appendingPathComponent(path)
                try FileManager.default.createDirectory(at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
                try? FileManager.default.removeItem(at: destination)
                try FileManager.default.copyItem(at: folder.appendingPathComponent(path), to: destination)
            }
            arguments = BadInputCorpusTests.lines(of: folder.appendingPathComponent("arguments.txt"))
            let steps = BadInputCorpusTests.lines(of: folder.appendingPathComponent("setup.txt")).filter { !$0.hasPrefix("#") }
            let permissions = steps.filter { $0.hasPrefix("chmod ") }
            for step in steps where !step.hasPrefix("chmod ") {
                try BadInputCorpusTests.apply(step, in: root)
            }
            unprivileged = !permissions.isEmpty && getuid() == 0
            if unprivileged {
                try #require(FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"), "permission cases need /usr/bin/setpriv when run as root")
                try BadInputCorpusTests.tool("/bin/chown", ["-R", "\(BadInputCorpusTests.nobody):\(BadInputCorpusTests.nobody)", root.path])
            }
            for step in permissions {
                try BadInputCorpusTests.apply(step, in: root)
            }
        }

        var outputFolder: URL {
            guard let index = arguments.firstIndex(of: "--output"), index + 1 < arguments.count else {
                return root.appendingPathComponent("Output")
            }
            return root.appendingPathComponent(arguments[index + 1])
        }

        /// Waits for the build on a thread of its own: the tests' shared threads stay free for
        /// the other suites while a hundred builds run.
        func build() async throws -> Run {
            let arguments = ["build"] + arguments, root = root, unprivileged = unprivileged
            return try await withCheckedThrowingContinuation { continuation in
                DispatchQueue.global().async {
                    continuation.resume(with: Result { try BadInputCorpusTests.run(arguments, in: root, unprivileged: unprivileged) })
                }
            }
        }

        func remove() {
            try? BadInputCorpusTests.tool("/bin/chmod", ["-R", "u+rwX", root.path])
            try? FileManager.default.removeItem(at: root)
        }
    }

    /// Applies one line of `setup.txt` to the site at `root`. Paths are relative to the site
    /// folder and have no spaces:
    ///
    /// - `remove PATH`, `mkdir PATH`, `symlink PATH TARGET`;
    /// - `chmod MODE PATH` (octal; done last, and the build then runs as an unprivileged user);
    /// - `append-bytes PATH HEX...`: raw bytes, such as invalid UTF-8;
    /// - `append-repeated PATH COUNT TEXT`: TEXT (the rest of the line, `\n` for a line break)
    ///   COUNT times;
    /// - `grow PATH MEGABYTES`: an article of exactly that many megabytes of paragraphs;
    /// - `png PATH`: a small PNG image; `utf16 PATH`, `latin1 PATH`: the file's text re-encoded;
    /// - `bom PATH`: a UTF-8 byte order mark in front; `crlf PATH`, `cr PATH`: Windows or old Mac
    ///   line endings, in the file or in every file below the folder;
    /// - `copy-decomposed PATH`: a copy of the file or folder beside it, its name written with
    ///   accented letters decomposed (NFD, `e` and U+0301 for `é`), as macOS writes names. The
    ///   case holds the composed name (NFC); git may change how a committed name is encoded.
    static func apply(_ step: String, in root: URL) throws {
        let words = step.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        let url = root.appendingPathComponent(words[1])
        let fileManager = FileManager.default
        switch words[0] {
        case "remove": try fileManager.removeItem(at: url)
        case "mkdir": try fileManager.createDirectory(at: url, withIntermediateDirectories: true)
        case "symlink": try fileManager.createSymbolicLink(atPath: url.path, withDestinationPath: words[2])
        case "chmod": try fileManager.setAttributes([.posixPermissions: Int(words[1], radix: 8) ?? 0], ofItemAtPath: root.appendingPathComponent(words[2]).path)
        case "append-bytes": try append(Data(words.dropFirst(2).compactMap { UInt8($0, radix: 16) }), to: url)
        case "append-repeated":
            let text = unescaped(words.dropFirst(3).joined(separator: " "))
            try append(Data(String(repeating: text, count: Int(words[2]) ?? 0).utf8), to: url)
        case "grow":
            let size = (Int(words[2]) ?? 0) * 1_048_576
            var text = "---\ntitle: A long article\n---\n"
            let paragraph = String(repeating: "Peer support means people with lived experience helping each other. ", count: 14) + "\n\n"
            var part = 0
            while text.utf8.count < size {
                part += 1
                text += "## Part \(part)\n\n" + String(repeating: paragraph, count: 20)
            }
            try Data(text.utf8.prefix(size)).write(to: url)
        case "png": try Data(pngImage).write(to: url)
        case "utf16": try reencode(url, as: .utf16LittleEndian, prefix: [0xFF, 0xFE])
        case "latin1": try reencode(url, as: .isoLatin1)
        case "bom": try Data([0xEF, 0xBB, 0xBF] + (try Data(contentsOf: url))).write(to: url)
        case "crlf", "cr":
            let paths = files(under: url)
            for file in paths.isEmpty ? [url] : paths.map({ url.appendingPathComponent($0) }) {
                let text = try String(contentsOf: file, encoding: .utf8)
                try Data(text.replacingOccurrences(of: "\n", with: words[0] == "cr" ? "\r" : "\r\n").utf8).write(to: file)
            }
        case "copy-decomposed":
            let composed = root.appendingPathComponent(words[1].precomposedStringWithCanonicalMapping)
            let name = composed.lastPathComponent.decomposedStringWithCanonicalMapping
            try fileManager.copyItem(at: composed, to: composed.deletingLastPathComponent().appendingPathComponent(name))
        default: Issue.record("unknown setup step '\(step)'")
        }
    }

    /// A 1x1 PNG image: binary data, NUL bytes included.
    static let pngImage: [UInt8] = Array("89504E470D0A1A0A0000000D49484452000000010000000108060000001F15C4890000000D49444154789C63F8FFFF3F0005FE02FEA7D6A52E0000000049454E44AE426082".utf8)
        .chunks(of: 2).compactMap { UInt8(String(decoding: $0, as: UTF8.self), radix: 16) }

    static let nobody = 65534

    // MARK: - Running

    struct Run: Sendable {
        var timedOut = false
        var exitedNormally: Bool
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs the `guidepost` binary in `folder`, as `nobody` when `unprivileged`; a run that
    /// takes more than a minute (a hang) is stopped and fails.
    static func run(_ arguments: [String], in folder: URL, unprivileged: Bool) throws -> Run {
        let process = Process()
        let executable = GuidepostCommandTests.executable.path
        if unprivileged {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
            process.arguments = ["--reuid=\(nobody)", "--regid=\(nobody)", "--clear-groups", executable] + arguments
        } else {
            process.executableURL = URL(fileURLWithPath: executable)
            process.arguments = arguments
        }
        process.currentDirectoryURL = folder
        // Files rather than pipes: a hung process must not block the reading side.
        let streams = FileManager.default.temporaryDirectory.appendingPathComponent("guidepost-bad-input-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: streams, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: streams) }
        let out = streams.appendingPathComponent("stdout"), err = streams.appendingPathComponent("stderr")
        try Data().write(to: out)
        try Data().write(to: err)
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        try process.run()
        var timedOut = false
        if finished.wait(timeout: .now() + 60) == .timedOut {
            process.terminate()
            finished.wait()
            timedOut = true
        }
        return Run(
            timedOut: timedOut,
            exitedNormally: process.terminationReason == .exit,
            status: process.terminationStatus,
            stdout: String(decoding: try Data(contentsOf: out), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: err), as: UTF8.self)
        )
    }

    static func tool(_ path: String, _ arguments: [String]) throws {
        let process = try Process.run(URL(fileURLWithPath: path), arguments: arguments)
        process.waitUntilExit()
    }

    // MARK: - Files

    /// What is under a folder, links not followed: kind, size, modification time, and the bytes
    /// of regular files that can be read.
    struct Entry: Equatable {
        var kind: String
        var size: Int
        var modified: Date?
        var bytes: Data?
    }

    static func snapshot(of folder: URL) -> [String: Entry] {
        var entries: [String: Entry] = [:]
        func visit(_ url: URL, _ relative: String) {
            for name in (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? [] {
                let child = url.appendingPathComponent(name), path = relative.isEmpty ? name : "\(relative)/\(name)"
                let attributes = (try? FileManager.default.attributesOfItem(atPath: child.path)) ?? [:]
                let kind = (attributes[.type] as? FileAttributeType)?.rawValue ?? "unknown"
                let isFile = attributes[.type] as? FileAttributeType == .typeRegular
                entries[path] = Entry(
                    kind: kind, size: (attributes[.size] as? Int) ?? 0, modified: attributes[.modificationDate] as? Date,
                    bytes: isFile ? try? Data(contentsOf: child) : nil
                )
                if attributes[.type] as? FileAttributeType == .typeDirectory { visit(child, path) }
            }
        }
        visit(folder, "")
        return entries
    }

    /// Relative paths of the regular files under `folder`, or none when it is a file.
    static func files(under folder: URL) -> [String] {
        snapshot(of: folder).filter { $0.value.kind == FileAttributeType.typeRegular.rawValue }.keys.sorted()
    }

    static func caseNames(in kind: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: fixtures.appendingPathComponent(kind).path)) ?? []
        return names.filter { !$0.hasPrefix("_") && !$0.hasPrefix(".") }.sorted()
    }

    static func lines(of file: URL) -> [String] {
        guard let text = try? String(contentsOf: file, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").map(String.init)
    }

    static func append(_ data: Data, to url: URL) throws {
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: data)
    }

    static func reencode(_ url: URL, as encoding: String.Encoding, prefix: [UInt8] = []) throws {
        let text = try String(contentsOf: url, encoding: .utf8)
        let encoded = try #require(text.data(using: encoding), "\(url.lastPathComponent) cannot be written as \(encoding)")
        try (Data(prefix) + encoded).write(to: url)
    }

    /// `\n`, `\t` and `\\` as written in the case files.
    static func unescaped(_ text: String) -> String {
        var result = "", escaping = false
        for character in text {
            if escaping {
                result.append(character == "n" ? "\n" : character == "t" ? "\t" : character)
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                result.append(character)
            }
        }
        return result
    }
}

extension Array {
    fileprivate func chunks(of size: Int) -> [ArraySlice<Element>] {
        stride(from: 0, to: count, by: size).map { self[$0..<Swift.min($0 + size, count)] }
    }
}
