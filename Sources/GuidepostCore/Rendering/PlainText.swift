/// The readable text of an HTML fragment, for search: tags dropped, common entities decoded,
/// white space collapsed.
enum PlainText {
    /// `limit` is in UTF-8 bytes, roughly: the text stops once it is that long.
    static func of(html: String, limit: Int = .max) -> String {
        var text = ""
        text.reserveCapacity(min(html.utf8.count, limit))
        var inTag = false
        var tagName = ""
        var readingTagName = false
        var pendingSpace = false
        var entity: String?
        for character in html {
            if inTag {
                if character == ">" {
                    inTag = false
                    // Inline elements (links, emphasis, code) join the text around them.
                    if !inlineTags.contains(tagName) { pendingSpace = true }
                } else if readingTagName {
                    if character.isLetter || character.isNumber {
                        tagName.append(character)
                    } else if character != "/" || !tagName.isEmpty {
                        readingTagName = false
                    }
                }
                continue
            }
            if var name = entity {
                if character == ";" {
                    append(decode(name), to: &text, pendingSpace: &pendingSpace)
                    entity = nil
                } else if name.count < 8 {
                    name.append(character)
                    entity = name
                } else {
                    append("&" + name, to: &text, pendingSpace: &pendingSpace)
                    entity = nil
                }
                continue
            }
            switch character {
            case "<":
                inTag = true
                tagName = ""
                readingTagName = true
            case "&": entity = ""
            case " ", "\n", "\t", "\r": pendingSpace = true
            default: append(String(character), to: &text, pendingSpace: &pendingSpace)
            }
            if text.utf8.count >= limit { break }
        }
        return text
    }

    private static let inlineTags: Set<String> = [
        "a", "em", "strong", "code", "del", "s", "b", "i", "u", "span", "sup", "sub", "small", "mark", "abbr", "time", "q",
    ]

    private static func append(_ piece: String, to text: inout String, pendingSpace: inout Bool) {
        if pendingSpace, !text.isEmpty { text.append(" ") }
        pendingSpace = false
        text += piece
    }

    private static func decode(_ name: String) -> String {
        switch name {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "#39", "apos": return "'"
        case "nbsp": return " "
        default:
            if name.hasPrefix("#x"), let code = UInt32(name.dropFirst(2), radix: 16), let scalar = Unicode.Scalar(code) { return String(scalar) }
            if name.hasPrefix("#"), let code = UInt32(name.dropFirst()), let scalar = Unicode.Scalar(code) { return String(scalar) }
            return "&\(name);"
        }
    }
}
