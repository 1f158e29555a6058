import Foundation
import GuidepostMarkdown

/// Renders the Markdown body of one page, resolving its links, and checks the phone numbers
/// the page publishes.
struct BodyRenderer: Sendable, Hashable {
    let markdown: MarkdownRenderer
    let links: LinkResolver
    let tables: ComparisonTableRenderer
    let phones: PhoneNumberChecker
    let meetings: MeetingBlockRenderer

    /// The info string that embeds a comparison table: ```` ```comparison choosing ```` names one
    /// of the catalog, and a bare ```` ```comparison ```` block describes one in YAML.
    static let comparisonBlock = "comparison"
    /// How much of each page's text the search index keeps, in UTF-8 bytes.
    static let searchTextLimit = 1_500

    func render(_ page: Page, index: Int) -> RenderedBody {
        guard let sourcePath = page.sourcePath, let displayPath = page.displayPath else { return .empty }
        var diagnostics: [Diagnostic] = []
        var anchorChecks: [AnchorCheck] = []
        let offset = page.bodyLineOffset
        var tableAnchors: Set<String> = []
        var tableCount = 0
        // Found on the first broken link: quoting thousands of them reads the body once.
        var lines: TextLines?
        let rendered = Result { () throws(MarkdownRefusal) in try markdown.render(page.body, reservingIDs: ThemeIDs.reserved, rewriteLink: { link in
            let location = SourceLocation(file: displayPath, line: link.line + offset, column: link.column)
            switch links.resolve(link.destination, from: sourcePath) {
            case .unchanged:
                return nil
            case .rewritten(let url):
                return url
            case .samePage(let fragment):
                if !fragment.isEmpty {
                    anchorChecks.append(AnchorCheck(targetPageIndex: index, fragment: fragment, location: location, sourcePageIndex: index, bodyLine: link.line))
                }
                return nil
            case .page(let target, let url, let fragment):
                if let fragment, !fragment.isEmpty {
                    anchorChecks.append(AnchorCheck(targetPageIndex: target, fragment: fragment, location: location, sourcePageIndex: index, bodyLine: link.line))
                }
                return url
            case .failure(let message):
                if lines == nil { lines = TextLines(page.body) }
                diagnostics.append(Diagnostic(at: location, message, sourceLine: lines?.line(at: link.line)))
                return nil
            }
        }, renderFencedBlock: { block in
            if block.language == MeetingBlockRenderer.block {
                return meetings.html(for: block) { message, column in
                    diagnostics.append(Diagnostic(
                        at: SourceLocation(file: displayPath, line: block.line + offset, column: column), message,
                        sourceLine: page.body.line(at: block.line)
                    ))
                }
            }
            guard block.language == Self.comparisonBlock else { return nil }
            tableCount += 1
            guard let comparison = comparison(for: block, in: page, number: tableCount, into: &diagnostics) else { return "" }
            // The same table twice on a page needs ids of its own the second time.
            let base = "comparison-\(comparison.id)"
            var anchor = base, suffix = 1
            while !tableAnchors.insert(anchor).inserted {
                suffix += 1
                anchor = "\(base)-\(suffix)"
            }
            return tables.html(comparison, anchor: anchor)
        }) }
        let result: RenderedMarkdown
        switch rendered {
        case .success(let value):
            result = value
        case .failure(let refusal):
            var body = RenderedBody.empty
            body.diagnostics = refusal.diagnostics(file: displayPath, lineOffset: offset, text: page.body)
            return body
        }
        diagnostics += phones.problems(in: page)
        return RenderedBody(
            html: result.html,
            headings: result.headings,
            wordCount: result.wordCount,
            plainText: PlainText.of(html: result.html, limit: Self.searchTextLimit),
            diagnostics: diagnostics,
            anchorChecks: anchorChecks
        )
    }

    /// The comparison a `comparison` block names or describes, or nil after an error at the block.
    private func comparison(for block: MarkdownFencedBlock, in page: Page, number: Int, into diagnostics: inout [Diagnostic]) -> Comparison? {
        let displayPath = page.displayPath ?? ""
        let line = block.line + page.bodyLineOffset
        if !block.arguments.isEmpty {
            let id = block.arguments
            if !block.body.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                diagnostics.append(Diagnostic(
                    at: SourceLocation(file: displayPath, line: line + 1, column: 1),
                    "a block that names a comparison must be empty; describe a table of your own in a block without a name",
                    sourceLine: page.body.line(at: block.line + 1)
                ))
            }
            guard let comparison = tables.catalog.comparison(id) else {
                let hint = Suggestion.hint(for: id, in: tables.catalog.comparisons.map(\.id))
                let column = block.column + 4 + Self.comparisonBlock.count
                diagnostics.append(Diagnostic(
                    at: SourceLocation(file: displayPath, line: line, column: column),
                    "unknown comparison '\(id)'\(hint)", sourceLine: page.body.line(at: block.line)
                ))
                return nil
            }
            return comparison
        }
        // The block's YAML starts on the line after the opening fence; in a block quote or a
        // list item, cmark gives it without the container's prefix.
        let columns = block.column > 1 ? ColumnMap(block: block.body) { page.body.line(at: block.line + $0) } : nil
        let source = YAMLSource(
            path: displayPath, yaml: block.body,
            fileText: page.frontMatterText + "\n" + page.body, lineOffset: line, columns: columns
        )
        var problems: [Diagnostic] = []
        let comparison: Comparison?
        switch source.compose() {
        case .failure(let diagnostic):
            problems.append(diagnostic)
            comparison = nil
        case .success(nil):
            problems.append(Diagnostic(
                at: SourceLocation(file: displayPath, line: line, column: block.column),
                "empty comparison block; name a comparison (```comparison choosing) or give 'caption', 'rows' and 'columns'",
                sourceLine: page.body.line(at: block.line)
            ))
            comparison = nil
        case .success(let node?):
            source.refuseControlCharacters(in: node, into: &problems)
            comparison = YAMLMap(node, source: source, what: "a comparison", diagnostics: &problems).flatMap {
                ComparisonParser(catalog: tables.catalog, allowedKeys: ComparisonParser.inlineKeys).parse($0, id: "inline-\(number)", into: &problems)
            }
        }
        diagnostics += problems
        return comparison
    }
}
