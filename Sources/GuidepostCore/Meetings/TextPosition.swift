/// A place in UTF-8 text: its 1-based line and column (in Unicode scalars), and where its line
/// starts, so that an error found later can still quote that line.
struct TextPosition: Sendable, Hashable {
    var line: Int
    var column: Int
    /// The byte offset where the line starts.
    var lineStart: Int
}

