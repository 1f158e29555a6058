import Foundation
@testable import GuidepostPreview
import Testing

/// Hostile requests sent as raw bytes over a real socket to a preview listening on loopback,
/// so that the server's HTTP parser sees them exactly as an attacker would write them.
@Suite struct LiveHostileRequestTests {
    /// A request as bytes on the wire, and the statuses of the responses it gets.
    struct RawRequest: Sendable, CustomStringConvertible {
        let description: String
        let bytes: [UInt8]
        let statuses: [Int]

        init(_ description: String, _ text: String, _ statuses: [Int]) {
            self.init(description, Array(text.utf8), statuses)
        }

        init(_ description: String, _ bytes: [UInt8], _ statuses: [Int]) {
            self.description = description
            self.bytes = bytes
            self.statuses = statuses
        }
    }

    static func request(_ target: String, method: String = "GET", headers: String = "") -> String {
        PreviewTestSite.request(target, method: method, headers: headers)
    }

    /// Request lines no client library would send: raw bytes, odd methods, versions and forms.
    static let requestLines: [RawRequest] = [
        RawRequest("raw UTF-8 dot lookalikes", Array("GET /\u{2024}\u{2024}/secret.txt HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".utf8), [400]),
        RawRequest("raw overlong dots", Array("GET /".utf8) + [0xC0, 0xAE, 0xC0, 0xAE] + Array("/secret.txt HTTP/1.1\r\n\r\n".utf8), [400]),
        RawRequest("raw NUL in the path", Array("GET /robots.txt".utf8) + [0] + Array(".html HTTP/1.1\r\n\r\n".utf8), [400]),
        RawRequest("raw carriage return in the path", "GET /a\rb HTTP/1.1\r\n\r\n", [400]),
        RawRequest("raw space in the path", "GET /../ secret.txt HTTP/1.1\r\n\r\n", [400]),
        RawRequest("raw tab in the path", "GET /..\t/secret.txt HTTP/1.1\r\n\r\n", [400]),
        RawRequest("lowercase get", request("/", method: "get"), [400]),
        RawRequest("mixed-case Get", request("/", method: "Get"), [400]),
        RawRequest("a method with @", request("/", method: "G@T"), [400]),
        RawRequest("an unknown method", request("/", method: "FOO"), [400]),
        RawRequest("an over-long method", request("/", method: String(repeating: "G", count: 10_000)), [400]),
        RawRequest("PUT", request("/robots.txt", method: "PUT", headers: "Content-Length: 5\r\n") + "pwned", [405]),
        RawRequest("DELETE", request("/robots.txt", method: "DELETE"), [405]),
        RawRequest("TRACE", request("/", method: "TRACE"), [405]),
        RawRequest("POST with a body", request("/", method: "POST", headers: "Content-Length: 3\r\n") + "a=1", [405]),
        RawRequest("PROPFIND", request("/", method: "PROPFIND"), [405]),
        RawRequest("OPTIONS *", request("*", method: "OPTIONS"), [405]),
        RawRequest("CONNECT to another port", request("127.0.0.1:22", method: "CONNECT"), [405]),
        RawRequest("GET in authority form", request("127.0.0.1:22"), [400]),
        RawRequest("GET *", request("*"), [400]),
        RawRequest("a relative target", request("secret.txt"), [400]),
        RawRequest("a javascript: target", request("javascript:alert(1)"), [400]),
        RawRequest("HTTP/0.9 with a version", "GET / HTTP/0.9\r\n\r\n", [400]),
        RawRequest("HTTP/2.0 over HTTP/1", "GET / HTTP/2.0\r\n\r\n", [400]),
        RawRequest("HTTP/3.7", "GET / HTTP/3.7\r\n\r\n", [400]),
        RawRequest("a made-up protocol", "GET / FOO/1.1\r\n\r\n", [400]),
        RawRequest("a word after the version", "GET / HTTP/1.1 please\r\n\r\n", [400]),
        RawRequest("no target", "GET HTTP/1.1\r\n\r\n", [400]),
        RawRequest("a method alone", "GET\r\n\r\n", [400]),
        RawRequest("the HTTP/2 preface", "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n", [400]),
        RawRequest("a TLS ClientHello", [0x16, 0x03, 0x01, 0x00, 0xA5, 0x01, 0x00, 0x00, 0xA1, 0x03, 0x03] + Array(repeating: 0, count: 32), [400]),
        RawRequest("binary garbage", [0x00, 0x01, 0x02, 0xFF, 0xFE, 0x0D, 0x0A, 0x0D, 0x0A], [400]),
        RawRequest("a response instead of a request", "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n", [400]),
        RawRequest("line feeds only", "GET / HTTP/1.1\nHost: 127.0.0.1\n\n", [400]),
        RawRequest("carriage returns only", "GET / HTTP/1.1\rHost: 127.0.0.1\r\r", [400]),
        RawRequest("absolute form", request("http://127.0.0.1/robots.txt"), [200]),
        RawRequest("absolute form with https", request("https://127.0.0.1/robots.txt"), [200]),
        RawRequest("absolute form going up", request("http://127.0.0.1/../../secret.txt"), [400]),
        RawRequest("absolute form of another host", request("http://attacker.example/%2e%2e/secret.txt"), [400]),
        RawRequest("a file: URL", request("file:///etc/passwd"), [404]),
        RawRequest("a file: URL of the secret", request("file:///../secret.txt"), [400]),
    ]

    /// Tricks with `Host` and other headers.
    static let headerTricks: [RawRequest] = [
        RawRequest("a rebound name", "GET / HTTP/1.1\r\nHost: attacker.example\r\nConnection: close\r\n\r\n", [403]),
        RawRequest("a rebound name with a port", "GET / HTTP/1.1\r\nHost: attacker.example:8080\r\nConnection: close\r\n\r\n", [403]),
        RawRequest("localhost as a subdomain", "GET / HTTP/1.1\r\nHost: localhost.attacker.example\r\nConnection: close\r\n\r\n", [403]),
        RawRequest("an address as a subdomain", "GET / HTTP/1.1\r\nHost: 127.0.0.1.nip.io\r\nConnection: close\r\n\r\n", [403]),
        RawRequest("user info in Host", "GET / HTTP/1.1\r\nHost: attacker.example@127.0.0.1\r\nConnection: close\r\n\r\n", [403]),
        RawRequest("a port that is no number", "GET / HTTP/1.1\r\nHost: 127.0.0.1:8080x\r\nConnection: close\r\n\r\n", [403]),
        RawRequest("absolute form with a rebound Host", "GET http://127.0.0.1/ HTTP/1.1\r\nHost: attacker.example\r\nConnection: close\r\n\r\n", [403]),
        RawRequest("a second Host", "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nHost: attacker.example\r\nConnection: close\r\n\r\n", [400]),
        RawRequest("a second Host, the other way round", "GET / HTTP/1.1\r\nHost: attacker.example\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n", [400]),
        RawRequest("localhost", "GET / HTTP/1.1\r\nHost: localhost:8080\r\nConnection: close\r\n\r\n", [200]),
        RawRequest("a .localhost name", "GET / HTTP/1.1\r\nHost: guide.localhost\r\nConnection: close\r\n\r\n", [200]),
        RawRequest("IPv6 loopback", "GET / HTTP/1.1\r\nHost: [::1]:8080\r\nConnection: close\r\n\r\n", [200]),
        RawRequest("no Host in HTTP/1.0", "GET / HTTP/1.0\r\nConnection: close\r\n\r\n", [200]),
        RawRequest("an empty Host", "GET / HTTP/1.1\r\nHost:\r\nConnection: close\r\n\r\n", [200]),
        RawRequest("a rewrite header", request("/", headers: "X-Original-URL: /../secret.txt\r\nX-Rewrite-URL: /../secret.txt\r\n"), [200]),
        RawRequest("forwarding headers", request("/robots.txt", headers: "X-Forwarded-Host: attacker.example\r\nX-Forwarded-For: 10.0.0.1\r\nForwarded: host=attacker.example\r\n"), [200]),
        RawRequest("a range beyond the file", request("/robots.txt", headers: "Range: bytes=-100000000\r\n"), [200]),
        RawRequest("a 100 KB header", request("/", headers: "X-Long: \(String(repeating: "a", count: 100_000))\r\n"), [400]),
        RawRequest("2,000 headers", request("/", headers: (0..<2_000).map { "X-H\($0): v\r\n" }.joined()), [400]),
        RawRequest("900 headers", request("/", headers: (0..<900).map { "X-H\($0): v\r\n" }.joined()), [200]),
        RawRequest("a header name with a space", request("/", headers: "X Y: 1\r\n"), [400]),
        RawRequest("a folded header", request("/", headers: "X-A: 1\r\n folded\r\n"), [400]),
        RawRequest("a header without a colon", request("/", headers: "X-A\r\n"), [400]),
        RawRequest("NUL in a header", Array("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-A: a".utf8) + [0] + Array("b\r\nConnection: close\r\n\r\n".utf8), [400]),
        RawRequest("two lengths", request("/", headers: "Content-Length: 1\r\nContent-Length: 2\r\n") + "ab", [400]),
        RawRequest("a negative length", request("/", headers: "Content-Length: -1\r\n"), [400]),
        RawRequest("a length and chunks", request("/", headers: "Content-Length: 4\r\nTransfer-Encoding: chunked\r\n") + "0\r\n\r\n", [400]),
        RawRequest("a chunked GET", request("/", headers: "Transfer-Encoding: chunked\r\n") + "5\r\nhello\r\n0\r\n\r\n", [200]),
        RawRequest("a promised 100 MB body", request("/robots.txt", headers: "Content-Length: 100000000\r\n") + "abc", [200]),
        RawRequest("an upgrade to h2c", request("/", headers: "Upgrade: h2c\r\nHTTP2-Settings: AAMAAABkAARAAAAAAAIAAAAA\r\n"), [200]),
        RawRequest("an upgrade to WebSocket", request("/__guidepost/events", headers: "Upgrade: websocket\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"), [200]),
    ]

    /// Over-long request targets: the parser refuses those over its 80 KB limit.
    static let longTargets: [RawRequest] = [
        RawRequest("a 100 KB path", request("/" + String(repeating: "a", count: 100_000)), [400]),
        RawRequest("a 1 MB path", request("/" + String(repeating: "a", count: 1_000_000)), [400]),
        RawRequest("a 70 KB path", request("/" + String(repeating: "a", count: 70_000)), [404]),
        RawRequest("25,000 times ../", request("/" + String(repeating: "../", count: 25_000) + "secret.txt"), [400]),
        RawRequest("10,000 times %2e%2e/", request("/" + String(repeating: "%2e%2e/", count: 10_000) + "secret.txt"), [400]),
        RawRequest("a 100 KB query", request("/robots.txt?" + String(repeating: "../", count: 33_000)), [400]),
    ]

    @Test func answersEveryHostilePathOverASocket() async throws {
        let site = try PreviewTestSite()
        defer { site.remove() }
        let secret = site.secret
        try await site.withLivePreview { port, _, _ in
            for (target, status) in HostilePaths.all {
                for method in ["GET", "HEAD"] {
                    let reply = try await RawHTTPExchange.send(Self.request(target, method: method), to: port, bodiless: method == "HEAD", within: .seconds(30))
                    #expect(reply.statuses == [status], "\(method) \(target): \(reply.text.prefix(200))")
                    let closed = reply.closedByServer
                    #expect(closed, "\(method) \(target): the connection stayed open")
                    HostileRequestTests.expectNothingLeaked(reply.text, secret: secret, "\(method) \(target)")
                }
            }
        }
    }

    @Test func answersRawHostileRequestsWithTheirPinnedStatus() async throws {
        let site = try PreviewTestSite()
        defer { site.remove() }
        let secret = site.secret
        try await site.withLivePreview { port, _, _ in
            for request in Self.requestLines + Self.headerTricks + Self.longTargets {
                // 30 seconds: the whole suite runs at once, and a busy machine can take seconds to answer.
                let reply = try await RawHTTPExchange.send(request.bytes, to: port, expectedResponses: request.statuses.count, within: .seconds(30))
                #expect(reply.statuses == request.statuses, "\(request): \(reply.closedByServer ? "closed by the server" : "no answer in time"): \(reply.text.prefix(200))")
                HostileRequestTests.expectNothingLeaked(reply.text, secret: secret, request.description)
            }
        }
    }

    @Test func namesEachRawRequestOnce() {
        let all = Self.requestLines + Self.headerTricks + Self.longTargets
        #expect(Set(all.map(\.description)).count == all.count)
        #expect(Set(all.map(\.bytes)).count == all.count)
        #expect(HostilePaths.all.count * 2 + all.count >= 200)
    }

    @Test func refusesARebindingPageWithoutShowingIt() async throws {
        let site = try PreviewTestSite()
        defer { site.remove() }
        try await site.withLivePreview { port, _, _ in
            for target in ["/", "/learn/basics/", "/robots.txt", "/__guidepost/reload.js", "/__guidepost/events"] {
                let reply = try await RawHTTPExchange.send(
                    "GET \(target) HTTP/1.1\r\nHost: attacker.example:\(port)\r\nConnection: close\r\n\r\n", to: port
                )
                #expect(reply.statuses == [403], "\(target)")
                let body = reply.responses.first?.body ?? ""
                #expect(body.hasPrefix("Forbidden: "), "\(target): \(body)")
                #expect(!body.contains("<title>") && !body.contains("User-agent") && !body.contains("EventSource"), "\(target)")
            }
        }
    }

    @Test func keepsAnsweringOnAConnectionAfterARefusedPath() async throws {
        let site = try PreviewTestSite()
        defer { site.remove() }
        let secret = site.secret
        try await site.withLivePreview { port, _, _ in
            let host = "Host: 127.0.0.1\r\n"
            let pipelined = "GET / HTTP/1.1\r\n\(host)\r\n" + "GET /../secret.txt HTTP/1.1\r\n\(host)\r\n"
                + "PUT /robots.txt HTTP/1.1\r\n\(host)Content-Length: 5\r\n\r\npwned"
                + "GET /%2e%2e/%2e%2e/secret.txt HTTP/1.1\r\n\(host)\r\n"
                + "GET /robots.txt HTTP/1.1\r\n\(host)Connection: close\r\n\r\n"
            let reply = try await RawHTTPExchange.send(pipelined, to: port)
            #expect(reply.statuses == [200, 400, 405, 400, 200])
            #expect(reply.responses.last?.body == "User-agent: *\n")
            HostileRequestTests.expectNothingLeaked(reply.text, secret: secret, "pipelined requests")
            // A request the parser refuses ends the connection: what follows is not answered.
            let broken = try await RawHTTPExchange.send(
                "GET / HTTP/1.1\r\n\(host)\r\nget /robots.txt HTTP/1.1\r\n\(host)\r\nGET /robots.txt HTTP/1.1\r\n\(host)\r\n", to: port
            )
            #expect(broken.statuses == [200, 400])
            let closed = broken.closedByServer
            #expect(closed)
        }
    }
}
