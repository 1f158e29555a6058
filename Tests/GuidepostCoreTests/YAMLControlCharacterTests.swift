@testable import GuidepostCore
import Testing

/// YAML escapes write control characters into quoted text; they are refused where they are.
@Suite struct YAMLControlCharacterTests {
    func problems(_ yaml: String) -> String {
        var diagnostics: [Diagnostic] = []
        _ = YAMLSource(path: "Content/site.yml", yaml: yaml).rootMap(what: "site.yml", emptyMessage: nil, into: &diagnostics)
        return BuildFailure(diagnostics).description
    }

    @Test(arguments: [
        ("\\a", "U+0007 (bell)", "\"\\a\""), ("\\x07", "U+0007 (bell)", "\"\\a\""), ("\\e", "U+001B (escape)", "\"\\e\""),
        ("\\u0000", "U+0000 (NUL)", "\"\\0\""), ("\\r", "U+000D (carriage return)", "\"\\r\""), ("\\x01", "U+0001", "\"\\x01\""),
        ("\\u0085", "U+0085 (next line)", "\"\\N\""), ("\\x7f", "U+007F (delete)", "\"\\x7F\""),
    ])
    func refusesAnEscapedControlCharacter(_ escape: String, _ named: String, _ written: String) {
        #expect(problems("title: \"Peer \(escape)support\"\n") == """
        Content/site.yml:1:8: error: 'title' holds the control character \(named), which has no place in text; remove it (in quoted YAML text it is written as an escape such as \(written))
        title: "Peer \(escape)support"
               ^
        """)
    }

    @Test func allowsTabsAndLineBreaks() {
        #expect(problems("title: \"Peer\\tsupport\\nand more\"\nsummary: |\n  Two\n  lines\n") == "")
    }

    @Test func findsThemInKeysListsAndNestedMappings() {
        #expect(problems("params:\n  colours: [teal, \"s\\band\"]\n  \"a\\ek\": x\n  inner: {deep: \"\\v\"}\n") == """
        Content/site.yml:2:19: error: 'colours' holds the control character U+0008 (backspace), which has no place in text; remove it (in quoted YAML text it is written as an escape such as "\\b")
          colours: [teal, "s\\band"]
                          ^
        Content/site.yml:3:3: error: this text holds the control character U+001B (escape), which has no place in text; remove it (in quoted YAML text it is written as an escape such as "\\e")
          "a\\ek": x
          ^
        Content/site.yml:4:17: error: 'deep' holds the control character U+000B (vertical tab), which has no place in text; remove it (in quoted YAML text it is written as an escape such as "\\v")
          inner: {deep: "\\v"}
                        ^
        """)
    }

    @Test func looksAtAnAnchorOnceHoweverOftenItIsUsed() {
        // Nine levels of nine aliases: 387 million strings when expanded.
        var yaml = "a0: &a0 \"\\a\"\n"
        for level in 1...9 {
            yaml += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ") + "]\n"
        }
        #expect(problems(yaml).components(separatedBy: "error:").count == 2)
    }

    @Test func refusesThemInFrontMatterAtTheFileLine() async throws {
        let site = try TestSite(files: ["Content/learn/next.md": "---\ntitle: \"Next\\x07\"\n---\nText.\n"])
        defer { site.remove() }
        #expect(await site.failure() == """
        Content/learn/next.md:2:8: error: 'title' holds the control character U+0007 (bell), which has no place in text; remove it (in quoted YAML text it is written as an escape such as "\\a")
        title: "Next\\x07"
               ^
        """)
    }
}
