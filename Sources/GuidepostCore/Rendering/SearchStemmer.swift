/// Which stemmer a language's search index uses, so that a word finds the other forms of it
/// ("families" finds "family"): Snowball's English stemmer for `en`, its Spanish stemmer for
/// `es`, none for other languages. The index holds stems and its manifest names the stemmer
/// (`"stemmer": "english"`), so that the search script stems a query the same way.
public enum SearchStemmer: String, Sendable {
    case english, spanish, none

    /// The stemmer of the index in `ChunkedSearchIndex.languageFolder(language)`.
    public init(language: String) {
        switch ChunkedSearchIndex.languageCode(language) {
        case "en": self = .english
        case "es": self = .spanish
        default: self = .none
        }
    }

    /// The stem of a folded word (`SearchText.fold`). A word of `SearchText.termLimit`
    /// characters or more is a term cut to that length, whose end is not a word's end: it is
    /// left as it is, in the index and in a query alike.
    public func stem(_ folded: String) -> String {
        switch self {
        case .none: return folded
        case .english, .spanish:
            guard !SearchText.hasAtLeast(SearchText.termLimit, characters: folded) else { return folded }
            let stem = self == .english ? EnglishStemmer.stem(folded) : SpanishStemmer.stem(folded)
            return stem.isEmpty ? folded : stem
        }
    }

    /// Stems already worked out, by term, for a run of pages: pages share most of their words,
    /// and a look-up costs less than stemming.
    struct Cache {
        let stemmer: SearchStemmer
        private var stems: [String: String] = [:]

        init(_ stemmer: SearchStemmer) {
            self.stemmer = stemmer
        }

        mutating func stem(_ folded: String) -> String {
            if let stem = stems[folded] { return stem }
            let stem = stemmer.stem(folded)
            stems[folded] = stem
            return stem
        }
    }
}
