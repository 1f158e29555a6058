/// Page bodies as the previous build of a preview session rendered them.
///
/// A body's key is computed from exactly what it is rendered from: the whole body renderer
/// (Markdown options, every page address and draft that links resolve against, the catalog that
/// comparison tables show) and the whole page with its index. Nothing is listed by hand.
struct RenderedBodyCache: Sendable {
    struct Entry: Sendable {
        var key: Int
        var body: RenderedBody
    }

    /// By path relative to `Content/`.
    private(set) var entries: [String: Entry] = [:]
    /// The key of the renderer of the last `render`, which an edit of some bodies renders with
    /// again: hashing the renderer reads every page address and the whole catalog.
    private(set) var rendererKey: Int?

    /// What bodies rendered by `renderer` all depend on; computed once per build.
    static func key(of renderer: BodyRenderer) -> Int {
        var hasher = Hasher()
        hasher.combine(renderer)
        return hasher.finalize()
    }

    static func key(of page: Page, index: Int, rendererKey: Int) -> Int {
        var hasher = Hasher()
        hasher.combine(rendererKey)
        hasher.combine(index)
        hasher.combine(page)
        return hasher.finalize()
    }

    /// Every page's body in page order, reusing each one whose key is unchanged; keeps exactly
    /// the bodies of these pages for the next build.
    mutating func render(_ pages: [Page], with renderer: BodyRenderer) async -> [RenderedBody] {
        let previous = entries
        let rendererKey = Self.key(of: renderer)
        self.rendererKey = rendererKey
        let made = await Array(pages.indices).concurrentMap { index -> (String?, Entry) in
            let page = pages[index]
            let key = Self.key(of: page, index: index, rendererKey: rendererKey)
            guard let path = page.sourcePath else { return (nil, Entry(key: key, body: renderer.render(page, index: index))) }
            if let entry = previous[path], entry.key == key { return (path, entry) }
            return (path, Entry(key: key, body: renderer.render(page, index: index)))
        }
        entries = Dictionary(made.compactMap { path, entry in path.map { ($0, entry) } }, uniquingKeysWith: { $1 })
        return made.map(\.1.body)
    }

    /// Records a body rendered outside `render` (a rebuild after body edits).
    mutating func store(_ body: RenderedBody, for page: Page, index: Int, rendererKey: Int) {
        guard let path = page.sourcePath else { return }
        entries[path] = Entry(key: Self.key(of: page, index: index, rendererKey: rendererKey), body: body)
    }
}

extension BodyRenderer {
    /// Every page's body, in parallel, in page order.
    func render(_ pages: [Page]) async -> [RenderedBody] {
        await Array(pages.indices).concurrentMap { render(pages[$0], index: $0) }
    }
}
