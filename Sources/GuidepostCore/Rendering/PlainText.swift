/// The readable text of an HTML fragment, for search: tags dropped, common entities decoded,
/// white space collapsed.
enum PlainText {
    /// `limit` is in UTF-8 bytes, roughly: the text stops once it is that long.
    static func of(html: String, limit: Int = .max) -> String {
        // Tags, entities and white space are ASCII, so the HTML is read byte by byte; the bytes
        // of other characters are copied whole.
        var text: [UInt8] = []
        text.reserveCapacity(min(html.utf8.count, limit))
        var inTag = false
        var tagName: [UInt8] = []
        var readingTagName = false
        var pendingSpace = false
        var entity: [UInt8]?
        var checkLimit = false
        for byte in html.utf8 {
            let startsCharacter = byte & 0xC0 != 0x80
            if startsCharacter {
                if checkLimit, text.count >= limit { break }
                checkLimit = false
            }
            if inTag {
                if byte == UInt8(ascii: ">") {
                    inTag = false
                    // Inline elements (links, emphasis, code) join the text around them.
                    if !inlineTags.contains(tagName) { pendingSpace = true }
                } else if readingTagName {
                    if isLetterOrDigit(byte) {
                        tagName.append(byte)
                    } else if byte != UInt8(ascii: "/") || !tagName.isEmpty {
                        readingTagName = false
                    }
                }
                continue
            }
            if var name = entity {
                if byte == UInt8(ascii: ";") {
                    append(decode(name), to: &text, pendingSpace: &pendingSpace)
                    entity = nil
                } else if name.count < 8 {
                    name.append(byte)
                    entity = name
                } else {
                    append([UInt8(ascii: "&")] + name, to: &text, pendingSpace: &pendingSpace)
                    entity = nil
                }
                continue
            }
            switch byte {
            case UInt8(ascii: "<"):
                inTag = true
                tagName.removeAll(keepingCapacity: true)
                readingTagName = true
            case UInt8(ascii: "&"): entity = []
            case UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\t"), UInt8(ascii: "\r"): pendingSpace = true
            default:
                if startsCharacter, pendingSpace, !text.isEmpty { text.append(UInt8(ascii: " ")) }
                if startsCharacter { pendingSpace = false }
                text.append(byte)
            }
            checkLimit = true
        }
        return String(decoding: text, as: UTF8.self)
    }

    private static func isLetterOrDigit(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
    }

    private static let inlineTags: Set<[UInt8]> = Set([
        "a", "em", "strong", "code", "del", "s", "b", "i", "u", "span", "sup", "sub", "small", "mark", "abbr", "time", "q",
    ].map { Array($0.utf8) })

    private static func append(_ piece: [UInt8], to text: inout [UInt8], pendingSpace: inout Bool) {
        if pendingSpace, !text.isEmpty { text.append(UInt8(ascii: " ")) }
        pendingSpace = false
        text += piece
    }

    private static func decode(_ bytes: [UInt8]) -> [UInt8] {
        Array(decode(String(decoding: bytes, as: UTF8.self)).utf8)
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
