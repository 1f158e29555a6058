/// Fingerprints of everything a page's template context is made from, so that a rebuild can
/// tell which pages must go through the templates again.
///
/// Each function hashes exactly the inputs its `context` counterpart reads; whatever is the same
/// for every page (settings, theme, catalog, footer) arrives as `global`.
extension PageContextBuilder {
    func fingerprint(forPage index: Int, global: Int) -> Int {
        let page = content.pages[index]
        var hasher = Hasher()
        hasher.combine(global)
        combine(page, body: bodies[index], into: &hasher)
        for ancestor in content.ancestors(of: page) {
            hasher.combine(ancestor.kind.rawValue)
            hasher.combine(ancestor.title)
            hasher.combine(ancestor.urlPath)
        }
        if let section = content.sections[page.folder] {
            let sectionPage = content.pages[section.pageIndex]
            hasher.combine(sectionPage.kind.rawValue)
            hasher.combine(sectionPage.title)
            hasher.combine(sectionPage.urlPath)
            if page.kind != .article {
                for article in section.articleIndices { combineSummary(article, into: &hasher) }
                for folder in section.subsectionFolders {
                    guard let subsection = content.sections[folder] else { continue }
                    combineSummary(subsection.pageIndex, into: &hasher)
                    hasher.combine(subsection.articleIndices.count)
                    for article in subsection.articleIndices { combineSummary(article, into: &hasher) }
                }
            }
        }
        return hasher.finalize()
    }

    /// Pages whose context depends only on what all pages share, plus their own address.
    static func fingerprint(global: Int, parts: [String]) -> Int {
        var hasher = Hasher()
        hasher.combine(global)
        for part in parts { hasher.combine(part) }
        return hasher.finalize()
    }

    private func combine(_ page: Page, body: RenderedBody, into hasher: inout Hasher) {
        hasher.combine(page.kind.rawValue)
        hasher.combine(page.urlPath)
        hasher.combine(page.folder)
        hasher.combine(page.frontMatter)
        hasher.combine(body.html)
        hasher.combine(body.wordCount)
        hasher.combine(body.headings)
    }

    private func combineSummary(_ index: Int, into hasher: inout Hasher) {
        let page = content.pages[index]
        hasher.combine(page.urlPath)
        hasher.combine(page.frontMatter.title)
        hasher.combine(page.frontMatter.summary)
        hasher.combine(page.frontMatter.date)
        hasher.combine(page.frontMatter.updated)
    }
}
