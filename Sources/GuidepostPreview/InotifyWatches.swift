import Foundation
import Glibc

/// An inotify instance watching folder trees below a site root, turning its events into paths
/// relative to the root (`Content/learn/x.md`).
///
/// Owned by the one thread that reads it: nothing here is shared.
struct InotifyWatches: Sendable {
    /// The inotify file descriptor, non-blocking.
    let descriptor: Int32
    private let rootPath: String
    /// Top-level folders watched recursively (`Content`, `Templates`).
    private let trees: [String]
    /// The folder of each watch, relative to the root; the root itself is "".
    private var folders: [Int32: String] = [:]

    private static let folderEvents = UInt32(IN_CREATE | IN_DELETE | IN_MODIFY | IN_CLOSE_WRITE)
        | UInt32(IN_MOVED_FROM | IN_MOVED_TO | IN_DELETE_SELF | IN_MOVE_SELF)
        | UInt32(IN_ONLYDIR)
    private static let rootEvents = UInt32(IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO)
        | UInt32(IN_ONLYDIR)

    /// Creates the inotify instance and watches the root (for its top-level folders appearing or
    /// going) and every folder below each of `trees`.
    init(root: String, trees: [String]) throws(FileWatcherError) {
        let descriptor = inotify_init1(Int32(IN_NONBLOCK) | Int32(IN_CLOEXEC))
        guard descriptor >= 0 else { throw FileWatcherError(path: root, reason: Self.lastError()) }
        self.descriptor = descriptor
        self.rootPath = root
        self.trees = trees
        let rootWatch = inotify_add_watch(descriptor, root, Self.rootEvents)
        guard rootWatch >= 0 else {
            let reason = Self.lastError()
            Glibc.close(descriptor)
            throw FileWatcherError(path: root, reason: reason)
        }
        folders[rootWatch] = ""
        for tree in trees {
            _ = watchTree(tree)
        }
    }

    /// Reads every event waiting and returns the paths they concern, without ignored names.
    mutating func readChanges() -> [String] {
        var changes: [String] = []
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { break }
            buffer.withUnsafeBytes { bytes in
                var offset = 0
                // struct inotify_event { int wd; uint32_t mask, cookie, len; char name[len]; }
                while offset + 16 <= count {
                    let watch = bytes.loadUnaligned(fromByteOffset: offset, as: Int32.self)
                    let mask = bytes.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self)
                    let length = Int(bytes.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self))
                    let nameBytes = bytes[(offset + 16)..<min(offset + 16 + length, count)].prefix { $0 != 0 }
                    let name = String(decoding: nameBytes, as: UTF8.self)
                    changes += handle(watch: watch, mask: mask, name: name)
                    offset += 16 + length
                }
            }
        }
        return changes
    }

    func close() {
        Glibc.close(descriptor)
    }

    // MARK: - Helpers

    private mutating func handle(watch: Int32, mask: UInt32, name: String) -> [String] {
        if mask & UInt32(IN_Q_OVERFLOW) != 0 {
            // Events were lost: report the whole trees, which makes the next build look at everything.
            return trees
        }
        guard let folder = folders[watch] else { return [] }
        if mask & UInt32(IN_IGNORED) != 0 {
            folders[watch] = nil
            return []
        }
        if name.isEmpty {
            // The watched folder itself was deleted or moved away.
            return folder.isEmpty ? [] : [folder]
        }
        if folder.isEmpty && !trees.contains(name) { return [] }
        guard !EditorFileFilter.ignores(name: name) else { return [] }
        let path = folder.isEmpty ? name : "\(folder)/\(name)"
        let isFolder = mask & UInt32(IN_ISDIR) != 0
        if isFolder && mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 {
            // Files may have appeared in the new folder before its watch was in place.
            return [path] + watchTree(path)
        }
        return [path]
    }

    /// Watches `folder` and every folder below it; returns the files found in them.
    ///
    /// `Content` and `Templates` may be links to folders elsewhere; links below them are not
    /// followed, so that a link to a parent folder cannot make the tree endless.
    private mutating func watchTree(_ folder: String) -> [String] {
        let isTopLevel = !folder.contains("/")
        let mask = Self.folderEvents | (isTopLevel ? 0 : UInt32(IN_DONT_FOLLOW))
        let watch = inotify_add_watch(descriptor, "\(rootPath)/\(folder)", mask)
        guard watch >= 0 else { return [] }
        // The same folder moved keeps its watch number, so this also updates a moved folder's path.
        folders[watch] = folder
        var files: [String] = []
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "\(rootPath)/\(folder)")) ?? []
        for name in entries.sorted() where !EditorFileFilter.ignores(name: name) {
            let path = "\(folder)/\(name)"
            var status = stat()
            guard lstat("\(rootPath)/\(path)", &status) == 0 else { continue }
            if status.st_mode & S_IFMT == S_IFDIR {
                files += watchTree(path)
            } else {
                files.append(path)
            }
        }
        return files
    }

    static func lastError() -> String {
        String(cString: strerror(errno))
    }
}
