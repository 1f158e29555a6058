/// Why a Markdown text was not rendered: it holds constructs that would make cmark-gfm take far
/// too long, or its parse ran past the time limit.
public struct MarkdownRefusal: Error, Sendable {
    /// One construct over a limit, or the time limit (without a place).
    public struct Problem: Sendable, Hashable {
        /// 1-based line in the Markdown text, or nil for the whole text.
        public var line: Int?
        /// 1-based column counted in Unicode scalars, or nil.
        public var column: Int?
        public var message: String

        public init(line: Int?, column: Int?, message: String) {
            self.line = line
            self.column = column
            self.message = message
        }
    }

    public var problems: [Problem]
    /// Whether cmark is still parsing the text: a parse past its time limit cannot be stopped,
    /// and runs on by itself until it ends and frees what it made.
    public var leftParseRunning: Bool { abandonedParse != nil }
    let abandonedParse: TimedParse?

    init(problems: [Problem], abandonedParse: TimedParse? = nil) {
        self.problems = problems
        self.abandonedParse = abandonedParse
    }

    /// Blocks until an abandoned parse has ended; returns at once when there is none. Tests call
    /// it so that no parse outlives them.
    public func waitForAbandonedParse() {
        abandonedParse?.waitUntilEnded()
    }
}
