/// Lines and columns of byte offsets in UTF-8 text, for a reader that moves forward through it.
///
/// A line ends at `\n`, `\r\n` or a lone `\r`, as `SourceFile` reads line endings, so the line
/// numbers agree whether or not the caller normalized the text first. The reader tells the
/// tracker where each line starts; a column is counted on from the last one asked for on the
/// same line, so a file that is one long line (a minified feed) costs no more than one of many
/// lines.
struct LinePositions {
    let bytes: UnsafeBufferPointer<UInt8>
    private(set) var line = 1
    private(set) var lineStart: Int
    /// The last offset whose column was counted on this line, and that column.
    private var countedOffset: Int
    private var countedColumn = 1

    /// Positions in `bytes`, whose first line starts at `start` (after a byte order mark).
    init(_ bytes: UnsafeBufferPointer<UInt8>, start: Int) {
        self.bytes = bytes
        lineStart = start
        countedOffset = start
    }

    /// Notes a line break that ends just before `offset`, where the next line starts.
    mutating func startLine(at offset: Int) {
        line += 1
        lineStart = offset
        countedOffset = offset
        countedColumn = 1
    }

    /// The position of `offset`, which lies on the current line.
    mutating func position(at offset: Int) -> TextPosition {
        if offset < countedOffset {
            // Only errors point back; count from the line's start.
            return TextPosition(line: line, column: Self.column(of: offset, from: lineStart, in: bytes), lineStart: lineStart)
        }
        // Every byte but a UTF-8 continuation byte (10xxxxxx) starts a scalar: count all the
        // bytes, then take away the continuation bytes, eight at a time.
        var column = countedColumn + (offset - countedOffset)
        var index = countedOffset
        if let base = bytes.baseAddress {
            while index + 8 <= offset {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                column -= (word & ~(word << 1) & 0x8080_8080_8080_8080).nonzeroBitCount
                index += 8
            }
        }
        while index < offset {
            if bytes[index] & 0xC0 == 0x80 { column -= 1 }
            index += 1
        }
        countedOffset = offset
        countedColumn = column
        return TextPosition(line: line, column: column, lineStart: lineStart)
    }

    /// An error at `position`, quoting its line.
    func error(_ message: String, at position: TextPosition, file: String) -> Diagnostic {
        var end = position.lineStart
        while end < bytes.count, bytes[end] != UInt8(ascii: "\n"), bytes[end] != UInt8(ascii: "\r") { end += 1 }
        let line = String(decoding: UnsafeBufferPointer(rebasing: bytes[position.lineStart..<end]), as: UTF8.self)
        return Diagnostic(
            .error, at: SourceLocation(file: file, line: position.line, column: position.column), message, sourceLine: line
        )
    }

    /// An error at `offset` on the current line.
    mutating func error(_ message: String, at offset: Int, file: String) -> Diagnostic {
        error(message, at: position(at: offset), file: file)
    }

    private static func column(of offset: Int, from start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var column = 1
        for index in start..<offset where bytes[index] & 0xC0 != 0x80 { column += 1 }
        return column
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// The length of a UTF-8 byte order mark at the start, or 0.
    var byteOrderMarkLength: Int {
        count >= 3 && self[0] == 0xEF && self[1] == 0xBB && self[2] == 0xBF ? 3 : 0
    }

    /// The text of `range`, which starts and ends between scalars of valid UTF-8.
    func text(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: self[range]), as: UTF8.self)
    }
}
