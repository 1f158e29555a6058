internal import CCmarkGFM

extension CmarkDocument {
    /// Turns the phone numbers written in the document's text into links (`tel:`, or `sms:`
    /// after "text"), keeping the text as written.
    ///
    /// Text inside links, images, headings, code and raw HTML elements such as `<a>` and
    /// `<code>` is left alone. The tree is changed only after the walk: cmark's iterator may
    /// not be used across changes to the nodes it has still to visit.
    func linkPhoneNumbers() {
        // Text is split where cmark looks for markup (`:` for autolinks, `.` and `-` for smart
        // punctuation): joined again, a number is in one node.
        cmark_consolidate_text_nodes(root)
        var found: [(node: OpaquePointer, text: [Unicode.Scalar], links: [PhoneLinkFinder.Link])] = []
        var finder = PhoneLinkFinder()
        var linkDepth = 0, headingDepth = 0, rawElements = 0
        let iterator = cmark_iter_new(root)
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            let entering = event == CMARK_EVENT_ENTER
            if type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE {
                linkDepth += entering ? 1 : -1
            } else if type.rawValue & Self.inlineTypeFlag == 0 {
                // A block starts or ends: words before it do not call a number after it.
                if type == CMARK_NODE_HEADING { headingDepth += entering ? 1 : -1 }
                finder.reset()
                rawElements = 0
            } else if type == CMARK_NODE_TEXT {
                let text = Array(literal(of: node).unicodeScalars)
                if linkDepth == 0, headingDepth == 0, rawElements == 0 {
                    let links = finder.links(in: text)
                    if !links.isEmpty { found.append((node, text, links)) }
                } else {
                    finder.read(text)
                }
            } else if type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK {
                finder.read([" "])
            } else if type == CMARK_NODE_HTML_INLINE {
                rawElements = max(0, rawElements + Self.rawElementChange(literal(of: node)))
                finder.reset()
            } else if entering, type == CMARK_NODE_CODE {
                finder.reset()
            }
        }
        for (node, text, links) in found {
            split(node, text: text, at: links)
        }
    }

    // MARK: - Helpers

    /// Raw HTML elements whose text is not to be linked: a link inside one would nest links
    /// or change code.
    private static let unlinkedElements: Set<String> = ["a", "button", "code", "kbd", "pre", "samp", "script", "style", "textarea"]

    /// +1 for a tag that opens one of `unlinkedElements`, -1 for one that closes it, else 0.
    private static func rawElementChange(_ html: String) -> Int {
        guard html.unicodeScalars.first == "<" else { return 0 }
        var scalars = html.unicodeScalars.dropFirst()
        let closing = scalars.first == "/"
        if closing { scalars = scalars.dropFirst() }
        let name = String(String.UnicodeScalarView(scalars.prefix { $0.properties.isAlphabetic || ("0"..."9").contains($0) })).lowercased()
        guard unlinkedElements.contains(name) else { return 0 }
        if closing { return -1 }
        return html.hasSuffix("/>") ? 0 : 1
    }

    /// Replaces the text `node` with its pieces: text before each number, a link holding the
    /// number's text, and text after the last one.
    private func split(_ node: OpaquePointer, text: [Unicode.Scalar], at links: [PhoneLinkFinder.Link]) {
        var copied = 0
        for link in links {
            if link.range.lowerBound > copied {
                insertText(text[copied..<link.range.lowerBound], before: node)
            }
            let label = text[link.range]
            if !insertLink(to: link.url, text: label, before: node) {
                // The parent cannot hold a link: the number stays text.
                insertText(label, before: node)
            }
            copied = link.range.upperBound
        }
        if copied < text.count {
            cmark_node_set_literal(node, Self.string(text[copied...]))
        } else {
            cmark_node_unlink(node)
            cmark_node_free(node)
        }
    }

    private func insertText(_ text: ArraySlice<Unicode.Scalar>, before sibling: OpaquePointer) {
        guard let node = cmark_node_new(CMARK_NODE_TEXT) else { return }
        cmark_node_set_literal(node, Self.string(text))
        if cmark_node_insert_before(sibling, node) == 0 { cmark_node_free(node) }
    }

    /// Whether a link to `url` holding `text` could be put before `sibling`.
    private func insertLink(to url: String, text: ArraySlice<Unicode.Scalar>, before sibling: OpaquePointer) -> Bool {
        guard let link = cmark_node_new(CMARK_NODE_LINK) else { return false }
        guard let label = cmark_node_new(CMARK_NODE_TEXT) else {
            cmark_node_free(link)
            return false
        }
        cmark_node_set_literal(label, Self.string(text))
        cmark_node_set_url(link, url)
        // Freeing the link frees the label once it is the link's child.
        guard cmark_node_append_child(link, label) == 1 else {
            cmark_node_free(label)
            cmark_node_free(link)
            return false
        }
        guard cmark_node_insert_before(sibling, link) == 1 else {
            cmark_node_free(link)
            return false
        }
        return true
    }

    private static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }
}
