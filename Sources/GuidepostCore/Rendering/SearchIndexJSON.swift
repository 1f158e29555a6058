/// JSON text for the parts of the search index, written by hand for speed: strings with `<`,
/// `>`, `&`, U+2028 and U+2029 as `\u` escapes, so no part can end a `<script>` element.
enum SearchIndexJSON {
    static func string(_ value: String) -> String {
        var json: [UInt8] = []
        append(string: value, to: &json)
        return String(decoding: json, as: UTF8.self)
    }

    /// `value` as a JSON string, appended to `json` byte by byte: every byte that needs an
    /// escape is ASCII, except the three of U+2028 and U+2029 (E2 80 A8 and E2 80 A9).
    static func append(string value: String, to json: inout [UInt8]) {
        json.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { bytes in
            var index = 0, copied = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte >= 0x20 && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\") && byte != UInt8(ascii: "<")
                    && byte != UInt8(ascii: ">") && byte != UInt8(ascii: "&") && byte != 0xE2 {
                    index += 1
                    continue
                }
                if byte == 0xE2, !(index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9)) {
                    // Another character starting with E2 (an em dash, E2 80 94): as it is.
                    index += 1
                    continue
                }
                json.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<index]))
                switch byte {
                case UInt8(ascii: "\""): json += #"\""#.utf8
                case UInt8(ascii: "\\"): json += #"\\"#.utf8
                case UInt8(ascii: "\n"): json += #"\n"#.utf8
                case UInt8(ascii: "\r"): json += #"\r"#.utf8
                case UInt8(ascii: "\t"): json += #"\t"#.utf8
                case 0xE2:
                    json += (bytes[index + 2] == 0xA8 ? #"\u2028"# : #"\u2029"#).utf8
                    index += 2
                default:
                    // `<`, `>`, `&` and the other control characters: `\u` and four hex digits.
                    json += #"\u00"#.utf8
                    json.append(hexDigit(byte >> 4))
                    json.append(hexDigit(byte & 0x0F))
                }
                index += 1
                copied = index
            }
            json.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<bytes.count]))
        }
        json.append(UInt8(ascii: "\""))
    }

    /// `value` in decimal digits, appended to `json` without making a string of it.
    static func append(number value: Int, to json: inout [UInt8]) {
        var rest = value
        if rest < 0 {
            json.append(UInt8(ascii: "-"))
            rest = -rest
        }
        var divisor = 1
        while divisor <= rest / 10 { divisor *= 10 }
        while divisor > 0 {
            json.append(UInt8(ascii: "0") + UInt8(rest / divisor % 10))
            divisor /= 10
        }
    }

    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
    }
}
