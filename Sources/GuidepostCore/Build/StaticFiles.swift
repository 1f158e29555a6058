import Foundation

/// Files copied as they are: the theme's `Templates/assets/` to `assets/`, and the publisher's
/// `Content/static/` to the root of the site.
enum StaticFiles {
    /// A file to copy, with the path it gets in the output and where it comes from.
    struct Entry: Sendable {
        var outputPath: String
        var source: URL
        var displayPath: String
    }

    static func list(in folder: URL, outputPrefix: String, displayFolder: String) -> [Entry] {
        guard let enumerator = FileManager.default.enumerator(
            at: folder, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles]
        ) else { return [] }
        let base = folder.standardizedFileURL.path
        var entries: [Entry] = []
        for case let url as URL in enumerator {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            let path = String(url.standardizedFileURL.path.dropFirst(base.count + 1))
            entries.append(Entry(outputPath: outputPrefix + path, source: url, displayPath: "\(displayFolder)/\(path)"))
        }
        return entries.sorted { $0.outputPath < $1.outputPath }
    }
}
