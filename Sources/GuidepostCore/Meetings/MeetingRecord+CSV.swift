/// Meeting records from a table: the 12 Step Meeting List plugin's CSV export or a sheet in
/// the Meeting Guide table format, whose first row names the columns in plain English.
extension MeetingRecord {
    static func records(fromCSV file: MeetingListFile, into diagnostics: inout [Diagnostic]) -> [MeetingRecord]? {
        let table: CSVTable
        do {
            table = try CSVReader.parse(file.text, file: file.path)
        } catch {
            diagnostics.append(error)
            return nil
        }
        let keys = table.header.map { columnKey(for: $0.text) }
        var seen: [String: CSVCell] = [:]
        for (index, cell) in table.header.enumerated() where !keys[index].isEmpty {
            if let first = seen[keys[index]] {
                diagnostics.append(file.diagnostic(
                    .warning, "the column '\(cell.text)' is there twice (first in column \(first.column)); the second is used",
                    at: file.location(line: cell.line, column: cell.column)))
            }
            seen[keys[index]] = cell
        }
        var records: [MeetingRecord] = []
        records.reserveCapacity(table.rows.count)
        for row in table.rows {
            let first = row.cells.first
            var record = MeetingRecord(location: file.location(line: row.line, column: first?.column ?? 1))
            for (index, cell) in row.cells.enumerated() {
                guard index < keys.count else {
                    if !cell.text.isBlank {
                        diagnostics.append(file.diagnostic(
                            .warning, "this row has more cells than the header row has columns (\(keys.count)); the cell '\(cell.text.prefix(40))' is not read",
                            at: file.location(line: cell.line, column: cell.column)))
                    }
                    continue
                }
                guard !keys[index].isEmpty else { continue }
                let location = file.location(line: cell.line, column: cell.column)
                record.fields[keys[index]] = Field(value: .text(cell.text), location: location)
            }
            records.append(record)
        }
        return records
    }
}
