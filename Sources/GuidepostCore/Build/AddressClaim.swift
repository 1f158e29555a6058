/// One output path and what would be written there, for the checks that find two things at one
/// address before anything is written.
struct AddressClaim: Sendable {
    /// Relative to the output folder: `learn/index.html`, `sitemap.xml`.
    var outputPath: String
    /// What claims it, as messages name it: `Content/learn/x.md`, `an alias in Content/learn/x.md`.
    var owner: String
    /// Where the publisher wrote what makes the claim; the file alone when there is no line.
    var location: SourceLocation
    var sourceLine: String?
    /// Whether the publisher wrote this address (a page's file name or slug, an alias), rather
    /// than the build or the theme choosing it: only those are checked for odd segments.
    var isWrittenByPublisher: Bool
    /// Whether the claim comes from a file of the publisher's (a page, a static file, the
    /// catalog) rather than from the build itself.
    var isPublisherFile = true

    /// Where a clash between two claims is best reported: at a line over a whole file, at a
    /// file of the publisher's over something the build makes.
    var reportRank: Int {
        (location.line == nil ? 0 : 2) + (isPublisherFile ? 1 : 0)
    }
}
