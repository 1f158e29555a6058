import Foundation

/// Renders CommonMark with the GFM extensions (tables, strikethrough, autolinks, task lists,
/// footnotes) to an HTML fragment, giving every heading a unique `id`.
///
/// A value type that can be shared across tasks: each call parses with its own cmark parser.
public struct MarkdownRenderer: Sendable, Hashable {
    public var options: MarkdownOptions

    public init(options: MarkdownOptions = MarkdownOptions()) {
        self.options = options
    }

    /// Renders `source`, or throws when it holds constructs over `options.limits` or its parse
    /// runs past the time limit.
    ///
    /// - Parameters:
    ///   - rewriteLink: called once per link and image in document order; a non-nil result
    ///     replaces the destination in the HTML.
    ///   - renderFencedBlock: called for each fenced code block; a non-nil result is HTML that
    ///     replaces the block.
    ///   - reservedIDs: ids of the page around the document that no heading may take.
    public func render(
        _ source: String,
        reservingIDs reservedIDs: Set<String> = [],
        rewriteLink: (MarkdownLink) -> String? = { _ in nil },
        renderFencedBlock: (MarkdownFencedBlock) -> String? = { _ in nil }
    ) throws(MarkdownRefusal) -> RenderedMarkdown {
        var reservedIDs = reservedIDs
        let document = try CmarkDocument(parsing: source, options: options)
        let inventory = document.inventory()

        var links: [MarkdownLink] = []
        links.reserveCapacity(inventory.links.count)
        for node in inventory.links {
            let position = document.position(of: node)
            let isImage = document.isImage(node)
            let link = MarkdownLink(
                destination: document.url(of: node),
                isImage: isImage,
                hasEmptyText: isImage && !document.hasChildren(node),
                line: position.line,
                column: position.column
            )
            links.append(link)
            if let replacement = rewriteLink(link) {
                document.setURL(replacement, of: node)
            }
        }

        // After the links are read: the new links are not the author's and need no checking.
        if options.linksPhoneNumbers { document.linkPhoneNumbers() }

        for node in inventory.fencedBlocks {
            let info = document.fenceInfo(of: node).trimmingSpaces()
            guard !info.isEmpty else { continue }
            let language = String(info.prefix { $0 != " " && $0 != "\t" })
            let arguments = String(info.dropFirst(language.count)).trimmingSpaces()
            let position = document.position(of: node)
            let block = MarkdownFencedBlock(
                language: language,
                arguments: arguments,
                body: document.literal(of: node),
                line: position.line,
                column: position.column
            )
            if let html = renderFencedBlock(block) {
                document.replace(node, withHTML: html)
                // A heading must not take an id that the block's HTML gives (a table's anchor).
                reservedIDs.formUnion(Self.ids(in: html))
            }
        }

        var slugger = HeadingSlugger(reserving: reservedIDs)
        var headings: [MarkdownHeading] = []
        headings.reserveCapacity(inventory.headings.count)
        for node in inventory.headings {
            let level = document.headingLevel(node)
            let text = document.plainText(of: node).trimmingSpaces()
            let id = slugger.uniqueSlug(text)
            headings.append(MarkdownHeading(level: level, text: text, id: id, line: document.position(of: node).line))
            let html = document.html(of: node)
            let openingTag = "<h\(level)"
            guard html.hasPrefix(openingTag) else { continue }
            document.replace(node, withHTML: openingTag + " id=\"\(id)\"" + html.dropFirst(openingTag.count))
        }

        // A wide table scrolls inside its own region, which must be reachable by keyboard and
        // named for screen readers (WCAG 2.1.1, 4.1.2).
        for node in inventory.tables {
            let label = document.headerText(ofTable: node)
            let name = label.isEmpty ? "Table" : "Table: \(label)"
            let html = "<div class=\"table-wrap\" role=\"region\" tabindex=\"0\" aria-label=\"\(Self.escapeHTML(name))\">\n"
                + document.html(of: node) + "</div>\n"
            document.replace(node, withHTML: html)
        }

        var html = document.html()
        if let rel = options.externalLinkRel {
            // cmark writes every link as `<a href="...`; raw HTML links written the same way
            // (when raw HTML is allowed) get the attribute too.
            let attribute = "<a rel=\"\(Self.escapeHTML(rel))\" href=\"http"
            html = html.replacingASCII("<a href=\"http", with: attribute)
        }
        return RenderedMarkdown(
            html: html,
            headings: headings,
            links: links,
            wordCount: inventory.wordCount
        )
    }
}

extension MarkdownRenderer {
    /// The values of the double-quoted `id` attributes written in `html`, as a renderer of
    /// blocks writes them (` id="comparison-choosing"`).
    static func ids(in html: String) -> [String] {
        var ids: [String] = []
        var rest = html[...]
        while let start = rest.range(of: " id=\"") {
            let value = rest[start.upperBound...].prefix { $0 != "\"" }
            ids.append(String(value))
            rest = rest[start.upperBound...].dropFirst(value.count)
        }
        return ids
    }

    /// `text` safe inside HTML element content and quoted attribute values.
    public static func escapeHTML(_ text: String) -> String {
        // By byte: the five characters are ASCII, so a `"` followed by a combining mark (one
        // Character, not equal to `"`) is still escaped, as a browser still ends the value there.
        let utf8 = text.utf8
        guard utf8.contains(where: { $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "'") }) else {
            return text
        }
        var escaped: [UInt8] = []
        escaped.reserveCapacity(utf8.count + 16)
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "&"): escaped += "&amp;".utf8
            case UInt8(ascii: "<"): escaped += "&lt;".utf8
            case UInt8(ascii: ">"): escaped += "&gt;".utf8
            case UInt8(ascii: "\""): escaped += "&quot;".utf8
            case UInt8(ascii: "'"): escaped += "&#39;".utf8
            default: escaped.append(byte)
            }
        }
        return String(decoding: escaped, as: UTF8.self)
    }
}

extension String {
    /// `self` with every occurrence of the ASCII text `target` replaced, working on UTF-8 bytes
    /// (much faster than Foundation's replacing on long HTML).
    func replacingASCII(_ target: String, with replacement: String) -> String {
        let needle = Array(target.utf8)
        guard let first = needle.first else { return self }
        var bytes = Array(utf8)
        var result: [UInt8] = []
        var index = 0
        var copied = 0
        let end = bytes.count - needle.count
        while index <= end {
            guard bytes[index] == first else { index += 1; continue }
            var matches = true
            for offset in 1..<needle.count where bytes[index + offset] != needle[offset] {
                matches = false
                break
            }
            if matches {
                if result.isEmpty { result.reserveCapacity(bytes.count + 1024) }
                result += bytes[copied..<index]
                result += replacement.utf8
                index += needle.count
                copied = index
            } else {
                index += 1
            }
        }
        guard copied > 0 else { return self }
        result += bytes[copied...]
        bytes = result
        return String(decoding: bytes, as: UTF8.self)
    }

    func trimmingSpaces() -> String {
        var slice = Substring(self)
        while let first = slice.first, first.isWhitespace { slice.removeFirst() }
        while let last = slice.last, last.isWhitespace { slice.removeLast() }
        return String(slice)
    }
}
