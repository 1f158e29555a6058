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
        let config = checkConfig(into: &diagnostics)
        // Problems here mean that a file changed since `render()` read it.
        guard diagnostics.isEmpty, let content, let config else { throw BuildFailure(diagnostics) }
        return SiteVerifier(
            site: site, content: content, catalog: catalog, basePath: config.basePath, outputDisplayPath: checkOutputDisplayPath
        )
    }

    // MARK: - Helpers

    /// `Content/site.yml`, read as `render()` reads it.
    private func checkConfig(into diagnostics: inout [Diagnostic]) -> SiteConfig? {
        let url = options.contentFolder.appendingPathComponent(SiteConfigLoader.fileName)
        let display = options.display("\(BuildOptions.contentFolderName)/\(SiteConfigLoader.fileName)")
        switch SourceFile.read(url, relativePath: SiteConfigLoader.fileName, displayPath: display) {
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return nil
        case .success(let file):
            return SiteConfigLoader(source: YAMLSource(path: display, yaml: file.text)).load(into: &diagnostics)
        }
    }

    /// The output folder as messages name it, as `build()` names it.
    private var checkOutputDisplayPath: String {
        guard let output = options.output else { return options.display(BuildOptions.outputFolderName) }
        let display = BuildOptions.displayPath(for: output)
        return display.isEmpty ? "." : display
    }
}
