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
    /// Addresses in attributes that make the browser follow or fetch them, as written.
    var references: [String] = []
    var images: [Image] = []

    /// Attributes holding one address, by tag.
    static let addressAttributes: [String: [String]] = [
        "a": ["href"], "link": ["href"], "img": ["src"], "script": ["src"], "source": ["src"],
    ]
    /// Attributes holding a list of image candidates (`small.png 1x, large.png 2x`), by tag.
    static let sourceSetAttributes: [String: [String]] = ["img": ["srcset"], "source": ["srcset"]]

    init(path: String, html: String) {
        self.path = path
        var counts: [String: Int] = [:]
        var order: [String] = []
        for tag in HTMLScanner.tags(in: html) {
            if let id = tag["id"], !id.isEmpty {
                if counts[id] == nil { order.append(id) }
                counts[id, default: 0] += 1
            }
            for attribute in Self.addressAttributes[tag.name] ?? [] {
                if let url = tag[attribute] { references.append(url) }
            }
            for attribute in Self.sourceSetAttributes[tag.name] ?? [] {
                references += Self.sourceSetURLs(tag[attribute] ?? "")
            }
            if tag.name == "img" {
                let role = tag["role"]?.lowercased()
                images.append(Image(
                    source: tag["src"] ?? "",
                    alt: tag["alt"],
                    isDecorative: role == "presentation" || role == "none" || tag["aria-hidden"]?.lowercased() == "true"
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
