import Foundation
import GuidepostMarkdown

/// Finds the Markdown files of `Content/`, parses their front matter in parallel and builds the
/// section tree with a URL for every page.
struct ContentLoader: Sendable {
    var contentFolder: URL
    /// Prefix for paths in messages, e.g. `Content` or `mysite/Content`.
    var displayFolder: String
    var includeDrafts: Bool
    var includeFuture = false
    /// Articles dated after this day are left out unless `includeFuture`.
    var today = SiteDate.today

    static let sectionIndexName = "_index.md"
    /// Top-level folders of `Content/` that hold other things than pages.
    static let reservedFolders: Set<String> = ["static", "catalog"]

    /// The published Markdown files of every language, read and parsed, before they are sorted
    /// into editions.
    struct LoadedFiles: Sendable {
        var files: [MarkdownFile]
        var omittedDrafts: Set<String>
        var omittedFuture: Set<String>
    }

    func load(into diagnostics: inout [Diagnostic], cache: inout BuildCache) async -> LoadedFiles {
        let listing = markdownListing()
        diagnostics += listing.problems(displayFolder: displayFolder)
        let paths = listing.files
        let folder = contentFolder, display = displayFolder
        let previous = cache.parsed, changed = cache.changedContent
        let results = await paths.concurrentMap { path -> (String, BuildCache.ParsedFile) in
            // A file the caller says is unchanged is not even read again.
            if let cached = previous[path], let changed, !changed.contains(path) { return (path, cached) }
            return (path, BuildCache.ParsedFile.read(path, in: folder, displayFolder: display, reusing: previous[path]))
        }
        cache.parsed = Dictionary(uniqueKeysWithValues: results)
        var files: [MarkdownFile] = []
        var omittedDrafts: Set<String> = []
        var omittedFuture: Set<String> = []
        for (_, parsed) in results {
            diagnostics.append(contentsOf: parsed.problems)
            guard let file = parsed.file else { continue }
            let isFuture = file.frontMatter.date.map { $0.isAfterDay(today) } ?? false
            if isFuture && !includeFuture && !(file.frontMatter.draft && !includeDrafts) {
                omittedFuture.insert(file.source.relativePath)
            } else if file.frontMatter.draft && !includeDrafts {
                omittedDrafts.insert(file.source.relativePath)
            } else {
                files.append(file)
            }
        }
        return LoadedFiles(files: files, omittedDrafts: omittedDrafts, omittedFuture: omittedFuture)
    }

    /// The pages of the edition in `language`: the files in that language and, in another
    /// edition than the default with `untranslated: show`, the default language's files that
    /// have no translation. Problems with file names' language suffixes are reported while the
    /// default edition is made.
    func edition(_ language: String, of loaded: LoadedFiles, config: SiteConfig, into diagnostics: inout [Diagnostic]) -> SiteContent {
        let defaultLanguage = config.defaultLanguage
        let isDefault = language == defaultLanguage
        var chosen: [(file: MarkdownFile, basePath: String, fallback: String?)] = []
        var translated: Set<String> = []
        var defaultFiles: [(MarkdownFile, String)] = []
        var firstDefaultFile: [String: String] = [:]
        for file in loaded.files {
            let path = file.source.relativePath
            let name = ContentLanguage(path: path, languages: config.languages)
            let suffix = name.suffix == defaultLanguage ? nil : name.suffix
            if let suffix, !config.languages.contains(suffix) {
                if isDefault {
                    let listed = config.languages.joined(separator: ", ")
                    diagnostics.append(Diagnostic(
                        at: SourceLocation(file: file.source.displayPath, line: 1, column: 1),
                        "'.\(suffix).md' names a translation into '\(suffix)', which is not one of the site's languages (\(listed)); add '\(suffix)' to 'languages' in site.yml, or rename the file",
                        sourceLine: file.source.text.line(at: 1)
                    ))
                }
                continue
            }
            if suffix == nil {
                if let first = firstDefaultFile[name.basePath] {
                    if isDefault {
                        diagnostics.append(Diagnostic(
                            at: SourceLocation(file: file.source.displayPath, line: 1, column: 1),
                            "this page and '\(first)' are both the '\(defaultLanguage)' page '\(name.basePath)'; keep one of them",
                            sourceLine: file.source.text.line(at: 1)
                        ))
                    }
                    continue
                }
                firstDefaultFile[name.basePath] = path
                defaultFiles.append((file, name.basePath))
                if isDefault { chosen.append((file, name.basePath, nil)) }
            } else if suffix == language {
                translated.insert(name.basePath)
                chosen.append((file, name.basePath, nil))
            }
        }
        if !isDefault, config.untranslatedPages == .show {
            for (file, basePath) in defaultFiles where !translated.contains(basePath) {
                chosen.append((file, basePath, defaultLanguage))
            }
            chosen.sort { $0.basePath < $1.basePath }
        }
        var content = assemble(chosen)
        content.omittedDrafts = loaded.omittedDrafts
        content.omittedFuture = loaded.omittedFuture
        return content
    }

    /// Paths of `.md` files relative to the content folder, sorted, the folders that could not
    /// be read and the names that clash.
    func markdownListing() -> DirectoryWalker.Listing {
        DirectoryWalker(root: contentFolder).listing(skippingFolders: { Self.reservedFolders.contains($0) }).keeping { $0.hasSuffix(".md") }
    }

    // MARK: - Pages and sections

    private func assemble(_ files: [(file: MarkdownFile, basePath: String, fallback: String?)]) -> SiteContent {
        var pages: [Page] = []
        var indexBySource: [String: Int] = [:]
        var sectionPages: [String: Int] = [:]

        for (file, path, fallback) in files {
            let folder = Self.folder(of: path)
            let isIndex = (path as NSString).lastPathComponent == Self.sectionIndexName
            let kind: Page.Kind = isIndex ? (folder.isEmpty ? .home : .section) : .article
            let urlPath = isIndex
                ? Self.urlPath(forFolder: folder, slug: file.frontMatter.slug)
                : Self.urlPath(forFolder: folder, slug: nil) + (file.frontMatter.slug ?? Self.slug(forFileName: path)) + "/"
            indexBySource[path] = pages.count
            indexBySource[file.source.relativePath] = pages.count
            if isIndex { sectionPages[folder] = pages.count }
            pages.append(Page(
                kind: kind,
                sourcePath: file.source.relativePath,
                displayPath: file.source.displayPath,
                frontMatter: file.frontMatter,
                frontMatterText: file.frontMatterText,
                body: file.body,
                bodyLineOffset: file.bodyLineOffset,
                urlPath: urlPath,
                folder: folder,
                translationKey: path,
                fallbackLanguage: fallback
            ))
        }

        // Every folder that holds a page, and every folder above it, is a section.
        var folders: Set<String> = [""]
        for page in pages {
            var folder = page.folder
            while !folder.isEmpty {
                folders.insert(folder)
                folder = Self.parent(of: folder)
            }
        }
        var sections: [String: Section] = [:]
        for folder in folders.sorted() {
            let pageIndex: Int
            if let existing = sectionPages[folder] {
                pageIndex = existing
            } else {
                pageIndex = pages.count
                pages.append(syntheticSectionPage(folder: folder))
            }
            sections[folder] = Section(folder: folder, pageIndex: pageIndex, parentFolder: folder.isEmpty ? nil : Self.parent(of: folder))
        }
        for (index, page) in pages.enumerated() where page.kind == .article {
            sections[page.folder]?.articleIndices.append(index)
        }
        for folder in folders where !folder.isEmpty {
            sections[Self.parent(of: folder)]?.subsectionFolders.append(folder)
        }
        let pageIndexOf = sections.mapValues(\.pageIndex)
        let order = PageOrder.keys(of: pages)
        for folder in folders {
            sections[folder]?.articleIndices.sort { PageOrder.reading(order[$0], order[$1]) }
            sections[folder]?.subsectionFolders.sort {
                PageOrder.reading(order[pageIndexOf[$0] ?? 0], order[pageIndexOf[$1] ?? 0])
            }
        }
        return SiteContent(pages: pages, sections: sections, pageIndexBySourcePath: indexBySource, omittedDrafts: [], omittedFuture: [])
    }

    private func syntheticSectionPage(folder: String) -> Page {
        let name = (folder as NSString).lastPathComponent
        let title = folder.isEmpty ? "" : Self.title(fromFolderName: name)
        return Page(
            kind: folder.isEmpty ? .home : .section,
            sourcePath: nil,
            displayPath: nil,
            frontMatter: FrontMatter(title: title, titleLocation: SourceLocation(file: "\(displayFolder)/\(folder)")),
            frontMatterText: "",
            body: "",
            bodyLineOffset: 0,
            urlPath: Self.urlPath(forFolder: folder, slug: nil),
            folder: folder
        )
    }

    // MARK: - Helpers

    static func folder(of path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        return String(path[..<slash])
    }

    static func parent(of folder: String) -> String {
        self.folder(of: folder)
    }

    static func urlPath(forFolder folder: String, slug: String?) -> String {
        guard !folder.isEmpty else { return "/" }
        var components = folder.split(separator: "/").map { urlComponent(String($0)) }
        if let slug { components[components.count - 1] = slug }
        return "/" + components.joined(separator: "/") + "/"
    }

    static func slug(forFileName path: String) -> String {
        urlComponent(((path as NSString).lastPathComponent as NSString).deletingPathExtension)
    }

    /// A file or folder name as a URL component: kept when it is already URL-safe.
    static func urlComponent(_ name: String) -> String {
        name.allSatisfy { $0.isASCII && FrontMatterParser.isSlugCharacter($0) } ? name : HeadingSlugger.slug(name)
    }

    /// `families-and-friends` -> `Families and friends`.
    static func title(fromFolderName name: String) -> String {
        let words = name.replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "_", with: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }
}
