import Foundation
import GuidepostCore
import Hummingbird

/// Serves the site from memory: `/` and `/learn/x/` from their `index.html`, files by their
/// exact path, a redirect when only the final slash is missing, and otherwise the `404.html`
/// of the path's language edition (`es/404.html`) or the site's. While the latest build failed, pages are replaced by the error page and other
/// files come from the last good build.
///
/// Requests for the preview's own addresses (the reload script and its events) go on to the
/// router.
struct SiteResponder<Context: RequestContext>: RouterMiddleware {
    let store: SiteStore
    let reader: StaticFileReader

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        guard let path = SitePath(request.uri.path) else {
            return PreviewResponse.text("Bad request: this path is not allowed.", status: .badRequest)
        }
        if path.isPreviewEndpoint { return try await next(request, context) }
        let response = await respond(to: path, query: request.uri.query)
        return request.method == .head ? response.createHeadResponse() : response
    }

    func respond(to path: SitePath, query: String?) async -> Response {
        let snapshot = await store.snapshot
        if let failure = snapshot.failure, path.looksLikePage || MediaType.isHTML(path: path.outputPath) {
            let html = ErrorPage.html(for: failure, build: snapshot.buildNumber)
            return PreviewResponse.bytes(Data(html.utf8), status: .internalServerError, mediaType: MediaType.html)
        }
        let files = snapshot.site?.files ?? [:]
        if let contents = files[path.outputPath], let data = read(contents) {
            let mediaType = MediaType.of(path: path.outputPath)
            return mediaType == MediaType.html ? PreviewResponse.page(data) : PreviewResponse.bytes(data, mediaType: mediaType)
        }
        if let index = path.indexPathWithoutSlash, files[index] != nil {
            let location = path.requested + "/" + (query.map { $0.isEmpty ? "" : "?" + $0 } ?? "")
            return PreviewResponse.redirect(to: location)
        }
        if let notFound = Self.notFoundPage(for: path.outputPath, in: files), let data = read(notFound) {
            return PreviewResponse.page(data, status: .notFound)
        }
        return PreviewResponse.text("Not found.", status: .notFound)
    }

    /// The not-found page of the edition the path is in (`es/404.html` for `es/learn/x`), else
    /// the site's `404.html`.
    static func notFoundPage(for outputPath: String, in files: [String: SiteFileContents]) -> SiteFileContents? {
        if let slash = outputPath.firstIndex(of: "/"), let edition = files[outputPath[..<slash] + "/404.html"] { return edition }
        return files["404.html"]
    }

    private func read(_ contents: SiteFileContents) -> Data? {
        switch contents {
        case .data(let data): data
        case .file(let url): reader.read(url)
        }
    }
}
