import Foundation

extension SiteBuilder {
    /// Why the site folder cannot be a site at all, or nil.
    ///
    /// Without this, a mistyped `--root` or a build started in the wrong folder would be reported
    /// as every file the site lacks: the settings and each template of the theme.
    func siteFolderProblem() -> Diagnostic? {
        let shown = options.displayRoot.isEmpty ? "." : options.displayRoot
        let place = SourceLocation(file: shown)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: options.root.path, isDirectory: &isFolder) else {
            return Diagnostic(at: place, "the site folder '\(shown)' does not exist")
        }
        guard isFolder.boolValue else {
            return Diagnostic(at: place, "'\(shown)' is a file, not a site folder")
        }
        let hasContent = FileManager.default.fileExists(atPath: options.contentFolder.path)
        let hasTemplates = FileManager.default.fileExists(atPath: options.templatesFolder.path)
        guard hasContent || hasTemplates else {
            return Diagnostic(at: place, "'\(shown)' is not a site folder: it has no \(BuildOptions.contentFolderName)/ and no \(BuildOptions.templatesFolderName)/ folder; build the folder that holds them, or start a new site with 'guidepost init'")
        }
        return nil
    }

    /// `diagnostics`, each that points at a line quoting that line.
    ///
    /// Some places are recorded before their text is at hand (a catalog entry that claims a URL,
    /// a menu entry that leads nowhere); their line is read from the file here, so that every
    /// message shows it under the place.
    func quotingSourceLines(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var texts: [String: String] = [:]
        let prefix = options.displayRoot.isEmpty ? "" : options.displayRoot + "/"
        return diagnostics.map { diagnostic in
            let file = diagnostic.location.file
            guard diagnostic.sourceLine == nil, let line = diagnostic.location.line, file.hasPrefix(prefix) else { return diagnostic }
            if texts[file] == nil, case .success(let source) = SourceFile.read(
                options.root.appendingPathComponent(String(file.dropFirst(prefix.count))), relativePath: file, displayPath: file
            ) {
                texts[file] = source.text
            }
            var quoted = diagnostic
            quoted.sourceLine = texts[file]?.line(at: line)
            return quoted
        }
    }
}
