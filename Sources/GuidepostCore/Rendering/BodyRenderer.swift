import GuidepostMarkdown

/// Renders the Markdown body of one page, resolving its links.
struct BodyRenderer: Sendable {
    let markdown: MarkdownRenderer
    let links: LinkResolver

    func render(_ page: Page, index: Int) -> RenderedBody {
        guard let sourcePath = page.sourcePath, let displayPath = page.displayPath else { return .empty }
        var diagnostics: [Diagnostic] = []
        var anchorChecks: [AnchorCheck] = []
        let offset = page.bodyLineOffset
        let result = markdown.render(page.body, rewriteLink: { link in
            let location = SourceLocation(file: displayPath, line: link.line + offset, column: link.column)
            switch links.resolve(link.destination, from: sourcePath) {
            case .unchanged:
                return nil
            case .rewritten(let url):
                return url
            case .samePage(let fragment):
                if !fragment.isEmpty {
                    anchorChecks.append(AnchorCheck(targetPageIndex: index, fragment: fragment, location: location, sourceLine: page.body.line(at: link.line)))
                }
                return nil
            case .page(let target, let url, let fragment):
                if let fragment, !fragment.isEmpty {
                    anchorChecks.append(AnchorCheck(targetPageIndex: target, fragment: fragment, location: location, sourceLine: page.body.line(at: link.line)))
                }
                return url
            case .failure(let message):
                diagnostics.append(Diagnostic(at: location, message, sourceLine: page.body.line(at: link.line)))
                return nil
            }
        })
        return RenderedBody(
            html: result.html,
            headings: result.headings,
            wordCount: result.wordCount,
            diagnostics: diagnostics,
            anchorChecks: anchorChecks
        )
    }
}
