/// How the text of a YAML scalar is read where a setting expects true or false or a whole number.
///
/// The text is read the same way whether it is quoted or not: the front ends of content
/// management systems write `draft: "false"` and `weight: "10"`, and a publisher who sees
/// `false` and `10` expects them to mean false and ten. Numbers are decimal even with leading
/// zeros (`010` is ten, not YAML 1.1's octal eight); `0x`, `0o` and `0b` prefixes and `_`
/// between digits are kept from YAML.
enum ScalarReading {
    /// The spellings of true and false that YAML 1.1 gives a plain scalar.
    static let trueWords: Set<String> = ["true", "True", "TRUE", "yes", "Yes", "YES", "on", "On", "ON"]
    static let falseWords: Set<String> = ["false", "False", "FALSE", "no", "No", "NO", "off", "Off", "OFF"]

    /// True or false, or nil when `text` is neither.
    static func bool(_ text: String) -> Bool? {
        let word = text.trimmingSpacesAndTabs()
        if trueWords.contains(word) { return true }
        if falseWords.contains(word) { return false }
        return nil
    }

    /// What a whole number's text holds.
    enum IntReading: Equatable {
        case number(Int)
        /// Only digits, but more than an `Int` holds.
        case tooBig
        case notANumber
    }

    static func int(_ text: String) -> IntReading {
        var rest = Substring(text.trimmingSpacesAndTabs())
        let isNegative = rest.hasPrefix("-")
        if isNegative || rest.hasPrefix("+") { rest = rest.dropFirst() }
        var radix = 10
        for (prefix, base) in [("0x", 16), ("0X", 16), ("0o", 8), ("0b", 2)] where rest.hasPrefix(prefix) {
            radix = base
            rest = rest.dropFirst(2)
            break
        }
        // `_` groups digits (1_000), but neither starts nor ends the number.
        guard let first = rest.first, let last = rest.last, first != "_", last != "_" else { return .notANumber }
        let digits = rest.filter { $0 != "_" }
        guard digits.allSatisfy({ $0.isASCII && $0.isHexDigit && Int(String($0), radix: radix) != nil }) else {
            return .notANumber
        }
        guard let value = Int((isNegative ? "-" : "") + digits, radix: radix) else { return .tooBig }
        return .number(value)
    }
}

extension String {
    fileprivate func trimmingSpacesAndTabs() -> String {
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { $0 != " " && $0 != "\t" }),
              let end = scalars.lastIndex(where: { $0 != " " && $0 != "\t" })
        else { return "" }
        return String(scalars[start...end])
    }
}
