/// The state of one `JSONReader.parse`: the bytes, where reading has got to, and the lists and
/// objects still open, on an explicit stack so that deep nesting cannot overflow the call stack.
struct JSONParser {
    let bytes: UnsafeBufferPointer<UInt8>
    let file: String
    var positions: LinePositions
    var index: Int
    /// The items and members read so far of every open list and object, the innermost last: a
    /// container's are moved into an array of their own, allocated once, when it closes.
    private var items: [JSONNode] = []
    private var members: [JSONMember] = []

    /// A list or object being read.
    struct Container {
        var isObject: Bool
        /// The place of its `[` or `{`.
        var start: TextPosition
        /// Where its items or members start in `items` or `members`.
        var first: Int
    }

    init(bytes: UnsafeBufferPointer<UInt8>, file: String) {
        self.bytes = bytes
        self.file = file
        index = bytes.byteOrderMarkLength
        positions = LinePositions(bytes, start: index)
    }

    /// Reads the file's one value and checks that nothing but white space follows it.
    mutating func parseDocument() throws(Diagnostic) -> JSONNode {
        skipWhitespace()
        guard index < bytes.count else {
            // No line to quote: the file is empty or blank.
            throw Diagnostic(.error, at: SourceLocation(file: file, line: 1, column: 1), "the file is empty: it holds no JSON value")
        }
        var stack: [Container] = []
        var node: JSONNode
        reading: while true {
            // A value starts at `index`: read it whole, or open a container and go on to its
            // first item or key.
            let start = positions.position(at: index)
            switch bytes[index] {
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                let isObject = bytes[index] == UInt8(ascii: "{")
                guard stack.count < JSONReader.nestingLimit else {
                    throw positions.error("lists and objects nested more than \(JSONReader.nestingLimit) levels deep", at: start, file: file)
                }
                let container = Container(isObject: isObject, start: start, first: isObject ? members.count : items.count)
                index += 1
                try skipToContent(ofObject: isObject, openedAt: start)
                if bytes[index] == UInt8(ascii: isObject ? "}" : "]") {
                    index += 1
                    node = JSONNode(isObject ? .object([]) : .array([]), line: start.line, column: start.column)
                } else {
                    if isObject { try readKey(openedAt: start) }
                    stack.append(container)
                    continue reading
                }
            case UInt8(ascii: "\""):
                node = JSONNode(.string(try readString(from: start)), line: start.line, column: start.column)
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                node = JSONNode(.number(try readNumber(from: start)), line: start.line, column: start.column)
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
                node = JSONNode(try readWord(from: start), line: start.line, column: start.column)
            default:
                throw unexpectedValueStart(at: start)
            }

            // A value is complete: it joins its container, which may be complete in turn.
            while let top = stack.indices.last {
                if stack[top].isObject {
                    // The member was added with its key, and gets its value.
                    members[members.count - 1].value = node
                    try skipToContent(ofObject: true, openedAt: stack[top].start)
                    switch bytes[index] {
                    case UInt8(ascii: ","):
                        try readComma(closing: UInt8(ascii: "}"), openedAt: stack[top].start)
                        try readKey(openedAt: stack[top].start)
                        continue reading
                    case UInt8(ascii: "}"):
                        index += 1
                        let object = stack.removeLast()
                        node = JSONNode(.object(Array(members[object.first...])), line: object.start.line, column: object.start.column)
                        members.removeSubrange(object.first...)
                    default:
                        let key = members[members.count - 1].key
                        throw positions.error("expected ',' or '}' after the value of \(quoted(key)), found \(found())", at: index, file: file)
                    }
                } else {
                    items.append(node)
                    try skipToContent(ofObject: false, openedAt: stack[top].start)
                    switch bytes[index] {
                    case UInt8(ascii: ","):
                        try readComma(closing: UInt8(ascii: "]"), openedAt: stack[top].start)
                        continue reading
                    case UInt8(ascii: "]"):
                        index += 1
                        let list = stack.removeLast()
                        node = JSONNode(.array(Array(items[list.first...])), line: list.start.line, column: list.start.column)
                        items.removeSubrange(list.first...)
                    default:
                        throw positions.error("expected ',' or ']' after a list item, found \(found())", at: index, file: file)
                    }
                }
            }
            break reading
        }
        skipWhitespace()
        guard index == bytes.count else {
            let what = switch node.value {
            case .array: "list"
            case .object: "object"
            default: "value"
            }
            throw positions.error("unexpected text after the end of the \(what)", at: index, file: file)
        }
        return node
    }

    // MARK: - Structure

    /// Skips white space, noting line breaks.
    mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"):
                index += 1
            case UInt8(ascii: "\n"):
                index += 1
                positions.startLine(at: index)
            case UInt8(ascii: "\r"):
                index += 1
                if index < bytes.count, bytes[index] == UInt8(ascii: "\n") { index += 1 }
                positions.startLine(at: index)
            default:
                return
            }
        }
    }

    /// Skips white space inside the list or object opened at `start`; the end of the file there
    /// means it is never closed.
    mutating func skipToContent(ofObject isObject: Bool, openedAt start: TextPosition) throws(Diagnostic) {
        skipWhitespace()
        guard index < bytes.count else {
            let message = isObject
                ? "this object is never closed: the file ends before its '}'"
                : "this list is never closed: the file ends before its ']'"
            throw positions.error(message, at: start, file: file)
        }
    }

    /// Reads the `,` at `index` and the white space after it; a `closer` there is a trailing comma.
    mutating func readComma(closing closer: UInt8, openedAt start: TextPosition) throws(Diagnostic) {
        let comma = positions.position(at: index)
        index += 1
        try skipToContent(ofObject: closer == UInt8(ascii: "}"), openedAt: start)
        if bytes[index] == closer {
            throw positions.error("trailing comma before '\(Character(Unicode.Scalar(closer)))'; remove the comma", at: comma, file: file)
        }
    }

    /// Reads a key of the object opened at `objectStart`, its `:` and the white space up to its
    /// value, and adds a member with that key and a value to be filled in.
    mutating func readKey(openedAt objectStart: TextPosition) throws(Diagnostic) {
        let start = positions.position(at: index)
        guard bytes[index] == UInt8(ascii: "\"") else { throw unexpectedKeyStart(at: start) }
        let key = try readString(from: start)
        try skipToContent(ofObject: true, openedAt: objectStart)
        guard bytes[index] == UInt8(ascii: ":") else {
            throw positions.error("expected ':' after the key \(quoted(key)), found \(found())", at: index, file: file)
        }
        index += 1
        try skipToContent(ofObject: true, openedAt: objectStart)
        members.append(JSONMember(key: key, line: start.line, column: start.column, value: JSONNode(.null, line: 0, column: 0)))
    }

    // MARK: - Errors

    /// Where a value should start: what is there instead.
    mutating func unexpectedValueStart(at start: TextPosition) -> Diagnostic {
        switch bytes[index] {
        case UInt8(ascii: "'"):
            positions.error("text is written in double quotes (\"...\"), not single quotes", at: start, file: file)
        case UInt8(ascii: "/"):
            positions.error("comments are not allowed in JSON", at: start, file: file)
        case UInt8(ascii: "+"), UInt8(ascii: "."):
            invalidNumber(from: start, offset: index)
        default:
            isCurlyQuote(at: index)
                ? positions.error("text is written in straight double quotes (\"...\"), not curly quotes", at: start, file: file)
                : positions.error("expected a value, found \(found())", at: start, file: file)
        }
    }

    /// Where a key should start: what is there instead.
    mutating func unexpectedKeyStart(at start: TextPosition) -> Diagnostic {
        let word = wordAt(index)
        if !word.isEmpty {
            return positions.error("a key is written in double quotes: \(quoted(word))", at: start, file: file)
        }
        if bytes[index] == UInt8(ascii: "'") {
            return positions.error("a key is written in double quotes (\"...\"), not single quotes", at: start, file: file)
        }
        if isCurlyQuote(at: index) {
            return positions.error("a key is written in straight double quotes (\"...\"), not curly quotes", at: start, file: file)
        }
        if bytes[index] == UInt8(ascii: "/") {
            return positions.error("comments are not allowed in JSON", at: start, file: file)
        }
        return positions.error("expected a key in double quotes, found \(found())", at: start, file: file)
    }

    /// Whether a word processor's quote (U+2018 to U+201D, `‘’‚‛“”`) is at `offset`.
    func isCurlyQuote(at offset: Int) -> Bool {
        // In UTF-8: E2 80 98 to E2 80 9D.
        offset + 2 < bytes.count && bytes[offset] == 0xE2 && bytes[offset + 1] == 0x80 && (0x98...0x9D).contains(bytes[offset + 2])
    }

    /// `text` as JSON writes it (cut when long), for messages.
    func quoted(_ text: String) -> String {
        var escaped = "\""
        for scalar in shortened(text).unicodeScalars {
            switch scalar {
            case "\"": escaped += "\\\""
            case "\\": escaped += "\\\\"
            case "\n": escaped += "\\n"
            case "\t": escaped += "\\t"
            default: escaped += scalar.value < 0x20 ? "\\u" + hex4(scalar.value) : String(scalar)
            }
        }
        return escaped + "\""
    }
}
