/// JSON text for the parts of the search index, written by hand for speed: strings with `<`,
/// `>`, `&`, U+2028 and U+2029 as `\u` escapes, like `SearchIndexBuilder.scriptSafe`, so no
/// part can end a `<script>` element.
enum SearchIndexJSON {
    static func string(_ value: String) -> String {
        var json = "\""
        json.reserveCapacity(value.utf8.count + 2)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": json += "\\\""
            case "\\": json += "\\\\"
            case "\n": json += "\\n"
            case "\r": json += "\\r"
            case "\t": json += "\\t"
            case "<", ">", "&", "\u{2028}", "\u{2029}":
                json += "\\u" + hex4(scalar.value)
            default:
                if scalar.value < 0x20 { json += "\\u" + hex4(scalar.value) } else { json.unicodeScalars.append(scalar) }
            }
        }
        return json + "\""
    }

    /// `[1,2,3]` appended to `json`, without making a string a number.
    static func append(_ values: [Int], to json: inout [UInt8]) {
        json.append(UInt8(ascii: "["))
        var digits: [UInt8] = []
        digits.reserveCapacity(20)
        for (index, value) in values.enumerated() {
            if index > 0 { json.append(UInt8(ascii: ",")) }
            var rest = value
            if rest < 0 { json.append(UInt8(ascii: "-")); rest = -rest }
            digits.removeAll(keepingCapacity: true)
            repeat {
                digits.append(UInt8(ascii: "0") + UInt8(rest % 10))
                rest /= 10
            } while rest > 0
            json.append(contentsOf: digits.reversed())
        }
        json.append(UInt8(ascii: "]"))
    }

    private static func hex4(_ value: UInt32) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 4 - digits.count) + digits
    }
}
