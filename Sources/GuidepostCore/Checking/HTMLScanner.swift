import Foundation

/// Finds the start tags of an HTML document without building a tree.
///
/// Enough of the HTML syntax for checking generated pages: attribute values in double quotes,
/// single quotes or none, character references in values, comments, doctype and closing tags,
/// and the raw text of `<script>`, `<style>`, `<textarea>` and `<title>`, whose `<` starts no
/// tag. It works on UTF-8 bytes: every byte that matters to the syntax is ASCII. A tag's name
/// and attributes are byte ranges of the document, made into strings only when asked for, so
/// that reading a page allocates little more than the values a check needs.
struct HTMLScanner {
    /// An attribute of the current tag: where its name is, and its value when it has one.
    struct Attribute {
        var name: Range<Int>
        /// nil for an attribute written without `=`.
        var value: Range<Int>?
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0
    /// The current tag's name and attributes, in the order written.
    private(set) var name: Range<Int> = 0..<0
    private(set) var attributes: [Attribute] = []

    /// Elements whose content is text up to their end tag, never markup.
    static let rawTextElements: [StaticString] = ["script", "style", "textarea", "title"]

    /// A scanner of `bytes`, which must stay valid while it is used.
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        attributes.reserveCapacity(8)
    }

    /// Every start tag of `html`, in document order.
    static func tags(in html: String) -> [HTMLTag] {
        var html = html
        return html.withUTF8 { bytes in
            var scanner = HTMLScanner(bytes)
            var tags: [HTMLTag] = []
            while scanner.nextTag() {
                tags.append(HTMLTag(
                    name: scanner.string(scanner.name, lowercased: true),
                    attributes: scanner.attributes.map { HTMLTag.Attribute(name: scanner.string($0.name, lowercased: true), value: scanner.value($0)) }
                ))
            }
            return tags
        }
    }

    // MARK: - Tags

    /// Moves to the next start tag, or returns false at the end of the document.
    mutating func nextTag() -> Bool {
        while let open = find(ASCII.lessThan, from: index) {
            index = open + 1
            guard index < bytes.count else { return false }
            let next = bytes[index]
            if starts(with: "!--", at: index) {
                // `<!-->` and `<!--->` are complete (empty) comments too.
                let end = find("-->", from: index + 1) ?? bytes.count
                index = min(end + 3, bytes.count)
            } else if next == ASCII.exclamation || next == ASCII.question || next == ASCII.slash {
                index = (find(ASCII.greaterThan, from: index) ?? bytes.count - 1) + 1
            } else if ASCII.isLetter(next) {
                readTag()
                for element in Self.rawTextElements where nameIs(element) {
                    skipRawText(of: element)
                    break
                }
                return true
            }
            // Any other `<` is text.
        }
        index = bytes.count
        return false
    }

    /// Whether the current tag is `lowercaseName`, in any case.
    func nameIs(_ lowercaseName: StaticString) -> Bool {
        equalsLowercased(name, lowercaseName)
    }

    /// The current tag's first attribute called `lowercaseName` (browsers keep the first when
    /// one is written twice), or nil.
    func attribute(_ lowercaseName: StaticString) -> Attribute? {
        attributes.first { equalsLowercased($0.name, lowercaseName) }
    }

    /// The value of `attribute` with character references decoded; `""` for one without `=`.
    func value(_ attribute: Attribute) -> String {
        guard let range = attribute.value else { return "" }
        return HTMLScanner.decodeCharacterReferences(string(range, lowercased: false))
    }

    /// The value of the current tag's attribute `lowercaseName`, or nil when it has none.
    func value(of lowercaseName: StaticString) -> String? {
        attribute(lowercaseName).map(value)
    }

    /// Reads a tag name and its attributes; `index` is on the name's first letter.
    private mutating func readTag() {
        let start = index
        skip { !ASCII.isSpace($0) && $0 != ASCII.slash && $0 != ASCII.greaterThan }
        name = start..<index
        attributes.removeAll(keepingCapacity: true)
        while index < bytes.count {
            skip { ASCII.isSpace($0) || $0 == ASCII.slash }
            guard index < bytes.count, bytes[index] != ASCII.greaterThan else { break }
            // The first character of a name may be anything, even `=`.
            let nameStart = index
            index += 1
            index = firstIndex(from: index) { ASCII.isSpace($0) || $0 == ASCII.slash || $0 == ASCII.greaterThan || $0 == ASCII.equals }
            var attribute = Attribute(name: nameStart..<index, value: nil)
            skip(ASCII.isSpace)
            if index < bytes.count, bytes[index] == ASCII.equals {
                index += 1
                skip(ASCII.isSpace)
                attribute.value = readValue()
            }
            attributes.append(attribute)
        }
        index = min(index + 1, bytes.count)
    }

    /// An attribute value in double quotes, single quotes, or none.
    private mutating func readValue() -> Range<Int> {
        guard index < bytes.count else { return index..<index }
        let quote = bytes[index]
        if quote == ASCII.doubleQuote || quote == ASCII.singleQuote {
            let start = index + 1
            let end = find(quote, from: start) ?? bytes.count
            index = min(end + 1, bytes.count)
            return start..<end
        }
        let start = index
        skip { !ASCII.isSpace($0) && $0 != ASCII.greaterThan }
        return start..<index
    }

    /// Moves past the content and end tag of a raw text element.
    private mutating func skipRawText(of name: StaticString) {
        // `</` and the name.
        let length = 2 + name.utf8CodeUnitCount
        while let open = find(ASCII.lessThan, from: index) {
            index = open + 1
            guard open + length <= bytes.count else { break }
            let after = open + length
            if bytes[open + 1] == ASCII.slash, equalsLowercased((open + 2)..<after, name),
               after == bytes.count || ASCII.isSpace(bytes[after]) || bytes[after] == ASCII.greaterThan || bytes[after] == ASCII.slash {
                index = (find(ASCII.greaterThan, from: after) ?? bytes.count - 1) + 1
                return
            }
        }
        index = bytes.count
    }

    // MARK: - Bytes

    /// The bytes in `range` as a string, ASCII letters lowercased when `lowercased`.
    func string(_ range: Range<Int>, lowercased: Bool) -> String {
        let slice = UnsafeBufferPointer(rebasing: bytes[range])
        guard lowercased, slice.contains(where: { $0 &- UInt8(ascii: "A") < 26 }) else { return String(decoding: slice, as: UTF8.self) }
        return String(decoding: slice.map(ASCII.lowercase), as: UTF8.self)
    }

    /// Whether the bytes in `range`, lowercased, are `lowercase`.
    private func equalsLowercased(_ range: Range<Int>, _ lowercase: StaticString) -> Bool {
        guard range.count == lowercase.utf8CodeUnitCount else { return false }
        return lowercase.withUTF8Buffer { needle in
            var offset = 0
            while offset < needle.count {
                if ASCII.lowercase(bytes[range.lowerBound + offset]) != needle[offset] { return false }
                offset += 1
            }
            return true
        }
    }

    private func find(_ byte: UInt8, from start: Int) -> Int? {
        guard start < bytes.count, let base = bytes.baseAddress, let found = memchr(base + start, Int32(byte), bytes.count - start) else { return nil }
        return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
    }

    private func find(_ text: StaticString, from start: Int) -> Int? {
        let first = text.withUTF8Buffer { $0[0] }
        var position = start
        while let candidate = find(first, from: position) {
            if starts(with: text, at: candidate) { return candidate }
            position = candidate + 1
        }
        return nil
    }

    private func starts(with text: StaticString, at position: Int) -> Bool {
        text.withUTF8Buffer { needle in
            guard position + needle.count <= bytes.count else { return false }
            return needle.indices.allSatisfy { bytes[position + $0] == needle[$0] }
        }
    }

    private func firstIndex(from start: Int, where predicate: (UInt8) -> Bool) -> Int {
        var position = start
        while position < bytes.count, !predicate(bytes[position]) { position += 1 }
        return position
    }

    private mutating func skip(_ predicate: (UInt8) -> Bool) {
        index = firstIndex(from: index) { !predicate($0) }
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
        byte &- UInt8(ascii: "A") < 26 ? byte | 0x20 : byte
    }
}
