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

    static func numbers(_ values: [Int]) -> String {
        "[" + values.map(String.init).joined(separator: ",") + "]"
    }

    private static func hex4(_ value: UInt32) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 4 - digits.count) + digits
    }
}
