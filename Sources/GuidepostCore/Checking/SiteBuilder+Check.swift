import Foundation

extension SiteBuilder {
    /// Renders the site like `render()` and prepares a `SiteVerifier` for the result; throws a
    /// `BuildFailure` when the site does not build.
    public func renderForCheck() async throws -> SiteVerifier {
        let site = try await render()
        return SiteVerifier(
            site: site, content: site.content, catalog: site.catalog, basePath: site.config.basePath,
            outputDisplayPath: outputDisplayPath
        )
    }
}
