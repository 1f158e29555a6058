import Foundation

extension SearchText {
    /// Buffers for reading the terms of a page's fields one after the other, kept between
    /// fields so that reading a field allocates nothing but the terms it adds.
    struct TermReader {
        /// The folded field as UTF-8.
        private var bytes: [UInt8] = []
        /// Whether it is ASCII: then each byte is a scalar, and the two lists below stay empty.
        private var isASCII = true
        /// Its scalars, and the offset in `bytes` where each starts, with one more at the end.
        private var scalars: [Unicode.Scalar] = []
        private var offsets: [Int] = []

        /// Adds the terms of `value`, which is not folded yet, with `bit` set: to `long` those
        /// of `ChunkedSearchIndex.keyLength` characters or more, to `short` the others. The
        /// terms are every tail of each run that starts a word, cut to `termLimit` characters.
        /// A run is text between white space without edge punctuation at its ends; a tail
        /// starts a word at the start of its run or after a character that is not part of a
        /// word; tails that start with edge punctuation are left out, since no query word
        /// starts with it.
        mutating func addTerms(of value: String, bit: Int, long: inout [String: Int], short: inout [String: Int]) {
            fold(value)
            let isASCII = isASCII, scalars = scalars, offsets = offsets
            bytes.withUnsafeBufferPointer { utf8 in
                let count = isASCII ? utf8.count : scalars.count
                func scalar(_ index: Int) -> Unicode.Scalar { isASCII ? Unicode.Scalar(utf8[index]) : scalars[index] }
                func offset(_ index: Int) -> Int { isASCII ? index : offsets[index] }
                var index = 0
                while index < count {
                    while index < count && SearchText.isWhitespace(scalar(index)) { index += 1 }
                    var end = index
                    while end < count && !SearchText.isWhitespace(scalar(end)) { end += 1 }
                    var start = index, stop = end
                    while start < stop && SearchText.isEdge(scalar(start)) { start += 1 }
                    while stop > start && SearchText.isEdge(scalar(stop - 1)) { stop -= 1 }
                    for position in start..<stop {
                        if position > start && SearchText.isWordCharacter(scalar(position - 1)) { continue }
                        if SearchText.isEdge(scalar(position)) { continue }
                        let last = Swift.min(stop, position + SearchText.termLimit)
                        let term = String(decoding: UnsafeBufferPointer(rebasing: utf8[offset(position)..<offset(last)]), as: UTF8.self)
                        if last - position >= ChunkedSearchIndex.keyLength {
                            long[term, default: 0] |= bit
                        } else {
                            short[term, default: 0] |= bit
                        }
                    }
                    index = end
                }
            }
        }

        /// Fills the buffers with `value` folded as `SearchText.fold` folds it; ASCII text is
        /// lowercased byte by byte.
        private mutating func fold(_ value: String) {
            bytes.removeAll(keepingCapacity: true)
            bytes.append(contentsOf: value.utf8)
            isASCII = true
            bytes.withUnsafeMutableBufferPointer { bytes in
                for index in bytes.indices {
                    let byte = bytes[index]
                    if byte >= 0x80 {
                        isASCII = false
                        return
                    }
                    if byte &- UInt8(ascii: "A") < 26 { bytes[index] = byte | 0x20 }
                }
            }
            guard !isASCII else { return }
            scalars.removeAll(keepingCapacity: true)
            offsets.removeAll(keepingCapacity: true)
            let folded = SearchText.fold(value)
            bytes.removeAll(keepingCapacity: true)
            bytes.append(contentsOf: folded.utf8)
            var offset = 0
            for scalar in folded.unicodeScalars {
                scalars.append(scalar)
                offsets.append(offset)
                offset += UTF8.width(scalar)
            }
            offsets.append(offset)
        }
    }

    /// `value` without white space and newlines at either end (`StringProtocol.trimmed`).
    static func trimmed(_ value: String) -> String { value.trimmed }
}
