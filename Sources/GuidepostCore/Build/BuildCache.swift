import Foundation

/// What one build keeps for the next, so that a rebuild parses and renders only what changed.
///
/// A full build starts from an empty cache; a preview session keeps one. Every entry records the
/// inputs it was made from, and is used only when those inputs are unchanged, so a rebuild
/// gives the same bytes as a full build.
struct BuildCache: Sendable {
    /// A Markdown file as last read and parsed, by path relative to `Content/`.
    struct ParsedFile: Sendable {
        /// The file's text, or nil when it could not be read.
        var text: String?
        var problems: [Diagnostic]
        var file: MarkdownFile?

        /// Reads and parses the Markdown file at `path` (relative to `folder`); `previous` is
        /// handed back as it is when the text did not change.
        static func read(_ path: String, in folder: URL, displayFolder: String, reusing previous: ParsedFile?) -> ParsedFile {
            switch SourceFile.read(folder.appendingPathComponent(path), relativePath: path, displayPath: "\(displayFolder)/\(path)") {
            case .failure(let diagnostic):
                return ParsedFile(text: nil, problems: [diagnostic], file: nil)
            case .success(let file):
                if let previous, previous.text == file.text { return previous }
                var problems: [Diagnostic] = []
                let parsed = FrontMatterParser().parse(file, into: &problems)
                return ParsedFile(text: file.text, problems: problems, file: parsed)
            }
        }
    }

    /// Whether another build will follow (a preview session): only then are bodies' texts,
    /// pages' keys and the last render kept.
    var isSession = false
    /// What the last successful build rendered with, for a rebuild after body-only edits; nil
    /// after a failed build, so the next one starts over.
    var lastRender: LastRender?

    var parsed: [String: ParsedFile] = [:]
    var theme: ThemeTemplates.Loaded?
    var bodies = RenderedBodyCache()
    var pages = RenderedPageCache()
    /// The bodies and pages of the editions other than the default, by language.
    var otherEditions: [String: EditionCache] = [:]

    struct EditionCache: Sendable {
        var bodies = RenderedBodyCache()
        var pages = RenderedPageCache()
    }
    var scans = ScannedPageCache()
    /// The last build's check of its finished pages.
    var verification: SiteVerification?
    /// Paths relative to `Content/` known to have changed since the last build; nil means any
    /// file may have changed, so each is read and compared.
    var changedContent: Set<String>?
    /// Pages that went through the templates in the last build.
    var pagesRendered = 0
}
