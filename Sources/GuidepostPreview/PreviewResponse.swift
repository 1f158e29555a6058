import Foundation
import Hummingbird

/// The responses the preview builds, all marked `Cache-Control: no-store` so that a browser
/// never shows an old version of a page being edited.
enum PreviewResponse {
    /// A response with `data` as its body and the given media type.
    static func bytes(_ data: Data, status: HTTPResponse.Status = .ok, mediaType: String) -> Response {
        Response(
            status: status,
            headers: [.contentType: mediaType, .cacheControl: "no-store"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: data))
        )
    }

    /// An HTML page, with the reload script added.
    static func page(_ html: Data, status: HTTPResponse.Status = .ok) -> Response {
        bytes(ReloadScript.inject(into: html), status: status, mediaType: MediaType.html)
    }

    /// A short plain-text response, for errors that have no page of their own.
    static func text(_ text: String, status: HTTPResponse.Status, headers: HTTPFields = [:]) -> Response {
        var response = bytes(Data((text + "\n").utf8), status: status, mediaType: MediaType.plainText)
        response.headers.append(contentsOf: headers)
        return response
    }

    /// A permanent redirect to `location`, a path on this server.
    static func redirect(to location: String) -> Response {
        Response(
            status: .movedPermanently,
            headers: [.location: location, .cacheControl: "no-store", .contentLength: "0"]
        )
    }
}
