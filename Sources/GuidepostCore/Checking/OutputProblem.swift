/// A problem found in a generated page, before it is traced back to the file that caused it.
struct OutputProblem: Sendable, Hashable {
    var severity: Diagnostic.Severity
    /// The page, relative to the output folder: `learn/peer-support/index.html`.
    var page: String
    var message: String
    /// How the offending text may be written in the page's Markdown, most likely first: the
    /// first one found there is where the problem is reported.
    var spellings: [String]
    /// The id, when the problem is an id given to more than one element: a heading of the
    /// page's Markdown may be what takes it.
    var repeatedID: String? = nil
}
