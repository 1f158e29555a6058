import Hummingbird

/// The Server-Sent Events stream at `/__guidepost/events` that tells open pages to reload.
///
/// Each connection is greeted with `hello` and the current build number, then receives the
/// events of every build, and a keep-alive comment when nothing happened for a while. It ends
/// when the browser goes away or the store is closed (on shutdown).
struct EventStream: Sendable {
    let store: SiteStore
    let keepAliveInterval: Duration

    func response() -> Response {
        let store = store
        let interval = keepAliveInterval
        let body = ResponseBody { writer in
            let (events, continuation) = AsyncStream.makeStream(of: PreviewEvent.self, bufferingPolicy: .bufferingNewest(64))
            // Finishing the stream also removes it from the store.
            defer { continuation.finish() }
            let build = await store.subscribe(continuation)
            try await writer.write(ByteBuffer(string: PreviewEvent.hello(build: build).text))
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask {
                    while true {
                        try await Task.sleep(for: interval)
                        continuation.yield(.keepAlive)
                    }
                }
                for await event in events {
                    try await writer.write(ByteBuffer(string: event.text))
                }
                group.cancelAll()
            }
            try await writer.finish(nil)
        }
        return Response(
            status: .ok,
            headers: [.contentType: MediaType.eventStream, .cacheControl: "no-store"],
            body: body
        )
    }
}
