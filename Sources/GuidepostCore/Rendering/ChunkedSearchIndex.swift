import Foundation

/// The search index in parts, under `search-index/<language>/`, so that a query downloads a
/// small part of it:
///
/// - `manifest.json`: the stemmer (`SearchStemmer`), the keys of the files below and the
///   number of result records;
/// - `prefixes/<key>.json`: for each one- and two-character start of a term, the pages with a
///   term that starts so (for queries of one or two characters);
/// - `terms/<key>.json`: the terms that start with the three characters of the key, each with
///   its pages (for longer queries);
/// - `records/<n>.json`: what a result shows (title, address, kind, summary, the start of the
///   text), `recordsPerChunk` pages a file, in the order of `search-index.json`.
///
/// A term is the stem of a word (of a tail of a run of text that starts a word, see
/// `SearchText`), or the word itself in a language without a stemmer; a query's words are
/// stemmed the same way and find the terms they start.
///
/// A page list is a flat array of numbers, two a page: the distance from the previous page's
/// position (the first from 0) and the fields the term is in (`Field` bits), plus `titleBit`
/// when the page's whole folded title is the term (or has it as its stem). Keys in file names
/// are hexadecimal UTF-8 (`SearchText.fileName(of:)`). The script (`assets/search.js`) and
/// `SearchReplay` read it.
public enum ChunkedSearchIndex {
    public static let folder = "search-index"
    public static let manifestName = "manifest.json"
    static let keyLength = 3
    public static let recordsPerChunk = 16
    /// Characters of a page's text kept in its record, for the passage under a result.
    static let snippetLength = 300

    /// The fields a term is found in, with the weights the script gives them.
    static let fields: [(bit: Int, weight: Int)] = [(1, 12), (2, 8), (4, 5), (8, 3), (16, 1)]
    static let titleBit = 32

    /// The folder of one language's index, relative to the output folder: `search-index/en`.
    public static func languageFolder(_ language: String) -> String {
        "\(folder)/\(languageCode(language))"
    }

    /// The language's primary code (`en` for `en-GB`), or `en` when it is not plain letters.
    static func languageCode(_ language: String) -> String {
        let code = language.lowercased().split(separator: "-").first.map(String.init) ?? "en"
        return code.allSatisfy { $0.isASCII && $0.isLetter } && !code.isEmpty ? code : "en"
    }

    /// What one page gives the index: its terms of `keyLength` characters or more, and the
    /// one- and two-character starts of all its terms, each with the fields it is in. Terms are
    /// stems (`SearchStemmer`) when the language has a stemmer.
    struct PageTerms: Sendable, Equatable {
        var terms: [String: Int]
        var prefixes: [String: Int]
    }

    static func pageTerms(of entry: SearchIndexBuilder.Entry, stemmer: SearchStemmer) -> PageTerms? {
        var stems = SearchStemmer.Cache(stemmer)
        return pageTerms(of: entry, stems: &stems)
    }

    /// The page's terms, stemmed with `stems`, which keeps what it worked out for the next pages.
    static func pageTerms(of entry: SearchIndexBuilder.Entry, stems: inout SearchStemmer.Cache) -> PageTerms? {
        let title = SearchText.trimmed(entry.title)
        guard !title.isEmpty else { return nil }
        let values = [title, entry.keywords.joined(separator: "\n"), entry.headings.joined(separator: "\n"), entry.summary ?? "", entry.text]
        // Terms of `keyLength` characters or more, and shorter ones, which give only starts.
        var long: [String: Int] = [:], short: [String: Int] = [:]
        long.reserveCapacity(128)
        short.reserveCapacity(64)
        var reader = SearchText.TermReader()
        for (value, field) in zip(values, fields) where !value.isEmpty {
            reader.addTerms(of: value, bit: field.bit, long: &long, short: &short)
        }
        // The term that is the whole title, if there is one, gets `titleBit`.
        var titleTerm: String? = SearchText.fold(title)
        if let folded = titleTerm, long[folded] == nil && short[folded] == nil { titleTerm = nil }
        if stems.stemmer != .none {
            // Forms of a word share a stem: each term that a stem replaces goes under its stem
            // (the stems of most words are the words themselves).
            var moved: [(term: String, stem: String, mask: Int)] = []
            for (term, mask) in long {
                let stem = stems.stem(term)
                if stem != term { moved.append((term, stem, mask)) }
            }
            for (term, _, _) in moved { long.removeValue(forKey: term) }
            let movedFromLong = moved.count
            for (term, mask) in short {
                let stem = stems.stem(term)
                if stem != term { moved.append((term, stem, mask)) }
            }
            for (term, _, _) in moved[movedFromLong...] { short.removeValue(forKey: term) }
            for (_, stem, mask) in moved {
                if SearchText.hasAtLeast(keyLength, characters: stem) {
                    long[stem, default: 0] |= mask
                } else {
                    short[stem, default: 0] |= mask
                }
            }
            titleTerm = titleTerm.map { stems.stem($0) }
        }
        var prefixes: [String: Int] = [:]
        prefixes.reserveCapacity(short.count + long.count / 2)
        for terms in [long, short] {
            for (term, mask) in terms {
                let scalars = term.unicodeScalars
                let second = scalars.index(after: scalars.startIndex)
                prefixes[String(scalars[..<second]), default: 0] |= mask
                guard second < scalars.endIndex else { continue }
                prefixes[String(scalars[..<scalars.index(after: second)]), default: 0] |= mask
            }
        }
        if let titleTerm {
            if long[titleTerm] != nil { long[titleTerm]! |= titleBit }
            if prefixes[titleTerm] != nil { prefixes[titleTerm]! |= titleBit }
        }
        return PageTerms(terms: long, prefixes: prefixes)
    }

    /// Every file of the index for `entries`, by path relative to the output folder, and its
    /// page lists, which a preview keeps so that an edit reads only the edited pages again.
    /// Each page's terms are read in parallel.
    static func files(for entries: [SearchIndexBuilder.Entry], language: String) async -> (files: [(path: String, data: Data)], postings: SearchPostings) {
        let stemmer = SearchStemmer(language: language)
        let terms = await entries.concurrentMap(carrying: { SearchStemmer.Cache(stemmer) }) { entry, stems in pageTerms(of: entry, stems: &stems) }
        let postings = await SearchPostings.make(from: terms)
        return (await postings.files(entries: entries, language: language), postings)
    }

    static func termPath(_ key: String, language: String) -> String {
        "\(languageFolder(language))/terms/\(SearchText.fileName(of: key)).json"
    }

    static func prefixPath(_ prefix: String, language: String) -> String {
        "\(languageFolder(language))/prefixes/\(SearchText.fileName(of: prefix)).json"
    }

    /// The file of the result records of chunk `chunk`.
    static func recordsFile(_ chunk: Int, of entries: [SearchIndexBuilder.Entry], language: String) -> (path: String, data: Data) {
        let records = entries[(chunk * recordsPerChunk)..<min(entries.count, (chunk + 1) * recordsPerChunk)]
        var json: [UInt8] = [UInt8(ascii: "[")]
        json.reserveCapacity(records.count * 600)
        for (index, entry) in records.enumerated() {
            if index > 0 { json += ",\n".utf8 }
            appendRecord(entry, to: &json)
        }
        json += "]\n".utf8
        return ("\(languageFolder(language))/records/\(chunk).json", Data(json))
    }

    static func manifestFile(records: Int, prefixKeys: [String], termKeys: [String], language: String) -> (path: String, data: Data) {
        let manifest = "{\"version\":2,\"language\":\(SearchIndexJSON.string(language)),"
            + "\"stemmer\":\(SearchIndexJSON.string(SearchStemmer(language: language).rawValue)),\"keyLength\":\(keyLength),"
            + "\"records\":\(records),\"recordsPerChunk\":\(recordsPerChunk),\n"
            + "\"prefixes\":[\(prefixKeys.map(SearchIndexJSON.string).joined(separator: ","))],\n"
            + "\"terms\":[\(termKeys.map(SearchIndexJSON.string).joined(separator: ","))]}\n"
        return ("\(languageFolder(language))/\(manifestName)", Data(manifest.utf8))
    }

    /// `[title, url, kind, summary or null, snippet]`.
    static func appendRecord(_ entry: SearchIndexBuilder.Entry, to json: inout [UInt8]) {
        json.append(UInt8(ascii: "["))
        SearchIndexJSON.append(string: SearchText.trimmed(entry.title), to: &json)
        json.append(UInt8(ascii: ","))
        SearchIndexJSON.append(string: entry.url, to: &json)
        json.append(UInt8(ascii: ","))
        SearchIndexJSON.append(string: entry.kind, to: &json)
        json.append(UInt8(ascii: ","))
        if let summary = entry.summary { SearchIndexJSON.append(string: summary, to: &json) } else { json += "null".utf8 }
        json.append(UInt8(ascii: ","))
        SearchIndexJSON.append(string: snippet(of: entry.text), to: &json)
        json.append(UInt8(ascii: "]"))
    }

    /// The start of `text`, at most `snippetLength` characters, cut at a space when there is one.
    static func snippet(of text: String) -> String {
        // No more bytes than the length: no more characters either.
        guard text.utf8.count > snippetLength else { return text }
        // ASCII without carriage returns has a character for every byte (`\r\n` is one).
        var start = text.utf8.prefix(snippetLength + 1)
        if start.allSatisfy({ $0 < 0x80 && $0 != UInt8(ascii: "\r") }) {
            let cut = start.dropLast()
            if let space = cut.lastIndex(of: UInt8(ascii: " ")), cut.distance(from: cut.startIndex, to: space) > snippetLength / 2 {
                start = cut[..<space]
            } else {
                start = cut
            }
            return String(Substring(start))
        }
        guard text.count > snippetLength else { return text }
        let cut = text.prefix(snippetLength)
        if let space = cut.lastIndex(of: " "), cut.distance(from: cut.startIndex, to: space) > snippetLength / 2 {
            return String(cut[..<space])
        }
        return String(cut)
    }
}
