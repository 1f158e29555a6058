import Foundation

extension SiteBuilder {
    /// Renders the site like `render()` and prepares a `SiteVerifier` for the result; throws a
    /// `BuildFailure` when the site does not build.
    ///
    /// The pages' Markdown and the catalog, which the verifier traces problems back to, are
    /// read again: `render()` keeps them to itself.
    public func renderForCheck() async throws -> SiteVerifier {
        let site = try await render()
        var diagnostics: [Diagnostic] = []
        let contentDisplay = options.display(BuildOptions.contentFolderName)
        let catalog = CatalogLoader(contentFolder: options.contentFolder, displayFolder: contentDisplay).load(into: &diagnostics)
        var cache = BuildCache()
        let content = await ContentLoader(
            contentFolder: options.contentFolder, displayFolder: contentDisplay,
            includeDrafts: options.includeDrafts, includeFuture: options.includeFuture
        ).load(into: &diagnostics, cache: &cache)
        let config = loadConfig(into: &diagnostics)
        // Problems here mean that a file changed since `render()` read it.
        guard diagnostics.isEmpty, let content, let config else { throw BuildFailure(diagnostics) }
        return SiteVerifier(
            site: site, content: content, catalog: catalog, basePath: config.basePath, outputDisplayPath: outputDisplayPath
        )
    }

}
