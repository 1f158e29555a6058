import Foundation
import Glibc

/// Replaces a file in one step: the new bytes go to a hidden temporary file in the same folder,
/// which is then renamed over the old file, so that a build or a reader sees the old file or
/// the new one, never part of one. The folder is created when missing, and a replaced file
/// keeps its permissions.
enum AtomicFileWriter {
    /// Why a file could not be written.
    struct Failure: Error, Sendable {
        var reason: String
    }

    static func write(_ data: Data, to file: URL) throws(Failure) {
        let folder = file.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw Failure(reason: (error as NSError).localizedDescription)
        }
        // A new file gets the usual permissions (0666 less the umask); a replaced one keeps its own.
        var existing = stat()
        let keptMode: mode_t? = stat(file.path, &existing) == 0 ? existing.st_mode & 0o7777 : nil
        let temporary = folder.appendingPathComponent(".\(file.lastPathComponent).\(UUID().uuidString).tmp").path
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode_t(0o666))
        guard descriptor >= 0 else { throw Failure(reason: reason()) }
        var failure: Failure?
        let written = data.withUnsafeBytes { bytes -> Bool in
            guard let start = bytes.baseAddress else { return true }
            var offset = 0
            while offset < bytes.count {
                let count = Glibc.write(descriptor, start + offset, bytes.count - offset)
                if count < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                offset += count
            }
            return true
        }
        if !written { failure = Failure(reason: reason()) }
        if failure == nil, let keptMode, fchmod(descriptor, keptMode) != 0 { failure = Failure(reason: reason()) }
        // The new bytes must be on disk before the name points at them.
        if failure == nil, fsync(descriptor) != 0 { failure = Failure(reason: reason()) }
        if close(descriptor) != 0, failure == nil { failure = Failure(reason: reason()) }
        if failure == nil, rename(temporary, file.path) != 0 { failure = Failure(reason: reason()) }
        if let failure {
            unlink(temporary)
            throw failure
        }
    }

    private static func reason() -> String {
        errno == EACCES || errno == EPERM ? "permission denied" : String(cString: strerror(errno)).lowercased()
    }
}
