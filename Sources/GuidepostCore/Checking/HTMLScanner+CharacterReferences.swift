extension HTMLScanner {
    /// The named references Guidepost, cmark-gfm and hand-written templates put in attribute
    /// values; others are left as written, which can only make a link look broken, never fine.
    static let namedReferences: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}",
    ]

    /// `value` with `&amp;`, `&#39;`, `&#x27;` and the like replaced by their characters.
    static func decodeCharacterReferences(_ value: String) -> String {
        guard value.utf8.contains(UInt8(ascii: "&")) else { return value }
        // By scalar, not by Character: `;` followed by a combining mark is one Character that is
        // not equal to `;`, yet it still ends the reference for a browser.
        let scalars = value.unicodeScalars
        var result = String.UnicodeScalarView()
        var rest = scalars[...]
        while let ampersand = rest.firstIndex(of: "&") {
            result += rest[..<ampersand]
            let afterAmpersand = scalars.index(after: ampersand)
            guard let semicolon = rest[afterAmpersand...].prefix(32).firstIndex(of: ";"),
                  let decoded = decode(Substring(rest[afterAmpersand..<semicolon]))
            else {
                result.append("&")
                rest = rest[afterAmpersand...]
                continue
            }
            result += decoded.unicodeScalars
            rest = rest[scalars.index(after: semicolon)...]
        }
        result += rest
        return String(result)
    }

    /// The text of one reference without `&` and `;`: `amp`, `#39`, `#x27`.
    private static func decode(_ reference: Substring) -> String? {
        guard reference.first == "#" else { return namedReferences[String(reference)] }
        let number = reference.dropFirst()
        let code: UInt32?
        if number.first == "x" || number.first == "X" {
            code = UInt32(number.dropFirst(), radix: 16)
        } else {
            code = UInt32(number, radix: 10)
        }
        return code.flatMap(Unicode.Scalar.init).map { String(Character($0)) }
    }
}
