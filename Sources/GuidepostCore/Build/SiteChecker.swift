/// Checks that need the whole site: link fragments, templates named in front matter, two things
/// claiming one URL, and menu entries that lead nowhere.
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

    /// Two pages, aliases or files that would be written to the same place.
    func collisionProblems(staticFiles: [StaticFiles.Entry], generatedPages: [GeneratedPage] = []) -> [Diagnostic] {
        var owners: [String: String] = ["404.html": "the not-found page"]
        var problems: [Diagnostic] = []
        func claim(_ path: String, by owner: String, at location: SourceLocation, sourceLine: String?) {
            if let existing = owners[path] {
                let url = "/" + (path.hasSuffix("index.html") ? String(path.dropLast("index.html".count)) : path)
                problems.append(Diagnostic(at: location, "URL '\(url)' is produced twice: here and by \(existing)", sourceLine: sourceLine))
            } else {
                owners[path] = owner
            }
        }
        for page in content.pages {
            let owner = page.displayPath ?? "the section '\(page.folder)'"
            claim(SiteBuilder.outputPath(for: page.urlPath), by: owner, at: page.frontMatter.titleLocation,
                  sourceLine: sourceLine(of: page, at: page.frontMatter.titleLocation))
        }
        for page in generatedPages {
            claim(SiteBuilder.outputPath(for: page.urlPath), by: "the catalog (\(page.location))", at: page.location, sourceLine: nil)
        }
        for page in content.pages {
            for alias in page.frontMatter.aliases {
                claim(SiteBuilder.outputPath(for: alias.value), by: "an alias in \(page.displayPath ?? page.urlPath)",
                      at: alias.location, sourceLine: sourceLine(of: page, at: alias.location))
            }
        }
        for file in staticFiles {
            claim(file.outputPath, by: file.displayPath, at: SourceLocation(file: file.displayPath), sourceLine: nil)
        }
        return problems
    }

    /// A site-relative menu entry must lead to something the site publishes.
    func menuProblems(staticFiles: [StaticFiles.Entry], generatedPages: [GeneratedPage] = []) -> [Diagnostic] {
        var published = Set(content.pages.map { SiteBuilder.outputPath(for: $0.urlPath) })
        published.formUnion(generatedPages.map { SiteBuilder.outputPath(for: $0.urlPath) })
        published.formUnion(staticFiles.map(\.outputPath))
        published.insert("404.html")
        let urls = content.pages.map(\.urlPath) + generatedPages.map(\.urlPath)
        return config.menu.compactMap { item in
            guard item.url.hasPrefix("/") else { return nil }
            let path = String(item.url.prefix { $0 != "#" && $0 != "?" })
            guard !published.contains(SiteBuilder.outputPath(for: path)) else { return nil }
            let hint = Suggestion.hint(for: path, in: urls)
            return Diagnostic(at: item.location, "menu entry '\(item.title)' links to '\(item.url)', which is not a page of this site\(hint)")
        }
    }

    // MARK: - Helpers

    /// cmark-gfm gives footnotes the ids `fn-N` and `fnref-N`.
    private static func isFootnoteID(_ id: String) -> Bool {
        id.hasPrefix("fn-") || id.hasPrefix("fnref-")
    }

    /// The front matter line at `location`.
    private func sourceLine(of page: Page, at location: SourceLocation) -> String? {
        location.line.flatMap { page.frontMatterText.line(at: $0) }
    }
}
