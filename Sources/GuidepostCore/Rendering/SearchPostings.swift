import Foundation

/// The split search index's page lists by term and by prefix, kept by a preview session, so that
/// an edit to some pages' text writes again only the files of the terms those pages have or had,
/// their records and the manifest (see `ChunkedSearchIndex`, which writes the same bytes for a
/// whole build).
struct SearchPostings: Sendable {
    /// The pages that have a term, in order of position, with the fields they have it in.
    struct PageList: Sendable {
        var positions: [Int] = []
        var fields: [Int] = []
        var isEmpty: Bool { positions.isEmpty }

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

        /// As the index writes it: the distance from the previous position (the first from 0)
        /// and the fields, for each page.
        var encoded: [Int] {
            var list: [Int] = []
            list.reserveCapacity(positions.count * 2)
            var last = 0
            for (position, mask) in zip(positions, fields) {
                list.append(position - last)
                list.append(mask)
                last = position
            }
            return list
        }
    }

    /// By term (terms of `keyLength` characters or more, which have term files).
    private var terms: [String: PageList] = [:]
    /// The same by one- and two-character start.
    private var prefixes: [String: PageList] = [:]
    /// The terms of each term file, by its key.
    private var chunks: [String: Set<String>] = [:]

    init(_ perPage: [ChunkedSearchIndex.PageTerms?]) {
        for (position, page) in perPage.enumerated() {
            if let page { add(page, at: position) }
        }
    }

    /// The files to write and the paths that are gone after the pages at the changes' positions
    /// changed from `old` to `new` terms; `entries` are every page's entries, as changed.
    mutating func replace(
        _ changes: [(position: Int, old: ChunkedSearchIndex.PageTerms?, new: ChunkedSearchIndex.PageTerms?)],
        entries: [SearchIndexBuilder.Entry], language: String
    ) -> (files: [String: Data], removed: [String]) {
        var termKeys: Set<String> = [], prefixKeys: Set<String> = [], recordChunks: Set<Int> = []
        for change in changes {
            for page in [change.old, change.new].compactMap({ $0 }) {
                termKeys.formUnion(page.terms.keys.filter(Self.hasTermFile).map(Self.key))
                prefixKeys.formUnion(page.prefixes.keys)
            }
            if let old = change.old { remove(old, at: change.position) }
            if let new = change.new { add(new, at: change.position) }
            recordChunks.insert(change.position / ChunkedSearchIndex.recordsPerChunk)
        }
        var files: [String: Data] = [:]
        var removed: [String] = []
        for key in termKeys {
            let file = ChunkedSearchIndex.termFile(
                key: key, terms: (chunks[key] ?? []).sorted(), postings: { terms[$0]?.encoded ?? [] }, language: language
            )
            if chunks[key] == nil { removed.append(file.path) } else { files[file.path] = file.data }
        }
        for key in prefixKeys {
            let file = ChunkedSearchIndex.prefixFile(key: key, postings: prefixes[key]?.encoded ?? [], language: language)
            if prefixes[key] == nil { removed.append(file.path) } else { files[file.path] = file.data }
        }
        for chunk in recordChunks {
            let file = ChunkedSearchIndex.recordsFile(chunk, of: entries, language: language)
            files[file.path] = file.data
        }
        let manifest = ChunkedSearchIndex.manifestFile(
            records: entries.count, prefixKeys: prefixes.keys.sorted(), termKeys: chunks.keys.sorted(), language: language
        )
        files[manifest.path] = manifest.data
        return (files, removed)
    }

    // MARK: - Helpers

    private mutating func add(_ page: ChunkedSearchIndex.PageTerms, at position: Int) {
        for (term, mask) in page.terms where Self.hasTermFile(term) {
            terms[term, default: PageList()].set(position, mask)
            chunks[Self.key(term), default: []].insert(term)
        }
        for (prefix, mask) in page.prefixes {
            prefixes[prefix, default: PageList()].set(position, mask)
        }
    }

    private mutating func remove(_ page: ChunkedSearchIndex.PageTerms, at position: Int) {
        for term in page.terms.keys where Self.hasTermFile(term) {
            terms[term]?.set(position, nil)
            guard terms[term]?.isEmpty == true else { continue }
            terms[term] = nil
            let key = Self.key(term)
            chunks[key]?.remove(term)
            if chunks[key]?.isEmpty == true { chunks[key] = nil }
        }
        for prefix in page.prefixes.keys {
            prefixes[prefix]?.set(position, nil)
            if prefixes[prefix]?.isEmpty == true { prefixes[prefix] = nil }
        }
    }

    private static func hasTermFile(_ term: String) -> Bool {
        term.unicodeScalars.count >= ChunkedSearchIndex.keyLength
    }

    private static func key(_ term: String) -> String {
        SearchText.prefix(term, ChunkedSearchIndex.keyLength)
    }
}
