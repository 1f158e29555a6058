/// The `Content-Type` of the site's files, by extension.
enum MediaType {
    static let html = "text/html; charset=utf-8"
    static let eventStream = "text/event-stream"
    static let javaScript = "text/javascript; charset=utf-8"
    static let plainText = "text/plain; charset=utf-8"
    static let fallback = "application/octet-stream"

    private static let byExtension: [String: String] = [
        "html": html,
        "htm": html,
        "css": "text/css; charset=utf-8",
        "js": javaScript,
        "mjs": javaScript,
        "svg": "image/svg+xml",
        "png": "image/png",
        "jpg": "image/jpeg",
        "jpeg": "image/jpeg",
        "gif": "image/gif",
        "webp": "image/webp",
        "ico": "image/x-icon",
        "json": "application/json",
        "xml": "application/xml",
        "txt": plainText,
        "pdf": "application/pdf",
        "woff2": "font/woff2",
        "woff": "font/woff",
    ]

    /// The media type of an output path such as `assets/style.css`; `application/octet-stream`
    /// for unknown extensions.
    static func of(path: String) -> String {
        let name = path.split(separator: "/").last ?? ""
        guard let dot = name.lastIndex(of: ".") else { return fallback }
        return byExtension[name[name.index(after: dot)...].lowercased()] ?? fallback
    }

    static func isHTML(path: String) -> Bool {
        of(path: path) == html
    }
}
