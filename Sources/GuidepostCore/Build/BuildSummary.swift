/// What a successful build did.
public struct BuildSummary: Sendable, CustomStringConvertible {
    public var pagesWritten: Int
    public var filesCopied: Int
    public var milliseconds: Int
    public var outputDisplayPath: String
    /// Problems worth knowing that did not stop the build.
    public var warnings: [Diagnostic]
    /// One line per meeting list: how many meetings were read, published and skipped.
    public var meetingReports: [MeetingListReport] = []

    public var description: String {
        let pages = pagesWritten == 1 ? "1 page" : "\(pagesWritten) pages"
        let files = filesCopied == 1 ? "1 file" : "\(filesCopied) files"
        let built = "Built \(pages) and copied \(files) into \(outputDisplayPath) in \(milliseconds) ms."
        return (meetingReports.map(\.description) + [built]).joined(separator: "\n")
    }
}
