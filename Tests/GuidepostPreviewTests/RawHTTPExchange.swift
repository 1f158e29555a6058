import Foundation
import Glibc

/// What came back on a TCP connection to the preview for bytes sent exactly as given, so that no
/// client library tidies up a hostile request line before the server sees it.
struct RawHTTPExchange: Sendable {
    /// Everything the server sent.
    let received: [UInt8]
    /// Whether the server closed the connection, rather than the time running out first.
    let closedByServer: Bool
    /// Whether the requests were HEAD requests, whose responses have no body.
    let bodiless: Bool

    /// The received bytes as text (Latin-1, so that no byte is lost or merged).
    var text: String { String(received.map { Character(Unicode.Scalar($0)) }) }

    /// The status codes of the responses, in order (`[200, 400]` for two pipelined requests).
    var statuses: [Int] { responses.map(\.status) }

    /// The responses received, split by their `Content-Length`.
    var responses: [(status: Int, head: String, body: String)] {
        Self.responses(in: received, bodiless: bodiless)
    }

    // MARK: - Sending

    /// Connects to `127.0.0.1:port`, sends `bytes`, and reads until the server closes the
    /// connection, `expectedResponses` complete responses or the text `marker` arrived, or
    /// `limit` passed.
    ///
    /// The blocking socket calls run on a thread of their own, never on the threads that run the
    /// in-process server's tasks.
    static func send(
        _ bytes: [UInt8], to port: Int, expectedResponses: Int? = nil, bodiless: Bool = false,
        until marker: String? = nil, within limit: Duration = .seconds(10)
    ) async throws -> RawHTTPExchange {
        try await withCheckedThrowingContinuation { continuation in
            let thread = Thread {
                continuation.resume(with: Result {
                    try exchange(
                        bytes, port: port, expectedResponses: expectedResponses, bodiless: bodiless, marker: marker, within: limit
                    )
                })
            }
            thread.start()
        }
    }

    static func send(
        _ text: String, to port: Int, expectedResponses: Int? = nil, bodiless: Bool = false,
        until marker: String? = nil, within limit: Duration = .seconds(10)
    ) async throws -> RawHTTPExchange {
        try await send(
            Array(text.utf8), to: port, expectedResponses: expectedResponses, bodiless: bodiless, until: marker, within: limit
        )
    }

    struct ConnectionFailed: Error, CustomStringConvertible {
        let description: String
    }

    private static func exchange(
        _ bytes: [UInt8], port: Int, expectedResponses: Int?, bodiless: Bool, marker: String?, within limit: Duration
    ) throws -> RawHTTPExchange {
        let descriptor = try connect(port: port)
        defer { close(descriptor) }
        var sent = 0
        var received: [UInt8] = []
        let deadline = ContinuousClock.now + limit
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let remaining = deadline - .now
            guard remaining > .zero else { return RawHTTPExchange(received: received, closedByServer: false, bodiless: bodiless) }
            var events = Int16(POLLIN)
            if sent < bytes.count { events |= Int16(POLLOUT) }
            var request = pollfd(fd: descriptor, events: events, revents: 0)
            let milliseconds = remaining.components.seconds * 1000 + remaining.components.attoseconds / 1_000_000_000_000_000 + 1
            let ready = poll(&request, 1, Int32(milliseconds))
            if ready < 0 && errno == EINTR { continue }
            guard ready > 0 else { continue }
            if request.revents & Int16(POLLIN | POLLHUP | POLLERR) != 0 {
                let count = read(descriptor, &buffer, buffer.count)
                // A reset after the server answered and closed counts as closed, too.
                guard count > 0 else { return RawHTTPExchange(received: received, closedByServer: true, bodiless: bodiless) }
                received += buffer[..<count]
                let enough = expectedResponses.map { responses(in: received, bodiless: bodiless).count >= $0 } ?? false
                let marked = marker.map { String(decoding: received, as: UTF8.self).contains($0) } ?? false
                if enough || marked { return RawHTTPExchange(received: received, closedByServer: false, bodiless: bodiless) }
            } else if request.revents & Int16(POLLOUT) != 0 {
                let count = bytes[sent...].withUnsafeBytes { Glibc.send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
                // The server may close before it read everything, as it does for an over-long request.
                if count < 0 { sent = bytes.count } else { sent += count }
            }
        }
    }

    private static func connect(port: Int) throws -> Int32 {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw ConnectionFailed(description: String(cString: strerror(errno))) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                Glibc.connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard result == 0 else {
            let reason = String(cString: strerror(errno))
            close(descriptor)
            throw ConnectionFailed(description: "cannot connect to port \(port): \(reason)")
        }
        return descriptor
    }

    // MARK: - Parsing

    /// Splits `bytes` into complete responses; an incomplete last one is left out.
    private static func responses(in bytes: [UInt8], bodiless: Bool) -> [(status: Int, head: String, body: String)] {
        let separator = Array("\r\n\r\n".utf8)
        var responses: [(status: Int, head: String, body: String)] = []
        var start = 0
        while start < bytes.count {
            guard let headEnd = firstRange(of: separator, in: bytes, from: start) else { break }
            let head = String(decoding: bytes[start..<headEnd], as: UTF8.self)
            let statusLine = head.prefix { $0 != "\r" }
            let parts = statusLine.split(separator: " ")
            guard parts.count >= 2, parts[0].hasPrefix("HTTP/"), let status = Int(parts[1]) else { break }
            let length = bodiless ? 0 : contentLength(in: head)
            let bodyStart = headEnd + separator.count
            guard bytes.count >= bodyStart + length else { break }
            let body = String(decoding: bytes[bodyStart..<(bodyStart + length)], as: UTF8.self)
            responses.append((status, head, body))
            start = bodyStart + length
        }
        return responses
    }

    private static func contentLength(in head: String) -> Int {
        for line in head.split(separator: "\r\n") {
            let parts = line.split(separator: ":", maxSplits: 1)
            if parts.count == 2, parts[0].lowercased() == "content-length" {
                return Int(parts[1].trimmingCharacters(in: .whitespaces)) ?? 0
            }
        }
        return 0
    }

    private static func firstRange(of needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        var index = start
        while index + needle.count <= haystack.count {
            if haystack[index] == needle[0], Array(haystack[index..<(index + needle.count)]) == needle { return index }
            index += 1
        }
        return nil
    }
}
