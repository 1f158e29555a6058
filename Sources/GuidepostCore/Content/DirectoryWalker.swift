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
/// Of two names in one folder that differ only in how accented letters are encoded, one is
/// left out and reported (`NameClash`), so that every path listed is a distinct `String`.
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

    /// What a walk found.
    struct Listing: Sendable {
        /// Relative paths of the files, sorted.
        var files: [String] = []
        /// Folders that could not be opened (the root itself when it exists but cannot be read).
        var unreadable: [UnreadableFolder] = []
        /// Files and folders left out because another name in their folder differs from theirs
        /// only in how accented letters are encoded.
        var nameClashes: [NameClash] = []

        /// Only the files whose path `isWanted`, and only the clashes of such files and of
        /// folders: two names of a file Guidepost does not read are no problem.
        func keeping(files isWanted: (String) -> Bool) -> Listing {
            Listing(files: files.filter(isWanted), unreadable: unreadable, nameClashes: nameClashes.filter { $0.isFolder || isWanted($0.path) })
        }

        /// The errors of the walk: folders that could not be read and names that clash, with
        /// paths shown under `displayFolder`.
        func problems(displayFolder: String) -> [Diagnostic] {
            unreadable.map { folder in
                Diagnostic(
                    at: SourceLocation(file: folder.path.isEmpty ? displayFolder : "\(displayFolder)/\(folder.path)"),
                    "cannot read folder: \(folder.reason)"
                )
            } + nameClashes.map { $0.diagnostic(displayFolder: displayFolder) }
        }
    }

    /// The files, as `files(skippingFolders:)` lists them, the folders that could not be opened
    /// and the names left out because they clash with another.
    func listing(skippingFolders skip: (String) -> Bool = { _ in false }) -> Listing {
        var listing = Listing()
        walk(root.standardizedFileURL.path, relative: "", skip: skip, into: &listing)
        listing.files.sort()
        listing.unreadable.sort { $0.path < $1.path }
        listing.nameClashes.sort { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
        return listing
    }

    private func walk(_ path: String, relative: String, skip: (String) -> Bool, into listing: inout Listing) {
        guard let directory = opendir(path) else {
            // A missing root is for the caller to report (no settings, no theme).
            if !(relative.isEmpty && errno == ENOENT) {
                let reason = errno == EACCES || errno == EPERM ? "permission denied" : String(cString: strerror(errno)).lowercased()
                listing.unreadable.append(UnreadableFolder(path: relative, reason: reason))
            }
            return
        }
        // The folder's entries are read whole before any is entered, so that names which
        // clash are found before either is listed, and the folder is closed before recursing.
        var entries: [(name: String, kind: Kind)] = []
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            guard !name.hasPrefix(".") else { continue }
            let kind = kind(of: entry.pointee.d_type, at: path + "/" + name)
            if kind != .other { entries.append((name, kind)) }
        }
        closedir(directory)
        var dropped: Set<[UInt8]> = []
        for clash in NameClash.find(in: entries.map(\.name)) {
            dropped.insert(Array(clash.dropped.utf8))
            let isFolder = entries.contains { $0.kind == .folder && $0.name.utf8.elementsEqual(clash.dropped.utf8) }
            let clashPath = relative.isEmpty ? clash.dropped : relative + "/" + clash.dropped
            listing.nameClashes.append(NameClash(path: clashPath, keptName: clash.kept, isFolder: isFolder))
        }
        for (name, kind) in entries where dropped.isEmpty || !dropped.contains(Array(name.utf8)) {
            let childRelative = relative.isEmpty ? name : relative + "/" + name
            switch kind {
            case .folder:
                if !skip(childRelative) { walk(path + "/" + name, relative: childRelative, skip: skip, into: &listing) }
            case .file:
                listing.files.append(childRelative)
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
