/// Where the columns of YAML embedded in a Markdown container (a block quote, a list item) are
/// in the file's lines.
///
/// cmark hands a fenced block's text over without the container's prefix on each line: `> `,
/// `> > `, a list item's indentation, up to the fence's own indentation, and a tab partly taken by
/// a prefix becomes spaces. The prefix differs from line to line, so each line is matched with
/// its file line: what follows the block line's leading blanks ends the file line, and columns
/// are counted from there.
struct ColumnMap: Sendable, Hashable {
    struct Line: Sendable, Hashable {
        /// Spaces and tabs at the start of the block's line.
        var lead: Int
        /// Where the text after them starts in the file's line, 0-based, in Unicode scalars.
        var restStart: Int
    }

    /// By the block's line, 1-based; lines that could not be matched are left out.
    var lines: [Int: Line] = [:]

    /// Matches each line of `block` with the file line `fileLine(number)`, `number` counting the
    /// block's lines from 1.
    init(block: String, fileLine: (Int) -> String?) {
        for (index, blockLine) in block.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard let file = fileLine(index + 1) else { continue }
            let blockScalars = Array(blockLine.unicodeScalars), fileScalars = Array(file.unicodeScalars)
            let lead = blockScalars.prefix { $0 == " " || $0 == "\t" }.count
            let rest = blockScalars[lead...]
            guard fileScalars.count >= rest.count, fileScalars.suffix(rest.count).elementsEqual(rest) else { continue }
            lines[index + 1] = Line(lead: lead, restStart: fileScalars.count - rest.count)
        }
    }

    /// The 1-based column in the file of `column` on the block's line `line`.
    func fileColumn(line: Int, column: Int) -> Int {
        guard let mapped = lines[line] else { return column }
        return max(1, mapped.restStart + (column - 1 - mapped.lead) + 1)
    }
}
