/// A message to the browsers showing the preview, sent as a Server-Sent Event.
public enum PreviewEvent: Sendable, Hashable {
    /// Sent first on every connection, with the number of the build being shown.
    case hello(build: Int)
    /// The site was rebuilt (or failed to build): reload the page.
    case reload(build: Int)
    /// Only this stylesheet changed (`/assets/style.css`): load it again without reloading.
    case stylesheet(path: String, build: Int)
    /// A comment that keeps idle connections open through proxies and timeouts.
    case keepAlive

    /// The event in the `text/event-stream` format, with the blank line that ends it.
    public var text: String {
        switch self {
        case .hello(let build): "event: hello\ndata: \(build)\n\n"
        case .reload(let build): "event: reload\ndata: \(build)\n\n"
        case .stylesheet(let path, _): "event: css\ndata: \(path)\n\n"
        case .keepAlive: ": keep-alive\n\n"
        }
    }
}
