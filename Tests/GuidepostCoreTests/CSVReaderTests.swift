@testable import GuidepostCore
import Testing

/// CSV exports are read with the place of every cell, and their few syntax errors are reported
/// where they are.
@Suite struct CSVReaderTests {
    /// The printed error for `csv`, or "" when it parses.
    func problem(_ csv: String) -> String {
        do {
            _ = try CSVReader.parse(csv, file: "meetings.csv")
            return ""
        } catch {
            return "\(error)"
        }
    }

    /// Each row as its cells' texts.
    func texts(_ table: CSVTable) -> [[String]] {
        [table.header.map(\.text)] + table.rows.map { $0.cells.map(\.text) }
    }

    /// Each cell as `line:column`.
    func places(_ cells: [CSVCell]) -> [String] {
        cells.map { "\($0.line):\($0.column)" }
    }

    @Test func readsTheHeaderAndRowsWithTheirPlaces() throws {
        let table = try CSVReader.parse("Name,Day,Time\nMonday Night,1,19:00\nCafé Group,2,\n", file: "meetings.csv")
        #expect(texts(table) == [["Name", "Day", "Time"], ["Monday Night", "1", "19:00"], ["Café Group", "2", ""]])
        #expect(places(table.header) == ["1:1", "1:6", "1:10"])
        #expect(table.rows.map(\.line) == [2, 3])
        #expect(places(table.rows[0].cells) == ["2:1", "2:14", "2:16"])
        #expect(places(table.rows[1].cells) == ["3:1", "3:12", "3:14"])
        #expect(table.rows[1].cells[2].location(in: "meetings.csv").description == "meetings.csv:3:14")
    }

    @Test func countsColumnsInUnicodeScalars() throws {
        let table = try CSVReader.parse("a,b,c\né😀,\"ü\",e\u{301}x\n", file: "meetings.csv")
        #expect(places(table.rows[0].cells) == ["2:1", "2:4", "2:8"])
        #expect(table.rows[0].cells.map(\.text) == ["é😀", "ü", "e\u{301}x"])
    }

    @Test func readsQuotedCellsWithCommasQuotesAndLineBreaks() throws {
        let csv = "Name,Notes,Day\n\"Hope, Faith\",\"Side door; ask for \"\"Sam\"\"\",1\n\"Serenity\",\"Line one\nline two\r\nline three\",2\n\"\",\"\"\"\",3\n"
        let table = try CSVReader.parse(csv, file: "meetings.csv")
        #expect(texts(table) == [
            ["Name", "Notes", "Day"],
            ["Hope, Faith", "Side door; ask for \"Sam\"", "1"],
            ["Serenity", "Line one\nline two\nline three", "2"],
            ["", "\"", "3"],
        ])
        // A cell's place is its opening quote; the cell after a multi-line one is on its last line.
        #expect(places(table.rows[0].cells) == ["2:1", "2:15", "2:44"])
        #expect(places(table.rows[1].cells) == ["3:1", "3:12", "5:13"])
        #expect(table.rows.map(\.line) == [2, 3, 6])
        #expect(places(table.rows[2].cells) == ["6:1", "6:4", "6:9"])
    }

    @Test(arguments: [
        "Name,Day\r\nMonday,1\r\nTuesday,2\r\n",
        "Name,Day\rMonday,1\rTuesday,2\r",
        "\u{FEFF}Name,Day\nMonday,1\nTuesday,2",
        "\n\nName,Day\n\n,\nMonday,1\n\r\n,,,\nTuesday,2\n\n",
    ])
    func readsEveryLineEndingAndSkipsEmptyRows(_ csv: String) throws {
        let table = try CSVReader.parse(csv, file: "meetings.csv")
        #expect(texts(table) == [["Name", "Day"], ["Monday", "1"], ["Tuesday", "2"]])
        #expect(table.header.first?.column == 1)
    }

    @Test func keepsTheLinesOfRowsAfterEmptyOnes() throws {
        let table = try CSVReader.parse("\n\nName,Day\n\n,\nMonday,1\n\r\n,,,\nTuesday,2\n\n", file: "meetings.csv")
        #expect(table.header.first?.line == 3)
        #expect(table.rows.map(\.line) == [6, 9])
    }

    @Test func returnsRowsOfAnyLength() throws {
        let table = try CSVReader.parse("a,b,c\n1\n1,2,3,4,\n", file: "meetings.csv")
        #expect(table.rows.map(\.cells.count) == [1, 5])
        #expect(places(table.rows[1].cells) == ["3:1", "3:3", "3:5", "3:7", "3:9"])
    }

    @Test func keepsAQuoteInsideAnUnquotedCellAndSpacesAroundCells() throws {
        let table = try CSVReader.parse("Name,Notes\nThe 5\" Club , \"quoted\"\n", file: "meetings.csv")
        #expect(texts(table)[1] == ["The 5\" Club ", " \"quoted\""])
    }

    @Test func readsQuotesByScalarEvenBeforeACombiningMark() throws {
        // `"` followed by U+0301 is one Character, but still a quote.
        let table = try CSVReader.parse("a,b\n5\"\u{301},\"x\"\"\u{301}\"\n", file: "meetings.csv")
        #expect(texts(table)[1] == ["5\"\u{301}", "x\"\u{301}"])
        #expect(problem("a\n\"x\"\u{301}\n") == """
        meetings.csv:2:4: error: unexpected text after a closing quote; double a quote inside a quoted cell ("")
        "x"\u{301}
           ^
        """)
    }

    @Test func readsALastCellCutOffByTheEndOfTheFile() throws {
        #expect(try texts(CSVReader.parse("a,b\n1,", file: "f.csv")) == [["a", "b"], ["1", ""]])
        #expect(try texts(CSVReader.parse("a,b\n1,\"x\"", file: "f.csv")) == [["a", "b"], ["1", "x"]])
        #expect(try texts(CSVReader.parse("a", file: "f.csv")) == [["a"]])
    }

    // MARK: - Errors

    @Test(arguments: [
        ("Name,Notes\nHope,\"Side door\n", """
        meetings.csv:2:6: error: this quote is never closed: the file ends inside its cell; end the cell with '"', and double a quote inside it ("")
        Hope,"Side door
             ^
        """),
        ("Name,Notes\r\nHope,\"Line one\r\nline two\r\n", """
        meetings.csv:2:6: error: this quote is never closed: the file ends inside its cell; end the cell with '"', and double a quote inside it ("")
        Hope,"Line one
             ^
        """),
        ("Name,Notes\nHope,\"Ask for \"Sam\"\"\n", """
        meetings.csv:2:16: error: unexpected text after a closing quote; double a quote inside a quoted cell ("")
        Hope,"Ask for "Sam""
                       ^
        """),
        ("Name,Notes\nHope,\"Line one\nline \"two\"\n", """
        meetings.csv:3:7: error: unexpected text after a closing quote; double a quote inside a quoted cell ("")
        line "two"
              ^
        """),
        ("Name,Notes\n\"Café\" ,x\n", """
        meetings.csv:2:7: error: unexpected text after a closing quote; double a quote inside a quoted cell ("")
        "Café" ,x
              ^
        """),
        ("", "meetings.csv:1:1: error: the file is empty; its first row should name the columns"),
        ("\u{FEFF}", "meetings.csv:1:1: error: the file is empty; its first row should name the columns"),
        ("\n\r\n,,\n\"\"\n", "meetings.csv:1:1: error: the file has no header row: its lines are all empty"),
    ])
    func reportsEachErrorWhereItIs(_ csv: String, _ expected: String) {
        #expect(problem(csv) == expected)
    }

    // MARK: - Size

    @Test func readsALargeExport() throws {
        let count = 50_000
        var csv = "Name,Day,Time,Notes\n"
        for number in 0..<count {
            csv += "Meeting \(number) — Café,\(number % 7),19:30,\"Side door, \"\"B\"\"\nsecond line\"\n"
        }
        let table = try CSVReader.parse(csv, file: "meetings.csv")
        #expect(table.rows.count == count)
        #expect(table.rows.last?.line == 2 * count)
        #expect(table.rows.last.map { places($0.cells) } == ["\(2 * count):1", "\(2 * count):22", "\(2 * count):24", "\(2 * count):30"])
        #expect(table.rows.last?.cells[3].text == "Side door, \"B\"\nsecond line")
    }
}
