import Foundation
@testable import GuidepostCore
import Testing

/// JSON feeds are read with the place of every value and key, and every syntax error is
/// reported where it is.
@Suite struct JSONReaderTests {
    /// The printed error for `json`, or "" when it parses.
    func problem(_ json: String) -> String {
        do {
            _ = try JSONReader.parse(json, file: "meetings.json")
            return ""
        } catch {
            return "\(error)"
        }
    }

    // MARK: - Values and positions

    @Test func readsEveryKindOfValueWithItsPlace() throws {
        let json = """
        [
          {"name": "Monday Night", "day": 1, "online": true,
           "types": ["O", "D"], "notes": null, "paused": false}
        ]
        """
        let root = try JSONReader.parse(json, file: "meetings.json")
        #expect((root.line, root.column) == (1, 1))
        let meeting = try #require(root.items?.first)
        #expect((meeting.line, meeting.column) == (2, 3))
        let members = try #require(meeting.members)
        #expect(members.map(\.key) == ["name", "day", "online", "types", "notes", "paused"])
        #expect(members.map { [$0.line, $0.column] } == [[2, 4], [2, 28], [2, 38], [3, 4], [3, 25], [3, 40]])
        #expect(members.map { [$0.value.line, $0.value.column] } == [[2, 12], [2, 35], [2, 48], [3, 13], [3, 34], [3, 50]])
        #expect(meeting[key: "name"]?.stringValue == "Monday Night")
        #expect(meeting[key: "day"]?.value == .number("1"))
        #expect(meeting[key: "online"]?.boolValue == true)
        #expect(meeting[key: "paused"]?.boolValue == false)
        #expect(meeting[key: "notes"]?.isNull == true)
        #expect(meeting[key: "types"]?.items?.map(\.stringValue) == ["O", "D"])
        #expect(meeting[key: "types"]?.items?.map(\.column) == [14, 19])
        #expect(meeting[key: "missing"] == nil)
        #expect(root[key: "name"] == nil)
    }

    @Test func countsColumnsInUnicodeScalars() throws {
        // "é" is two bytes, "😀" four, "e\u{301}" two scalars in one Character.
        let json = "{\"café\": \"😀\", \"e\u{301}\": [1, \"ééééééééééééééééééé\", 2]}"
        let root = try JSONReader.parse(json, file: "meetings.json")
        let members = try #require(root.members)
        #expect(members.map(\.column) == [2, 15])
        #expect(members[0].value.column == 10)
        let items = try #require(members[1].value.items)
        #expect(items.map(\.column) == [22, 25, 48])
        #expect(items[1].stringValue == String(repeating: "é", count: 19))
    }

    @Test func keepsNumbersAsWritten() throws {
        let root = try JSONReader.parse("[12, -3.5e2, 0, 1E+9, -0.0, 2e-3, 123456789012345678901234567890]", file: "f.json")
        #expect(root.items?.map(\.numberText) == ["12", "-3.5e2", "0", "1E+9", "-0.0", "2e-3", "123456789012345678901234567890"])
    }

    @Test func decodesEscapes() throws {
        let root = try JSONReader.parse(#"["\"\\\/\b\f\n\r\t", "\u00e9\u00E9 \uD83D\uDE00 \u0041", "plain é"]"#, file: "f.json")
        #expect(root.items?.map(\.stringValue) == ["\"\\/\u{8}\u{C}\n\r\t", "éé 😀 A", "plain é"])
    }

    @Test func keepsKeysWrittenTwiceInFileOrder() throws {
        let root = try JSONReader.parse(#"{"day": 1, "time": "19:00", "day": 2}"#, file: "f.json")
        #expect(root.members?.map(\.key) == ["day", "time", "day"])
        #expect(root.members?.map(\.column) == [2, 12, 29])
        #expect(root[key: "day"]?.numberText == "1")
    }

    @Test func describesKindsForMessages() throws {
        let root = try JSONReader.parse(#"[null, true, false, 1, "a", [], {}]"#, file: "f.json")
        #expect(root.items?.map(\.kindDescription) == ["null", "true", "false", "a number", "a string", "a list", "an object"])
        #expect(root.items?[5].items == [])
        #expect(root.items?[6].members == [])
        #expect(root.items?[4].location(in: "f.json").description == "f.json:1:24")
    }

    @Test func skipsAByteOrderMarkAndReadsEveryLineEnding() throws {
        // The mark is not counted as a column; `\r\n`, `\n` and a lone `\r` each end a line.
        let root = try JSONReader.parse("\u{FEFF}[1,\r\n  2,\n   3,\r    4]", file: "f.json")
        #expect((root.line, root.column) == (1, 1))
        #expect(root.items?.map { [$0.line, $0.column] } == [[1, 2], [2, 3], [3, 4], [4, 5]])
        #expect(problem("\u{FEFF}[1,\r\n 2 x]") == """
        meetings.json:2:4: error: expected ',' or ']' after a list item, found 'x'
         2 x]
           ^
        """)
    }

    @Test func readsAScalarAtTheTop() throws {
        #expect(try JSONReader.parse(" \"feed\" \n", file: "f.json").stringValue == "feed")
        #expect(try JSONReader.parse("-1.5", file: "f.json").numberText == "-1.5")
    }

    // MARK: - Errors

    @Test(arguments: [
        // Structure
        ("[1, 2,]", """
        meetings.json:1:6: error: trailing comma before ']'; remove the comma
        [1, 2,]
             ^
        """),
        ("{\"day\": 1,\n}", """
        meetings.json:1:10: error: trailing comma before '}'; remove the comma
        {"day": 1,
                 ^
        """),
        ("[1 {}]", """
        meetings.json:1:4: error: expected ',' or ']' after a list item, found '{'
        [1 {}]
           ^
        """),
        ("[{\"day\": 1 \"time\": 2}]", """
        meetings.json:1:12: error: expected ',' or '}' after the value of "day", found '"'
        [{"day": 1 "time": 2}]
                   ^
        """),
        ("{\"day\" 1}", """
        meetings.json:1:8: error: expected ':' after the key "day", found '1'
        {"day" 1}
               ^
        """),
        ("{day: 1}", """
        meetings.json:1:2: error: a key is written in double quotes: "day"
        {day: 1}
         ^
        """),
        ("{'day': 1}", """
        meetings.json:1:2: error: a key is written in double quotes ("..."), not single quotes
        {'day': 1}
         ^
        """),
        ("{“day”: 1}", """
        meetings.json:1:2: error: a key is written in straight double quotes ("..."), not curly quotes
        {“day”: 1}
         ^
        """),
        ("{,}", """
        meetings.json:1:2: error: expected a key in double quotes, found ','
        {,}
         ^
        """),
        ("{\"day\": }", """
        meetings.json:1:9: error: expected a value, found '}'
        {"day": }
                ^
        """),
        ("[1] [2]", """
        meetings.json:1:5: error: unexpected text after the end of the list
        [1] [2]
            ^
        """),
        ("{}\n,{}", """
        meetings.json:2:1: error: unexpected text after the end of the object
        ,{}
        ^
        """),
        ("\"a\" \"b\"", """
        meetings.json:1:5: error: unexpected text after the end of the value
        "a" "b"
            ^
        """),
        ("[\n  {\"day\": [1,\n", """
        meetings.json:2:11: error: this list is never closed: the file ends before its ']'
          {"day": [1,
                  ^
        """),
        ("[\n  {\"day\": 1", """
        meetings.json:2:3: error: this object is never closed: the file ends before its '}'
          {"day": 1
          ^
        """),
        ("// meetings\n[]", """
        meetings.json:1:1: error: comments are not allowed in JSON
        // meetings
        ^
        """),
        // Strings
        ("[\"Monday]", """
        meetings.json:1:2: error: unterminated string: the file ends before its closing '"'
        ["Monday]
         ^
        """),
        ("[\"Monday,\n \"Tuesday\"]", """
        meetings.json:1:2: error: unterminated string: no closing '"' before the end of the line (a line break inside text is written \\n)
        ["Monday,
         ^
        """),
        (#"["C:\quiet"]"#, #"""
        meetings.json:1:5: error: invalid escape '\q'; a backslash in text is written \\
        ["C:\quiet"]
            ^
        """#),
        (#"["caf\u00e"]"#, #"""
        meetings.json:1:6: error: invalid escape '\u': it must be followed by four hexadecimal digits, as in \u00E9
        ["caf\u00e"]
             ^
        """#),
        (#"["\uD83D smile"]"#, #"""
        meetings.json:1:3: error: '\uD83D' is the first half of a surrogate pair, and no second half (\uDC00 to \uDFFF) follows it
        ["\uD83D smile"]
          ^
        """#),
        (#"["\uDE00"]"#, #"""
        meetings.json:1:3: error: '\uDE00' is the second half of a surrogate pair, without its first half
        ["\uDE00"]
          ^
        """#),
        ("[\"a\tb\"]", """
        meetings.json:1:4: error: a tab in a string; write it as \\t
        ["a\tb"]
           ^
        """),
        ("[\"é\u{1B}\"]", """
        meetings.json:1:4: error: control character U+001B (escape) in a string; write it as \\u001B or leave it out
        ["é\u{1B}"]
           ^
        """),
        // Numbers and words
        ("[\"06\", 012]", """
        meetings.json:1:8: error: '012' is not a valid number (it starts with 0 followed by more digits); if it is text or a code, write it in double quotes: "012"
        ["06", 012]
               ^
        """),
        ("[1.]", """
        meetings.json:1:2: error: '1.' is not a valid number; if it is text or a code, write it in double quotes: "1."
        [1.]
         ^
        """),
        ("[+1, 2]", """
        meetings.json:1:2: error: '+1' is not a valid number; if it is text or a code, write it in double quotes: "+1"
        [+1, 2]
         ^
        """),
        ("[.5]", """
        meetings.json:1:2: error: '.5' is not a valid number; if it is text or a code, write it in double quotes: ".5"
        [.5]
         ^
        """),
        ("[1e, -]", """
        meetings.json:1:2: error: '1e' is not a valid number; if it is text or a code, write it in double quotes: "1e"
        [1e, -]
         ^
        """),
        ("[19:30]", """
        meetings.json:1:2: error: '19:30' is not a valid number; if it is text or a code, write it in double quotes: "19:30"
        [19:30]
         ^
        """),
        ("[7pm]", """
        meetings.json:1:2: error: '7pm' is not a valid number; if it is text or a code, write it in double quotes: "7pm"
        [7pm]
         ^
        """),
        ("[True]", """
        meetings.json:1:2: error: 'True' is not a JSON value; write it in lower case: true
        [True]
         ^
        """),
        ("{\"day\": Monday}", """
        meetings.json:1:9: error: unexpected word 'Monday'; text is written in double quotes: "Monday"
        {"day": Monday}
                ^
        """),
        ("['Monday']", """
        meetings.json:1:2: error: text is written in double quotes ("..."), not single quotes
        ['Monday']
         ^
        """),
        ("[“Monday”]", """
        meetings.json:1:2: error: text is written in straight double quotes ("..."), not curly quotes
        [“Monday”]
         ^
        """),
        ("[\u{A0}1]", """
        meetings.json:1:2: error: expected a value, found U+00A0 (no-break space)
        [\u{A0}1]
         ^
        """),
        ("[\"Cafe\"\u{301}]", """
        meetings.json:1:8: error: expected ',' or ']' after a list item, found U+0301
        ["Cafe"\u{301}]
               ^
        """),
        ("é", """
        meetings.json:1:1: error: expected a value, found 'é'
        é
        ^
        """),
    ])
    func reportsEachErrorWhereItIs(_ json: String, _ expected: String) {
        #expect(problem(json) == expected)
    }

    @Test(arguments: ["", "\u{FEFF}", "  \n\t\r\n"])
    func reportsAnEmptyFileAtItsStart(_ json: String) {
        #expect(problem(json) == "meetings.json:1:1: error: the file is empty: it holds no JSON value")
    }

    // MARK: - Limits

    @Test func readsNestingUpToTheLimit() throws {
        let depth = JSONReader.nestingLimit
        var node = try JSONReader.parse(String(repeating: "[", count: depth) + String(repeating: "]", count: depth), file: "f.json")
        var levels = 1
        while let inner = node.items?.first {
            node = inner
            levels += 1
        }
        #expect(levels == depth)
        #expect(problem(String(repeating: "{\"a\":", count: depth) + "1" + String(repeating: "}", count: depth)) == "")
    }

    @Test func refusesNestingPastTheLimitWithoutCrashing() {
        // The quoted line is cut around the column.
        #expect(problem(String(repeating: "[", count: 513)) == """
        meetings.json:1:513: error: lists and objects nested more than 512 levels deep
        ...\(String(repeating: "[", count: 200))
           \(String(repeating: " ", count: 199))^
        """)
        #expect(problem(String(repeating: "[", count: 100_000)) == """
        meetings.json:1:513: error: lists and objects nested more than 512 levels deep
        ...\(String(repeating: "[", count: 200))...
           \(String(repeating: " ", count: 100))^
        """)
        #expect(problem(String(repeating: "{\"a\":", count: 100_000)).hasPrefix("meetings.json:1:2561: error: lists and objects nested more than 512 levels deep"))
    }

    @Test func readsALargeFeed() throws {
        let count = 50_000
        var json = "[\n"
        for number in 0..<count {
            json += "  {\"name\": \"Meeting \(number) — Café\", \"day\": \(number % 7), \"types\": [\"O\", \"D\"], \"notes\": \"Side door\\n\"}"
            json += number == count - 1 ? "\n]\n" : ",\n"
        }
        let root = try JSONReader.parse(json, file: "f.json")
        let items = try #require(root.items)
        #expect(items.count == count)
        #expect(items.last?[key: "name"]?.stringValue == "Meeting 49999 — Café")
        #expect(items.last?[key: "notes"]?.stringValue == "Side door\n")
        #expect(items.last.map { [$0.line, $0.column] } == [count + 1, 3])
        #expect(items.last?[key: "types"]?.items?.last.map { [$0.line, $0.column] } == [count + 1, 61])
    }

    // MARK: - Real feeds

    static let feedFolder = TestSite.repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/meeting-feeds")

    static var feedFiles: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: feedFolder.path)) ?? []
        return names.filter { $0.hasSuffix(".json") }.sorted()
    }

    /// The published feeds and the spec's type list, when this machine has them (they are not
    /// part of the repository).
    @Test(.enabled(if: !feedFiles.isEmpty, "no ../shared/meeting-feeds"))
    func readsRealFeeds() throws {
        for name in Self.feedFiles {
            let text = try String(contentsOf: Self.feedFolder.appendingPathComponent(name), encoding: .utf8)
            let root = try JSONReader.parse(text, file: name)
            if name == "spec-types.json" {
                // The type codes with their labels by language.
                #expect(root.members?.isEmpty == false, "\(name)")
            } else {
                let meetings = try #require(root.items, "\(name) is \(root.kindDescription), not a list")
                #expect(!meetings.isEmpty && meetings.allSatisfy { $0.members != nil }, "\(name)")
            }
        }
    }
}
