import Foundation

/// How search reads text, by the same rules as the search script (`assets/search.js`): text is
/// folded (lowercase, accents and marks removed, typographic quotes and dashes made plain), a
/// query is split into words at white space, and a word is found where it starts a word of the
/// text.
///
/// The index holds *terms*: for each run of text between white space, without the punctuation
/// at its ends, every tail of it that starts a word (`12-step` gives `12-step` and `step`),
/// stemmed when the language has a stemmer (`SearchStemmer`: `families` gives `famili`). A
/// query word, stemmed the same way, is found in a page when it begins one of the page's terms.
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

    /// Whether `scalar` is punctuation taken off both ends of a query word and of a run of
    /// text: one of `"'«»¿?¡!.,;:()[]{}<>*`, the script's `EDGES`.
    static func isEdge(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x22, 0x27, 0x21, 0x2E, 0x2C, 0x3B, 0x3A, 0x3F, 0x28, 0x29, 0x5B, 0x5D, 0x7B, 0x7D, 0x3C, 0x3E, 0x2A,
             0xAB, 0xBB, 0xBF, 0xA1:
            return true
        default:
            return false
        }
    }

    /// The distinct words of a query, folded, in order: the script's `queryWords`.
    public static func queryWords(_ query: String) -> [String] {
        var seen: Set<String> = []
        return runs(of: fold(query)).filter { seen.insert($0).inserted }
    }

    /// The distinct terms a query looks for, in order: its words (`queryWords`), each stemmed
    /// as the index's terms are: the script's `queryTerms`.
    public static func queryTerms(_ query: String, stemmer: SearchStemmer) -> [String] {
        var seen: Set<String> = []
        return queryWords(query).map(stemmer.stem).filter { seen.insert($0).inserted }
    }

    /// The words of `text` (a title), folded, stemmed and joined by single spaces, to compare
    /// with a query's terms joined the same way: the script's `stemmedPhrase`.
    static func stemmedPhrase(_ text: String, stemmer: SearchStemmer) -> String {
        runs(of: fold(text)).map(stemmer.stem).joined(separator: " ")
    }

    /// Whether `text` has `count` characters (Unicode scalars) or more; the number of its
    /// UTF-8 bytes decides most cases.
    static func hasAtLeast(_ count: Int, characters text: String) -> Bool {
        let bytes = text.utf8.count
        if bytes < count { return false }
        if bytes >= 4 * count { return true }
        var seen = 0
        for _ in text.unicodeScalars {
            seen += 1
            if seen >= count { return true }
        }
        return false
    }

    /// Runs of folded text between white space, without edge punctuation; empty runs dropped.
    static func runs(of folded: String) -> [String] {
        folded.unicodeScalars.split(whereSeparator: { $0.properties.isWhitespace }).compactMap { run -> String? in
            var scalars = Array(run)
            while let first = scalars.first, isEdge(first) { scalars.removeFirst() }
            while let last = scalars.last, isEdge(last) { scalars.removeLast() }
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

    /// The first `count` characters (Unicode scalars) of `term`: a term chunk's key. Copied
    /// from the string's bytes, without decoding and encoding its scalars again.
    static func prefix(_ term: String, _ count: Int) -> String {
        let scalars = term.unicodeScalars
        var end = scalars.startIndex
        var taken = 0
        while taken < count, end < scalars.endIndex {
            scalars.formIndex(after: &end)
            taken += 1
        }
        return String(scalars[..<end])
    }

    /// The key as a file name: the hexadecimal digits of its UTF-8 bytes (`par` is `706172`), so
    /// any language's terms give plain, case-safe file names.
    static func fileName(of key: String) -> String {
        key.utf8.map { String(format: "%02x", $0) }.joined()
    }
}
