import Hummingbird

/// Turns away what the preview never serves before anything else looks at a request: methods
/// other than GET and HEAD (405), and paths `SitePath` refuses, such as `/../etc/passwd` or
/// `/%2e%2e%5c` (400).
struct RequestFilter<Context: RequestContext>: RouterMiddleware {
    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        guard request.method == .get || request.method == .head else {
            return PreviewResponse.text(
                "Method not allowed: the preview only answers GET and HEAD.",
                status: .methodNotAllowed, headers: [.allow: "GET, HEAD"]
            )
        }
        // The raw request target too: `URI` would also accept `etc/passwd` or `http://host/x`.
        guard request.head.path?.hasPrefix("/") == true, SitePath(request.uri.path) != nil else {
            let response = PreviewResponse.text("Bad request: this path is not allowed.", status: .badRequest)
            return request.method == .head ? response.createHeadResponse() : response
        }
        return try await next(request, context)
    }
}
