import Foundation

/// A `{{> name}}` or `{{< name}}` tag found in a template's text.
struct PartialReference: Sendable, Hashable {
    var name: String
    var line: Int
    var column: Int

    /// Every static partial reference in `text`, in order. Dynamic partials (`{{>*name}}`) are
    /// resolved at render time and are not listed.
    static func all(in text: String) -> [PartialReference] {
        var references: [PartialReference] = []
        let scalars = Array(text.unicodeScalars)
        var line = 1, column = 1
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "{", index + 2 < scalars.count, scalars[index + 1] == "{",
               scalars[index + 2] == ">" || scalars[index + 2] == "<" {
                var cursor = index + 3
                while cursor < scalars.count, scalars[cursor] == " " { cursor += 1 }
                var name = ""
                while cursor + 1 < scalars.count, !(scalars[cursor] == "}" && scalars[cursor + 1] == "}") {
                    name.unicodeScalars.append(scalars[cursor])
                    cursor += 1
                }
                name = name.trimmingCharacters(in: .whitespaces)
                if !name.isEmpty, !name.hasPrefix("*") {
                    references.append(PartialReference(name: name, line: line, column: column))
                }
            }
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
            index += 1
        }
        return references
    }
}
