/// How a phone number looks when it is written in text: North American numbers with
/// separators (`1-800-662-4357`, `(800) 662-4357`, `800.662.4357`, `+1 800 662 4357`),
/// international numbers (`+44 20 7946 0958`, 8 digits or more), and three-digit service codes
/// (`988`, `911`, `711`).
///
/// One pattern for the build, which links the numbers, and for the phone number check, which
/// compares them with the catalog: every number a page links is a number the check has read.
public struct PhoneNumberPattern: Sendable {
    private let scalars: [Unicode.Scalar]

    /// A pattern reading `scalars`, one line or one text of a document.
    public init(scalars: [Unicode.Scalar]) {
        self.scalars = scalars
    }

    /// The end of the North American or international number that starts at `position`, or nil
    /// when none does: not in the middle of a word, a longer number or a path, not a date, an
    /// ISBN or a version number.
    public func numberEnd(at position: Int) -> Int? {
        guard startsNumber(at: position) else { return nil }
        return northAmericanEnd(from: position) ?? internationalEnd(from: position)
    }

    /// The end of the service code that starts at `position`, `988` or an N11 code (`211` to
    /// `911`), or nil. Whether it is a number to call depends on the words before it.
    public func serviceCodeEnd(at position: Int) -> Int? {
        guard position + 3 <= scalars.count, startsNumber(at: position) else { return nil }
        let code = scalars[position..<(position + 3)]
        let isN11 = code.dropFirst().allSatisfy { $0 == "1" } && ("2"..."9").contains(scalars[position])
        guard isN11 || code.elementsEqual("988".unicodeScalars) else { return nil }
        return endsNumber(at: position + 3) ? position + 3 : nil
    }

    /// The address a number written as `text` is dialled at: `+` and its digits, with the North
    /// American country code added where it is left out (`(800) 662-4357` is `+18006624357`);
    /// a service code as it is (`988`).
    public static func dialledNumber(_ text: some Sequence<Unicode.Scalar>) -> String {
        var digits = ""
        var international = false
        for scalar in text {
            if ("0"..."9").contains(scalar) {
                digits.unicodeScalars.append(scalar)
            } else if scalar == "+", digits.isEmpty {
                international = true
            }
        }
        if international || digits.count <= 3 { return international ? "+" + digits : digits }
        return digits.count == 10 ? "+1" + digits : "+" + digits
    }

    // MARK: - Shapes

    /// Whether a number may start at `position`: not in the middle of a word, a number, or a path.
    private func startsNumber(at position: Int) -> Bool {
        guard let first = at(position), first == "+" || first == "(" || isDigit(first) else { return false }
        guard position > 0 else { return true }
        let previous = scalars[position - 1]
        return !isDigit(previous) && !previous.properties.isAlphabetic && !"+-./_#%".unicodeScalars.contains(previous)
    }

    /// The end of `1-800-662-4357`, `+1 (800) 662-4357`, `800.662.4357` starting at `start`.
    private func northAmericanEnd(from start: Int) -> Int? {
        var position = start
        if at(position) == "+", at(position + 1) == "1" {
            position += 2
            if isSeparator(at(position)) { position += 1 }
        } else if at(position) == "1", isSeparator(at(position + 1)) {
            position += 2
        }
        // Area codes and exchanges start with 2-9.
        if at(position) == "(" {
            guard digits(3, at: position + 1, leading: "2"), at(position + 4) == ")" else { return nil }
            position += 5
            if at(position) == " " || at(position) == "-" { position += 1 }
        } else {
            guard digits(3, at: position, leading: "2"), isSeparator(at(position + 3)) else { return nil }
            position += 4
        }
        guard digits(3, at: position, leading: "2"), isSeparator(at(position + 3)), digits(4, at: position + 4) else { return nil }
        position += 8
        return endsNumber(at: position) ? position : nil
    }

    /// The end of `+44 20 7946 0958` starting at `start`: `+`, then 8 digits or more, with
    /// single spaces, dots, dashes and parentheses between them.
    private func internationalEnd(from start: Int) -> Int? {
        guard at(start) == "+", let first = at(start + 1), isDigit(first) else { return nil }
        var position = start + 1
        var end = position
        var count = 0
        while position < scalars.count {
            if isDigit(scalars[position]) {
                count += 1
                position += 1
                end = position
                continue
            }
            // At most two separators in a row, as in `) ` or ` (`, and a digit after them.
            var next = position
            while next < scalars.count, next - position < 2, " -.()".unicodeScalars.contains(scalars[next]) { next += 1 }
            guard next > position, let digit = at(next), isDigit(digit) else { break }
            position = next
        }
        return count >= 8 && endsNumber(at: end) ? end : nil
    }

    /// Whether a number may end before `position`: not followed by more digits or letters.
    private func endsNumber(at position: Int) -> Bool {
        guard let next = at(position) else { return true }
        if isDigit(next) || next.properties.isAlphabetic { return false }
        if isSeparator(next), let after = at(position + 1), isDigit(after) { return false }
        return true
    }

    // MARK: - Scalars

    private func at(_ position: Int) -> Unicode.Scalar? {
        position >= 0 && position < scalars.count ? scalars[position] : nil
    }

    private func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

    private func isSeparator(_ scalar: Unicode.Scalar?) -> Bool { scalar == "-" || scalar == "." || scalar == " " }

    /// `count` ASCII digits at `position`, the first at least `leading`.
    private func digits(_ count: Int, at position: Int, leading: Unicode.Scalar = "0") -> Bool {
        guard position >= 0, position + count <= scalars.count, scalars[position].value >= leading.value else { return false }
        return scalars[position..<(position + count)].allSatisfy(isDigit)
    }
}
