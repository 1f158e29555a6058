import Foundation

/// A `{{#name}}` or `{{^name}}` tag that no `{{/name}}` closes, found to point a message at it:
/// the Mustache parser only notices the missing end at the end of the file.
struct UnclosedSection: Sendable, Hashable {
    /// The tag as written, such as `{{#page.tags}}`.
    var tag: String
    var name: String
    var line: Int
    var column: Int

    /// The innermost section still open at the end of `text`, or nil. Templates that change the
    /// delimiters (`{{=<% %>=}}`) are not scanned.
    static func last(in text: String) -> UnclosedSection? {
        var open: [UnclosedSection] = []
        let scalars = Array(text.unicodeScalars)
        var line = 1, column = 1
        var index = 0
        while index < scalars.count {
            if scalars[index] == "{", index + 2 < scalars.count, scalars[index + 1] == "{" {
                let sigil = scalars[index + 2]
                if sigil == "=" { return nil }
                var end = index + 2
                while end + 1 < scalars.count, !(scalars[end] == "}" && scalars[end + 1] == "}") { end += 1 }
                guard end + 1 < scalars.count else { break }
                let name = String(String.UnicodeScalarView(scalars[(index + 3)..<max(index + 3, end)])).trimmingCharacters(in: .whitespaces)
                let tag = String(String.UnicodeScalarView(scalars[index...(end + 1)]))
                if sigil == "#" || sigil == "^" {
                    open.append(UnclosedSection(tag: tag, name: name, line: line, column: column))
                } else if sigil == "/", let match = open.lastIndex(where: { $0.name == name }) {
                    open.removeSubrange(match...)
                }
                // Move past the tag, counting the lines it spans.
                for scalar in scalars[index...(end + 1)] {
                    if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
                }
                index = end + 2
                continue
            }
            if scalars[index] == "\n" { line += 1; column = 1 } else { column += 1 }
            index += 1
        }
        return open.last
    }
}
