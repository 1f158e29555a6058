import Foundation

/// What the verifier needs to know of one generated HTML page: its ids, the addresses it
/// refers to and its images.
struct OutputPage: Sendable {
    /// An `<img>`, with what decides whether it is described for screen readers.
    struct Image: Sendable, Hashable {
        var source: String
        /// nil when the tag has no `alt` attribute at all.
        var alt: String?
        /// `role="presentation"` (or `none`) or `aria-hidden="true"`: hidden from screen readers.
        var isDecorative: Bool
    }

    /// Relative to the output folder: `learn/peer-support/index.html`.
    var path: String
    var ids: Set<String> = []
    /// Ids given to more than one element, with how many, in order of first use.
    var repeatedIDs: [(id: String, count: Int)] = []
    /// Addresses in attributes that make the browser follow or fetch them, as written: `href`
    /// of `a` and `link`, `src` of `img`, `script` and `source`, and the URLs of the `srcset`
    /// of `img` and `source`.
    var references: [String] = []
    var images: [Image] = []

    init(path: String, html: String) {
        var html = html
        self = html.withUTF8 { OutputPage(path: path, bytes: $0) }
    }

    /// The page at `path` from its bytes, as the build wrote them.
    init(path: String, data: Data) {
        self = data.withUnsafeBytes { OutputPage(path: path, bytes: $0.bindMemory(to: UInt8.self)) }
    }

    private init(path: String, bytes: UnsafeBufferPointer<UInt8>) {
        self.path = path
        var counts: [String: Int] = [:]
        var order: [String] = []
        var scanner = HTMLScanner(bytes)
        while scanner.nextTag() {
            if let id = scanner.value(of: "id"), !id.isEmpty {
                if counts[id] == nil { order.append(id) }
                counts[id, default: 0] += 1
            }
            let isImage = scanner.nameIs("img")
            if scanner.nameIs("a") || scanner.nameIs("link") {
                if let url = scanner.value(of: "href") { references.append(url) }
            } else if isImage || scanner.nameIs("source") || scanner.nameIs("script") {
                if let url = scanner.value(of: "src") { references.append(url) }
                if !scanner.nameIs("script"), let sourceSet = scanner.value(of: "srcset") {
                    references += Self.sourceSetURLs(sourceSet)
                }
            }
            if isImage {
                let role = scanner.value(of: "role")?.lowercased()
                images.append(Image(
                    source: scanner.value(of: "src") ?? "",
                    alt: scanner.value(of: "alt"),
                    isDecorative: role == "presentation" || role == "none" || scanner.value(of: "aria-hidden")?.lowercased() == "true"
                ))
            }
        }
        ids = Set(counts.keys)
        repeatedIDs = order.compactMap { id in counts[id].flatMap { $0 > 1 ? (id, $0) : nil } }
    }
    /// The URLs of a `srcset`: candidates separated by commas, each a URL and optional
    /// descriptors (`small.png 1x, large.png 2x`).
    ///
    /// As in the HTML standard, a URL runs to the next whitespace, so the commas of a `data:`
    /// URL do not split it.
    static func sourceSetURLs(_ sourceSet: String) -> [String] {
        var urls: [String] = []
        var rest = sourceSet[...]
        while true {
            rest = rest.drop { $0.isWhitespace || $0 == "," }
            guard !rest.isEmpty else { return urls }
            var url = rest.prefix { !$0.isWhitespace }
            rest = rest.dropFirst(url.count)
            if url.last == "," {
                while url.last == "," { url = url.dropLast() }
            } else {
                rest = rest.drop { $0 != "," }
            }
            urls.append(String(url))
        }
    }
}
