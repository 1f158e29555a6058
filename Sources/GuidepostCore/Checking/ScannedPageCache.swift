import Foundation

/// Generated HTML pages as the verifier reads them, kept by a preview session so that a rebuild
/// scans again only the pages whose bytes changed.
struct ScannedPageCache: Sendable {
    struct Entry: Sendable {
        /// The key `RenderedPageCache` gave the page's bytes.
        var key: Int
        var page: OutputPage
    }

    /// By output path.
    private(set) var entries: [String: Entry] = [:]

    /// The same, reusing the scan of each page whose key in `pageKeys` is unchanged; keeps exactly
    /// these pages for the next build. Also gives the pages scanned anew.
    mutating func scan(_ files: [OutputFile], pageKeys: [String: RenderedPageCache.Entry]) async -> (pages: [OutputPage], rescanned: [OutputPage]) {
        let previous = entries
        let made = await Self.htmlPages(files).concurrentMap { path, data -> (String, Entry?, OutputPage, Bool) in
            let key = pageKeys[path]?.key
            if let key, let entry = previous[path], entry.key == key { return (path, entry, entry.page, false) }
            let page = OutputPage(path: path, data: data)
            return (path, key.map { Entry(key: $0, page: page) }, page, true)
        }
        entries = Dictionary(made.compactMap { path, entry, _, _ in entry.map { (path, $0) } }, uniquingKeysWith: { $1 })
        return (made.map(\.2), made.filter(\.3).map(\.2))
    }

    /// Records a page scanned outside `scan` (a rebuild after body edits).
    mutating func store(_ page: OutputPage, key: Int) {
        entries[page.path] = Entry(key: key, page: page)
    }

    /// Forgets the scan of the page at `path`, so that the next `scan` reads it again.
    mutating func forget(_ path: String) {
        entries[path] = nil
    }

    private static func htmlPages(_ files: [OutputFile]) -> [(String, Data)] {
        files.compactMap { file in
            guard file.path.hasSuffix(".html"), case .data(let data) = file.contents else { return nil }
            return (file.path, data)
        }
    }
}
