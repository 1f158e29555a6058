// Fuzzes an article the way the build reads it: bytes decoded as a source file, front matter
// parsed, Markdown rendered with links resolved against the example guide and comparison blocks
// drawn from its catalog, links and fragments checked, the page put through the theme, and the
// resulting HTML scanned by the output checker.
import Foundation
@testable import FuzzSupport
@testable import GuidepostCore
import GuidepostMarkdown

let guide = ExampleGuide.load()

@_cdecl("LLVMFuzzerInitialize")
public func initialize(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>) -> CInt {
    _ = guide
    return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    switch SourceFile.decode(data) {
    case .failure(let problem):
        if let (line, column) = problem.position {
            expect(line >= 1 && column >= 1, "a file that is not text reported at \(line):\(column)", input: String(decoding: data, as: UTF8.self))
        }
    case .success(let text):
        for path in ["learn/fuzzed.md", "learn/_index.md"] {
            renderArticle(SourceFile(relativePath: path, displayPath: "Content/\(path)", text: text))
        }
    }
    return 0
}

func renderArticle(_ file: SourceFile) {
    var diagnostics: [Diagnostic] = []
    let parsed = FrontMatterParser().parse(file, into: &diagnostics)
    for diagnostic in diagnostics { _ = diagnostic.description }
    guard let parsed else { return }
    let page = makePage(parsed)

    // The page joins the example guide, as if it were one more file of Content/learn/.
    var content = guide.content
    let index = content.pages.count
    content.pages.append(page)
    if page.kind == .article {
        content.pageIndexBySourcePath[file.relativePath] = index
        content.sections[page.folder]?.articleIndices.append(index)
    }
    let site = guide.links
    let links = LinkResolver(
        pageIndexBySourcePath: content.pageIndexBySourcePath, pageURLs: guide.pageURLs + [site.basePath + page.urlPath.dropFirst()],
        omittedDrafts: site.omittedDrafts, omittedFuture: site.omittedFuture, basePath: site.basePath, catalogTargets: site.catalogTargets
    )

    for markdown in guide.markdownRenderers {
        let body = BodyRenderer(
            markdown: markdown, links: links, tables: guide.tables, phones: PhoneNumberChecker(catalog: guide.catalog), meetings: guide.meetingBlocks
        ).render(page, index: index)
        for diagnostic in body.diagnostics { _ = diagnostic.description }
        if !markdown.options.allowsRawHTML { expectInert(body.html, from: file.text) }
        let bodies = guide.bodies + [body]
        let checker = SiteChecker(config: guide.config, content: content, bodies: bodies, templateNames: guide.templates.names)
        for diagnostic in checker.anchorProblems() + checker.templateProblems() { _ = diagnostic.description }

        let contexts = PageContextBuilder(
            config: guide.config, content: content, bodies: bodies, footerHTML: guide.contexts.footerHTML,
            catalog: guide.catalog, disclaimerHTML: guide.contexts.disclaimerHTML
        )
        let template = page.frontMatter.template.map(\.value).flatMap { guide.templates.names.contains($0) ? $0 : nil } ?? page.kind.rawValue
        let html = guide.templates.renderPage(template, contexts.context(forPage: index))

        let outputPath = SiteBuilder.outputPath(for: page.urlPath)
        let scanned = OutputPage(path: outputPath, html: html)
        let linkChecker = OutputLinkChecker(
            files: guide.outputPaths.union([outputPath]), pages: [outputPath: scanned], basePath: guide.config.basePath
        )
        _ = linkChecker.problems(of: scanned)
    }
}

/// The page the content loader makes of `file`.
func makePage(_ file: MarkdownFile) -> Page {
    let path = file.source.relativePath
    let folder = ContentLoader.folder(of: path)
    let isIndex = (path as NSString).lastPathComponent == ContentLoader.sectionIndexName
    let urlPath = isIndex
        ? ContentLoader.urlPath(forFolder: folder, slug: file.frontMatter.slug)
        : ContentLoader.urlPath(forFolder: folder, slug: nil) + (file.frontMatter.slug ?? ContentLoader.slug(forFileName: path)) + "/"
    return Page(
        kind: isIndex ? .section : .article, sourcePath: path, displayPath: file.source.displayPath,
        frontMatter: file.frontMatter, frontMatterText: file.frontMatterText, body: file.body,
        bodyLineOffset: file.bodyLineOffset, urlPath: urlPath, folder: folder
    )
}

/// With raw HTML off, nothing an article says may run in a reader's browser: no script-like
/// element, no event handler attribute, no address that runs code.
func expectInert(_ html: String, from text: String) {
    for tag in HTMLScanner.tags(in: html) {
        expect(!["script", "iframe", "object", "embed", "style", "base", "form", "meta"].contains(tag.name),
               "an article made a <\(tag.name)> element with raw HTML off", input: text)
        for attribute in tag.attributes {
            expect(!attribute.name.hasPrefix("on"), "an article made an event handler '\(attribute.name)' with raw HTML off", input: text)
            if ["href", "src"].contains(attribute.name) {
                expect(!SafeURL.isDangerous(attribute.value), "an article made a link to '\(attribute.value)'", input: text)
            }
        }
    }
}
