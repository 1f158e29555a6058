extension JSONParser {
    // MARK: - Strings

    /// Reads the string whose opening quote is at `index` (and `start`), decoding its escapes.
    mutating func readString(from start: TextPosition) throws(Diagnostic) -> String {
        index += 1
        var segment = index
        var decoded: [UInt8] = []
        var hasEscapes = false
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let text: String
                if hasEscapes {
                    decoded.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[segment..<index]))
                    text = String(decoding: decoded, as: UTF8.self)
                } else {
                    text = bytes.text(segment..<index)
                }
                index += 1
                return text
            } else if byte == UInt8(ascii: "\\") {
                hasEscapes = true
                decoded.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[segment..<index]))
                try readEscape(into: &decoded, string: start)
                segment = index
            } else if byte < 0x20 {
                throw controlCharacter(byte, string: start)
            } else {
                index += 1
            }
        }
        throw positions.error("unterminated string: the file ends before its closing '\"'", at: start, file: file)
    }

    /// Decodes the escape whose backslash is at `index`.
    private mutating func readEscape(into decoded: inout [UInt8], string start: TextPosition) throws(Diagnostic) {
        let backslash = index
        index += 1
        guard index < bytes.count else {
            throw positions.error("unterminated string: the file ends before its closing '\"'", at: start, file: file)
        }
        let letter = bytes[index]
        index += 1
        switch letter {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): decoded.append(letter)
        case UInt8(ascii: "b"): decoded.append(0x08)
        case UInt8(ascii: "f"): decoded.append(0x0C)
        case UInt8(ascii: "n"): decoded.append(0x0A)
        case UInt8(ascii: "r"): decoded.append(0x0D)
        case UInt8(ascii: "t"): decoded.append(0x09)
        case UInt8(ascii: "u"):
            guard let unit = hexQuad(at: index) else {
                throw positions.error("invalid escape '\\u': it must be followed by four hexadecimal digits, as in \\u00E9", at: backslash, file: file)
            }
            index += 4
            var value = unit
            if (0xD800..<0xDC00).contains(unit) {
                // A scalar past U+FFFF is written as two escapes, a surrogate pair.
                guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u"),
                      let low = hexQuad(at: index + 2), (0xDC00..<0xE000).contains(low)
                else {
                    throw positions.error(
                        "'\\u\(hex4(unit))' is the first half of a surrogate pair, and no second half (\\uDC00 to \\uDFFF) follows it",
                        at: backslash, file: file
                    )
                }
                index += 6
                value = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
            } else if (0xDC00..<0xE000).contains(unit) {
                throw positions.error("'\\u\(hex4(unit))' is the second half of a surrogate pair, without its first half", at: backslash, file: file)
            }
            guard let scalar = Unicode.Scalar(value) else {
                throw positions.error("invalid escape '\\u\(hex4(unit))'", at: backslash, file: file)
            }
            UTF8.encode(scalar) { decoded.append($0) }
        default:
            let scalar = scalar(at: index - 1)
            let written = isVisible(scalar) ? "'\\\(scalar)'" : "'\\' followed by \(describe(scalar))"
            throw positions.error("invalid escape \(written); a backslash in text is written \\\\", at: backslash, file: file)
        }
    }

    /// The error for a control character in a string: a line break most likely means the
    /// closing quote is missing.
    private mutating func controlCharacter(_ byte: UInt8, string start: TextPosition) -> Diagnostic {
        switch byte {
        case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
            positions.error(
                "unterminated string: no closing '\"' before the end of the line (a line break inside text is written \\n)",
                at: start, file: file
            )
        case UInt8(ascii: "\t"):
            positions.error("a tab in a string; write it as \\t", at: index, file: file)
        default:
            positions.error(
                "control character \(describe(Unicode.Scalar(byte))) in a string; write it as \\u\(hex4(UInt32(byte))) or leave it out",
                at: index, file: file
            )
        }
    }

    /// The value of four hexadecimal digits at `offset`, or nil.
    private func hexQuad(at offset: Int) -> UInt32? {
        guard offset + 4 <= bytes.count else { return nil }
        var value: UInt32 = 0
        for byte in bytes[offset..<(offset + 4)] {
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }

    // MARK: - Numbers and words

    /// Reads the number at `index` (and `start`) and returns it as written.
    mutating func readNumber(from start: TextPosition) throws(Diagnostic) -> String {
        let begin = index
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard digit(at: index) else { throw invalidNumber(from: start, offset: begin) }
        if bytes[index] == UInt8(ascii: "0") { index += 1 } else { skipDigits() }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard digit(at: index) else { throw invalidNumber(from: start, offset: begin) }
            skipDigits()
        }
        if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard digit(at: index) else { throw invalidNumber(from: start, offset: begin) }
            skipDigits()
        }
        // `012`, `1.2.3`, `12abc`, `19:30`: one mistaken token, reported whole.
        if index < bytes.count, isNumberPart(bytes[index]) { throw invalidNumber(from: start, offset: begin) }
        return bytes.text(begin..<index)
    }

    /// The error for a number written wrongly, starting at `offset` (and `start`).
    func invalidNumber(from start: TextPosition, offset: Int) -> Diagnostic {
        var end = offset
        while end < bytes.count, isNumberPart(bytes[end]) { end += 1 }
        let token = shortened(bytes.text(offset..<end))
        let digits = token.drop { $0 == "-" }
        let reason = digits.count > 1 && digits.first == "0" && digits.dropFirst().first?.isNumber == true
            ? " (it starts with 0 followed by more digits)" : ""
        return positions.error(
            "'\(token)' is not a valid number\(reason); if it is text or a code, write it in double quotes: \"\(token)\"",
            at: start, file: file
        )
    }

    /// Reads `true`, `false` or `null` at `index`.
    mutating func readWord(from start: TextPosition) throws(Diagnostic) -> JSONNode.Value {
        let word = wordAt(index)
        switch word {
        case "true": index += 4; return .bool(true)
        case "false": index += 5; return .bool(false)
        case "null": index += 4; return .null
        default:
            let shown = shortened(word)
            if ["true", "false", "null"].contains(word.lowercased()) {
                throw positions.error("'\(shown)' is not a JSON value; write it in lower case: \(word.lowercased())", at: start, file: file)
            }
            throw positions.error("unexpected word '\(shown)'; text is written in double quotes: \"\(shown)\"", at: start, file: file)
        }
    }

    /// The run of ASCII letters, digits and `_` at `offset`.
    func wordAt(_ offset: Int) -> String {
        var end = offset
        while end < bytes.count {
            switch bytes[end] {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"):
                end += 1
            default:
                return bytes.text(offset..<end)
            }
        }
        return bytes.text(offset..<end)
    }

    private func digit(at offset: Int) -> Bool {
        offset < bytes.count && (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[offset])
    }

    private mutating func skipDigits() {
        while digit(at: index) { index += 1 }
    }

    /// Whether `byte` belongs to a token that starts like a number. Nothing of these may follow
    /// a number in JSON, and a time or date (`19:30`, `12/05`) is reported whole.
    private func isNumberPart(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "."), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: ":"), UInt8(ascii: "/"):
            true
        default:
            false
        }
    }

    // MARK: - Describing characters

    /// What is at `index`, for "found ..." in messages.
    func found() -> String {
        guard index < bytes.count else { return "the end of the file" }
        let scalar = scalar(at: index)
        return isVisible(scalar) ? "'\(scalar)'" : describe(scalar)
    }

    /// The scalar that starts at `offset`.
    func scalar(at offset: Int) -> Unicode.Scalar {
        let end = min(bytes.count, offset + 4)
        return bytes.text(offset..<end).unicodeScalars.first ?? "\u{FFFD}"
    }

    /// Whether `scalar` shows as itself between quotes: not white space, a control or format
    /// character, or a combining mark (which would join the quote before it).
    func isVisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .format, .spaceSeparator, .lineSeparator, .paragraphSeparator, .unassigned, .surrogate, .privateUse,
             .nonspacingMark, .spacingMark, .enclosingMark:
            false
        default:
            true
        }
    }

    /// `U+00A0 (no-break space)`: the code point, and its name when it has a common one.
    func describe(_ scalar: Unicode.Scalar) -> String {
        let names: [UInt32: String] = [
            0x09: "tab", 0x0A: "line feed", 0x20: "space", 0xA0: "no-break space", 0x200B: "zero-width space",
            0x2028: "line separator", 0x2029: "paragraph separator", 0xFEFF: "byte order mark",
        ]
        guard let name = names[scalar.value] else { return YAMLSource.describe(scalar) }
        return "U+\(hex4(scalar.value)) (\(name))"
    }

    /// At least four uppercase hexadecimal digits.
    func hex4(_ value: UInt32) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// `text`, cut after 40 characters with "...", for quoting in a message.
    func shortened(_ text: String) -> String {
        text.count > 40 ? text.prefix(40) + "..." : text
    }
}
