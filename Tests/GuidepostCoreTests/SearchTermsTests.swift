import Foundation
@testable import GuidepostCore
import PropertyBased
import Testing

/// The terms a page gives the split search index, read on bytes, against a plain reading of the
/// rules on Unicode scalars (`Reference`, the way the index was first made): the same terms
/// with the same fields, and the same one- and two-character starts, for ASCII and for other
/// scripts, accents, edge punctuation and white space of every kind, with each stemmer.
@Suite struct SearchTermsTests {
    /// The rules of `SearchText` read one scalar at a time, with strings made scalar by scalar.
    enum Reference {
        static let edges: Set<Unicode.Scalar> = Set(#""'«»¿?¡!.,;:()[]{}<>*"#.unicodeScalars)

        static func terms(ofFolded folded: String) -> Set<String> {
            var terms: Set<String> = []
            let scalars = Array(folded.unicodeScalars)
            var index = 0
            while index < scalars.count {
                while index < scalars.count && scalars[index].properties.isWhitespace { index += 1 }
                var end = index
                while end < scalars.count && !scalars[end].properties.isWhitespace { end += 1 }
                var start = index, stop = end
                while start < stop && edges.contains(scalars[start]) { start += 1 }
                while stop > start && edges.contains(scalars[stop - 1]) { stop -= 1 }
                for position in start..<stop {
                    let before = position > start ? scalars[position - 1] : nil
                    if let before, ("0"..."9").contains(before) || before.properties.changesWhenCaseMapped { continue }
                    if edges.contains(scalars[position]) { continue }
                    terms.insert(String(String.UnicodeScalarView(scalars[position..<min(stop, position + SearchText.termLimit)])))
                }
                index = end
            }
            return terms
        }

        /// The page's terms, each stemmed by `stemmer`; the stem of the whole folded title, when
        /// that is one of the page's terms, gets `titleBit`.
        static func pageTerms(of entry: SearchIndexBuilder.Entry, stemmer: SearchStemmer) -> ChunkedSearchIndex.PageTerms? {
            let title = entry.title.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !title.isEmpty else { return nil }
            let values = [title, entry.keywords.joined(separator: "\n"), entry.headings.joined(separator: "\n"), entry.summary ?? "", entry.text]
            var words: [String: Int] = [:]
            for (value, field) in zip(values, ChunkedSearchIndex.fields) where !value.isEmpty {
                for term in Self.terms(ofFolded: SearchText.fold(value)) { words[term, default: 0] |= field.bit }
            }
            var terms: [String: Int] = [:]
            for (word, mask) in words { terms[stemmer.stem(word), default: 0] |= mask }
            var prefixes: [String: Int] = [:]
            for (term, mask) in terms {
                for length in 1...2 {
                    let prefix = String(String.UnicodeScalarView(term.unicodeScalars.prefix(length)))
                    prefixes[prefix, default: 0] |= mask
                    if prefix == term { break }
                }
            }
            let folded = SearchText.fold(title)
            if words[folded] != nil {
                let stem = stemmer.stem(folded)
                if terms[stem] != nil { terms[stem]! |= ChunkedSearchIndex.titleBit }
                if prefixes[stem] != nil { prefixes[stem]! |= ChunkedSearchIndex.titleBit }
            }
            return ChunkedSearchIndex.PageTerms(terms: terms.filter { $0.key.unicodeScalars.count >= 3 }, prefixes: prefixes)
        }
    }

    static let stemmers: [SearchStemmer] = [.none, .english, .spanish]

    static func entry(title: String, text: String, summary: String? = nil, headings: [String] = [], keywords: [String] = []) -> SearchIndexBuilder.Entry {
        SearchIndexBuilder.Entry(title: title, url: "/a/", kind: "article", summary: summary, headings: headings, text: text, keywords: keywords)
    }

    @Test(arguments: [
        "Peer support (12-step) groups: \"SMART Recovery\", Al-Anon & co-op.",
        "La recuperación en Zürich, naïve “quotes” and 12‑step — ¿qué? ¡sí! «Guillemets» and МОСКВА.",
        "Привет москва; 東京の会議 and Ελληνικά ΣΟΦΙΑ; e\u{301}cole and a\u{20DD} and 👩‍👩‍👧 family.",
        "A run of text without spaces that goes on and on: https://example.org/a-very/long/path/with-words_and.numbers/2026",
        "Tabs\tand\u{A0}no-break\u{3000}ideographic\u{2003}em spaces\r\nand CR LF, ((nested)) [edges]* <tags> ...",
        "", "   ", "!!!", "a", "ab", "abc", "A.B.C.", "'quoted'", "x'y", "don't won’t", "1,000,000 and 3.14",
    ])
    func readsTheSameTermsAsTheScalarRules(text: String) {
        let entry = Self.entry(title: "Title: \(text.prefix(20))", text: text, summary: text, headings: [text, "Two"], keywords: [text, "k"])
        for stemmer in Self.stemmers {
            #expect(ChunkedSearchIndex.pageTerms(of: entry, stemmer: stemmer) == Reference.pageTerms(of: entry, stemmer: stemmer), "\(stemmer)")
        }
    }

    @Test func readsTheSameTermsAsTheScalarRulesForRandomText() {
        let alphabet = Array("aAbZz09 \t\n\r.,;:!?\"'()[]{}<>*-_/«»¿¡éÉe\u{301}ßΣσςМм東京👩\u{A0}\u{2003}\u{2019}\u{2010}")
        var random = Xoshiro(seed: (20_261_205, 7, 11, 13))
        for _ in 0..<2_000 {
            let length = Int.random(in: 0..<60, using: &random)
            let text = String((0..<length).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &random)] })
            let title = String(text.prefix(Int.random(in: 0...8, using: &random)))
            let entry = Self.entry(title: title.isEmpty ? "t" : title, text: text, summary: text.isEmpty ? nil : text, headings: [text], keywords: [title])
            for stemmer in Self.stemmers {
                #expect(ChunkedSearchIndex.pageTerms(of: entry, stemmer: stemmer) == Reference.pageTerms(of: entry, stemmer: stemmer), "\(stemmer) \(text.debugDescription)")
            }
        }
    }

    @Test func marksTheTermThatIsTheWholeTitle() throws {
        let entry = Self.entry(title: " Meetings ", text: "Meetings online.")
        let terms = try #require(ChunkedSearchIndex.pageTerms(of: entry, stemmer: .none))
        #expect(terms.terms["meetings"] == 1 | 16 | ChunkedSearchIndex.titleBit)
        #expect(terms.terms["online"] == 16)
        #expect(terms.prefixes["m"] == 1 | 16)
        #expect(terms.terms["on"] == nil)
        #expect(ChunkedSearchIndex.pageTerms(of: Self.entry(title: " ", text: "Text"), stemmer: .none) == nil)
        // Stemmed: the stem of the title is marked.
        let stems = try #require(ChunkedSearchIndex.pageTerms(of: entry, stemmer: .english))
        #expect(stems.terms == ["meet": 1 | 16 | ChunkedSearchIndex.titleBit, "onlin": 16])
    }

    @Test func holdsOneStemForEveryFormOfAWord() throws {
        let entry = Self.entry(title: "Families", text: "A family's meetings, for families; overdosing.", headings: ["Family meeting"])
        let terms = try #require(ChunkedSearchIndex.pageTerms(of: entry, stemmer: .english))
        #expect(terms.terms == [
            "famili": 1 | 4 | 16 | ChunkedSearchIndex.titleBit, "meet": 4 | 16, "for": 16, "overdos": 16,
        ])
        #expect(terms.prefixes["a"] == 16)
        let spanish = try #require(ChunkedSearchIndex.pageTerms(of: Self.entry(title: "Reuniones", text: "Una reunión para familias."), stemmer: .spanish))
        #expect(spanish.terms == ["reunion": 1 | 16 | ChunkedSearchIndex.titleBit, "una": 16, "par": 16, "famili": 16])
    }

    @Test(arguments: [
        "plain", "quote \" backslash \\ slash /", "</script> & <b>", "line\nbreak\rreturn\ttab", "\u{0}\u{1F}\u{7F}",
        "em — dash, \u{2028} and \u{2029}, €uro", "東京 👩‍👩‍👧", "\u{E2}\u{80}",
    ])
    func writesJSONStringsAsTheScalarEscapes(value: String) {
        var expected = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": expected += "\\\""
            case "\\": expected += "\\\\"
            case "\n": expected += "\\n"
            case "\r": expected += "\\r"
            case "\t": expected += "\\t"
            case "<", ">", "&", "\u{2028}", "\u{2029}", "\u{0}"..."\u{1F}":
                let digits = String(scalar.value, radix: 16)
                expected += "\\u" + String(repeating: "0", count: 4 - digits.count) + digits
            default: expected.unicodeScalars.append(scalar)
            }
        }
        #expect(SearchIndexJSON.string(value) == expected + "\"")
        let parsed = try? JSONSerialization.jsonObject(with: Data(SearchIndexJSON.string(value).utf8), options: .fragmentsAllowed) as? String
        #expect(parsed == value)
    }

    @Test func cutsSnippetsAtTheSameCharactersOnBytesAsOnCharacters() {
        func reference(_ text: String) -> String {
            guard text.count > ChunkedSearchIndex.snippetLength else { return text }
            let cut = text.prefix(ChunkedSearchIndex.snippetLength)
            if let space = cut.lastIndex(of: " "), cut.distance(from: cut.startIndex, to: space) > ChunkedSearchIndex.snippetLength / 2 {
                return String(cut[..<space])
            }
            return String(cut)
        }
        let word = "recovery "
        for text in [
            String(repeating: word, count: 40), String(repeating: "x", count: 400), String(repeating: "x", count: 300),
            String(repeating: "x", count: 301), String(repeating: "x", count: 299) + "é", String(repeating: "x", count: 299) + "e\u{301}",
            String(repeating: "x", count: 300) + "e\u{301}", String(repeating: "a\r\n", count: 150), String(repeating: "é ", count: 200),
            String(repeating: "x", count: 140) + " " + String(repeating: "y", count: 200),
        ] {
            #expect(ChunkedSearchIndex.snippet(of: text) == reference(text), "\(text.prefix(40))")
        }
    }
}
