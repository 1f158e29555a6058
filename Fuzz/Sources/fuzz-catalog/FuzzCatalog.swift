// Fuzzes the group catalog: the input is `Content/catalog.yml`, read by the catalog loader with
// every check it makes, then reviewed, turned into comparison tables and into the catalog's
// pages the way the build does, with the example guide's settings and content.
import Foundation
@testable import FuzzSupport
@testable import GuidepostCore
import GuidepostMarkdown

let guide = ExampleGuide.load()
let scratch = ScratchFolder(named: "fuzz-catalog")
let today = SiteDate(year: 2026, month: 11, day: 21)

@_cdecl("LLVMFuzzerInitialize")
public func initialize(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>) -> CInt {
    _ = guide
    atexit { scratch.remove() }
    return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    scratch.write(Data(bytes: start, count: count), to: "Content/catalog.yml")
    var diagnostics: [Diagnostic] = []
    let catalog = CatalogLoader(contentFolder: scratch.path("Content"), displayFolder: "Content").load(into: &diagnostics)
    for diagnostic in diagnostics { _ = diagnostic.description }
    // The build stops when the catalog has an error.
    guard diagnostics.isEmpty else { return 0 }
    for warning in CatalogReview(catalog: catalog, reviewAfterDays: guide.config.reviewAfterDays, today: today).warnings() {
        _ = warning.description
    }
    let tables = ComparisonTableRenderer(catalog: catalog, language: guide.config.language, basePath: guide.config.basePath)
    for comparison in catalog.comparisons {
        _ = tables.html(comparison, anchor: "comparison-\(comparison.id)")
    }

    let site = guide.links
    let links = LinkResolver(
        pageIndexBySourcePath: site.pageIndexBySourcePath, pageURLs: site.pageURLs, omittedDrafts: site.omittedDrafts,
        omittedFuture: site.omittedFuture, basePath: site.basePath, catalogTargets: catalog.linkTargets
    )
    var contexts = guide.contexts
    contexts.catalog = catalog
    var problems: [Diagnostic] = []
    let pages = CatalogPageBuilder(
        catalog: catalog, contexts: contexts, tables: tables, markdown: guide.markdownRenderers[0], links: links, into: &problems
    )
    for problem in problems { _ = problem.description }
    // One page of each kind: the theme renders every group page the same way.
    var kinds: Set<String> = []
    for page in pages.pages() where kinds.insert(page.template).inserted {
        _ = guide.templates.renderPage(page.template, pages.context(for: page))
    }
    _ = contexts.site(currentURLPath: "/")
    return 0
}
