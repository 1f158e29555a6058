/// The rules for the part of an http or https address that names the server: a host that a
/// browser can look up, an optional port from 1 to 65535, and no user name or password.
///
/// Foundation's `URL(string:)` takes `https://example.org:99999/`, `https://exa mple..org/` and
/// `https://user:password@example.org/`; a browser refuses the first two, and the third shows a
/// warning or hides who the server is. Read here: `scheme://authority/rest`, the authority being
/// `host` or `host:port`, the host a name (`example.org`, `localhost`, `bücher.example`), an IPv4
/// address (`192.0.2.1`) or an IPv6 address in brackets (`[2001:db8::1]`).
enum WebAddress {
    /// The longest host name, and the longest part between dots, that DNS allows.
    static let longestHost = 253
    static let longestLabel = 63

    /// Why `text`, an address whose scheme is http or https, is not a web address a browser can
    /// open; nil when it is one.
    static func problem(_ text: String) -> String? {
        guard let separator = text.range(of: "://") else { return "write it in full, starting with https://" }
        let afterScheme = text[separator.upperBound...]
        let authority = afterScheme.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        guard !authority.isEmpty else { return "it has no host name after '//', such as example.org" }
        if authority.contains("@") {
            return "it holds a user name or password before '@'; remove everything from '//' up to and including '@'"
        }
        var host = authority
        var port: Substring?
        if authority.hasPrefix("[") {
            guard let close = authority.firstIndex(of: "]") else { return "the IPv6 address in '[...]' is never closed with ']'" }
            host = authority[...close]
            let rest = authority[authority.index(after: close)...]
            if !rest.isEmpty {
                guard rest.hasPrefix(":") else { return "only ':' and a port may follow the IPv6 address in '[...]'" }
                port = rest.dropFirst()
            }
        } else if let colon = authority.firstIndex(of: ":") {
            host = authority[..<colon]
            port = authority[authority.index(after: colon)...]
        }
        if let port, let problem = portProblem(port) { return problem }
        return hostProblem(host)
    }

    // MARK: - Helpers

    static func portProblem(_ port: Substring) -> String? {
        guard !port.isEmpty else { return "there is no port number after ':'; remove the ':' or add the port" }
        guard port.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            return "the port '\(port)' is not a number; a port is a number from 1 to 65535"
        }
        guard let number = Int(port), (1...65535).contains(number) else {
            return "the port \(port) is not between 1 and 65535"
        }
        return nil
    }

    static func hostProblem(_ host: Substring) -> String? {
        guard !host.isEmpty else { return "it has no host name before the port, such as example.org" }
        if host.hasPrefix("[") {
            let inside = host.dropFirst().dropLast()
            let isIPv6 = inside.contains(":") && inside.allSatisfy { $0.isASCII && ($0.isHexDigit || $0 == ":" || $0 == ".") }
            return isIPv6 ? nil : "'\(host)' is not an IPv6 address"
        }
        // One dot at the end names the root of DNS and is allowed (`example.org.`).
        let name = host.hasSuffix(".") ? host.dropLast() : host
        guard name.count <= longestHost else { return "the host name is longer than \(longestHost) characters" }
        let labels = name.split(separator: ".", omittingEmptySubsequences: false)
        for label in labels {
            guard !label.isEmpty else { return "the host name '\(host)' has an empty part between dots" }
            guard label.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) else {
                let bad = label.first { !($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }.map { " ('\($0)')" } ?? ""
                return "the host name '\(host)' holds a character\(bad) that a host name cannot hold; use only letters, digits, '-' and '.'"
            }
            guard !label.hasPrefix("-"), !label.hasSuffix("-") else {
                return "a part of the host name '\(host)' starts or ends with '-'"
            }
            guard label.count <= longestLabel else { return "a part of the host name is longer than \(longestLabel) characters" }
        }
        // A browser reads a host that ends in a number as an IPv4 address.
        if let last = labels.last, last.allSatisfy({ $0.isASCII && $0.isNumber }) {
            let isIPv4 = labels.count == 4 && labels.allSatisfy { label in
                label.allSatisfy { $0.isASCII && $0.isNumber } && (Int(label).map { $0 <= 255 } ?? false)
            }
            return isIPv4 ? nil : "'\(host)' is neither a host name nor an IPv4 address such as 192.0.2.1"
        }
        return nil
    }
}
