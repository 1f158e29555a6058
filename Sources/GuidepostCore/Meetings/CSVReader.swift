/// Reads CSV (RFC 4180), such as the 12 Step Meeting List plugin's export, into a `CSVTable`
/// that keeps the place of every cell, so that a problem can be reported at its cell.
///
/// Cells are separated by commas; a cell in double quotes may hold commas, line breaks and `""`
/// for a quote. Lines end with `\n`, `\r\n` or a lone `\r` (spreadsheets on old Macs), and a line
/// break inside a quoted cell is read as `\n`. A UTF-8 byte order mark at the start is skipped,
/// the last line may or may not end with a line break, and rows whose cells are all empty (blank
/// lines, or `,,,` from a spreadsheet) are skipped. As spreadsheets do, a quote inside a cell that
/// does not start with one is kept as text, and spaces around a cell are part of it. Rows may
/// have more or fewer cells than the header: what that means is the caller's to decide. Reading
/// is linear in the size of the text.
public enum CSVReader {
    /// The table `text` holds; `file` is the path shown in messages.
    public static func parse(_ text: String, file: String) throws(Diagnostic) -> CSVTable {
        try text.withUTF8Bytes { bytes in
            var parser = CSVParser(bytes: bytes, file: file)
            return Result { () throws(Diagnostic) in try parser.parseTable() }
        }.get()
    }
}
