import GuidepostMarkdown

/// HTML that Guidepost writes itself (comparison tables, catalog pages, the preview's pages).
public enum HTML {
    /// `text` safe inside element content and quoted attribute values.
    public static func escape(_ text: String) -> String {
        MarkdownRenderer.escapeHTML(text)
    }

    /// A link to another site: no referrer, no access to this page. `rel` comes first: Markdown
    /// rendering adds it to every `<a href="http` it finds, and a comparison table inside an
    /// article must not get it twice.
    static func externalLink(_ url: String, text: String) -> String {
        "<a rel=\"noopener noreferrer\" href=\"\(escape(url))\">\(escape(text))</a>"
    }

    /// `https://www.aa.org/` -> `aa.org`, for link text in narrow cells.
    static func displayHost(_ url: String) -> String {
        var host = url
        if let scheme = host.range(of: "://") { host = String(host[scheme.upperBound...]) }
        if host.hasPrefix("www.") { host = String(host.dropFirst(4)) }
        if host.hasSuffix("/") { host = String(host.dropLast()) }
        return host
    }
}
