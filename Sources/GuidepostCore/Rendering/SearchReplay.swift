import Foundation

/// A search run the way the search script runs it on the parts of `ChunkedSearchIndex`: the
/// same files requested in the same order, the same results in the same order. The benchmark
/// counts the bytes of `requested`; tests compare `positions` with the full index's matching.
public struct SearchReplay {
    /// A file of one language's index by its path inside the language folder (`manifest.json`,
    /// `terms/706172.json`), or nil when there is none.
    public let load: (String) -> Data?

    public init(load: @escaping (String) -> Data?) {
        self.load = load
    }

    public struct Result: Equatable {
        /// Positions of the matching records, best first.
        public var positions: [Int]
        /// Paths of the files the query needed, in the order first requested, manifest first.
        public var requested: [String]
    }

    struct Manifest: Decodable {
        /// A `SearchStemmer` name; absent in an index made before stemming. No stemmer when absent
        /// or unknown.
        var stemmer: String?
        var keyLength: Int
        var records: Int
        var recordsPerChunk: Int
        var prefixes: [String]
        var terms: [String]
    }

    struct TermChunk: Decodable {
        var terms: [String: [Int]]
    }

    /// The results of `query`, with every record the shown results (at most `shown`) need.
    public func search(_ query: String, shown: Int = 30) -> Result? {
        var requested: [String] = []
        func fetch<T: Decodable>(_ path: String, as type: T.Type) -> T? {
            if !requested.contains(path) { requested.append(path) }
            return load(path).flatMap { try? JSONDecoder().decode(T.self, from: $0) }
        }
        guard let manifest = fetch(ChunkedSearchIndex.manifestName, as: Manifest.self) else { return nil }
        let stemmer = manifest.stemmer.flatMap(SearchStemmer.init(rawValue:)) ?? .none
        let words = SearchText.queryTerms(query, stemmer: stemmer)
        guard !words.isEmpty else { return Result(positions: [], requested: requested) }
        let prefixes = Set(manifest.prefixes), termKeys = Set(manifest.terms)

        // Each word's pages with their field bits; a page must have every word.
        var scores: [Int: Int]?
        var titleWords: [Int: Int] = [:]
        var titleIs: Set<Int> = []
        for word in words {
            var pages: [Int: Int] = [:]
            var exact: Set<Int> = []
            func add(_ list: [Int], isExactWord: Bool) {
                var position = 0
                for pair in stride(from: 0, to: list.count - 1, by: 2) {
                    position += list[pair]
                    pages[position, default: 0] |= list[pair + 1] & (ChunkedSearchIndex.titleBit - 1)
                    if isExactWord && list[pair + 1] & ChunkedSearchIndex.titleBit != 0 { exact.insert(position) }
                }
            }
            let length = word.unicodeScalars.count
            if length < manifest.keyLength {
                if prefixes.contains(word), let list = fetch("prefixes/\(SearchText.fileName(of: word)).json", as: [Int].self) {
                    add(list, isExactWord: true)
                }
            } else {
                let key = SearchText.prefix(word, manifest.keyLength)
                let cut = SearchText.prefix(word, SearchText.termLimit)
                if termKeys.contains(key), let chunk = fetch("terms/\(SearchText.fileName(of: key)).json", as: TermChunk.self) {
                    for (term, list) in chunk.terms where term.hasPrefix(cut) { add(list, isExactWord: term == word) }
                }
            }
            var next: [Int: Int] = [:]
            for (position, bits) in pages where scores == nil || scores?[position] != nil {
                next[position] = (scores?[position] ?? 0) + Self.score(bits)
                if bits & 1 != 0 { titleWords[position, default: 0] += 1 }
            }
            if words.count == 1 { titleIs = exact }
            scores = next
        }
        var matches = scores ?? [:]

        // The title bonus: +50 for a title that is the query, +20 for one that holds all of it
        // (their words stemmed).
        if words.count == 1 {
            for position in titleIs where matches[position] != nil { matches[position]! += 50 }
        } else {
            let phrase = words.joined(separator: " ")
            for position in matches.keys.sorted() where titleWords[position] == words.count {
                guard let title = record(position, manifest: manifest, fetch: fetch)?.title else { continue }
                let folded = SearchText.stemmedPhrase(title, stemmer: stemmer)
                if folded == phrase { matches[position]! += 50 } else if folded.contains(phrase) { matches[position]! += 20 }
            }
        }
        let ranked = matches.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
        for position in ranked.prefix(shown) { _ = record(position, manifest: manifest, fetch: fetch) }
        return Result(positions: ranked, requested: requested)
    }

    static func score(_ bits: Int) -> Int {
        ChunkedSearchIndex.fields.reduce(0) { $0 + (bits & $1.bit != 0 ? 2 * $1.weight : 0) }
    }

    private func record(_ position: Int, manifest: Manifest, fetch: (String, [[String?]].Type) -> [[String?]]?) -> (title: String, url: String)? {
        let chunk = position / manifest.recordsPerChunk
        guard let records = fetch("records/\(chunk).json", [[String?]].self) else { return nil }
        let row = position % manifest.recordsPerChunk
        guard row < records.count, records[row].count >= 2, let title = records[row][0], let url = records[row][1] else { return nil }
        return (title, url)
    }
}
