/// What a successful build did.
public struct BuildSummary: Sendable, CustomStringConvertible {
    public var pagesWritten: Int
    public var filesCopied: Int
    public var milliseconds: Int
    public var outputDisplayPath: String
    /// Problems worth knowing that did not stop the build.
    public var warnings: [Diagnostic]

    public var description: String {
        let pages = pagesWritten == 1 ? "1 page" : "\(pagesWritten) pages"
        let files = filesCopied == 1 ? "1 file" : "\(filesCopied) files"
        return "Built \(pages) and copied \(files) into \(outputDisplayPath) in \(milliseconds) ms."
    }
}
