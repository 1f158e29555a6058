/// Checks that need the whole site: link fragments, templates named in front matter, and (in
/// `SiteChecker+Addresses`) addresses and menu entries.
struct SiteChecker: Sendable {
    let config: SiteConfig
    let content: SiteContent
    let bodies: [RenderedBody]
    let templateNames: Set<String>

    /// Every `#fragment` of a link must be the id of a heading of its target page.
    func anchorProblems() -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for check in bodies.flatMap(\.anchorChecks) {
            guard !Self.holds(check, bodies: bodies) else { continue }
            let ids = bodies[check.targetPageIndex].headings.map(\.id)
            let target = content.pages[check.targetPageIndex].sourcePath ?? content.pages[check.targetPageIndex].urlPath
            let hint = Suggestion.hint(for: check.fragment, in: ids)
            let message = ids.isEmpty
                ? "no heading '#\(check.fragment)' in '\(target)': that page has no headings"
                : "no heading '#\(check.fragment)' in '\(target)'\(hint)"
            let sourceLine = content.pages[check.sourcePageIndex].body.line(at: check.bodyLine)
            problems.append(Diagnostic(at: check.location, message, sourceLine: sourceLine))
        }
        return problems
    }

    /// Whether the heading a link's `#fragment` names exists on its target page.
    static func holds(_ check: AnchorCheck, bodies: [RenderedBody]) -> Bool {
        isFootnoteID(check.fragment) || bodies[check.targetPageIndex].headings.contains { $0.id == check.fragment }
    }

    /// A `template` in front matter must name a template of the theme.
    func templateProblems() -> [Diagnostic] {
        content.pages.compactMap { page in
            guard let template = page.frontMatter.template, !templateNames.contains(template.value) else { return nil }
            let hint = Suggestion.hint(for: template.value, in: templateNames.sorted())
            return Diagnostic(
                at: template.location,
                "unknown template '\(template.value)' (no Templates/\(template.value).mustache)\(hint)",
                sourceLine: sourceLine(of: page, at: template.location)
            )
        }
    }

    // MARK: - Helpers

    /// cmark-gfm gives footnotes the ids `fn-N` and `fnref-N`.
    private static func isFootnoteID(_ id: String) -> Bool {
        id.hasPrefix("fn-") || id.hasPrefix("fnref-")
    }

    /// The front matter line at `location`.
    func sourceLine(of page: Page, at location: SourceLocation) -> String? {
        location.line.flatMap { page.frontMatterText.line(at: $0) }
    }
}
