import Foundation
import GuidepostCore

/// Decides what the browsers should do after a build: reload the page, or only load changed
/// stylesheets again.
enum ReloadPlanner {
    /// The events for a build numbered `build`.
    ///
    /// Stylesheets are swapped in place when the previous build succeeded, nothing was removed,
    /// and every changed file, both among the sources and in the output, is a `.css` file.
    /// Anything else reloads the page, and so does a failed build, so that the error page shows.
    ///
    /// - Parameters:
    ///   - changedSources: the source paths that triggered the build (`Templates/assets/style.css`),
    ///     nil when unknown.
    ///   - root: the site folder, to find which output paths copy the changed sources.
    static func events(
        after result: Result<SiteUpdate, BuildFailure>,
        build: Int,
        previousBuildSucceeded: Bool,
        changedSources: Set<String>?,
        root: URL
    ) -> [PreviewEvent] {
        guard case .success(let update) = result, previousBuildSucceeded,
              update.removedPaths.isEmpty,
              let changedSources, !changedSources.isEmpty,
              changedSources.allSatisfy(isStylesheet),
              update.changedPaths.allSatisfy(isStylesheet)
        else { return [.reload(build: build)] }
        // Copied files are known by their source, so an edit may leave `changedPaths` empty.
        let sourcePaths = Set(changedSources.map { root.appendingPathComponent($0).standardizedFileURL.path })
        var outputPaths = Set(update.changedPaths)
        for (path, contents) in update.files {
            if case .file(let url) = contents, sourcePaths.contains(url.standardizedFileURL.path) {
                outputPaths.insert(path)
            }
        }
        guard !outputPaths.isEmpty, outputPaths.allSatisfy(isStylesheet) else { return [.reload(build: build)] }
        return outputPaths.sorted().map { .stylesheet(path: "/" + $0, build: build) }
    }

    private static func isStylesheet(_ path: String) -> Bool {
        path.lowercased().hasSuffix(".css")
    }
}
