/// The content lines of an iCalendar file (RFC 5545), written as calendar apps read them:
/// text values escaped, lines folded at 75 octets, CRLF line endings.
struct CalendarLines: Sendable {
    /// The UTF-8 of every line added so far, each ending in CRLF.
    private var octets: [UInt8] = []

    /// The longest line RFC 5545 allows, in octets, without its CRLF.
    static let lineLimit = 75

    /// Everything added so far.
    var text: String { String(decoding: octets, as: UTF8.self) }

    /// Adds `name:value` with `value` written as it is: dates, rules, codes and addresses.
    /// Control characters (a line break would end the property early) are left out.
    mutating func add(_ name: String, _ value: String) {
        append(name, Self.encoded(value, escaping: false))
    }

    /// Adds `name:value` with `value` escaped as iCalendar text.
    mutating func add(_ name: String, text value: String) {
        append(name, Self.encoded(value, escaping: true))
    }

    /// `value` as iCalendar text: `\`, `;` and `,` preceded by a backslash, a line break as `\n`.
    static func escaped(_ value: String) -> String {
        String(decoding: encoded(value, escaping: true), as: UTF8.self)
    }

    /// The UTF-8 of `value` without control characters (but the tab), with line breaks and
    /// the characters that are special in text escaped when `escaping`.
    private static func encoded(_ value: String, escaping: Bool) -> [UInt8] {
        var encoded: [UInt8] = []
        encoded.reserveCapacity(value.utf8.count + 8)
        var previous: UInt8 = 0
        for byte in value.utf8 {
            defer { previous = byte }
            switch byte {
            case UInt8(ascii: "\\"), UInt8(ascii: ";"), UInt8(ascii: ","):
                if escaping { encoded.append(UInt8(ascii: "\\")) }
                encoded.append(byte)
            case UInt8(ascii: "\r"), UInt8(ascii: "\n"):
                // CRLF, CR and LF are each one line break.
                if escaping, byte == UInt8(ascii: "\r") || previous != UInt8(ascii: "\r") {
                    encoded += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
                }
            case UInt8(ascii: "\t"):
                encoded.append(byte)
            case 0..<0x20, 0x7F:
                break
            case 0x80...0x9F where previous == 0xC2:
                // A C1 control, U+0080 to U+009F: drop the lead byte already written too.
                encoded.removeLast()
            default:
                encoded.append(byte)
            }
        }
        return encoded
    }

    // MARK: - Folding

    /// Appends `name:value` folded: a line break and a space before the octet that would pass
    /// the limit, never inside a character's UTF-8 sequence.
    private mutating func append(_ name: String, _ value: [UInt8]) {
        var length = 0
        func add(_ byte: UInt8) {
            if byte & 0xC0 != 0x80 {
                // A character starts here; move it whole to the next line if it does not fit.
                let width = byte < 0x80 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
                if length + width > Self.lineLimit {
                    octets += [0x0D, 0x0A, 0x20]
                    length = 1
                }
            }
            octets.append(byte)
            length += 1
        }
        for byte in name.utf8 { add(byte) }
        add(UInt8(ascii: ":"))
        for byte in value { add(byte) }
        octets += [0x0D, 0x0A]
    }
}
