import Hummingbird

/// Turns away what the preview never serves before anything else looks at a request: methods
/// other than GET and HEAD (405), requests addressed to a name `AllowedHosts` refuses, such as
/// a rebound `attacker.example` (403), a second `Host` (400), and paths `SitePath` refuses, such
/// as `/../etc/passwd` or `/%2e%2e%5c` (400).
struct RequestFilter<Context: RequestContext>: RouterMiddleware {
    let hosts: AllowedHosts

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        guard request.method == .get || request.method == .head else {
            return PreviewResponse.text(
                "Method not allowed: the preview only answers GET and HEAD.",
                status: .methodNotAllowed, headers: [.allow: "GET, HEAD"]
            )
        }
        // The first `Host` line is the request's authority; a second one stays among the headers.
        guard !request.headers.contains(where: { $0.name.canonicalName == "host" }) else {
            return refuse(request, "Bad request: more than one Host.", status: .badRequest)
        }
        guard hosts.allows(request.head.authority) else {
            return refuse(
                request,
                "Forbidden: the preview only answers requests addressed to localhost or to an IP address. "
                    + "Open it at the address `guidepost serve` printed.",
                status: .forbidden
            )
        }
        // The raw request target too: `URI` would also accept `etc/passwd` or `http://host/x`.
        guard request.head.path?.hasPrefix("/") == true, SitePath(request.uri.path) != nil else {
            return refuse(request, "Bad request: this path is not allowed.", status: .badRequest)
        }
        return try await next(request, context)
    }

    private func refuse(_ request: Request, _ message: String, status: HTTPResponse.Status) -> Response {
        let response = PreviewResponse.text(message, status: status)
        return request.method == .head ? response.createHeadResponse() : response
    }
}
