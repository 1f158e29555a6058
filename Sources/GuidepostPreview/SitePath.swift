/// The path of a request for the site, checked and decoded.
///
/// Only paths that could name a file of the site pass: they start with a single `/`, their
/// percent escapes are valid UTF-8, and once decoded they have no `.` or `..` segment, no empty
/// segment, no backslash and no control character. Anything else is refused before the site is
/// looked at, so that no spelling of `../` reaches a file name.
struct SitePath: Sendable, Hashable {
    /// The path as requested, still percent-encoded (`/learn/peer%20support/`).
    let requested: String
    /// The decoded segments (`["learn", "peer support"]`).
    let segments: [String]
    /// Whether the path ends with `/` (or is `/`).
    let isFolder: Bool

    /// Checks `path`, the path part of a request target; nil when it is refused.
    init?(_ path: String) {
        guard path.hasPrefix("/"), !path.hasPrefix("//"), !path.contains("\\") else { return nil }
        guard let decoded = Self.percentDecoded(path) else { return nil }
        guard !decoded.unicodeScalars.contains(where: { $0 == "\\" || $0.value < 0x20 || $0.value == 0x7F }) else {
            return nil
        }
        var segments = decoded.dropFirst().split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        let isFolder = segments.last?.isEmpty ?? true
        if isFolder { segments.removeLast() }
        guard segments.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." }) else { return nil }
        self.requested = path
        self.segments = segments
        self.isFolder = isFolder
    }

    /// The output path this request names: `learn/x/index.html` for `/learn/x/`, `index.html`
    /// for `/`, `assets/style.css` for `/assets/style.css`.
    var outputPath: String {
        let joined = segments.joined(separator: "/")
        if isFolder { return joined.isEmpty ? "index.html" : joined + "/index.html" }
        return joined
    }

    /// The output path of the folder's index page when the request left off the final slash.
    var indexPathWithoutSlash: String? {
        isFolder ? nil : outputPath + "/index.html"
    }

    /// Whether this is one of the preview's own addresses (the reload script and its events).
    var isPreviewEndpoint: Bool {
        requested == ReloadScript.path || requested == ReloadScript.eventsPath
    }

    /// Whether the request is likely for a page rather than a file: it ends with `/`, in `.html`,
    /// or its last segment has no extension.
    var looksLikePage: Bool {
        guard !isFolder, let last = segments.last else { return true }
        return last.lowercased().hasSuffix(".html") || !last.contains(".")
    }

    // MARK: - Percent decoding

    /// Decodes `%XX` escapes; nil when an escape is malformed or the bytes are not UTF-8.
    static func percentDecoded(_ text: String) -> String? {
        var bytes: [UInt8] = []
        var iterator = text.utf8.makeIterator()
        while let byte = iterator.next() {
            guard byte == UInt8(ascii: "%") else {
                bytes.append(byte)
                continue
            }
            guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else {
                return nil
            }
            bytes.append(high << 4 | low)
        }
        return String(validating: bytes, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
