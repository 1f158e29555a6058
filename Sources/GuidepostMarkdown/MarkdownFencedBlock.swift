/// A fenced code block whose info string asks for special rendering, e.g. ```` ```comparison ````.
public struct MarkdownFencedBlock: Sendable, Hashable {
    /// The first word of the info string.
    public var language: String
    /// The rest of the info string after the first word, trimmed.
    public var arguments: String
    /// The text between the fences.
    public var body: String
    /// 1-based line of the opening fence.
    public var line: Int
    /// 1-based column of the opening fence.
    public var column: Int

    public init(language: String, arguments: String, body: String, line: Int, column: Int) {
        self.language = language
        self.arguments = arguments
        self.body = body
        self.line = line
        self.column = column
    }
}
