import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
        var ignored: [Diagnostic] = []
        return list(in: folder, outputPrefix: outputPrefix, displayFolder: displayFolder, allowedFolders: nil, problems: &ignored)
    }

    /// The files to copy; the ones that cannot be copied are left out and added to `problems`, so
    /// that the build stops before writing: folders that cannot be listed, files that cannot be
    /// read (a link to nothing, no permission), and files whose real path is not inside one of
    /// `allowedFolders` (real paths). A guide copied from someone else could otherwise link a
    /// file to the publisher's private files and publish them; the preview refuses such links too.
    static func list(
        in folder: URL, outputPrefix: String, displayFolder: String, allowedFolders: [String]?, problems: inout [Diagnostic]
    ) -> [Entry] {
        if let allowedFolders, let real = realPath(folder.path), !allowedFolders.contains(real) {
            problems.append(Diagnostic(at: SourceLocation(file: displayFolder), "this folder is a symbolic link to a folder outside the site; only files inside the site are published, so copy them in instead"))
            return []
        }
        let listing = DirectoryWalker(root: folder).listing()
        problems += listing.problems(displayFolder: displayFolder)
        return listing.files.compactMap { path in
            let entry = Entry(outputPath: outputPrefix + path, source: folder.appendingPathComponent(path), displayPath: "\(displayFolder)/\(path)")
            if access(entry.source.path, R_OK) != 0 {
                // The reason is the one reading the file gives (permission denied, a loop of links).
                guard case .failure(let problem) = SourceFile.contents(ofFile: entry.source.path) else { return entry }
                problems.append(Diagnostic(at: SourceLocation(file: entry.displayPath), problem.reason))
                return nil
            }
            if let allowedFolders, let real = realPath(entry.source.path), !allowedFolders.contains(where: { real.hasPrefix($0 + "/") }) {
                let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: entry.source.path)) ?? real
                problems.append(Diagnostic(
                    at: SourceLocation(file: entry.displayPath),
                    "symbolic link to '\(target)', a file outside the site's static folders; only files inside them are published, so copy it in instead"
                ))
                return nil
            }
            return entry
        }
    }

    /// The absolute path with every link, `.` and `..` resolved; nil when it does not exist.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
