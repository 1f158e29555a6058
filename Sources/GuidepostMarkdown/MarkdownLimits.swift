/// How much of the constructs that make cmark-gfm 0.29.0.gfm.6 slow a text may hold, and how long
/// one parse may take.
///
/// The library Guidepost builds on (Debian 12's cmark-gfm) takes time that grows with the square
/// of some inputs: a 150 KB article can keep it busy for minutes. Later versions fixed most of
/// them; here a linear scan of the text refuses them first (`MarkdownComplexityScanner`), with
/// limits far above what articles hold and far below where the time shows. The figures behind
/// each limit are in docs/hardening.md.
public struct MarkdownLimits: Sendable, Hashable {
    /// Lists and block quotes inside each other, counted on the line that opens them.
    public var nestingDepth: Int
    /// Columns of one table.
    public var tableColumns: Int
    /// Cells of one table (columns times rows, header included): cmark fills short rows up to
    /// the header's width, so a few bytes can stand for many cells.
    public var tableCells: Int
    /// Work of link closers in one paragraph: for each `]` that may close a link, the emphasis
    /// markers (`*`, `_`, `~` runs) and open `[` before it in the paragraph.
    public var bracketWork: Int
    /// Bytes cmark reads again for unclosed `<![CDATA[`, `<!X` and `<?` in one paragraph: each
    /// one is scanned to the end of its paragraph.
    public var unclosedHTMLBytes: Int
    /// The longest one parse may take before the caller stops waiting for it.
    public var timeLimit: Duration

    public init(
        nestingDepth: Int = 50, tableColumns: Int = 100, tableCells: Int = 50_000,
        bracketWork: Int = 1_000_000, unclosedHTMLBytes: Int = 20_000_000, timeLimit: Duration = .seconds(10)
    ) {
        self.nestingDepth = nestingDepth
        self.tableColumns = tableColumns
        self.tableCells = tableCells
        self.bracketWork = bracketWork
        self.unclosedHTMLBytes = unclosedHTMLBytes
        self.timeLimit = timeLimit
    }
}

extension Duration {
    /// `10 seconds`, `1.5 seconds`, `0.005 seconds`: a time limit as a message shows it.
    var seconds: String {
        let (whole, attoseconds) = components
        let milliseconds = Int(attoseconds / 1_000_000_000_000_000)
        guard milliseconds > 0 else { return whole == 1 ? "1 second" : "\(whole) seconds" }
        var fraction = String(milliseconds)
        fraction = String(repeating: "0", count: 3 - fraction.count) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return "\(whole).\(fraction) seconds"
    }
}
