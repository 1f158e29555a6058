/// Finds the start tags of an HTML document without building a tree.
///
/// Enough of the HTML syntax for checking generated pages: attribute values in double quotes,
/// single quotes or none, character references in values, comments, doctype and closing tags,
/// and the raw text of `<script>`, `<style>`, `<textarea>` and `<title>`, whose `<` starts no
/// tag. It works on UTF-8 bytes: every byte that matters to the syntax is ASCII.
struct HTMLScanner {
    private let bytes: [UInt8]
    private var index = 0

    /// Elements whose content is text up to their end tag, never markup.
    static let rawTextElements: Set<String> = ["script", "style", "textarea", "title"]

    init(_ html: String) {
        bytes = Array(html.utf8)
    }

    /// Every start tag of `html`, in document order.
    static func tags(in html: String) -> [HTMLTag] {
        var scanner = HTMLScanner(html)
        var tags: [HTMLTag] = []
        while let tag = scanner.nextTag() {
            tags.append(tag)
        }
        return tags
    }

    // MARK: - Tags

    /// The next start tag, or nil at the end of the document.
    mutating func nextTag() -> HTMLTag? {
        while let open = find(ASCII.lessThan, from: index) {
            index = open + 1
            guard index < bytes.count else { return nil }
            let next = bytes[index]
            if starts(with: "!--", at: index) {
                // `<!-->` and `<!--->` are complete (empty) comments too.
                let end = find("-->", from: index + 1) ?? bytes.count
                index = min(end + 3, bytes.count)
            } else if next == ASCII.exclamation || next == ASCII.question || next == ASCII.slash {
                index = (find(ASCII.greaterThan, from: index) ?? bytes.count - 1) + 1
            } else if ASCII.isLetter(next) {
                let tag = readTag()
                if Self.rawTextElements.contains(tag.name) { skipRawText(of: tag.name) }
                return tag
            }
            // Any other `<` is text.
        }
        index = bytes.count
        return nil
    }

    /// Reads a tag name and its attributes; `index` is on the name's first letter.
    private mutating func readTag() -> HTMLTag {
        let name = lowercased(readWhile { !ASCII.isSpace($0) && $0 != ASCII.slash && $0 != ASCII.greaterThan })
        var attributes: [HTMLTag.Attribute] = []
        while index < bytes.count {
            skip { ASCII.isSpace($0) || $0 == ASCII.slash }
            guard index < bytes.count, bytes[index] != ASCII.greaterThan else { break }
            // The first character of a name may be anything, even `=`.
            let start = index
            index += 1
            index = firstIndex(from: index) { ASCII.isSpace($0) || $0 == ASCII.slash || $0 == ASCII.greaterThan || $0 == ASCII.equals }
            let attributeName = lowercased(bytes[start..<index])
            skip(ASCII.isSpace)
            var value = ""
            if index < bytes.count, bytes[index] == ASCII.equals {
                index += 1
                skip(ASCII.isSpace)
                value = HTMLScanner.decodeCharacterReferences(readValue())
            }
            attributes.append(HTMLTag.Attribute(name: attributeName, value: value))
        }
        index = min(index + 1, bytes.count)
        return HTMLTag(name: name, attributes: attributes)
    }

    /// An attribute value in double quotes, single quotes, or none.
    private mutating func readValue() -> String {
        guard index < bytes.count else { return "" }
        let quote = bytes[index]
        if quote == ASCII.doubleQuote || quote == ASCII.singleQuote {
            let start = index + 1
            let end = find(quote, from: start) ?? bytes.count
            index = min(end + 1, bytes.count)
            return String(decoding: bytes[start..<end], as: UTF8.self)
        }
        return String(decoding: readWhile { !ASCII.isSpace($0) && $0 != ASCII.greaterThan }, as: UTF8.self)
    }

    /// Moves past the content and end tag of a raw text element.
    private mutating func skipRawText(of name: String) {
        let endTag = Array("</\(name)".utf8)
        while let open = find(ASCII.lessThan, from: index) {
            index = open + 1
            guard open + endTag.count <= bytes.count else { break }
            let candidate = bytes[open..<(open + endTag.count)].map(ASCII.lowercase)
            let after = open + endTag.count
            if candidate.elementsEqual(endTag), after == bytes.count || ASCII.isSpace(bytes[after]) || bytes[after] == ASCII.greaterThan || bytes[after] == ASCII.slash {
                index = (find(ASCII.greaterThan, from: after) ?? bytes.count - 1) + 1
                return
            }
        }
        index = bytes.count
    }

    // MARK: - Bytes

    private func find(_ byte: UInt8, from start: Int) -> Int? {
        var position = start
        while position < bytes.count {
            if bytes[position] == byte { return position }
            position += 1
        }
        return nil
    }

    private func find(_ text: String, from start: Int) -> Int? {
        let needle = Array(text.utf8)
        var position = start
        while let candidate = find(needle[0], from: position) {
            if starts(with: text, at: candidate) { return candidate }
            position = candidate + 1
        }
        return nil
    }

    private func starts(with text: String, at position: Int) -> Bool {
        let needle = text.utf8
        guard position + needle.count <= bytes.count else { return false }
        return bytes[position..<(position + needle.count)].elementsEqual(needle)
    }

    private func firstIndex(from start: Int, where predicate: (UInt8) -> Bool) -> Int {
        var position = start
        while position < bytes.count, !predicate(bytes[position]) { position += 1 }
        return position
    }

    private mutating func skip(_ predicate: (UInt8) -> Bool) {
        index = firstIndex(from: index) { !predicate($0) }
    }

    private mutating func readWhile(_ predicate: (UInt8) -> Bool) -> ArraySlice<UInt8> {
        let start = index
        skip(predicate)
        return bytes[start..<index]
    }

    private func lowercased(_ slice: ArraySlice<UInt8>) -> String {
        String(decoding: slice.map(ASCII.lowercase), as: UTF8.self)
    }
}

/// The ASCII bytes the scanner looks at.
private enum ASCII {
    static let lessThan = UInt8(ascii: "<")
    static let greaterThan = UInt8(ascii: ">")
    static let slash = UInt8(ascii: "/")
    static let exclamation = UInt8(ascii: "!")
    static let question = UInt8(ascii: "?")
    static let equals = UInt8(ascii: "=")
    static let doubleQuote = UInt8(ascii: "\"")
    static let singleQuote = UInt8(ascii: "'")

    static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
    }

    /// HTML's ASCII whitespace: space, tab, line feed, form feed, carriage return.
    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
    }

    static func lowercase(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
    }
}
