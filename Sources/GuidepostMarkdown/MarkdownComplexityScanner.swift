/// A linear scan of a Markdown text for the constructs that make cmark-gfm 0.29.0.gfm.6 take time
/// that grows with their square, before cmark sees the text.
///
/// It reads the text line by line roughly as cmark's block parser does (block quote and list
/// markers, blank lines, fenced code, tables), and counts inside each paragraph what cmark's
/// inline parser pays for. Where it cannot tell, it counts too much rather than too little: the
/// limits are far above what articles hold. Each kind of problem is reported once per text, at
/// the construct: the line that nests too deep, the table's header, the paragraph's first line.
struct MarkdownComplexityScanner {
    let limits: MarkdownLimits

    func problems(in text: [UInt8]) -> [MarkdownRefusal.Problem] {
        text.withUnsafeBufferPointer { buffer in
            var scan = Scan(text: buffer, limits: limits)
            scan.run()
            return scan.problems
        }
    }
}

// MARK: - The scan

private struct Scan {
    let text: UnsafeBufferPointer<UInt8>
    let limits: MarkdownLimits
    var problems: [MarkdownRefusal.Problem] = []
    private var reported: Set<Kind> = []

    private enum Kind { case nesting, tableColumns, tableCells, brackets, unclosedHTML }

    /// Where a line starts, to turn an offset into a line and column.
    private struct Line {
        var number: Int
        var start: Int
    }

    private var line = Line(number: 1, start: 0)
    private var fence: (mark: UInt8, length: Int)?
    private var previousLineHasText = false
    private var previousLine = Line(number: 1, start: 0)
    private var previousContentStart = 0

    // The paragraph being read.
    private var paragraph: (line: Line, offset: Int)?
    private var emphasisRuns = 0
    /// Unclosed `[` (false) and `![` (true), innermost last.
    private var openers: [Bool] = []
    /// `[` below this height are inactive: a link closed above them, and links cannot nest.
    private var inactiveBelow = 0
    private var closingBrackets = 0
    private var bracketWork = 0
    /// Whether the text defines a link reference (`[a]: /x`), so that `[a]` alone can be a link.
    private var hasReferenceDefinitions = false
    private var cdata = PendingOpeners(), declarations = PendingOpeners(), instructions = PendingOpeners()

    // The table being read.
    private var table: (line: Line, offset: Int, columns: Int, rows: Int)?

    /// Unclosed `<![CDATA[`, `<!X` or `<?` of one kind in the paragraph.
    private struct PendingOpeners {
        var count = 0
        var offsetSum = 0
        var first: (line: Line, offset: Int)?

        /// Bytes cmark reads again for them when the paragraph ends at `end`.
        func rescanned(until end: Int) -> Int { count * end - offsetSum }

        mutating func add(_ offset: Int, line: Line) {
            count += 1
            offsetSum += offset
            if first == nil { first = (line, offset) }
        }
    }

    init(text: UnsafeBufferPointer<UInt8>, limits: MarkdownLimits) {
        self.text = text
        self.limits = limits
    }

    mutating func run() {
        hasReferenceDefinitions = zip(text, text.dropFirst()).contains { $0 == closingBracket && $1 == colon }
        var start = 0
        while start < text.count {
            var end = start
            while end < text.count, text[end] != newline { end += 1 }
            line.start = start
            readLine(to: end > start && text[end - 1] == carriageReturn ? end - 1 : end)
            start = end + 1
            line.number += 1
        }
        endParagraph(at: text.count)
        endTable()
    }

    private mutating func readLine(to end: Int) {
        if let open = fence {
            let content = skipping(in: line.start, end, spacesAndQuotes: true)
            let run = count(of: open.mark, from: content, to: end)
            if run >= open.length, skipping(in: content + run, end, spacesAndQuotes: false) == end { fence = nil }
            return
        }
        let (content, hasListMarker) = readContainerMarkers(to: end)
        let isBlank = skipping(in: content, end, spacesAndQuotes: false) == end
        defer {
            previousLineHasText = !isBlank
            previousLine = line
            previousContentStart = content
        }
        if isBlank {
            endParagraph(at: line.start)
            endTable()
            return
        }
        for mark in [backtick, tilde] where count(of: mark, from: content, to: end) >= 3 {
            let length = count(of: mark, from: content, to: end)
            // A backtick fence's info string holds no backtick: ```a``` is code inside a line.
            if mark == backtick, contains(backtick, from: content + length, to: end) { break }
            endParagraph(at: line.start)
            endTable()
            fence = (mark, length)
            return
        }
        if var open = table {
            open.rows += 1
            table = open
        } else if previousLineHasText, let columns = delimiterRowColumns(from: content, to: end) {
            table = (previousLine, previousContentStart, columns, 0)
        }
        // A list item, a heading and a table row hold inline text of their own.
        let isLineOfItsOwn = table != nil || text[content] == hash || contains(pipe, from: content, to: end)
        if hasListMarker || isLineOfItsOwn { endParagraph(at: line.start) }
        if paragraph == nil { paragraph = (line, content) }
        readInlines(from: content, to: end)
        if isLineOfItsOwn { endParagraph(at: end) }
    }

    /// Skips the block quote and list markers that open the line, checking how deep they nest;
    /// returns where the line's text starts.
    private mutating func readContainerMarkers(to end: Int) -> (content: Int, hasListMarker: Bool) {
        var index = line.start
        var indentation = 0
        var markers = 0
        var hasListMarker = false
        while index < end {
            while index < end, text[index] == space || text[index] == tab {
                if markers == 0 { indentation += text[index] == tab ? 4 : 1 }
                index += 1
            }
            guard index < end else { break }
            let byte = text[index]
            var next = index
            if byte == greaterThan {
                next = index + 1
            } else if byte == hyphen || byte == asterisk || byte == plus, isSpaceOrEnd(index + 1, end) {
                next = index + 1
                hasListMarker = true
            } else {
                var digitEnd = index
                while digitEnd < end, digitEnd - index < 9, text[digitEnd] >= zero, text[digitEnd] <= nine { digitEnd += 1 }
                guard digitEnd > index, digitEnd < end, text[digitEnd] == period || text[digitEnd] == closingParenthesis,
                      isSpaceOrEnd(digitEnd + 1, end) else { break }
                next = digitEnd + 1
                hasListMarker = true
            }
            markers += 1
            // A nested list needs at least two columns of indentation per level.
            let depth = markers + indentation / 2
            if depth > limits.nestingDepth {
                report(.nesting, at: index, "lists and block quotes are nested \(depth) levels deep here; at most \(limits.nestingDepth) levels are allowed, as deeper nesting makes reading the Markdown very slow; nest them less deeply")
            }
            index = next
        }
        return (index, hasListMarker)
    }

    private mutating func readInlines(from start: Int, to end: Int) {
        var index = start
        while index < end {
            let byte = text[index]
            switch byte {
            case backslash:
                index += 2
                continue
            case asterisk, underscore, tilde:
                emphasisRuns += 1
                index += count(of: byte, from: index, to: end)
                continue
            case openingBracket:
                openers.append(index > start && text[index - 1] == exclamation)
            case closingBracket:
                closingBrackets += 1
                closeBracket(at: index, end: end)
            case lessThan where index + 1 < end:
                if text[index + 1] == question {
                    instructions.add(index, line: line)
                } else if text[index + 1] == exclamation, index + 2 < end {
                    if starts(with: cdataOpener, at: index, end: end) {
                        cdata.add(index, line: line)
                    } else if isASCIILetter(text[index + 2]) {
                        declarations.add(index, line: line)
                    }
                }
            case greaterThan:
                declarations = PendingOpeners()
                if index >= 2, text[index - 1] == closingBracket, text[index - 2] == closingBracket { cdata = PendingOpeners() }
                if index >= 1, text[index - 1] == question { instructions = PendingOpeners() }
            default:
                break
            }
            index += 1
        }
    }

    /// What cmark 0.29 pays for a `]`: when it may close a link or image, it processes every
    /// emphasis mark of the paragraph before it and walks the open brackets; a link then makes
    /// the `[` before it inactive, and an inactive or missing `[` costs nothing.
    private mutating func closeBracket(at index: Int, end: Int) {
        guard let isImage = openers.popLast() else { return }
        let isActive = isImage || openers.count >= inactiveBelow
        inactiveBelow = min(inactiveBelow, openers.count)
        guard isActive else { return }
        let mayBeLink = (index + 1 < end && text[index + 1] == openingParenthesis) || hasReferenceDefinitions
        guard mayBeLink else { return }
        bracketWork += emphasisRuns + openers.count + 1
        if !isImage { inactiveBelow = openers.count }
    }

    private mutating func endParagraph(at end: Int) {
        guard let start = paragraph else { return }
        if bracketWork > limits.bracketWork {
            report(.brackets, at: start.offset, on: start.line, "this paragraph has \(groupingThousands(closingBrackets)) closing brackets (']' of links and others) after \(groupingThousands(emphasisRuns)) emphasis marks ('*', '_', '~') and unclosed '['; so many in one paragraph make reading the Markdown very slow; split it into shorter paragraphs with blank lines, or write '\\[' and '\\]' for brackets that are not links")
        }
        let pending = [(cdata, "'<![CDATA[' without ']]>'"), (declarations, "'<!' without '>'"), (instructions, "'<?' without '?>'")]
        let rescanned = pending.reduce(0) { $0 + $1.0.rescanned(until: end) }
        if rescanned > limits.unclosedHTMLBytes,
           case let (first, name)? = pending.compactMap({ openers, name in openers.first.map { ($0, name) } }).min(by: { $0.0.offset < $1.0.offset }) {
            let count = pending.reduce(0) { $0 + $1.0.count }
            report(.unclosedHTML, at: first.offset, on: first.line, "\(name) starts \(groupingThousands(count)) unclosed HTML markers in this paragraph ('<![CDATA[', '<!', '<?'); each one makes the parser read the rest of the paragraph again, which is very slow; close them, or write '\\<' for a '<' that is only text")
        }
        paragraph = nil
        emphasisRuns = 0
        openers.removeAll(keepingCapacity: true)
        inactiveBelow = 0
        closingBrackets = 0
        bracketWork = 0
        cdata = PendingOpeners()
        declarations = PendingOpeners()
        instructions = PendingOpeners()
    }

    private mutating func endTable() {
        guard let open = table else { return }
        table = nil
        if open.columns > limits.tableColumns {
            report(.tableColumns, at: open.offset, on: open.line, "this table has \(groupingThousands(open.columns)) columns; at most \(groupingThousands(limits.tableColumns)) are allowed, as wider tables make reading the Markdown very slow; split it into narrower tables")
            return
        }
        let cells = open.columns * (open.rows + 1)
        if cells > limits.tableCells {
            report(.tableCells, at: open.offset, on: open.line, "this table has \(groupingThousands(cells)) cells (\(open.columns) columns in \(groupingThousands(open.rows + 1)) rows; short rows are filled up to the header's width); at most \(groupingThousands(limits.tableCells)) are allowed, as bigger tables make reading the Markdown very slow; split it into smaller tables")
        }
    }

    // MARK: - Helpers

    private mutating func report(_ kind: Kind, at offset: Int, on place: Line? = nil, _ message: String) {
        guard reported.insert(kind).inserted else { return }
        let place = place ?? line
        // Columns count Unicode scalars: every byte but UTF-8 continuation bytes starts one.
        let column = text[place.start..<offset].reduce(1) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
        problems.append(MarkdownRefusal.Problem(line: place.number, column: column, message: message))
    }

    /// The number of cells of a table's delimiter row (`| --- | :-: |`), or nil for another line.
    private func delimiterRowColumns(from start: Int, to end: Int) -> Int? {
        var columns = 0, hasPipe = false, cellHasHyphen = false
        for index in start..<end {
            switch text[index] {
            case pipe:
                hasPipe = true
                if cellHasHyphen { columns += 1 }
                cellHasHyphen = false
            case hyphen: cellHasHyphen = true
            case colon, space, tab: break
            default: return nil
            }
        }
        if cellHasHyphen { columns += 1 }
        return hasPipe && columns > 0 ? columns : nil
    }

    private func skipping(in start: Int, _ end: Int, spacesAndQuotes quotes: Bool) -> Int {
        var index = start
        while index < end, text[index] == space || text[index] == tab || (quotes && text[index] == greaterThan) { index += 1 }
        return index
    }

    private func count(of byte: UInt8, from start: Int, to end: Int) -> Int {
        var index = start
        while index < end, text[index] == byte { index += 1 }
        return index - start
    }

    private func contains(_ byte: UInt8, from start: Int, to end: Int) -> Bool {
        text[start..<end].contains(byte)
    }

    private func starts(with bytes: [UInt8], at index: Int, end: Int) -> Bool {
        index + bytes.count <= end && zip(text[index...], bytes).allSatisfy { $0 == $1 }
    }

    private func isSpaceOrEnd(_ index: Int, _ end: Int) -> Bool {
        index >= end || text[index] == space || text[index] == tab
    }

    private func isASCIILetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }
}

/// `1234567` as `1,234,567`.
func groupingThousands(_ number: Int) -> String {
    let digits = String(number.magnitude)
    var result = ""
    for (index, digit) in digits.enumerated() {
        if index > 0, (digits.count - index) % 3 == 0 { result.append(",") }
        result.append(digit)
    }
    return number < 0 ? "-" + result : result
}

private let newline = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r")
private let space = UInt8(ascii: " "), tab = UInt8(ascii: "\t")
private let greaterThan = UInt8(ascii: ">"), lessThan = UInt8(ascii: "<")
private let hyphen = UInt8(ascii: "-"), asterisk = UInt8(ascii: "*"), plus = UInt8(ascii: "+")
private let underscore = UInt8(ascii: "_"), tilde = UInt8(ascii: "~"), backtick = UInt8(ascii: "`")
private let zero = UInt8(ascii: "0"), nine = UInt8(ascii: "9")
private let period = UInt8(ascii: "."), closingParenthesis = UInt8(ascii: ")"), openingParenthesis = UInt8(ascii: "(")
private let backslash = UInt8(ascii: "\\"), hash = UInt8(ascii: "#"), pipe = UInt8(ascii: "|"), colon = UInt8(ascii: ":")
private let openingBracket = UInt8(ascii: "["), closingBracket = UInt8(ascii: "]")
private let question = UInt8(ascii: "?"), exclamation = UInt8(ascii: "!")
private let cdataOpener = Array("<![CDATA[".utf8)
