import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Lists the files under a folder, fast: one `readdir` pass per folder, no per-file `stat`
/// where the file system reports the entry type.
///
/// Hidden entries (names starting with `.`) are skipped. Symbolic links are followed for files
/// but not for folders, so a link loop cannot make the walk endless. A link that leads nowhere
/// (its target is missing, or it loops) is listed as a file, so that reading it reports why.
struct DirectoryWalker {
    let root: URL

    /// A folder below the root that could not be opened, relative to the root, and why.
    struct UnreadableFolder: Sendable, Hashable {
        var path: String
        var reason: String
    }

    /// Relative paths of the regular files under `root`, sorted; `skip` is asked about each
    /// folder (by relative path) before entering it.
    func files(skippingFolders skip: (String) -> Bool = { _ in false }) -> [String] {
        listing(skippingFolders: skip).files
    }

    /// The files, as `files(skippingFolders:)` lists them, and the folders that could not be
    /// opened (the root itself when it exists but cannot be read).
    func listing(skippingFolders skip: (String) -> Bool = { _ in false }) -> (files: [String], unreadable: [UnreadableFolder]) {
        var files: [String] = []
        var unreadable: [UnreadableFolder] = []
        walk(root.standardizedFileURL.path, relative: "", skip: skip, into: &files, unreadable: &unreadable)
        return (files.sorted(), unreadable.sorted { $0.path < $1.path })
    }

    private func walk(_ path: String, relative: String, skip: (String) -> Bool, into files: inout [String], unreadable: inout [UnreadableFolder]) {
        guard let directory = opendir(path) else {
            // A missing root is for the caller to report (no settings, no theme).
            if !(relative.isEmpty && errno == ENOENT) {
                let reason = errno == EACCES || errno == EPERM ? "permission denied" : String(cString: strerror(errno)).lowercased()
                unreadable.append(UnreadableFolder(path: relative, reason: reason))
            }
            return
        }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            guard !name.hasPrefix(".") else { continue }
            let childPath = path + "/" + name
            let childRelative = relative.isEmpty ? name : relative + "/" + name
            switch kind(of: entry.pointee.d_type, at: childPath) {
            case .folder:
                if !skip(childRelative) { walk(childPath, relative: childRelative, skip: skip, into: &files, unreadable: &unreadable) }
            case .file:
                files.append(childRelative)
            case .other:
                continue
            }
        }
    }

    private enum Kind { case file, folder, other }

    private func kind(of type: UInt8, at path: String) -> Kind {
        switch Int32(type) {
        case Int32(DT_REG): return .file
        case Int32(DT_DIR): return .folder
        case Int32(DT_LNK), Int32(DT_UNKNOWN):
            // Follow a link only to learn whether it is a file; linked folders are not entered.
            var info = stat()
            guard stat(path, &info) == 0 else {
                // A link to nothing, or a loop of links: listed, so that reading it says so.
                return Int32(type) == Int32(DT_LNK) && (errno == ENOENT || errno == ELOOP) ? .file : .other
            }
            if (info.st_mode & S_IFMT) == S_IFREG { return .file }
            return Int32(type) == Int32(DT_UNKNOWN) && (info.st_mode & S_IFMT) == S_IFDIR ? .folder : .other
        default: return .other
        }
    }
}
