import Foundation
@testable import GuidepostCore
import Testing

/// The split search index against the whole one: `SearchReplay` over the parts gives the same
/// pages in the same order as the index's rules read straight from every entry
/// (`StemmedMatcher`); without stems, those rules are the search script's former matching over
/// every entry (`FullIndexMatcher`) except where it found a word inside another ("now" in
/// "know"): the split index finds words where they start a word only.
@Suite struct ChunkedSearchIndexTests {
    /// The former script's matching: a word is found anywhere in a field's folded text; each
    /// field adds its weight, doubled when the first place found starts a word.
    struct FullIndexMatcher {
        struct Page { var folded: [[UInt16]] }
        let pages: [Page]
        static let weights = [12, 8, 5, 3, 1]

        init(entries: [SearchIndexBuilder.Entry]) {
            pages = entries.map { entry in
                let values = [entry.title.trimmingCharacters(in: .whitespacesAndNewlines), entry.keywords.joined(separator: "\n"),
                              entry.headings.joined(separator: "\n"), entry.summary ?? "", entry.text]
                return Page(folded: values.map { Array(SearchText.fold($0).utf16) })
            }
        }

        /// Where `needle` is first in `text`, or first where it starts a word when `wordStartsOnly`.
        static func find(_ needle: [UInt16], in text: [UInt16], wordStartsOnly: Bool = false) -> Int? {
            guard !needle.isEmpty, needle.count <= text.count else { return nil }
            for start in 0...(text.count - needle.count) where text[start] == needle[0] {
                if Array(text[start..<(start + needle.count)]) == needle && (!wordStartsOnly || startsWord(text, start)) { return start }
            }
            return nil
        }

        static func startsWord(_ text: [UInt16], _ at: Int) -> Bool {
            guard at > 0 else { return true }
            let before = String(decoding: [text[at - 1]], as: UTF16.self)
            return before.lowercased() == before.uppercased() && !("0"..."9").contains(before)
        }

        func search(_ query: String, wordStartsOnly: Bool = false) -> [Int] {
            let terms = SearchText.queryWords(query).map { Array($0.utf16) }
            guard !terms.isEmpty else { return [] }
            let phrase = Array(SearchText.queryWords(query).joined(separator: " ").utf16)
            var scored: [(position: Int, score: Int)] = []
            for (position, page) in pages.enumerated() {
                var total = 0
                var all = true
                for term in terms {
                    var found = false
                    for (field, text) in page.folded.enumerated() {
                        guard let at = Self.find(term, in: text, wordStartsOnly: wordStartsOnly) else { continue }
                        found = true
                        total += Self.weights[field] * (Self.startsWord(text, at) ? 2 : 1)
                    }
                    if !found { all = false; break }
                }
                guard all, total > 0 else { continue }
                if page.folded[0] == phrase { total += 50 } else if terms.count > 1 && Self.find(phrase, in: page.folded[0]) != nil { total += 20 }
                scored.append((position, total))
            }
            return scored.sorted { $0.score != $1.score ? $0.score > $1.score : $0.position < $1.position }.map(\.position)
        }
    }

    /// The rules of the split index read straight from each page's fields, term by term: a
    /// page is found when each of the query's terms (stemmed words) starts one of its stemmed
    /// terms (`SearchTermsTests.Reference`); each field it is in adds its weight, doubled; +50
    /// when the title is the query, +20 when the title holds all of it, their words stemmed.
    struct StemmedMatcher {
        struct Page {
            var fields: [[String]]
            var titleTerm: String?
            var titlePhrase: String
        }
        let pages: [Page]
        let stemmer: SearchStemmer

        init(entries: [SearchIndexBuilder.Entry], stemmer: SearchStemmer) {
            self.stemmer = stemmer
            pages = entries.map { entry in
                let title = entry.title.trimmingCharacters(in: .whitespacesAndNewlines)
                let values = [title, entry.keywords.joined(separator: "\n"), entry.headings.joined(separator: "\n"), entry.summary ?? "", entry.text]
                let words = values.map { SearchTermsTests.Reference.terms(ofFolded: SearchText.fold($0)) }
                let folded = SearchText.fold(title)
                return Page(
                    fields: words.map { $0.map(stemmer.stem) }, titleTerm: words[0].contains(folded) ? stemmer.stem(folded) : nil,
                    titlePhrase: SearchText.runs(of: folded).map(stemmer.stem).joined(separator: " ")
                )
            }
        }

        func search(_ query: String) -> [Int] {
            let terms = SearchText.queryTerms(query, stemmer: stemmer)
            guard !terms.isEmpty else { return [] }
            let phrase = terms.joined(separator: " ")
            var scored: [(position: Int, score: Int)] = []
            for (position, page) in pages.enumerated() {
                var total = 0
                var inTitle = true
                for term in terms {
                    let cut = SearchText.prefix(term, SearchText.termLimit)
                    let found = page.fields.map { $0.contains { $0.hasPrefix(cut) } }
                    guard found.contains(true) else { total = -1; break }
                    for (field, isFound) in found.enumerated() where isFound { total += 2 * FullIndexMatcher.weights[field] }
                    inTitle = inTitle && found[0]
                }
                guard total > 0 else { continue }
                if terms.count == 1 {
                    if page.titleTerm == terms[0] { total += 50 }
                } else if inTitle {
                    if page.titlePhrase == phrase { total += 50 } else if page.titlePhrase.contains(phrase) { total += 20 }
                }
                scored.append((position, total))
            }
            return scored.sorted { $0.score != $1.score ? $0.score > $1.score : $0.position < $1.position }.map(\.position)
        }
    }

    static func replay(_ pages: [String: String], language: String = "en") -> SearchReplay {
        let folder = ChunkedSearchIndex.languageFolder(language) + "/"
        return SearchReplay { pages[folder + $0].map { Data($0.utf8) } }
    }

    /// Queries of one to many characters (prefix files, terms of exactly the key's length,
    /// longer ones), words in every page, in titles, in several fields, several words.
    static let exampleGuideQueries = [
        "a", "g", "su", "on", "the", "and", "you", "support", "Support", "peer", "peer support", "recovery", "groups",
        "group", "online", "meeting", "meetings", "988", "crisis", "SMART", "smart recovery", "twelve", "twelve steps",
        "family", "families", "compare", "safely", "help now", "al-anon", "secular", "free", "what", "zzzz", "browse",
    ]

    /// Queries whose words the former matching also found inside other words ("a" in "what",
    /// "the" in "other", "now" in "know"), which changes its results or their order.
    static let foundInsideWords: Set<String> = ["a", "g", "on", "the", "and", "help now"]

    @Test func givesTheSameResultsAsTheWholeIndexOnTheExampleGuide() async throws {
        let site = try await SiteBuilder(options: BuildOptions(root: TestSite.repositoryRoot, displayRoot: "")).render()
        let pages = site.pages
        let whole = FullIndexMatcher(entries: site.searchEntries)
        let stemmed = StemmedMatcher(entries: site.searchEntries, stemmer: .english)
        let unstemmed = StemmedMatcher(entries: site.searchEntries, stemmer: .none)
        let replay = Self.replay(pages)
        #expect(pages["search-index/en/manifest.json"]?.contains(#""stemmer":"english""#) == true)
        for query in Self.exampleGuideQueries {
            let result = try #require(replay.search(query))
            #expect(result.positions == stemmed.search(query), "\(query)")
            // Without stems, the rules are the former matching's at the starts of words; that
            // finds fewer pages where a word has several forms ("families" misses "family").
            #expect(unstemmed.search(query) == whole.search(query, wordStartsOnly: true), "\(query)")
            #expect(Set(unstemmed.search(query)).isSubset(of: result.positions), "\(query)")
            if Self.foundInsideWords.contains(query) {
                #expect(Set(unstemmed.search(query)).isSubset(of: whole.search(query)), "\(query)")
                #expect(unstemmed.search(query) != whole.search(query), "\(query)")
            }
        }
        // A word in nearly every article (and many meetings' notes): the records of the shown
        // results, from several record files.
        let every = try #require(replay.search("the"))
        #expect(every.positions == stemmed.search("the"))
        #expect(every.positions.count >= 40)
        #expect(every.requested.filter { $0.hasPrefix("records/") }.count == Set(every.positions.prefix(30).map { $0 / 16 }).count)
    }

    @Test func findsEveryFormOfAWordOnTheExampleGuide() async throws {
        let site = try await SiteBuilder(options: BuildOptions(root: TestSite.repositoryRoot, displayRoot: "")).render()
        let replay = Self.replay(site.pages)
        func titles(_ query: String) throws -> [String] {
            try #require(replay.search(query)).positions.map { site.searchEntries[$0].title }
        }
        #expect(try titles("family") == titles("families"))
        #expect(try titles("meeting") == titles("meetings"))
        // Get help now speaks of "overdosing".
        #expect(try titles("overdose").contains("Get help now"))
        #expect(try titles("overdose") == titles("overdosing"))
        #expect(try titles("family").count > titles("familyhood").count)
    }

    @Test func stemsSpanishOnASpanishSite() async throws {
        let site = try TestSite(files: [
            "Content/site.yml": "title: Guía\nbase_url: https://example.org/guia/\nlanguage: es\n",
            "Templates/search.mustache": "<form data-manifest=\"{{page.search_manifest_url}}\"></form>",
            "Content/grupos/uno.md": "---\ntitle: Reuniones para familias\n---\nUna reunión cada semana.\n",
            "Content/grupos/dos.md": "---\ntitle: Familia\n---\nLa familia y la recuperación.\n",
        ])
        defer { site.remove() }
        let rendered = try await site.render()
        let pages = rendered.pages
        #expect(pages["search-index/es/manifest.json"]?.contains(#""stemmer":"spanish""#) == true)
        let replay = Self.replay(pages, language: "es")
        let stemmed = StemmedMatcher(entries: rendered.searchEntries, stemmer: .spanish)
        func titles(_ query: String) throws -> [String] {
            try #require(replay.search(query)).positions.map { rendered.searchEntries[$0].title }
        }
        for query in ["reunión", "reuniones", "reunion", "familia", "familias", "recuperacion", "reunion familias"] {
            #expect(try #require(replay.search(query)).positions == stemmed.search(query), "\(query)")
        }
        #expect(try titles("reunión") == ["Reuniones para familias"])
        #expect(try titles("reuniones") == titles("reunion"))
        #expect(try Set(titles("familias")) == ["Familia", "Reuniones para familias"])
        #expect(try titles("familia").first == "Familia") // its whole title
    }

    @Test func findsWordsWithAccentsAndOtherScriptsByTheirFoldedForm() async throws {
        let site = try TestSite(files: [
            "Templates/search.mustache": "<form data-manifest=\"{{page.search_manifest_url}}\"></form>",
            "Content/learn/uno.md": "---\ntitle: Recuperación\n---\nLa recuperación en Zürich, naïve “quotes” and 12‑step and МОСКВА.\n",
            "Content/learn/dos.md": "---\ntitle: Dos\nsummary: Una guía de RECUPERACION\n---\nПривет москва; 東京の会議 and co-op.\n",
        ])
        defer { site.remove() }
        let rendered = try await site.render()
        let pages = rendered.pages
        #expect(pages["search/index.html"]?.contains(#"data-manifest="/guide/search-index/en/manifest.json""#) == true)
        let whole = FullIndexMatcher(entries: rendered.searchEntries)
        let stemmed = StemmedMatcher(entries: rendered.searchEntries, stemmer: .english)
        let replay = Self.replay(pages)
        for query in ["recuperacion", "Recuperación", "RECUPERACIÓN", "zurich", "Zürich", "naive", "москва", "привет", "guia", "op", "co-op", "step", "東京", "recuperacion zurich"] {
            let result = try #require(replay.search(query))
            #expect(!result.positions.isEmpty, "\(query)")
            #expect(result.positions == stemmed.search(query), "\(query)")
            #expect(result.positions == whole.search(query), "\(query)")
        }
    }

    @Test func oneWordNeedsTheManifestOneTermFileAndTheRecordsShown() async throws {
        var files = (0..<40).reduce(into: [String: String?]()) { files, index in
            files["Content/learn/page-\(index).md"] = "---\ntitle: Page \(index)\n---\nTogether we part ways; parting is apart from party number \(index).\n"
        }
        files["Templates/search.mustache"] = "<form data-manifest=\"{{page.search_manifest_url}}\"></form>"
        let site = try TestSite(files: files)
        defer { site.remove() }
        let rendered = try await site.render()
        let pages = rendered.pages
        let whole = FullIndexMatcher(entries: rendered.searchEntries)
        let replay = Self.replay(pages)
        // "part" starts "part", "parting" and "party"; "apart" is found only by the whole index's
        // matching inside words, and every page has all of them, so the results are the same.
        let part = try #require(replay.search("part"))
        #expect(part.positions == whole.search("part"))
        #expect(part.positions.count >= 40)
        #expect(part.requested.first == "manifest.json")
        #expect(part.requested.filter { $0.hasPrefix("terms/") } == ["terms/706172.json"])
        #expect(part.requested.filter { $0.hasPrefix("records/") }.count <= 3) // 30 results shown, 16 a file
        // Across term files: "par" and "pag" ("page") are neighbours; the number 39 is one page.
        #expect(try #require(replay.search("page")).positions == whole.search("page"))
        #expect(try #require(replay.search("39")).positions == whole.search("39"))
        #expect(try #require(replay.search("39")).requested == ["manifest.json", "prefixes/3339.json", "records/\(whole.search("39")[0] / 16).json"])
        #expect(try #require(replay.search("nothing-here")).positions.isEmpty)
    }
}
