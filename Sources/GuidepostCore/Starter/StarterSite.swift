import Foundation

/// A new site: the default theme and a small starter guide, embedded in the binary so that
/// `guidepost init` works anywhere.
public enum StarterSite {
    /// Writes every starter file under `folder`, which must not exist or be empty.
    /// Returns the number of files written.
    @discardableResult
    public static func write(to folder: URL) throws -> Int {
        let fileManager = FileManager.default
        let display = BuildOptions.displayPath(for: folder)
        let shown = display.isEmpty ? "." : display
        var isDirectory: ObjCBool = false
        if fileManager.fileExists(atPath: folder.path, isDirectory: &isDirectory) {
            let entries = isDirectory.boolValue ? ((try? fileManager.contentsOfDirectory(atPath: folder.path)) ?? []) : ["?"]
            guard entries.isEmpty else {
                throw Diagnostic(at: SourceLocation(file: shown), "'\(shown)' already exists and is not empty; choose a new folder name")
            }
        }
        do {
            for (path, contents) in files {
                let url = folder.appendingPathComponent(path)
                try fileManager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(contents.utf8).write(to: url)
            }
        } catch {
            throw Diagnostic(at: SourceLocation(file: shown), "cannot create the site: \((error as NSError).localizedDescription)")
        }
        return files.count
    }
}
