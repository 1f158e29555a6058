/// Finds the phone numbers to link in the texts of one block of a document, read in order.
///
/// The words before a number may be in an earlier text of the block (`**Call:** 988` is the
/// text `Call:` in bold, then ` 988`), so the finder keeps the end of what it has read until
/// the block ends.
struct PhoneLinkFinder {
    /// A number found in a text: where, in Unicode scalars, and the address of its link.
    struct Link: Equatable {
        var range: Range<Int>
        var url: String
    }

    /// The end of the block's text read so far: enough for the longest calling phrase.
    private var tail: [Unicode.Scalar] = []
    /// Whether the start of the block was dropped from `tail`.
    private var tailIsCut = false
    private static let tailLength = 64

    /// Forgets what was read: a new block starts, or something that is not text came
    /// (code, raw HTML) between the words and the number.
    mutating func reset() {
        tail.removeAll(keepingCapacity: true)
        tailIsCut = false
    }

    /// The numbers to link in `scalars`, the next text of the block, which is then read.
    mutating func links(in scalars: [Unicode.Scalar]) -> [Link] {
        defer { read(scalars) }
        // Text without digits holds no number: most text is read for its words only.
        guard scalars.contains(where: { ("0"..."9").contains($0) }) else { return [] }
        let pattern = PhoneNumberPattern(scalars: scalars)
        var links: [Link] = []
        var position = 0
        while position < scalars.count {
            let scalar = scalars[position]
            guard scalar == "+" || scalar == "(" || ("0"..."9").contains(scalar) else {
                position += 1
                continue
            }
            if let end = pattern.numberEnd(at: position) {
                let scheme = phrase(before: position, in: scalars)?.scheme ?? "tel"
                links.append(Link(range: position..<end, url: scheme + ":" + PhoneNumberPattern.dialledNumber(scalars[position..<end])))
                position = end
            } else if let end = pattern.serviceCodeEnd(at: position), let phrase = phrase(before: position, in: scalars) {
                links.append(Link(range: position..<end, url: phrase.scheme + ":" + PhoneNumberPattern.dialledNumber(scalars[position..<end])))
                position = end
            } else {
                position += 1
            }
        }
        return links
    }

    /// Reads `scalars` without looking for numbers: the text of a link, a line break.
    mutating func read(_ scalars: [Unicode.Scalar]) {
        tail += scalars
        if tail.count > 2 * Self.tailLength {
            tail.removeFirst(tail.count - Self.tailLength)
            tailIsCut = true
        }
    }

    /// The calling phrase right before `position` of `scalars`, reading on into the earlier
    /// texts of the block.
    private func phrase(before position: Int, in scalars: [Unicode.Scalar]) -> CallingPhrase? {
        let start = max(0, position - Self.tailLength)
        var before = start == 0 ? tail : []
        before += scalars[start..<position]
        // Where the text was cut, the cut may fall inside a word ("recall" read as "call"):
        // the words start after the first space.
        if start > 0 || tailIsCut {
            before.removeFirst(before.firstIndex { $0.properties.isWhitespace } ?? before.count)
        }
        return CallingPhrase.ending(before)
    }
}
