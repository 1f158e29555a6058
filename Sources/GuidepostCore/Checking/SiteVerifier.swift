import GuidepostMarkdown

/// Checks a rendered site as a reader gets it: links and their fragments within the site, alt
/// text of images, ids used twice on a page, and phone numbers that the catalog does not list.
///
/// Problems in a page made from Markdown are reported in the Markdown file, at the line that
/// holds the offending address when it is written there; problems in pages Guidepost makes
/// itself (catalog pages, topic pages, the not-found page) at the page in the output folder.
public struct SiteVerifier: Sendable {
    /// The site to check, as `SiteBuilder.render()` made it.
    public let site: SiteBuilder.RenderedSite
    let content: SiteContent
    let catalog: Catalog
    /// The path of the base URL, `/` or `/guide/`.
    let basePath: String
    /// How the output folder is named in messages: `Output` or `mysite/Output`.
    let outputDisplayPath: String

    init(site: SiteBuilder.RenderedSite, content: SiteContent, catalog: Catalog, basePath: String, outputDisplayPath: String) {
        self.site = site
        self.content = content
        self.catalog = catalog
        self.basePath = basePath
        self.outputDisplayPath = outputDisplayPath
    }

    /// Every problem, errors and warnings, sorted by file, line and column.
    public func problems() async -> [Diagnostic] {
        let htmlFiles = site.files.compactMap { file -> (String, String)? in
            guard file.path.hasSuffix(".html"), case .data(let data) = file.contents else { return nil }
            return (file.path, String(decoding: data, as: UTF8.self))
        }
        let scanned = await htmlFiles.concurrentMap { path, html in OutputPage(path: path, html: html) }
        let checker = OutputLinkChecker(
            files: Set(site.files.map(\.path)),
            pages: Dictionary(scanned.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first }),
            basePath: basePath
        )
        let sources = Dictionary(
            content.pages.map { (SiteBuilder.outputPath(for: $0.urlPath), $0) }, uniquingKeysWith: { first, _ in first }
        )
        var problems = await checker.problems(of: scanned).map { locate($0, sources: sources) }
        problems += await PhoneNumberChecker(catalog: catalog).problems(in: content.pages)
        // A link written twice on one line of Markdown is one mistake.
        var seen = Set<Diagnostic>()
        return BuildFailure(problems.filter { seen.insert($0).inserted }).diagnostics
    }

    // MARK: - Helpers

    /// `problem` at the line of its page's Markdown that shows the offending text, else at the
    /// Markdown file, else at the generated page.
    func locate(_ problem: OutputProblem, sources: [String: Page]) -> Diagnostic {
        guard let page = sources[problem.page], let file = page.displayPath else {
            return Diagnostic(problem.severity, at: SourceLocation(file: "\(outputDisplayPath)/\(problem.page)"), problem.message)
        }
        if let id = problem.repeatedID, let (line, column, text) = heading(taking: id, in: page) {
            return Diagnostic(
                problem.severity, at: SourceLocation(file: file, line: page.bodyLineOffset + line, column: column),
                problem.message + "; the heading on this line takes it from its text: reword the heading, or rename the other element's id",
                sourceLine: text
            )
        }
        for spelling in problem.spellings {
            if let (line, column, text) = Self.firstOccurrence(of: spelling, in: page.body) {
                return Diagnostic(
                    problem.severity, at: SourceLocation(file: file, line: page.bodyLineOffset + line, column: column),
                    problem.message, sourceLine: text
                )
            }
        }
        return Diagnostic(problem.severity, at: SourceLocation(file: file), problem.message)
    }

    /// The line of `page`'s Markdown whose heading is given `id`, or whose text makes that id
    /// before it is made unique, with the column where the heading starts and the line's text.
    func heading(taking id: String, in page: Page) -> (line: Int, column: Int, text: String)? {
        let options = MarkdownOptions(allowsRawHTML: site.config.markdown.rawHTML, smartPunctuation: site.config.markdown.smartPunctuation)
        let headings = MarkdownRenderer(options: options).render(page.body, reservingIDs: ThemeIDs.reserved).headings
        guard let heading = headings.first(where: { $0.id == id }) ?? headings.first(where: { HeadingSlugger.slug($0.text) == id }),
              let text = page.body.line(at: heading.line)
        else { return nil }
        let indent = text.unicodeScalars.prefix { $0 == " " || $0 == "\t" }.count
        return (heading.line, indent + 1, text)
    }

    /// The 1-based line and column (in Unicode scalars) of the first place `needle` stands on its
    /// own in `text`, not as part of a longer address, with that line.
    static func firstOccurrence(of needle: String, in text: String) -> (line: Int, column: Int, text: String)? {
        let needle = Array(needle.unicodeScalars)
        guard !needle.isEmpty else { return nil }
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let scalars = Array(line.unicodeScalars)
            guard scalars.count >= needle.count else { continue }
            for start in 0...(scalars.count - needle.count) where scalars[start] == needle[0] {
                guard scalars[start..<(start + needle.count)].elementsEqual(needle) else { continue }
                let before = start > 0 ? scalars[start - 1] : nil
                let after = start + needle.count < scalars.count ? scalars[start + needle.count] : nil
                if !isAddressCharacter(before), !isAddressCharacter(after) {
                    return (index + 1, start + 1, String(line))
                }
            }
        }
        return nil
    }

    /// Characters that continue an address on either side, so that `/learn/` is not found
    /// inside `/learn/basics/`.
    private static func isAddressCharacter(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return false }
        return scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "/-_%~".unicodeScalars.contains(scalar)
    }
}
