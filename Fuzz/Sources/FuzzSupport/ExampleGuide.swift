import Foundation
@testable import GuidepostCore
import GuidepostMarkdown

/// The repository's example guide (`Content/` and `Templates/`), loaded once per fuzzing process:
/// the real site that fuzzed pages, catalogs, templates and links are put into.
struct ExampleGuide: Sendable {
    /// The repository's root: this file is `Fuzz/Sources/FuzzSupport/ExampleGuide.swift`.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    let config: SiteConfig
    let content: SiteContent
    let catalog: Catalog
    let templates: ThemeTemplates
    /// Page bodies rendered as the build renders them, by page index.
    let bodies: [RenderedBody]
    /// Final page URLs (base path included), by page index.
    let pageURLs: [String]
    let links: LinkResolver
    let tables: ComparisonTableRenderer
    /// The example guide's meetings, for `meetings` blocks in Markdown.
    let meetingBlocks: MeetingBlockRenderer
    /// The renderer the site's settings ask for, and one with every option flipped.
    let markdownRenderers: [MarkdownRenderer]
    let contexts: PageContextBuilder
    let listings: ListingPageBuilder
    let catalogPages: CatalogPageBuilder
    /// Every path of the generated site, for the output link checker.
    let outputPaths: Set<String>

    /// Renders the example guide, or ends the process: a fuzzer without its site tests nothing.
    static func load() -> ExampleGuide {
        do {
            return try waitFor { try await ExampleGuide(root: root) }
        } catch {
            FileHandle.standardError.write(Data("cannot load the example guide at \(root.path):\n\(error)\n".utf8))
            exit(2)
        }
    }

    private init(root: URL) async throws {
        let site = try await SiteBuilder(options: BuildOptions(root: root, displayRoot: "")).render()
        config = site.config
        content = site.content
        catalog = site.catalog
        outputPaths = Set(site.paths)
        meetingBlocks = MeetingBlockRenderer(directory: site.meetings, basePath: site.config.basePath)

        var diagnostics: [Diagnostic] = []
        let hasCatalogPages = !catalog.groups.isEmpty || !catalog.types.isEmpty || !catalog.comparisons.isEmpty
        guard let templates = ThemeTemplates.load(
            from: root.appendingPathComponent("Templates"), displayFolder: "Templates",
            required: ThemeTemplates.required + (hasCatalogPages ? CatalogPageBuilder.templates : [])
                + (site.meetings.isEmpty ? [] : MeetingPage.templates), into: &diagnostics
        ) else { throw BuildFailure(diagnostics) }
        self.templates = templates

        pageURLs = content.pages.map { site.config.basePath + $0.urlPath.dropFirst() }
        links = LinkResolver(
            pageIndexBySourcePath: content.pageIndexBySourcePath, pageURLs: pageURLs,
            omittedDrafts: content.omittedDrafts, omittedFuture: content.omittedFuture,
            basePath: config.basePath, catalogTargets: catalog.linkTargets.merging(MeetingPageBuilder.linkTargets(of: site.meetings)) { first, _ in first }
        )
        let settings = config.markdown
        markdownRenderers = [
            MarkdownRenderer(options: MarkdownOptions(
                allowsRawHTML: settings.rawHTML, smartPunctuation: settings.smartPunctuation, externalLinkRel: "noopener noreferrer",
                linksPhoneNumbers: settings.phoneLinks
            )),
            MarkdownRenderer(options: MarkdownOptions(
                allowsRawHTML: !settings.rawHTML, smartPunctuation: !settings.smartPunctuation, linksPhoneNumbers: !settings.phoneLinks
            )),
        ]
        tables = ComparisonTableRenderer(catalog: catalog, language: config.language, basePath: config.basePath)
        let bodyRenderer = BodyRenderer(
            markdown: markdownRenderers[0], links: links, tables: tables, phones: PhoneNumberChecker(catalog: catalog), meetings: meetingBlocks
        )
        let pages = content.pages
        bodies = pages.indices.map { bodyRenderer.render(pages[$0], index: $0) }

        // The same steps as SiteBuilder's phase 3.
        let markdown = markdownRenderers[0]
        var contexts = PageContextBuilder(
            config: config, content: content, bodies: bodies,
            footerHTML: config.footer.map { (try? markdown.render($0))?.html ?? "" }, catalog: catalog,
            disclaimerHTML: config.disclaimer.map { (try? markdown.render($0))?.html ?? "" }
        )
        var listings = ListingPageBuilder(content: content, contexts: contexts, templateNames: templates.names)
        contexts.hasTagPages = listings.hasTagPages
        contexts.tagSlugs = listings.tagSlugs
        contexts.hasSearchPage = listings.hasSearchPage
        listings.contexts = contexts
        self.contexts = contexts
        let catalogPages = CatalogPageBuilder(
            catalog: catalog, contexts: contexts, tables: tables, markdown: markdown, links: links, into: &diagnostics
        )

        self.listings = listings
        self.catalogPages = catalogPages
    }
}

extension ExampleGuide {
    /// A template context of every kind of page: home, section, article, not found, redirect,
    /// topics, search and the catalog's pages (made on each call: contexts are not `Sendable`).
    func sampleContexts() -> [TemplateContext] {
        let pages = content.pages
        var samples: [TemplateContext] = []
        for kind in [Page.Kind.home, .section, .article] {
            if let index = pages.indices.first(where: { pages[$0].kind == kind }) {
                samples.append(contexts.context(forPage: index))
            }
        }
        samples.append(contexts.notFoundContext())
        if let index = pages.indices.first(where: { pages[$0].kind == .article }) {
            samples.append(contexts.redirectContext(to: index))
        }
        var kinds: Set<String> = []
        for page in listings.pages() where kinds.insert(page.template).inserted {
            samples.append(listings.context(for: page))
        }
        for page in catalogPages.pages() where kinds.insert(page.template).inserted {
            samples.append(catalogPages.context(for: page))
        }
        return samples
    }
}
