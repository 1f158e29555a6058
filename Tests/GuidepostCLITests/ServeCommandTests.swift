import Foundation
import Glibc
import Testing

/// Runs `guidepost serve` as a publisher would: open the events stream, edit an article, see
/// the reload, press Ctrl-C.
@Suite struct ServeCommandTests {
    /// Reads a file descriptor until some text arrives, waiting at most a given time.
    struct Reader {
        let descriptor: Int32
        private(set) var received = ""

        init(_ descriptor: Int32) {
            self.descriptor = descriptor
        }

        /// Whether `text` arrived within `limit`.
        mutating func read(until text: String, within limit: Duration) -> Bool {
            let deadline = ContinuousClock.now + limit
            while !received.contains(text) {
                let remaining = deadline - .now
                guard remaining > .zero else { return false }
                var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
                let milliseconds = remaining.components.seconds * 1000 + remaining.components.attoseconds / 1_000_000_000_000_000 + 1
                let ready = poll(&request, 1, Int32(milliseconds))
                if ready < 0 && errno == EINTR { continue }
                guard ready > 0 else { continue }
                var buffer = [UInt8](repeating: 0, count: 4096)
                let count = Glibc.read(descriptor, &buffer, buffer.count)
                guard count > 0 else { return false }
                received += String(decoding: buffer[..<count], as: UTF8.self)
            }
            return true
        }
    }

    /// A TCP connection to `127.0.0.1:port`.
    static func connect(port: Int) throws -> Int32 {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        try #require(descriptor >= 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                Glibc.connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        try #require(result == 0, "cannot connect to port \(port): \(String(cString: strerror(errno)))")
        return descriptor
    }

    static func send(_ text: String, to descriptor: Int32) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { Glibc.send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
    }

    /// Waits for `process` to exit, at most `limit`.
    static func waitForExit(_ process: Process, within limit: Duration) async throws -> Bool {
        let deadline = ContinuousClock.now + limit
        while process.isRunning {
            guard ContinuousClock.now < deadline else { return false }
            try await Task.sleep(for: .milliseconds(10))
        }
        return true
    }

    @Test func reloadsOpenPagesAfterAnEditAndStopsOnInterrupt() async throws {
        let site = try GuidepostCommandTests.copyFixture()
        defer { try? FileManager.default.removeItem(at: site) }
        let process = Process()
        process.executableURL = GuidepostCommandTests.executable
        process.arguments = ["serve", "--root", site.path, "--port", "0"]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        defer {
            if process.isRunning { process.terminate() }
        }
        var output = Reader(out.fileHandleForReading.fileDescriptor)
        let serving = output.read(until: "(Ctrl-C to stop)\n", within: .seconds(20))
        try #require(serving, "\(output.received)")
        let match = try #require(output.received.firstMatch(of: /Serving Minimal Guide at http:\/\/127\.0\.0\.1:(\d+)\/ \(Ctrl-C to stop\)\n/))
        let port = try #require(Int(match.1))
        #expect(port > 0)

        let connection = try Self.connect(port: port)
        defer { close(connection) }
        Self.send("GET /__guidepost/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n", to: connection)
        var events = Reader(connection)
        let greeted = events.read(until: "event: hello\ndata: 1\n\n", within: .seconds(30))
        try #require(greeted, "\(events.received)")
        #expect(events.received.lowercased().contains("content-type: text/event-stream"))

        try Data("---\ntitle: Next, edited\n---\nBack to [basics](basics.md).\n".utf8)
            .write(to: site.appendingPathComponent("Content/learn/next.md"))
        let reloaded = events.read(until: "event: reload\ndata: 2\n\n", within: .seconds(30))
        #expect(reloaded, "\(events.received)")
        let logged = output.read(until: "(changed: Content/learn/next.md; ", within: .seconds(30))
        #expect(logged, "\(output.received)")

        // The events stream is still open: stopping must not wait for it.
        process.interrupt()
        let exited = try await Self.waitForExit(process, within: .seconds(10))
        #expect(exited)
        if exited {
            #expect(process.terminationReason == .exit)
            #expect(process.terminationStatus == 0)
        }
        let errors = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(errors == "")
    }

    @Test func warnsWhenReachableFromOtherMachines() throws {
        let missing = FileManager.default.temporaryDirectory.appendingPathComponent("guidepost-missing-\(UUID().uuidString)")
        // The site is missing, so the command stops before it listens anywhere.
        let result = try GuidepostCommandTests.run(["serve", "--root", missing.path, "--host", "0.0.0.0", "--port", "0"])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("warning: listening on 0.0.0.0: the preview is reachable from other machines"))
        #expect(result.stderr.hasSuffix("\(missing.path): error: cannot watch the site folder for changes: No such file or directory\n"))
    }

    @Test func helpDescribesTheOptions() throws {
        let help = try GuidepostCommandTests.run(["serve", "--help"])
        #expect(help.status == 0)
        for option in ["--root <dir>", "--drafts", "--host <address>", "--port <port>"] {
            #expect(help.stdout.contains(option))
        }
        let overview = try GuidepostCommandTests.run(["--help"])
        #expect(overview.stdout.contains("  serve "))
    }
}
