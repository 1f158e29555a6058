import Foundation

/// The search index in parts, under `search-index/<language>/`, so that a query downloads a
/// small part of it:
///
/// - `manifest.json`: the keys of the files below and the number of result records;
/// - `prefixes/<key>.json`: for each one- and two-character start of a term, the pages with a
///   term that starts so (for queries of one or two characters);
/// - `terms/<key>.json`: the terms that start with the three characters of the key, each with
///   its pages (for longer queries);
/// - `records/<n>.json`: what a result shows (title, address, kind, summary, the start of the
///   text), `recordsPerChunk` pages a file, in the order of `search-index.json`.
///
/// A page list is a flat array of numbers, two a page: the distance from the previous page's
/// position (the first from 0) and the fields the term is in (`Field` bits), plus `titleBit`
/// when the page's whole folded title is the term. Keys in file names are hexadecimal UTF-8
/// (`SearchText.fileName(of:)`). The script (`assets/search.js`) and `SearchReplay` read it.
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
        let code = language.lowercased().split(separator: "-").first.map(String.init) ?? "en"
        let safe = code.allSatisfy { $0.isASCII && $0.isLetter } && !code.isEmpty ? code : "en"
        return "\(folder)/\(safe)"
    }

    /// What one page gives the index: its terms with the fields they are in.
    struct PageTerms: Sendable {
        var terms: [String: Int]
        var prefixes: [String: Int]
    }

    static func pageTerms(of entry: SearchIndexBuilder.Entry) -> PageTerms? {
        let title = entry.title.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !title.isEmpty else { return nil }
        let values = [title, entry.keywords.joined(separator: "\n"), entry.headings.joined(separator: "\n"), entry.summary ?? "", entry.text]
        var terms: [String: Int] = [:]
        for (value, field) in zip(values, fields) where !value.isEmpty {
            var found: Set<String> = []
            SearchText.terms(ofFolded: SearchText.fold(value), into: &found)
            for term in found { terms[term, default: 0] |= field.bit }
        }
        var prefixes: [String: Int] = [:]
        for (term, mask) in terms {
            for length in 1..<keyLength {
                let prefix = SearchText.prefix(term, length)
                prefixes[prefix, default: 0] |= mask
                if prefix == term { break }
            }
        }
        let foldedTitle = SearchText.fold(title)
        if terms[foldedTitle] != nil { terms[foldedTitle]! |= titleBit }
        if prefixes[foldedTitle] != nil { prefixes[foldedTitle]! |= titleBit }
        return PageTerms(terms: terms, prefixes: prefixes)
    }

    /// Every file of the index for `entries`, by path relative to the output folder, and what
    /// each entry gave it, which a preview keeps so that an edit reads only the edited pages again.
    static func files(for entries: [SearchIndexBuilder.Entry], language: String) async -> (files: [(path: String, data: Data)], terms: [PageTerms?]) {
        let perPage = await entries.concurrentMap(pageTerms(of:))
        return (files(for: entries, terms: perPage, language: language), perPage)
    }

    /// Every file of the index from `entries` and the terms each gave.
    static func files(for entries: [SearchIndexBuilder.Entry], terms perPage: [PageTerms?], language: String) -> [(path: String, data: Data)] {
        var postings: [String: [Int]] = [:]
        var prefixPostings: [String: [Int]] = [:]
        var lastPosition: [String: Int] = [:], lastPrefixPosition: [String: Int] = [:]
        for (position, page) in perPage.enumerated() {
            guard let page else { continue }
            for (term, mask) in page.terms where term.unicodeScalars.count >= keyLength {
                let distance = position - (lastPosition.updateValue(position, forKey: term) ?? 0)
                postings[term, default: []].append(contentsOf: [distance, mask])
            }
            for (prefix, mask) in page.prefixes {
                let distance = position - (lastPrefixPosition.updateValue(position, forKey: prefix) ?? 0)
                prefixPostings[prefix, default: []].append(contentsOf: [distance, mask])
            }
        }
        var chunks: [String: [String]] = [:]
        for term in postings.keys { chunks[SearchText.prefix(term, keyLength), default: []].append(term) }

        let base = languageFolder(language)
        var files: [(path: String, data: Data)] = []
        let termKeys = chunks.keys.sorted(), prefixKeys = prefixPostings.keys.sorted()
        for key in termKeys {
            files.append(termFile(key: key, terms: chunks[key, default: []].sorted(), postings: { postings[$0, default: []] }, language: language))
        }
        for key in prefixKeys {
            files.append(prefixFile(key: key, postings: prefixPostings[key, default: []], language: language))
        }
        let chunkCount = (entries.count + recordsPerChunk - 1) / recordsPerChunk
        for chunk in 0..<chunkCount {
            files.append(recordsFile(chunk, of: entries, language: language))
        }
        files.append(manifestFile(records: entries.count, prefixKeys: prefixKeys, termKeys: termKeys, language: language))
        return files
    }

    /// The file of the terms that start with `key`, each with its page list.
    static func termFile(key: String, terms: [String], postings: (String) -> [Int], language: String) -> (path: String, data: Data) {
        var json: [UInt8] = Array("{\"terms\":{".utf8)
        for (index, term) in terms.enumerated() {
            if index > 0 { json.append(UInt8(ascii: ",")) }
            json += SearchIndexJSON.string(term).utf8
            json.append(UInt8(ascii: ":"))
            SearchIndexJSON.append(postings(term), to: &json)
        }
        json += "}}\n".utf8
        return ("\(languageFolder(language))/terms/\(SearchText.fileName(of: key)).json", Data(json))
    }

    /// The file of the pages with a term that starts with `key`.
    static func prefixFile(key: String, postings: [Int], language: String) -> (path: String, data: Data) {
        var json: [UInt8] = []
        SearchIndexJSON.append(postings, to: &json)
        json.append(UInt8(ascii: "\n"))
        return ("\(languageFolder(language))/prefixes/\(SearchText.fileName(of: key)).json", Data(json))
    }

    /// The file of the result records of chunk `chunk`.
    static func recordsFile(_ chunk: Int, of entries: [SearchIndexBuilder.Entry], language: String) -> (path: String, data: Data) {
        let records = entries[(chunk * recordsPerChunk)..<min(entries.count, (chunk + 1) * recordsPerChunk)]
        let json = "[" + records.map(record).joined(separator: ",\n") + "]\n"
        return ("\(languageFolder(language))/records/\(chunk).json", Data(json.utf8))
    }

    static func manifestFile(records: Int, prefixKeys: [String], termKeys: [String], language: String) -> (path: String, data: Data) {
        let manifest = "{\"version\":1,\"language\":\(SearchIndexJSON.string(language)),\"keyLength\":\(keyLength),"
            + "\"records\":\(records),\"recordsPerChunk\":\(recordsPerChunk),\n"
            + "\"prefixes\":[\(prefixKeys.map(SearchIndexJSON.string).joined(separator: ","))],\n"
            + "\"terms\":[\(termKeys.map(SearchIndexJSON.string).joined(separator: ","))]}\n"
        return ("\(languageFolder(language))/\(manifestName)", Data(manifest.utf8))
    }

    /// `[title, url, kind, summary or null, snippet]`.
    static func record(_ entry: SearchIndexBuilder.Entry) -> String {
        let title = entry.title.trimmingCharacters(in: .whitespacesAndNewlines)
        return "[" + [
            SearchIndexJSON.string(title), SearchIndexJSON.string(entry.url), SearchIndexJSON.string(entry.kind),
            entry.summary.map(SearchIndexJSON.string) ?? "null", SearchIndexJSON.string(snippet(of: entry.text)),
        ].joined(separator: ",") + "]"
    }

    /// The start of `text`, at most `snippetLength` characters, cut at a space when there is one.
    static func snippet(of text: String) -> String {
        guard text.count > snippetLength else { return text }
        let cut = text.prefix(snippetLength)
        if let space = cut.lastIndex(of: " "), cut.distance(from: cut.startIndex, to: space) > snippetLength / 2 {
            return String(cut[..<space])
        }
        return String(cut)
    }
}
