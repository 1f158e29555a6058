import Foundation

/// A folder of this process's own for the parts of Guidepost that read files (the catalog
/// loader, the theme loader): each input is written there before it is loaded.
struct ScratchFolder: Sendable {
    let url: URL

    /// A new, empty folder, in memory (`/dev/shm`) when the machine has it.
    init(named name: String) {
        let shm = URL(fileURLWithPath: "/dev/shm", isDirectory: true)
        let base = FileManager.default.isWritableFile(atPath: shm.path) ? shm : FileManager.default.temporaryDirectory
        url = base.appendingPathComponent("guidepost-\(name)-\(getpid())", isDirectory: true)
        try? FileManager.default.removeItem(at: url)
        do {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        } catch {
            FileHandle.standardError.write(Data("cannot create the scratch folder \(url.path): \(error)\n".utf8))
            exit(2)
        }
    }

    func path(_ relative: String) -> URL {
        url.appendingPathComponent(relative)
    }

    /// Writes `data` to `relative`, creating its folder; ends the process when it cannot, as
    /// every later input would be tested against a stale file.
    func write(_ data: Data, to relative: String) {
        let file = path(relative)
        do {
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: file)
        } catch {
            FileHandle.standardError.write(Data("cannot write \(file.path): \(error)\n".utf8))
            exit(2)
        }
    }

    func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}
