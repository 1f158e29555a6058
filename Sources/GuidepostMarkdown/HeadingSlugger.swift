/// Turns heading text into stable, unique `id`s, the way GitHub does.
///
/// Lowercase; letters, digits and `_` kept; each run of spaces and hyphens becomes one `-`;
/// everything else dropped; no `-` at either end. A repeated slug gets `-1`, `-2`, ... appended.
public struct HeadingSlugger: Sendable {
    private var used: [String: Int] = [:]

    public init() {}

    /// A slugger that never hands out `reservedIDs`: ids the page around the document already
    /// gives to its own elements (`main`, the search form). A heading `Main` then gets `main-1`.
    public init(reserving reservedIDs: some Sequence<String>) {
        for id in reservedIDs { used[id] = 0 }
    }

    /// The slug of `text` on its own, without making it unique.
    public static func slug(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return asciiSlug(text) }
        var slug = ""
        slug.reserveCapacity(text.utf8.count)
        var pendingHyphen = false
        for character in text.lowercased() {
            if character.isLetter || character.isNumber || character == "_" {
                if pendingHyphen, !slug.isEmpty { slug.append("-") }
                pendingHyphen = false
                slug.append(character)
            } else if character == " " || character == "-" {
                pendingHyphen = true
            }
        }
        return slug.isEmpty ? "section" : slug
    }

    /// The same rules on ASCII text, byte by byte (most headings): no Unicode tables needed.
    private static func asciiSlug(_ text: String) -> String {
        var slug: [UInt8] = []
        slug.reserveCapacity(text.utf8.count)
        var pendingHyphen = false
        for byte in text.utf8 {
            let lowered = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
            let isWordByte = (lowered >= UInt8(ascii: "a") && lowered <= UInt8(ascii: "z"))
                || (lowered >= UInt8(ascii: "0") && lowered <= UInt8(ascii: "9")) || lowered == UInt8(ascii: "_")
            if isWordByte {
                if pendingHyphen, !slug.isEmpty { slug.append(UInt8(ascii: "-")) }
                pendingHyphen = false
                slug.append(lowered)
            } else if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "-") {
                pendingHyphen = true
            }
        }
        return slug.isEmpty ? "section" : String(decoding: slug, as: UTF8.self)
    }

    /// A slug for `text` that this slugger has not handed out before.
    public mutating func uniqueSlug(_ text: String) -> String {
        let base = Self.slug(text)
        guard let count = used[base] else {
            used[base] = 0
            return base
        }
        var next = count + 1
        var candidate = "\(base)-\(next)"
        while used[candidate] != nil {
            next += 1
            candidate = "\(base)-\(next)"
        }
        used[base] = next
        used[candidate] = 0
        return candidate
    }
}
