import Foundation

/// The split search index's page lists by term and by one- and two-character start, made from
/// every page's terms in page order, and the files written from them (see `ChunkedSearchIndex`).
///
/// A build makes the lists once, appending each page in order, so no list is ever sorted; a
/// preview session keeps them, so that an edit to some pages' text changes only the lists of
/// the terms whose fields changed and writes again only the files that hold those lists.
struct SearchPostings: Sendable {
    /// The pages that have a term, in order of position, with the fields they have it in.
    struct PageList: Sendable {
        private(set) var positions: [Int] = []
        private(set) var fields: [Int] = []
        var isEmpty: Bool { positions.isEmpty }

        /// Adds a page after every page in the list.
        mutating func append(_ position: Int, _ mask: Int) {
            positions.append(position)
            fields.append(mask)
        }

        /// Sets the fields of `position`, or removes it with nil.
        mutating func set(_ position: Int, _ mask: Int?) {
            // Binary search: the lists of common words hold every page.
            var low = 0, high = positions.count
            while low < high {
                let middle = (low + high) / 2
                if positions[middle] < position { low = middle + 1 } else { high = middle }
            }
            let found = low < positions.count && positions[low] == position
            switch (found, mask) {
            case (true, let mask?): fields[low] = mask
            case (true, nil): positions.remove(at: low); fields.remove(at: low)
            case (false, let mask?): positions.insert(position, at: low); fields.insert(mask, at: low)
            case (false, nil): break
            }
        }

        /// As the index writes it, a flat JSON array: the distance from the previous position
        /// (the first from 0) and the fields, for each page.
        func encode(into json: inout [UInt8]) {
            json.reserveCapacity(json.count + positions.count * 6 + 2)
            json.append(UInt8(ascii: "["))
            var last = 0
            for index in positions.indices {
                if index > 0 { json.append(UInt8(ascii: ",")) }
                SearchIndexJSON.append(number: positions[index] - last, to: &json)
                json.append(UInt8(ascii: ","))
                SearchIndexJSON.append(number: fields[index], to: &json)
                last = positions[index]
            }
            json.append(UInt8(ascii: "]"))
        }
    }

    /// Each page's terms, by position.
    private(set) var pages: [ChunkedSearchIndex.PageTerms?]
    /// By term (terms of `keyLength` characters or more, which have term files).
    private var terms: [String: PageList] = [:]
    /// The same by one- and two-character start.
    private var prefixes: [String: PageList] = [:]
    /// The terms of each term file, sorted, by its key.
    private var chunks: [String: [String]] = [:]

    /// The lists of `pages`, each page's terms appended in page order; the lists by term and
    /// by start are made side by side.
    static func make(from pages: [ChunkedSearchIndex.PageTerms?]) async -> SearchPostings {
        async let terms = lists(of: pages, \.terms)
        async let prefixes = lists(of: pages, \.prefixes)
        var postings = SearchPostings(pages: pages, terms: await terms, prefixes: await prefixes)
        for term in postings.terms.keys { postings.chunks[Self.key(term), default: []].append(term) }
        for key in postings.chunks.keys { postings.chunks[key]?.sort() }
        return postings
    }

    private init(pages: [ChunkedSearchIndex.PageTerms?], terms: [String: PageList], prefixes: [String: PageList]) {
        self.pages = pages
        self.terms = terms
        self.prefixes = prefixes
    }

    private static func lists(
        of pages: [ChunkedSearchIndex.PageTerms?], _ part: KeyPath<ChunkedSearchIndex.PageTerms, [String: Int]> & Sendable
    ) -> [String: PageList] {
        var lists: [String: PageList] = [:]
        for (position, page) in pages.enumerated() {
            guard let page else { continue }
            for (term, mask) in page[keyPath: part] { lists[term, default: PageList()].append(position, mask) }
        }
        return lists
    }

    /// Every file of the index, `entries` being every page's entry, by path relative to the
    /// output folder; made in parallel.
    func files(entries: [SearchIndexBuilder.Entry], language: String) async -> [(path: String, data: Data)] {
        let termKeys = chunks.keys.sorted(), prefixKeys = prefixes.keys.sorted()
        let termFiles = await termKeys.concurrentMap { termFile($0, language: language) }
        let prefixFiles = await prefixKeys.concurrentMap { prefixFile($0, language: language) }
        let chunkCount = (entries.count + ChunkedSearchIndex.recordsPerChunk - 1) / ChunkedSearchIndex.recordsPerChunk
        let recordFiles = await Array(0..<chunkCount).concurrentMap { ChunkedSearchIndex.recordsFile($0, of: entries, language: language) }
        let manifest = ChunkedSearchIndex.manifestFile(records: entries.count, prefixKeys: prefixKeys, termKeys: termKeys, language: language)
        return termFiles.compactMap { $0 } + prefixFiles.compactMap { $0 } + recordFiles + [manifest]
    }

    /// The files to write and the paths that are gone after the pages at the changes' positions
    /// got `terms`; `entries` are every page's entries, as changed. Only the files whose bytes
    /// may differ are given: those of the terms and starts whose fields changed in a page, the
    /// records of the changed pages, and the manifest when a file came or went.
    mutating func replace(
        _ changes: [(position: Int, terms: ChunkedSearchIndex.PageTerms?)], entries: [SearchIndexBuilder.Entry], language: String
    ) -> (files: [String: Data], removed: [String]) {
        var termKeys: Set<String> = [], prefixKeys: Set<String> = [], recordChunks: Set<Int> = []
        var keysChanged = false
        for (position, new) in changes {
            let old = pages[position]
            pages[position] = new
            recordChunks.insert(position / ChunkedSearchIndex.recordsPerChunk)
            let oldTerms = old?.terms ?? [:], newTerms = new?.terms ?? [:]
            for (term, mask) in newTerms where oldTerms[term] != mask {
                let key = Self.key(term)
                termKeys.insert(key)
                if terms[term] == nil {
                    keysChanged = keysChanged || chunks[key] == nil
                    Self.insert(term, into: &chunks[key, default: []])
                }
                terms[term, default: PageList()].set(position, mask)
            }
            for term in oldTerms.keys where newTerms[term] == nil {
                let key = Self.key(term)
                termKeys.insert(key)
                terms[term]?.set(position, nil)
                guard terms[term]?.isEmpty == true else { continue }
                terms[term] = nil
                chunks[key]?.removeAll { $0 == term }
                if chunks[key]?.isEmpty == true {
                    chunks[key] = nil
                    keysChanged = true
                }
            }
            let oldPrefixes = old?.prefixes ?? [:], newPrefixes = new?.prefixes ?? [:]
            for (prefix, mask) in newPrefixes where oldPrefixes[prefix] != mask {
                prefixKeys.insert(prefix)
                keysChanged = keysChanged || prefixes[prefix] == nil
                prefixes[prefix, default: PageList()].set(position, mask)
            }
            for prefix in oldPrefixes.keys where newPrefixes[prefix] == nil {
                prefixKeys.insert(prefix)
                prefixes[prefix]?.set(position, nil)
                if prefixes[prefix]?.isEmpty == true {
                    prefixes[prefix] = nil
                    keysChanged = true
                }
            }
        }
        var files: [String: Data] = [:]
        var removed: [String] = []
        for key in termKeys {
            if let file = termFile(key, language: language) { files[file.path] = file.data } else { removed.append(ChunkedSearchIndex.termPath(key, language: language)) }
        }
        for key in prefixKeys {
            if let file = prefixFile(key, language: language) { files[file.path] = file.data } else { removed.append(ChunkedSearchIndex.prefixPath(key, language: language)) }
        }
        for chunk in recordChunks {
            let file = ChunkedSearchIndex.recordsFile(chunk, of: entries, language: language)
            files[file.path] = file.data
        }
        if keysChanged {
            let manifest = ChunkedSearchIndex.manifestFile(
                records: entries.count, prefixKeys: prefixes.keys.sorted(), termKeys: chunks.keys.sorted(), language: language
            )
            files[manifest.path] = manifest.data
        }
        return (files, removed)
    }

    // MARK: - Helpers

    /// The file of the terms that start with `key`, each with its page list; nil when no term does.
    private func termFile(_ key: String, language: String) -> (path: String, data: Data)? {
        guard let chunk = chunks[key] else { return nil }
        var json: [UInt8] = Array("{\"terms\":{".utf8)
        for (index, term) in chunk.enumerated() {
            if index > 0 { json.append(UInt8(ascii: ",")) }
            SearchIndexJSON.append(string: term, to: &json)
            json.append(UInt8(ascii: ":"))
            (terms[term] ?? PageList()).encode(into: &json)
        }
        json += "}}\n".utf8
        return (ChunkedSearchIndex.termPath(key, language: language), Data(json))
    }

    /// The file of the pages with a term that starts with `prefix`; nil when no page has one.
    private func prefixFile(_ prefix: String, language: String) -> (path: String, data: Data)? {
        guard let list = prefixes[prefix] else { return nil }
        var json: [UInt8] = []
        list.encode(into: &json)
        json.append(UInt8(ascii: "\n"))
        return (ChunkedSearchIndex.prefixPath(prefix, language: language), Data(json))
    }

    /// Inserts `term` into the sorted `list`.
    private static func insert(_ term: String, into list: inout [String]) {
        var low = 0, high = list.count
        while low < high {
            let middle = (low + high) / 2
            if list[middle] < term { low = middle + 1 } else { high = middle }
        }
        list.insert(term, at: low)
    }

    private static func key(_ term: String) -> String {
        SearchText.prefix(term, ChunkedSearchIndex.keyLength)
    }
}
