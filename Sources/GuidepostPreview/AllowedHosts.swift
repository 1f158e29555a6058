import Foundation
import Glibc

/// The names under which the preview answers, checked against the `Host` of each request.
///
/// A web page from another site can point its own name at `127.0.0.1` (DNS rebinding) and then
/// read the preview with the visitor's browser: drafts, and error pages that show lines of the
/// publisher's files. While the preview listens only on this computer, it therefore answers only
/// requests addressed to `localhost` (or a name ending in `.localhost`), to an IP address, or to
/// the name it listens on. A browser always sends the name it was given, so a rebound name never
/// passes. Listening on another address, the publisher chose to share the preview, and any name
/// is accepted.
public struct AllowedHosts: Sendable {
    /// The address the server listens on, lowercased (`127.0.0.1`, `localhost`, `0.0.0.0`).
    let listeningHost: String
    /// Whether names are checked: only while the server listens on a loopback address.
    let checksNames: Bool

    init(listeningOn host: String) {
        listeningHost = Self.hostname(inAuthority: host) ?? host.lowercased()
        checksNames = Self.isLoopback(listeningHost)
    }

    /// Whether a request with this `Host` (the request's authority, `name:port`) is answered.
    ///
    /// A request without a `Host` passes: browsers always send one, so it cannot come from a
    /// page in a browser.
    func allows(_ authority: String?) -> Bool {
        guard checksNames, let authority, !authority.isEmpty else { return true }
        guard let name = Self.hostname(inAuthority: authority) else { return false }
        return name == "localhost" || name.hasSuffix(".localhost") || name == listeningHost || Self.isIPAddress(name)
    }

    /// Whether `host` (as given to `--host`) only accepts connections from this computer.
    /// Whether `host` (a name or an address, IPv6 with or without brackets) is this computer
    /// only; `guidepost serve` warns when it listens anywhere else.
    public static func isLoopback(_ host: String) -> Bool {
        let host = host.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        return host == "localhost" || host.hasPrefix("127.") || host == "::1" || host == "0:0:0:0:0:0:0:1"
    }

    // MARK: - Parsing

    /// The name of `name`, `name:port`, `[v6]` or `[v6]:port`, lowercased and without a final dot;
    /// nil when the port is not a number or the brackets do not match.
    static func hostname(inAuthority authority: String) -> String? {
        var name = Substring(authority.lowercased())
        var port: Substring?
        if name.hasPrefix("[") {
            guard let close = name.firstIndex(of: "]") else { return nil }
            let rest = name[name.index(after: close)...]
            if !rest.isEmpty {
                guard rest.hasPrefix(":") else { return nil }
                port = rest.dropFirst()
            }
            name = name[name.index(after: name.startIndex)..<close]
        } else if let colon = name.firstIndex(of: ":") {
            // An IPv6 address without brackets is a name with several colons: refused below.
            port = name[name.index(after: colon)...]
            name = name[..<colon]
        }
        if let port, port.isEmpty || !port.allSatisfy({ $0.isASCII && $0.isNumber }) { return nil }
        if name.hasSuffix(".") { name = name.dropLast() }
        guard !name.isEmpty, !name.contains(":") || authority.hasPrefix("[") else { return nil }
        return String(name)
    }

    /// Whether `name` is an IPv4 address in dotted form or an IPv6 address: such a request names
    /// an address rather than a name, which no other site can point at this computer.
    static func isIPAddress(_ name: String) -> Bool {
        var v4 = in_addr()
        var v6 = in6_addr()
        return inet_pton(AF_INET, name, &v4) == 1 || inet_pton(AF_INET6, name, &v6) == 1
    }
}
