import Foundation

/// How search reads text, by the same rules as the search script (`assets/search.js`): text is
/// folded (lowercase, accents and marks removed, typographic quotes and dashes made plain), a
/// query is split into words at white space, and a word is found where it starts a word of the
/// text.
///
/// The index holds *terms*: for each run of text between white space, without the punctuation
/// at its ends, every tail of it that starts a word (`12-step` gives `12-step` and `step`). A
/// query word is found in a page when it begins one of the page's terms.
public enum SearchText {
    /// Terms are cut to this many characters, so a long run of text without spaces (a URL, or
    /// Chinese or Japanese text) gives terms in proportion to its length, not to its square.
    public static let termLimit = 24

    /// Lowercase, without combining marks (U+0300 to U+036F after canonical decomposition),
    /// with U+2018, U+2019 and U+02BC as `'` and U+2010 to U+2015 as `-`: the script's `fold`.
    public static func fold(_ value: String) -> String {
        // Most text is ASCII, where folding is lowercasing.
        if value.utf8.allSatisfy({ $0 < 0x80 }) { return value.lowercased() }
        var scalars = String.UnicodeScalarView()
        for scalar in value.decomposedStringWithCanonicalMapping.unicodeScalars where !(0x300...0x36F).contains(scalar.value) {
            scalars.append(scalar)
        }
        var folded = String.UnicodeScalarView()
        for scalar in String(scalars).lowercased().unicodeScalars {
            switch scalar.value {
            case 0x2018, 0x2019, 0x02BC: folded.append("'")
            case 0x2010...0x2015: folded.append("-")
            default: folded.append(scalar)
            }
        }
        return String(folded)
    }

    /// Punctuation taken off both ends of a query word and of a run of text: the script's `EDGES`.
    static let edges: Set<Unicode.Scalar> = Set(#""'«»¿?¡!.,;:()[]{}<>*"#.unicodeScalars)

    /// The distinct words of a query, folded, in order: the script's `queryWords`.
    public static func queryWords(_ query: String) -> [String] {
        var seen: Set<String> = []
        return runs(of: fold(query)).filter { seen.insert($0).inserted }
    }

    /// Runs of folded text between white space, without edge punctuation; empty runs dropped.
    static func runs(of folded: String) -> [String] {
        folded.unicodeScalars.split(whereSeparator: { $0.properties.isWhitespace }).compactMap { run -> String? in
            var scalars = Array(run)
            while let first = scalars.first, edges.contains(first) { scalars.removeFirst() }
            while let last = scalars.last, edges.contains(last) { scalars.removeLast() }
            return scalars.isEmpty ? nil : String(String.UnicodeScalarView(scalars))
        }
    }

    /// Whether `scalar` is part of a word: a letter with upper and lower case, or a digit 0-9
    /// (the script's `startsWord` looks at the character before).
    static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
        }
        return scalar.properties.changesWhenCaseMapped
    }

    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar == " " || (0x09...0x0D).contains(scalar.value) }
        return scalar.properties.isWhitespace
    }

    /// The terms of already folded text: every tail of each run that starts a word, cut to
    /// `termLimit` characters. A tail starts a word at the start of a run, or after a character
    /// that is not part of a word; tails that start with edge punctuation are left out, since no
    /// query word starts with it.
    static func terms(ofFolded folded: String, into terms: inout Set<String>) {
        let scalars = Array(folded.unicodeScalars)
        var index = 0
        while index < scalars.count {
            while index < scalars.count && isWhitespace(scalars[index]) { index += 1 }
            var end = index
            while end < scalars.count && !isWhitespace(scalars[end]) { end += 1 }
            var start = index, stop = end
            while start < stop && edges.contains(scalars[start]) { start += 1 }
            while stop > start && edges.contains(scalars[stop - 1]) { stop -= 1 }
            for position in start..<stop {
                if position > start && isWordCharacter(scalars[position - 1]) { continue }
                if edges.contains(scalars[position]) { continue }
                terms.insert(String(String.UnicodeScalarView(scalars[position..<min(stop, position + termLimit)])))
            }
            index = end
        }
    }

    /// The first `count` characters (Unicode scalars) of `term`: a term chunk's key.
    static func prefix(_ term: String, _ count: Int) -> String {
        String(String.UnicodeScalarView(term.unicodeScalars.prefix(count)))
    }

    /// The key as a file name: the hexadecimal digits of its UTF-8 bytes (`par` is `706172`), so
    /// any language's terms give plain, case-safe file names.
    static func fileName(of key: String) -> String {
        key.utf8.map { String(format: "%02x", $0) }.joined()
    }
}
