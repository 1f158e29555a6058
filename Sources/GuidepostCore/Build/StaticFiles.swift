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
        DirectoryWalker(root: folder).files().map { path in
            Entry(outputPath: outputPrefix + path, source: folder.appendingPathComponent(path), displayPath: "\(displayFolder)/\(path)")
        }
    }
}
