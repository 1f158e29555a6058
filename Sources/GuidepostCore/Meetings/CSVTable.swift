/// A CSV file read by `CSVReader`: its header row and the rows after it, each cell with the
/// place it was written.
public struct CSVTable: Sendable, Hashable {
    /// The first row that is not empty: the names of the columns.
    public var header: [CSVCell]
    /// The rows after the header, as written: a row may have more or fewer cells than the header.
    public var rows: [CSVRow]

    public init(header: [CSVCell], rows: [CSVRow]) {
        self.header = header
        self.rows = rows
    }
}

/// A row of a CSV file.
public struct CSVRow: Sendable, Hashable {
    public var cells: [CSVCell]
    /// The 1-based line where the row starts.
    public var line: Int

    public init(cells: [CSVCell], line: Int) {
        self.cells = cells
        self.line = line
    }
}

/// A cell of a CSV file: its text, without the quotes around it and with `""` read as `"`.
public struct CSVCell: Sendable, Hashable {
    public var text: String
    /// The 1-based line and column (in Unicode scalars) where the cell starts: its opening quote
    /// when it is quoted.
    public var line: Int
    public var column: Int

    public init(text: String, line: Int, column: Int) {
        self.text = text
        self.line = line
        self.column = column
    }

    /// The place of the cell in `file`.
    public func location(in file: String) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column)
    }
}
