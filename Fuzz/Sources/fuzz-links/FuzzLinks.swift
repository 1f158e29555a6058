// Fuzzes the link and URL helpers. The input's first line is a link as written in Markdown or
// a field, resolved from each kind of file of the example guide under two base paths; the whole
// input goes through HTML escaping, slugs, dates, address checks, the output link checker and
// its HTML scanner. Besides not crashing, each helper must keep the promise its documentation
// makes (escaped text has no markup characters, an accepted address is safe in an attribute...).
import Foundation
@testable import FuzzSupport
@testable import GuidepostCore
import GuidepostMarkdown

let guide = ExampleGuide.load()
/// Files links are written in: the guide's pages, site.yml (footer, disclaimer) and the catalog.
let sourcePaths = guide.content.pageIndexBySourcePath.keys.sorted() + [SiteConfigLoader.fileName, CatalogLoader.singleFileName]
let markupScalars = "<>\"'".unicodeScalars

@_cdecl("LLVMFuzzerInitialize")
public func initialize(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>) -> CInt {
    _ = guide
    return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let destination = lines[0]
    let source = sourcePaths[count % sourcePaths.count]

    for basePath in ["/", "/guide/"] {
        checkResolution(of: destination, from: source, basePath: basePath)
        checkOutputLink(destination, basePath: basePath)
    }
    checkEscaping(text)
    checkPaths(lines)
    checkSlugs(lines)
    checkAddress(destination)
    checkDate(destination)
    _ = OutputPage(path: "learn/index.html", html: text)
    _ = Suggestion.closest(to: destination, in: lines.dropFirst().prefix(8), typed: destination)
    return 0
}

// MARK: - Links in Markdown

func checkResolution(of destination: String, from source: String, basePath: String) {
    var links = guide.links
    links.basePath = basePath
    // The default edition's pages are published under the base path itself.
    links.pagesPath = basePath
    let input = "\(destination) from \(source) under \(basePath)"
    switch links.resolve(destination, from: source) {
    case .unchanged:
        expect(!SafeURL.isDangerous(destination), "an unsafe link is left in the page", input: input)
    case .rewritten(let url):
        expect(url.hasPrefix(basePath), "a rewritten link '\(url)' is outside the base path", input: input)
        expect(!SafeURL.isDangerous(url), "a link is rewritten to an unsafe one '\(url)'", input: input)
    case .samePage(let fragment):
        expect(destination == "#" + fragment, "same-page fragment '\(fragment)'", input: input)
    case .page(let index, let url, let fragment):
        expect(guide.pageURLs.indices.contains(index), "page index \(index) out of range", input: input)
        expect(url.hasPrefix(guide.pageURLs[index]), "link to page \(index) became '\(url)'", input: input)
        if let fragment { expect(url.hasSuffix("#" + fragment), "fragment '\(fragment)' lost in '\(url)'", input: input) }
    case .failure(let message):
        expect(!message.isEmpty, "empty error message", input: input)
    }
}

/// The checker of generated pages, following the same address from the guide's pages.
func checkOutputLink(_ url: String, basePath: String) {
    let checker = OutputLinkChecker(files: guide.outputPaths, pages: [:], basePath: basePath)
    for page in ["index.html", "learn/what-is-peer-support/index.html"] {
        let scanned = OutputPage(path: page, html: "<a href=\"\(HTML.escape(url))\">x</a>")
        _ = checker.problems(of: scanned)
        if case .file(let path, _) = checker.target(of: url, from: page) {
            expect(guide.outputPaths.contains(path), "link leads to '\(path)', which is not in the output", input: url)
        }
    }
    _ = checker.spellings(of: url)
}

// MARK: - HTML

func checkEscaping(_ text: String) {
    let escaped = HTML.escape(text)
    expect(!escaped.unicodeScalars.contains(where: markupScalars.contains), "escaped text still holds markup: \(escaped.debugDescription)", input: text)
    expect(HTMLScanner.decodeCharacterReferences(escaped) == text, "escaping does not decode back", input: text)
    _ = HTML.displayHost(text)
    _ = PlainText.of(html: text, limit: BodyRenderer.searchTextLimit)
}

// MARK: - Paths and URLs

func checkPaths(_ lines: [String]) {
    for line in lines.prefix(4) {
        let output = SiteBuilder.outputPath(for: line)
        expect(output.hasSuffix("index.html") || (output.split(separator: "/").last ?? "").contains("."),
               "output path '\(output)' is neither a page nor a file", input: line)
        if let joined = LinkResolver.join("learn/basics", line) {
            let components = joined.unicodeScalars.split(separator: "/", omittingEmptySubsequences: false).map { String(Substring($0)) }
            expect(!components.contains { $0 == ".." || $0 == "." || $0.isEmpty } || joined.isEmpty,
                   "joined path '\(joined)' is not normalized", input: line)
        }
        _ = ContentLoader.urlComponent(line)
        _ = ContentLoader.title(fromFolderName: line)
        _ = LinkResolver.hasScheme(line)
        _ = PageContextBuilder.telephoneURL("tel", line)
    }
    // A path written relative to a folder leads back to it.
    let normalized = lines.prefix(2).map { line in
        LinkResolver.pathComponents(line).filter { $0 != "." && $0 != ".." }.joined(separator: "/")
    }
    if normalized.count == 2, !normalized[0].isEmpty {
        let relative = LinkResolver.relative(path: normalized[0], from: normalized[1])
        expect(LinkResolver.join(normalized[1], relative) == normalized[0],
               "'\(relative)' from '\(normalized[1])' does not lead to '\(normalized[0])'", input: lines.joined(separator: "\n"))
    }
}

func checkSlugs(_ lines: [String]) {
    var slugger = HeadingSlugger()
    var seen: Set<String> = []
    for line in lines.prefix(16) {
        // Scalar by scalar: a kept combining mark after a `-` joins it in one Character.
        let slug = HeadingSlugger.slug(line)
        expect(slug.unicodeScalars.first.map { $0 != "-" } == true && slug.unicodeScalars.last != "-", "slug '\(slug)'", input: line)
        expect(!slug.unicodeScalars.contains(where: isUnsafeInSlug), "slug '\(slug)' has a character unsafe in an id or a URL", input: line)
        let unique = slugger.uniqueSlug(line)
        expect(seen.insert(unique).inserted, "slug '\(unique)' handed out twice", input: lines.joined(separator: "\n"))
    }
}

/// White space, control characters and ASCII punctuation other than `-` and `_`.
func isUnsafeInSlug(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isWhitespace || scalar.properties.generalCategory == .control
        || (scalar.isASCII && !(scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_"))
}

func checkAddress(_ text: String) {
    for allowingSitePaths in [false, true] where SafeURL.problem(text, allowingSitePaths: allowingSitePaths) == nil {
        expect(!SafeURL.isDangerous(text), "an unsafe address is accepted", input: text)
        expect(!text.unicodeScalars.contains { markupScalars.contains($0) && $0 != "'" || $0.value < 0x20 },
               "an accepted address breaks out of an attribute", input: text)
    }
    _ = SafeURL.isWebAddress(text)
}

// MARK: - Dates

func checkDate(_ text: String) {
    guard case .success(let date) = SiteDate.parse(text) else { return }
    // What is accepted is what the documentation promises: YYYY-MM-DD, then maybe a time.
    let written = text.trimmingCharacters(in: .whitespaces)
    expect(written.hasPrefix(date.iso), "'\(written)' is read as \(date.iso)", input: text)
    _ = date.display
    _ = date.daysSince(SiteDate(year: 2026, month: 1, day: 1))
}
