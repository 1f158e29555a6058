import Foundation
import Glibc

/// Reads the files a site copies as they are (`.file` entries), but only from the folders they
/// may come from.
///
/// A file is read only when its real path, with every symbolic link resolved, lies inside
/// `Content/static/` or `Templates/assets/` of the site, and it is a regular file. A link that
/// leads out of those folders is treated as missing, and so is every file when one of the
/// folders, or `Content/` or `Templates/`, is itself a link to somewhere else: a guide copied
/// from someone else could otherwise link `Content/static` to the publisher's home folder.
struct StaticFileReader: Sendable {
    /// The site folder.
    let root: URL
    /// The folders files may be read from, relative to the site folder.
    static let allowedFolders = ["Content/static", "Templates/assets"]

    init(root: URL) {
        self.root = root.standardizedFileURL
    }

    /// The bytes of `url`, or nil when it is missing, not a regular file, or outside the
    /// allowed folders.
    func read(_ url: URL) -> Data? {
        // The real path of the site folder, so that a site reached through a link still works;
        // below it, the allowed folders must be the real folders of that name.
        guard let path = Self.realPath(url.path), let root = Self.realPath(root.path) else { return nil }
        let inside = Self.allowedFolders.contains { folder in
            path.hasPrefix(root + "/" + folder + "/")
        }
        guard inside else { return nil }
        // O_NOFOLLOW: the resolved path must not have become a link in the meantime.
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { return nil }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
        return try? handle.readToEnd() ?? Data()
    }

    /// The absolute path with every link, `.` and `..` resolved; nil when it does not exist.
    static func realPath(_ path: String) -> String? {
        guard let resolved = Glibc.realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
