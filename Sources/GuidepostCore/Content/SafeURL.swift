import Foundation

/// The rule for addresses taken from a publisher's files before they reach an `href`: http,
/// https, mailto and tel addresses, and, where a field allows it, paths on this site.
///
/// The scheme is read the way a browser reads it (the WHATWG URL standard): spaces and control
/// characters around the address are ignored and tabs and line breaks inside it are dropped, so
/// `jAvAscript:`, ` javascript:` and `java<tab>script:` are all `javascript`. Addresses may not
/// hold spaces, control characters or `"`, `<`, `>`, `\` and `` ` ``: no valid address needs
/// them, and they are what breaks out of an attribute in a theme that forgets to escape.
enum SafeURL {
    /// The schemes a reader's browser may follow from a link written in a settings or catalog field.
    static let schemes = ["http", "https", "mailto", "tel"]
    /// Schemes that run code or open local files in the reader's browser: refused even in
    /// Markdown, which otherwise links to any address.
    static let dangerousSchemes = ["javascript", "vbscript", "data", "file"]

    /// The scheme a browser would read from `text`, lowercased, or nil when `text` is a relative
    /// reference such as `/learn/`, `../x` or `#top`.
    static func scheme(of text: String) -> String? {
        // Every link of every page comes here: most are relative and have no colon at all.
        guard text.utf8.contains(UInt8(ascii: ":")) else { return nil }
        let scalars = text.unicodeScalars.lazy
            .filter { $0 != "\t" && $0 != "\n" && $0 != "\r" }
            .drop { $0.value <= 0x20 }
        guard let first = scalars.first, first.isASCIILetter else { return nil }
        var scheme = String.UnicodeScalarView()
        for scalar in scalars {
            if scalar == ":" { return String(scheme).lowercased() }
            guard scalar.isASCIILetter || ("0"..."9").contains(scalar) || "+-.".unicodeScalars.contains(scalar) else { return nil }
            scheme.append(scalar)
        }
        return nil
    }

    /// Whether `text` would run code or open a local file when followed: `javascript:`,
    /// `vbscript:`, `data:` or `file:`, however it is spelled.
    static func isDangerous(_ text: String) -> Bool {
        scheme(of: text).map(dangerousSchemes.contains) ?? false
    }

    /// Whether `text` is a complete http or https address with a host, such as
    /// `https://example.org/guide/`.
    static func isWebAddress(_ text: String) -> Bool {
        webAddressProblem(text) == nil
    }

    /// Why `text` is not a complete http or https address (see `WebAddress`), or nil when it is one.
    static func webAddressProblem(_ text: String) -> String? {
        guard let scheme = scheme(of: text), scheme == "http" || scheme == "https" else {
            return "only http and https addresses are allowed"
        }
        if containsForbiddenCharacters(text) { return forbiddenCharactersProblem }
        guard text.lowercased().hasPrefix("\(scheme)://") else { return "write '//' after '\(scheme):', as in https://example.org/" }
        return WebAddress.problem(text)
    }

    /// Why `text` may not be used as a link, or nil when it may.
    ///
    /// - Parameter allowingSitePaths: whether a path on this site (`/learn/`, `learn/x/`,
    ///   `#top`, `../`) is accepted besides full addresses.
    static func problem(_ text: String, allowingSitePaths: Bool) -> String? {
        let allowed = allowingSitePaths
            ? "only http, https, mailto and tel addresses and paths on this site are allowed"
            : "only http, https, mailto and tel addresses are allowed"
        guard let scheme = scheme(of: text) else {
            guard allowingSitePaths else { return "write a full address such as https://example.org/" }
            if containsForbiddenCharacters(text) { return forbiddenCharactersProblem }
            if text.hasPrefix("//") {
                return "an address on another site must be written in full, starting with https://"
            }
            return nil
        }
        guard schemes.contains(scheme) else { return allowed }
        if containsForbiddenCharacters(text) { return forbiddenCharactersProblem }
        if scheme == "http" || scheme == "https" {
            return webAddressProblem(text)
        }
        let rest = text.drop { $0 != ":" }.dropFirst()
        return rest.isEmpty ? "it is not a valid \(scheme) address" : nil
    }

    /// `text` for a message: tabs, line breaks and other invisible characters written as YAML
    /// escapes (`\t`, `\n`, `\u200B`), so the message shows what is really there.
    static func shown(_ text: String) -> String {
        var shown = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\t": shown += "\\t"
            case "\n": shown += "\\n"
            case "\r": shown += "\\r"
            case _ where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.properties.generalCategory == .format
                || (scalar.properties.isWhitespace && scalar != " "):
                shown += "\\u" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4)
            default: shown.unicodeScalars.append(scalar)
            }
        }
        return shown
    }

    // MARK: - Helpers

    private static let forbiddenCharactersProblem =
        "an address may not contain spaces, control characters or any of \" < > \\ `; write a space as %20"

    /// Spaces, control and invisible formatting characters (which can disguise an address), and
    /// the characters no address needs.
    static func containsForbiddenCharacters(_ text: String) -> Bool {
        text.unicodeScalars.contains { scalar in
            scalar.value <= 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.properties.isWhitespace
                || scalar.properties.generalCategory == .format || "\"<>\\`".unicodeScalars.contains(scalar)
        }
    }
}

extension Unicode.Scalar {
    fileprivate var isASCIILetter: Bool {
        ("a"..."z").contains(self) || ("A"..."Z").contains(self)
    }
}

extension String {
    fileprivate func leftPadded(to length: Int) -> String {
        String(repeating: "0", count: max(0, length - count)) + self
    }
}
