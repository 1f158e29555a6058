/// The state of one `CSVReader.parse`.
struct CSVParser {
    let bytes: UnsafeBufferPointer<UInt8>
    let file: String
    var positions: LinePositions
    var index: Int

    init(bytes: UnsafeBufferPointer<UInt8>, file: String) {
        self.bytes = bytes
        self.file = file
        index = bytes.byteOrderMarkLength
        positions = LinePositions(bytes, start: index)
    }

    /// Reads the header row and the rows after it, skipping rows of empty cells.
    mutating func parseTable() throws(Diagnostic) -> CSVTable {
        // No line to quote in these two errors: the file is empty or blank.
        let first = SourceLocation(file: file, line: 1, column: 1)
        guard index < bytes.count else {
            throw Diagnostic(.error, at: first, "the file is empty; its first row should name the columns")
        }
        var header: [CSVCell]?
        var rows: [CSVRow] = []
        while index < bytes.count {
            let cells = try readRow(expecting: header?.count ?? 8)
            guard cells.contains(where: { !$0.text.isEmpty }) else { continue }
            if header == nil {
                header = cells
            } else {
                rows.append(CSVRow(cells: cells, line: cells[0].line))
            }
        }
        guard let header else {
            throw Diagnostic(.error, at: first, "the file has no header row: its lines are all empty")
        }
        return CSVTable(header: header, rows: rows)
    }

    // MARK: - Rows and cells

    /// Reads the row that starts at `index`, and the line break after it; `count` cells are
    /// likely, so that the row's array is allocated once.
    private mutating func readRow(expecting count: Int) throws(Diagnostic) -> [CSVCell] {
        var cells: [CSVCell] = []
        cells.reserveCapacity(count)
        while true {
            cells.append(try readCell())
            guard index < bytes.count else { return cells }
            let separator = bytes[index]
            index += 1
            switch separator {
            case UInt8(ascii: ","):
                continue
            case UInt8(ascii: "\r"):
                if index < bytes.count, bytes[index] == UInt8(ascii: "\n") { index += 1 }
                positions.startLine(at: index)
                return cells
            default:
                // A cell ends only at a comma or a line break.
                positions.startLine(at: index)
                return cells
            }
        }
    }

    /// Reads the cell that starts at `index`, up to the comma or line break after it.
    private mutating func readCell() throws(Diagnostic) -> CSVCell {
        let start = positions.position(at: index)
        if index < bytes.count, bytes[index] == UInt8(ascii: "\"") {
            return CSVCell(text: try readQuoted(from: start), line: start.line, column: start.column)
        }
        let begin = index
        while index < bytes.count, !Self.endsCell(bytes[index]) { index += 1 }
        return CSVCell(text: bytes.text(begin..<index), line: start.line, column: start.column)
    }

    /// Reads the quoted cell whose opening quote is at `index` (and `start`).
    private mutating func readQuoted(from start: TextPosition) throws(Diagnostic) -> String {
        index += 1
        var segment = index
        var text: [UInt8] = []
        var isPlain = true
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\""):
                if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\"") {
                    // `""` is one quote: keep the first.
                    isPlain = false
                    text.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[segment...index]))
                    index += 2
                    segment = index
                    continue
                }
                let cell: String
                if isPlain {
                    cell = bytes.text(segment..<index)
                } else {
                    text.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[segment..<index]))
                    cell = String(decoding: text, as: UTF8.self)
                }
                index += 1
                if index < bytes.count, !Self.endsCell(bytes[index]) {
                    throw positions.error(
                        "unexpected text after a closing quote; double a quote inside a quoted cell (\"\")", at: index, file: file
                    )
                }
                return cell
            case UInt8(ascii: "\r"):
                // `\r\n` and `\r` inside the cell become `\n`.
                isPlain = false
                text.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[segment..<index]))
                text.append(UInt8(ascii: "\n"))
                index += 1
                if index < bytes.count, bytes[index] == UInt8(ascii: "\n") { index += 1 }
                positions.startLine(at: index)
                segment = index
            case UInt8(ascii: "\n"):
                index += 1
                positions.startLine(at: index)
            default:
                index += 1
            }
        }
        throw positions.error(
            "this quote is never closed: the file ends inside its cell; end the cell with '\"', and double a quote inside it (\"\")",
            at: start, file: file
        )
    }

    /// A comma or a line break.
    private static func endsCell(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
    }
}
