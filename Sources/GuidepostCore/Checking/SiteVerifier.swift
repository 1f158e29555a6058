import GuidepostMarkdown

/// Checks the generated pages as a reader gets them: links and their fragments within the site,
/// alt text of images, and ids used twice on a page. Every build, check and preview runs it on
/// what it is about to publish, so that nothing `guidepost check` would reject is published.
///
/// Problems in a page made from Markdown are reported in the Markdown file, at the line that
/// holds the offending address when it is written there; problems in pages Guidepost makes
/// itself (catalog pages, topic pages, the not-found page) at the page in the output folder.
///
/// It keeps no pages of the site, only where each is written: a preview session changes the
/// pages' text in place between checks, and gives the content when problems are located.
struct SiteVerifier: Sendable {
    /// The site's Markdown options, to find the heading that takes an id.
    let markdown: MarkdownOptions
    /// The path of the base URL, `/` or `/guide/`.
    let basePath: String
    /// How the output folder is named in messages: `Output` or `mysite/Output`.
    let outputDisplayPath: String
    /// The index in `content.pages` of the page written at each output path.
    private let pageIndexByOutputPath: [String: Int]

    init(content: SiteContent, markdown: MarkdownOptions, basePath: String, outputDisplayPath: String) {
        self.markdown = markdown
        self.basePath = basePath
        self.outputDisplayPath = outputDisplayPath
        pageIndexByOutputPath = Dictionary(
            content.pages.indices.map { (SiteBuilder.outputPath(for: content.pages[$0].urlPath), $0) }, uniquingKeysWith: { first, _ in first }
        )
    }

    /// The problems found in the pages, each at the place to change in `content` (the content
    /// the verifier was made for, or the same pages at the same addresses with other text),
    /// sorted by place.
    func diagnostics(for found: [OutputProblem], in content: SiteContent) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        // A mistake of the theme or the settings shows on many pages and is in none of their
        // Markdown: it is reported once, with the pages it shows on.
        var unlocated: [String: [(problem: OutputProblem, diagnostic: Diagnostic)]] = [:]
        var unlocatedOrder: [String] = []
        for problem in found {
            let diagnostic = locate(problem, in: content)
            guard diagnostic.location.line == nil else {
                problems.append(diagnostic)
                continue
            }
            let key = "\(problem.severity)|" + problem.message.replacingOccurrences(of: problem.page, with: "")
            if unlocated[key] == nil { unlocatedOrder.append(key) }
            unlocated[key, default: []].append((problem, diagnostic))
        }
        for key in unlocatedOrder {
            guard let group = unlocated[key], let first = group.first else { continue }
            guard group.count > 1 else {
                problems.append(first.diagnostic)
                continue
            }
            let others = group.dropFirst().map(\.problem.page)
            let shown = others.prefix(3).joined(separator: ", ") + (others.count > 3 ? " and \(others.count - 3) more" : "")
            problems.append(Diagnostic(
                first.problem.severity, at: first.diagnostic.location,
                first.problem.message + " (also on \(others.count) more \(others.count == 1 ? "page" : "pages"): \(shown); "
                    + "it is in none of their Markdown, so it comes from the theme in Templates/ or from site.yml)"
            ))
        }
        // A link written twice on one line of Markdown is one mistake.
        var seen = Set<Diagnostic>()
        return BuildFailure(problems.filter { seen.insert($0).inserted }).diagnostics
    }

    // MARK: - Helpers

    /// `problem` at the line of its page's Markdown that shows the offending text, else at the
    /// Markdown file, else at the generated page.
    func locate(_ problem: OutputProblem, in content: SiteContent) -> Diagnostic {
        guard let index = pageIndexByOutputPath[problem.page], let file = content.pages[index].displayPath else {
            return Diagnostic(problem.severity, at: SourceLocation(file: "\(outputDisplayPath)/\(problem.page)"), problem.message)
        }
        let page = content.pages[index]
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
        // The page rendered once already, so its Markdown is within the limits.
        guard let headings = try? MarkdownRenderer(options: markdown).render(page.body, reservingIDs: ThemeIDs.reserved).headings,
              let heading = headings.first(where: { $0.id == id }) ?? headings.first(where: { HeadingSlugger.slug($0.text) == id }),
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
