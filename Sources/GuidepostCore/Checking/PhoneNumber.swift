import Foundation

/// A phone number as written in a user's file, and where.
struct PhoneNumber: Sendable, Hashable {
    /// As written: `1-800-662-4357`, `(800) 662-4357`, `+18006624357`.
    var text: String
    /// 1-based, in Unicode scalars, in the line it was found in.
    var column: Int

    /// The digits that identify the number: all of them, without the North American country
    /// code, so that `1-800-662-4357`, `+1 800 662 4357` and `(800) 662-4357` are one number.
    /// A `tel:` address may be percent-encoded (`tel:+1%20800...`).
    var digits: String { Self.digits(of: text.removingPercentEncoding ?? text) }

    /// The identifying digits of `number` (see `digits`).
    static func digits(of number: String) -> String {
        let digits = String(number.unicodeScalars.filter { ("0"..."9").contains($0) }.map(Character.init))
        let international = number.drop { $0.isWhitespace }.hasPrefix("+")
        if digits.count == 11, digits.hasPrefix("1") { return String(digits.dropFirst()) }
        if international, digits.hasPrefix("1") { return String(digits.dropFirst()) }
        return digits
    }
}
