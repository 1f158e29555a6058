import GuidepostMarkdown

/// Finds phone numbers in one line of Markdown: North American numbers written with
/// separators (`1-800-662-4357`, `(800) 662-4357`, `800.662.4357`, `+1 800 662 4357`),
/// international numbers (`+44 20 7946 0958`, 8 digits or more), and the numbers of
/// `tel:` and `sms:` links.
///
/// Digits inside other link addresses are not numbers (`/groups/2024-05-01-news/`), and
/// neither are three-digit service codes such as 988 and 911.
struct PhoneNumberScanner {
    private let scalars: [Unicode.Scalar]
    /// Positions inside a link address.
    private var inAddress: [Bool]

    init(line: String) {
        scalars = Array(line.unicodeScalars)
        inAddress = Array(repeating: false, count: scalars.count)
    }

    /// Every number of `line`, in order.
    static func numbers(in line: String) -> [PhoneNumber] {
        guard mayHoldNumbers(line.utf8[...]) else { return [] }
        var scanner = PhoneNumberScanner(line: line)
        let dialled = scanner.markAddresses()
        return (dialled + scanner.writtenNumbers()).sorted { $0.column < $1.column }
    }

    /// Whether a line, as UTF-8, may hold a number: a `tel:` or `sms:` address, or 8 digits or
    /// more with only separators between them (a number written in text has at least 8). Most
    /// lines, digits of addresses such as `/news/2026-05-01/a12/` included, need no scan.
    static func mayHoldNumbers(_ line: Substring.UTF8View) -> Bool {
        var shape = NumberShape()
        for byte in line where shape.read(byte) { return true }
        return false
    }

    /// The lines of `text` that may hold a number (as `mayHoldNumbers` decides), with their
    /// 0-based index, found in one pass over its bytes: the other lines are never made into text.
    static func linesThatMayHoldNumbers(in text: String) -> [(index: Int, line: String)] {
        var text = text
        return text.withUTF8 { bytes in
            var lines: [(index: Int, line: String)] = []
            var shape = NumberShape()
            var index = 0, lineStart = 0, position = 0
            while position < bytes.count {
                let byte = bytes[position]
                if byte == UInt8(ascii: "\n") {
                    index += 1
                    lineStart = position + 1
                    shape = NumberShape()
                } else if shape.read(byte) {
                    var end = position
                    while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
                    lines.append((index, String(decoding: UnsafeBufferPointer(rebasing: bytes[lineStart..<end]), as: UTF8.self)))
                    position = end
                    continue
                }
                position += 1
            }
            return lines
        }
    }

    /// Reads a line byte by byte for the shape of a number: a run of digits and separators,
    /// or the end of `tel:` or `sms:`.
    private struct NumberShape {
        var runDigits = 0
        // The three bytes before the current one, lowercased where they are letters.
        var first: UInt8 = 0, second: UInt8 = 0, third: UInt8 = 0

        /// Reads the next byte; true once the line may hold a number.
        mutating func read(_ byte: UInt8) -> Bool {
            if byte &- UInt8(ascii: "0") < 10 {
                runDigits += 1
                if runDigits >= 8 { return true }
            } else if byte == UInt8(ascii: ":") {
                // `tel:` or `sms:`, in any case.
                if (first, second, third) == (UInt8(ascii: "t"), UInt8(ascii: "e"), UInt8(ascii: "l"))
                    || (first, second, third) == (UInt8(ascii: "s"), UInt8(ascii: "m"), UInt8(ascii: "s")) { return true }
                runDigits = 0
            } else if !Self.isSeparator(byte) {
                runDigits = 0
            }
            (first, second, third) = (second, third, byte | 0x20)
            return false
        }

        /// What may stand between the digits of a number written in text: ` -.()+/` and tab.
        static func isSeparator(_ byte: UInt8) -> Bool {
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "+"),
                 UInt8(ascii: "/"), UInt8(ascii: "\t"):
                return true
            default:
                return false
            }
        }
    }

    // MARK: - Link addresses

    /// Marks the addresses of links, images, autolinks, bare URLs, reference definitions and
    /// raw HTML attributes, and returns the numbers of the `tel:` and `sms:` ones.
    private mutating func markAddresses() -> [PhoneNumber] {
        var dialled: [PhoneNumber] = []
        func mark(_ range: Range<Int>) {
            guard !range.isEmpty else { return }
            for position in range { inAddress[position] = true }
            dialled += numbers(inAddress: range)
        }
        // `[text]: address` at the start of a line.
        let indent = scalars.prefix { $0 == " " }.count
        if indent <= 3, at(indent) == "[", let close = firstIndex(of: "]", from: indent), at(close + 1) == ":" {
            let start = skipSpaces(from: close + 2)
            mark(start..<firstIndex(from: start) { $0 == " " || $0 == "\t" })
        }
        var position = 0
        while position < scalars.count {
            var end = position + 1
            if scalars[position] == "]", at(position + 1) == "(" {
                let start = skipSpaces(from: position + 2)
                end = inlineAddressEnd(from: start)
                // `(<tel:+18006624357>)`: the address is inside the angle brackets.
                mark(at(start) == "<" ? (start + 1)..<max(start + 1, end - 1) : start..<end)
            } else if scalars[position] == "<", let close = autolinkEnd(from: position + 1) {
                mark(position + 1..<close)
                end = close + 1
            } else if "hHwW".unicodeScalars.contains(scalars[position]), startsWord(at: position),
                      starts(with: "http://", at: position) || starts(with: "https://", at: position) || starts(with: "www.", at: position) {
                end = firstIndex(from: position) { $0 == " " || $0 == "\t" || $0 == "<" || $0 == ")" || $0 == "\"" }
                mark(position..<end)
            } else if scalars[position] == "=", at(position + 1) == "\"" || at(position + 1) == "'", let quote = at(position + 1) {
                let start = position + 2
                end = firstIndex(of: quote, from: start) ?? scalars.count
                mark(start..<end)
            }
            position = max(end, position + 1)
        }
        return dialled
    }

    /// The end of an inline link's address that starts at `start`: `(<a b>)` or `(a(b)c "title")`.
    private func inlineAddressEnd(from start: Int) -> Int {
        if at(start) == "<" { return (firstIndex(of: ">", from: start + 1) ?? scalars.count - 1) + 1 }
        var depth = 0
        var position = start
        while position < scalars.count {
            switch scalars[position] {
            case "\\": position += 1
            case "(": depth += 1
            case ")" where depth == 0: return position
            case ")": depth -= 1
            case " ", "\t": return position
            default: break
            }
            position += 1
        }
        return scalars.count
    }

    /// The position of the `>` closing an autolink `<scheme:...>` whose scheme starts at `start`.
    private func autolinkEnd(from start: Int) -> Int? {
        let schemeEnd = firstIndex(from: start) { !($0.properties.isAlphabetic && $0.isASCII) }
        guard schemeEnd - start >= 2, at(schemeEnd) == ":" else { return nil }
        let close = firstIndex(from: schemeEnd) { $0 == ">" || $0 == " " || $0 == "<" }
        return at(close) == ">" ? close : nil
    }

    /// The number of a `tel:` or `sms:` address in `range`, if it is one.
    private func numbers(inAddress range: Range<Int>) -> [PhoneNumber] {
        let scheme = String(String.UnicodeScalarView(scalars[range].prefix(4))).lowercased()
        guard scheme == "tel:" || scheme == "sms:" else { return [] }
        // `sms:+15551234567,+15557654321?body=hello`: recipients up to the first parameter.
        let recipients = scalars[(range.lowerBound + 4)..<range.upperBound].prefix { $0 != "?" && $0 != ";" && $0 != "\"" && $0 != "'" }
        return recipients.split(separator: ",").compactMap { part in
            let number = PhoneNumber(text: String(String.UnicodeScalarView(part)), column: part.startIndex + 1)
            // Three digits or fewer: a service code (911, 988, 211), never a commercial line.
            return number.digits.count > 3 ? number : nil
        }
    }

    // MARK: - Numbers in text

    /// The numbers written outside link addresses, as `PhoneNumberPattern` (which the build's
    /// phone links use too) finds them.
    private func writtenNumbers() -> [PhoneNumber] {
        let pattern = PhoneNumberPattern(scalars: scalars)
        var numbers: [PhoneNumber] = []
        var position = 0
        while position < scalars.count {
            if !inAddress[position], let end = pattern.numberEnd(at: position) {
                numbers.append(PhoneNumber(text: String(String.UnicodeScalarView(scalars[position..<end])), column: position + 1))
                position = end
            } else {
                position += 1
            }
        }
        return numbers
    }

    // MARK: - Scalars

    private func at(_ position: Int) -> Unicode.Scalar? {
        position >= 0 && position < scalars.count ? scalars[position] : nil
    }

    private func startsWord(at position: Int) -> Bool {
        position == 0 || !scalars[position - 1].properties.isAlphabetic
    }

    /// Whether the lowercase ASCII `text` is written at `position`, in any case.
    private func starts(with text: StaticString, at position: Int) -> Bool {
        guard position + text.utf8CodeUnitCount <= scalars.count else { return false }
        return text.withUTF8Buffer { needle in
            needle.indices.allSatisfy { offset in
                let value = scalars[position + offset].value
                return (value >= 0x41 && value <= 0x5A ? value + 0x20 : value) == UInt32(needle[offset])
            }
        }
    }

    private func firstIndex(of scalar: Unicode.Scalar, from start: Int) -> Int? {
        let position = firstIndex(from: start) { $0 == scalar }
        return position < scalars.count ? position : nil
    }

    private func firstIndex(from start: Int, where predicate: (Unicode.Scalar) -> Bool) -> Int {
        var position = max(start, 0)
        while position < scalars.count, !predicate(scalars[position]) { position += 1 }
        return position
    }

    private func skipSpaces(from start: Int) -> Int {
        firstIndex(from: start) { $0 != " " && $0 != "\t" }
    }
}
