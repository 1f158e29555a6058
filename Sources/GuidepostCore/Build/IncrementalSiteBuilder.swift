import Foundation

/// Builds a site again and again, as `guidepost serve` does while the publisher writes, and
/// keeps what it can between builds.
///
/// Each build produces exactly what a full `SiteBuilder` build would; the output is kept in
/// memory, nothing is written to the output folder.
public struct IncrementalSiteBuilder: Sendable {
    public let options: BuildOptions
    private var previous: [String: SiteFileContents] = [:]
    private var cache = BuildCache()

    public init(options: BuildOptions) {
        self.options = options
        cache.isSession = true
    }

    /// Content-relative paths of changed files, or nil when a hint names a folder (a folder moved
    /// or deleted, or the watcher lost track): then every file is read and compared.
    static func changedContent(_ changedFiles: Set<String>?) -> Set<String>? {
        guard let changedFiles else { return nil }
        let contentPrefix = BuildOptions.contentFolderName + "/"
        var paths: Set<String> = []
        for path in changedFiles {
            if path == BuildOptions.contentFolderName { return nil }
            guard path.hasPrefix(contentPrefix) else { continue }
            let relative = String(path.dropFirst(contentPrefix.count))
            let name = relative.split(separator: "/").last ?? ""
            if !name.contains(".") { return nil }
            paths.insert(relative)
        }
        return paths
    }

    /// Content-relative paths when every changed file is a Markdown file in `Content/` (pages a
    /// body-only rebuild may handle), else nil.
    static func pagePaths(_ changedFiles: Set<String>) -> Set<String>? {
        let contentPrefix = BuildOptions.contentFolderName + "/"
        guard changedFiles.allSatisfy({ $0.hasPrefix(contentPrefix) && $0.hasSuffix(".md") }) else { return nil }
        return changedContent(changedFiles)
    }

    /// Rebuilds the site.
    ///
    /// - Parameter changedFiles: paths relative to the site root (`Content/learn/x.md`) that
    ///   changed since the last call, when the caller knows them; nil means "look at everything".
    public mutating func build(changedFiles: Set<String>? = nil) async -> Result<SiteUpdate, BuildFailure> {
        let clock = ContinuousClock()
        let start = clock.now
        if let changedFiles, let bodyEdits = Self.pagePaths(changedFiles) {
            let rebuild = BodyEditRebuild(contentFolder: options.contentFolder, displayFolder: options.display(BuildOptions.contentFolderName))
            if let result = rebuild.apply(bodyEdits, cache: &cache) {
                var changed: [String] = []
                var removed: [String] = []
                var files = result.files
                if let changes = result.searchChanges {
                    removed = changes.removed.filter { previous[$0] != nil }.sorted()
                    for path in removed { previous[path] = nil }
                    files.merge(changes.files) { _, part in part }
                }
                for (path, data) in files where previous[path] != .data(data) {
                    previous[path] = .data(data)
                    changed.append(path)
                }
                let elapsed = clock.now - start
                return .success(SiteUpdate(
                    files: previous, changedPaths: changed.sorted(), removedPaths: removed, pagesRendered: result.pagesRendered,
                    milliseconds: Int(elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000),
                    warnings: result.warnings
                ))
            }
        }
        cache.changedContent = Self.changedContent(changedFiles)
        let site: SiteBuilder.RenderedSite
        do {
            site = try await SiteBuilder(options: options).render(cache: &cache)
        } catch let failure as BuildFailure {
            return .failure(failure)
        } catch {
            return .failure(BuildFailure([Diagnostic(at: SourceLocation(file: options.displayRoot), "\(error)")]))
        }
        var files: [String: SiteFileContents] = [:]
        for file in site.files {
            switch file.contents {
            case .data(let data): files[file.path] = .data(data)
            case .copy(let url): files[file.path] = .file(url)
            }
        }
        let changed = files.filter { previous[$0.key] != $0.value }.keys.sorted()
        let removed = previous.keys.filter { files[$0] == nil }.sorted()
        previous = files
        let elapsed = clock.now - start
        return .success(SiteUpdate(
            files: files, changedPaths: changed, removedPaths: removed, pagesRendered: cache.pagesRendered,
            milliseconds: Int(elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000),
            warnings: site.warnings
        ))
    }
}
