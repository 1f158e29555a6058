// Fuzzes the readers of meeting feeds: the input is read as a Meeting Guide JSON feed and as a
// CSV export. Besides not crashing, each reader must keep its promises: an error points inside
// the text and quotes the line it points at; every value, key and cell read starts where its
// place says; and what was read, written out again and read back, is the same.
import Foundation
@testable import FuzzSupport
@testable import GuidepostCore

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
    let lines = Lines(text)
    checkJSON(text, lines: lines)
    checkCSV(text, lines: lines)
    // As a build reads a file: line endings made \n (a lone \r too), as SourceFile does.
    let normalized = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    for name in ["meetings.json", "meetings.csv", "meetings.yml"] { checkImport(normalized, path: name, lines: Lines(normalized)) }
    // Not normalised, nothing may crash either.
    for name in ["meetings.yml"] { _ = MeetingDirectory.reading(text, path: name, timeZone: "America/Chicago") }
    return 0
}

// MARK: - The importer

/// The whole reading of a list, as a build does it: every diagnostic has a place inside the
/// text, and the feed written from what was read reads back as the same meetings, with no
/// problem the list did not have.
func checkImport(_ text: String, path: String, lines: Lines) {
    let (directory, diagnostics) = MeetingDirectory.reading(text, path: path, timeZone: "America/Chicago")
    for diagnostic in diagnostics {
        guard let line = diagnostic.location.line, let column = diagnostic.location.column else {
            expect(false, "a diagnostic without a place: \(diagnostic)", input: text)
            continue
        }
        expect(line >= 1 && column >= 1 && line <= lines.count + 1, "a diagnostic outside the text: \(diagnostic)", input: text)
    }
    guard !diagnostics.contains(where: { $0.severity == .error }) else { return }
    let feed = String(decoding: directory.feed(), as: UTF8.self)
    let (again, problems) = MeetingDirectory.reading(feed, path: "again.json", timeZone: "America/Chicago")
    // What stays a warning (an address without a town) is warned about again, never more.
    expect(problems.count <= diagnostics.count && !problems.contains { $0.severity == .error },
           "the published feed has new problems: \(problems.map(\.description))\n\(feed)", input: text)
    expect(comparable(again.meetings) == comparable(directory.meetings), "the published feed reads back as other meetings:\n\(feed)", input: text)
}

/// Meetings without what depends on where and how they were read.
func comparable(_ meetings: [Meeting]) -> [Meeting] {
    meetings.map { meeting in
        var copy = meeting
        copy.source = SourceLocation(file: "")
        if case .weekly(let day, let start, let end, _) = meeting.schedule {
            copy.schedule = .weekly(day: day, start: start, end: end, endIsDerived: false)
        }
        return copy
    }
}

// MARK: - JSON

func checkJSON(_ text: String, lines: Lines) {
    let root: JSONNode
    do {
        root = try JSONReader.parse(text, file: "meetings.json")
    } catch {
        checkError(error, lines: lines, input: text)
        return
    }
    var pending = [root]
    while let node = pending.popLast() {
        let first: Unicode.Scalar
        switch node.value {
        case .null: first = "n"
        case .bool(let flag): first = flag ? "t" : "f"
        case .number(let literal):
            first = literal.unicodeScalars.first ?? "?"
            expect(lines.text(at: node.line, node.column).unicodeScalars.starts(with: literal.unicodeScalars), "the number \(literal) is not at \(node.line):\(node.column)", input: text)
        case .string: first = "\""
        case .array(let items):
            first = "["
            pending += items
        case .object(let members):
            first = "{"
            for member in members {
                expect(lines.scalar(at: member.line, member.column) == "\"", "the key \(member.key.debugDescription) is not at \(member.line):\(member.column)", input: text)
                pending.append(member.value)
            }
        }
        expect(lines.scalar(at: node.line, node.column) == first, "\(node.kindDescription) is not at \(node.line):\(node.column)", input: text)
    }
    // Written out again, it reads back as the same values.
    let written = writtenJSON(root)
    do {
        let again = try JSONReader.parse(written, file: "again.json")
        expect(writtenJSON(again) == written, "written out and read back, the feed changes: \(written.debugDescription)", input: text)
    } catch {
        expect(false, "written out, the feed cannot be read back: \(written.debugDescription)\n\(error)", input: text)
    }
}

/// `node` as compact JSON, every control character escaped.
func writtenJSON(_ node: JSONNode) -> String {
    switch node.value {
    case .null: return "null"
    case .bool(let flag): return flag ? "true" : "false"
    case .number(let literal): return literal
    case .string(let text): return writtenString(text)
    case .array(let items): return "[" + items.map(writtenJSON).joined(separator: ",") + "]"
    case .object(let members): return "{" + members.map { writtenString($0.key) + ":" + writtenJSON($0.value) }.joined(separator: ",") + "}"
    }
}

func writtenString(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\"": result += "\\\""
        case "\\": result += "\\\\"
        case _ where scalar.value < 0x20:
            let hex = String(scalar.value, radix: 16)
            result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        default: result.unicodeScalars.append(scalar)
        }
    }
    return result + "\""
}

// MARK: - CSV

func checkCSV(_ text: String, lines: Lines) {
    let table: CSVTable
    do {
        table = try CSVReader.parse(text, file: "meetings.csv")
    } catch {
        checkError(error, lines: lines, input: text)
        return
    }
    for row in [CSVRow(cells: table.header, line: table.header.first?.line ?? 0)] + table.rows {
        expect(row.cells.contains { !$0.text.isEmpty }, "a row of empty cells at line \(row.line) is kept", input: text)
        expect(row.cells.first?.line == row.line, "row at line \(row.line) starts elsewhere", input: text)
        for cell in row.cells {
            let there = lines.text(at: cell.line, cell.column)
            // A quoted cell starts at its quote; any other holds no line break and is written as read.
            expect(there.unicodeScalars.first == "\"" || there.unicodeScalars.starts(with: cell.text.unicodeScalars), "cell \(cell.text.debugDescription) is not at \(cell.line):\(cell.column)", input: text)
            expect(!cell.text.unicodeScalars.contains("\r"), "a cell keeps a carriage return", input: text)
        }
    }
    // Written out again with every cell quoted, it reads back as the same table.
    let written = ([table.header] + table.rows.map(\.cells)).map { cells in
        cells.map { writtenCell($0.text) }.joined(separator: ",")
    }.joined(separator: "\r\n")
    do {
        let again = try CSVReader.parse(written, file: "again.csv")
        expect(again.header.map(\.text) == table.header.map(\.text) && again.rows.map { $0.cells.map(\.text) } == table.rows.map { $0.cells.map(\.text) },
               "written out and read back, the table changes: \(written.debugDescription)", input: text)
    } catch {
        expect(false, "written out, the table cannot be read back: \(written.debugDescription)\n\(error)", input: text)
    }
}

/// `text` as a quoted CSV cell. Quotes are doubled scalar by scalar: a `"` followed by a
/// combining mark is one Character, which a Character-wise replacement would miss.
func writtenCell(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
        if scalar == "\"" { result += "\"" }
        result.unicodeScalars.append(scalar)
    }
    return result + "\""
}

// MARK: - Errors and places

/// An error points inside the text, at a line it quotes as it is.
func checkError(_ error: Diagnostic, lines: Lines, input: String) {
    let printed = error.description
    expect(error.severity == .error && !error.message.isEmpty, "an empty message: \(printed)", input: input)
    guard let line = error.location.line, let column = error.location.column else {
        expect(false, "an error without a place: \(printed)", input: input)
        return
    }
    expect(line >= 1 && line <= lines.count && column >= 1 && column <= lines.scalars(line).count + 1,
           "an error outside the text: \(printed)", input: input)
    if let quoted = error.sourceLine {
        expect(quoted.unicodeScalars.elementsEqual(lines.scalars(line)), "an error quotes another line than its own: \(printed)", input: input)
    } else {
        expect(line == 1 && column == 1, "an error with a place inside the text but no line: \(printed)", input: input)
    }
}

/// The text's lines as the readers count them: a byte order mark at the start is not part of
/// the first, and `\r\n`, `\n` and a lone `\r` each end one.
struct Lines {
    private var lines: [[Unicode.Scalar]] = [[]]

    init(_ text: String) {
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            index += 1
            if scalar == "\n" || scalar == "\r" {
                if scalar == "\r", index < scalars.count, scalars[index] == "\n" { index += 1 }
                lines.append([])
            } else {
                lines[lines.count - 1].append(scalar)
            }
        }
    }

    var count: Int { lines.count }

    func scalars(_ line: Int) -> [Unicode.Scalar] {
        lines.indices.contains(line - 1) ? lines[line - 1] : []
    }

    func scalar(at line: Int, _ column: Int) -> Unicode.Scalar? {
        let scalars = scalars(line)
        return scalars.indices.contains(column - 1) ? scalars[column - 1] : nil
    }

    /// The rest of `line` from `column`.
    func text(at line: Int, _ column: Int) -> String {
        let scalars = scalars(line)
        guard column >= 1, column - 1 <= scalars.count else { return "" }
        var text = ""
        text.unicodeScalars.append(contentsOf: scalars[(column - 1)...])
        return text
    }
}
