/// The reason phrases of the HTTP statuses a feed server is likely to answer with.
enum HTTPStatus {
    /// `404 Not Found`, or the code alone for a status not listed here.
    static func text(_ code: Int) -> String {
        guard let phrase = phrases[code] else { return "status \(code)" }
        return "\(code) \(phrase)"
    }

    private static let phrases: [Int: String] = [
        204: "No Content", 300: "Multiple Choices", 301: "Moved Permanently", 302: "Found", 303: "See Other",
        304: "Not Modified", 307: "Temporary Redirect", 308: "Permanent Redirect",
        400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found", 405: "Method Not Allowed",
        406: "Not Acceptable", 408: "Request Timeout", 410: "Gone", 429: "Too Many Requests",
        500: "Internal Server Error", 501: "Not Implemented", 502: "Bad Gateway", 503: "Service Unavailable",
        504: "Gateway Timeout",
    ]
}
