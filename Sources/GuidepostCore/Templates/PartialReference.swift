import Foundation

/// A `{{> name}}` or `{{< name}}` tag found in a template's text.
struct PartialReference: Sendable, Hashable {
    var name: String
    var line: Int
    var column: Int
    /// `{{>*name}}`: the partial's name is a value of the context, known only when rendering.
    var isDynamic = false

    /// What a scan of a template's text found.
    struct Scan: Sendable {
        var references: [PartialReference] = []
        /// Where the first `{{=<% %>=}}` tag is: partial tags written with other delimiters after
        /// it are not found.
        var delimiterChange: (line: Int, column: Int)?
    }

    /// The partial references of `text`, dynamic ones included, in order, and where it changes
    /// the delimiters. The text is read by Character, as the Mustache parser reads it, so that
    /// every partial tag the parser finds is found here too; tags inside comments are skipped.
    static func scan(_ text: String) -> Scan {
        var scan = Scan()
        let characters = Array(text)
        func isClose(_ index: Int) -> Bool {
            index + 1 < characters.count && characters[index] == "}" && characters[index + 1] == "}"
        }
        // Where the `}}` that ends a comment starting at `start` is, or the end of the text. The
        // search goes on from where the last one stopped, so that a text full of `{{!` and no
        // `}}` is still read in linear time.
        var nextClose = -1
        func endOfComment(from start: Int) -> Int {
            if nextClose < start {
                nextClose = start
                while nextClose < characters.count, !isClose(nextClose) { nextClose += 1 }
            }
            return nextClose
        }
        // Columns count Unicode scalars, like every location in a message.
        var line = 1, column = 1
        var index = 0
        func advance(to end: Int) {
            while index < end {
                if characters[index] == "\n" { line += 1; column = 1 } else { column += characters[index].unicodeScalars.count }
                index += 1
            }
        }
        while index < characters.count {
            if characters[index] == "{", index + 2 < characters.count, characters[index + 1] == "{" {
                switch characters[index + 2] {
                case "!":
                    // A comment ends at the first `}}`; nothing in it is a tag.
                    advance(to: min(endOfComment(from: index + 3) + 2, characters.count))
                    continue
                case "=":
                    if scan.delimiterChange == nil { scan.delimiterChange = (line, column) }
                case ">", "<":
                    // White space, an optional `*`, a name, white space, `}}`: anything else is a
                    // syntax error that the parser reports.
                    var cursor = index + 3
                    while cursor < characters.count, characters[cursor].isWhitespace { cursor += 1 }
                    let isDynamic = cursor < characters.count && characters[cursor] == "*"
                    if isDynamic { cursor += 1 }
                    while cursor < characters.count, characters[cursor].isWhitespace { cursor += 1 }
                    let start = cursor
                    while cursor < characters.count, nameCharacters.contains(characters[cursor]) { cursor += 1 }
                    let name = String(characters[start..<cursor])
                    while cursor < characters.count, characters[cursor].isWhitespace { cursor += 1 }
                    if isClose(cursor), !name.isEmpty || isDynamic {
                        scan.references.append(PartialReference(name: name, line: line, column: column, isDynamic: isDynamic))
                    }
                default:
                    break
                }
            }
            advance(to: index + 1)
        }
        return scan
    }

    /// What a partial's name may hold, as the Mustache parser reads it.
    private static let nameCharacters = Set<Character>("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*/")
}
