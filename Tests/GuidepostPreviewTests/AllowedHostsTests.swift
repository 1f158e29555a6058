@testable import GuidepostPreview
import Testing

@Suite struct AllowedHostsTests {
    /// `Host` values of requests to a preview listening on `127.0.0.1`, and whether they are answered.
    static let loopbackCases: [(host: String?, allowed: Bool)] = [
        (nil, true),
        ("", true),
        ("127.0.0.1", true),
        ("127.0.0.1:8080", true),
        ("localhost", true),
        ("LOCALHOST:8080", true),
        ("localhost.:8080", true),
        ("guide.localhost:8080", true),
        ("[::1]:8080", true),
        ("[::1]", true),
        ("192.168.1.20:8080", true),
        ("attacker.example", false),
        ("attacker.example:8080", false),
        ("localhost.attacker.example", false),
        ("127.0.0.1.nip.io:8080", false),
        ("attacker.example@127.0.0.1", false),
        ("localhost:8080@attacker.example", false),
        ("127.0.0.1:", false),
        ("127.0.0.1:80a", false),
        ("127.0.0.1:8080:8080", false),
        ("::1", false),
        ("[::1", false),
        ("[::1]x", false),
        ("[attacker.example]", false),
        ("2130706433", false),
        ("localhost\u{0}.attacker.example", false),
    ]

    @Test func answersOnlyNamesOfThisComputerWhileListeningOnLoopback() {
        let hosts = AllowedHosts(listeningOn: "127.0.0.1")
        #expect(hosts.checksNames)
        for (host, allowed) in Self.loopbackCases {
            #expect(hosts.allows(host) == allowed, "\(host ?? "no Host")")
        }
    }

    @Test func answersTheNameItListensOn() {
        let hosts = AllowedHosts(listeningOn: "localhost")
        #expect(hosts.allows("localhost:8080"))
        #expect(!hosts.allows("attacker.example:8080"))
        let v6 = AllowedHosts(listeningOn: "::1")
        #expect(v6.checksNames)
        #expect(v6.allows("[::1]:8080"))
        #expect(!v6.allows("attacker.example"))
    }

    @Test(arguments: ["0.0.0.0", "::", "192.168.1.20", "guide.lan"])
    func answersEveryNameWhenSharedOnTheNetwork(listening: String) {
        let hosts = AllowedHosts(listeningOn: listening)
        #expect(!hosts.checksNames)
        #expect(hosts.allows("attacker.example"))
        #expect(hosts.allows("guide.lan:8080"))
    }

    @Test func readsTheNameOfAnAuthority() {
        #expect(AllowedHosts.hostname(inAuthority: "Example.ORG:443") == "example.org")
        #expect(AllowedHosts.hostname(inAuthority: "[FE80::1]:80") == "fe80::1")
        #expect(AllowedHosts.hostname(inAuthority: "example.org.") == "example.org")
        #expect(AllowedHosts.hostname(inAuthority: ":8080") == nil)
        #expect(AllowedHosts.hostname(inAuthority: "example.org:") == nil)
    }
}
