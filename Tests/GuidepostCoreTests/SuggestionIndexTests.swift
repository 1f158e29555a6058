@testable import GuidepostCore
import Testing

/// "Did you mean" among thousands of candidates compares a bounded number of them per lookup.
@Suite struct SuggestionIndexTests {
    func pages(_ count: Int) -> [String] {
        (0..<count).map { "learn/article-\(String(1_000_000 + $0 * 7).dropFirst()).md" }
    }

    /// Edit distances computed to suggest a page for a misspelling of each page.
    func comparisons(pages count: Int) -> Int {
        let index = SuggestionIndex(pages(count))
        var comparisons = 0
        for page in pages(count) {
            _ = index.closest(to: page.replacingOccurrences(of: "article", with: "artcle"), comparisons: &comparisons)
        }
        return comparisons
    }

    @Test func findsTheMisspelledPageAmongThousands() {
        let index = SuggestionIndex(pages(2_000))
        #expect(index.closest(to: "learn/artcle-012341.md") == "learn/article-012341.md")
        #expect(index.closest(to: "learn/article-012341.m") == "learn/article-012341.md")
        #expect(index.closest(to: "about/contact.md") == nil)
        #expect(index.closest(to: "LEARN/ARTICLE-000007.MD") == "learn/article-000007.md")
    }

    @Test func smallSetsAreComparedInFullAsBefore() {
        let candidates = ["twelve-step", "secular", "faith-based"]
        for word in ["twelve-stp", "secualr", "faith", "none", "x"] {
            #expect(SuggestionIndex(candidates).closest(to: word) == Suggestion.closest(to: word, in: candidates))
        }
        #expect(SuggestionIndex(candidates).hint(for: "twelve-stp") == "; did you mean 'twelve-step'?")
    }

    @Test func comparisonsGrowInProportionToBrokenLinks() {
        // Every page misspelled once: comparing every pair grows 4 times from 400 to 800 pages;
        // the index compares at most a fixed number per lookup.
        let small = comparisons(pages: 400)
        let large = comparisons(pages: 800)
        #expect(small <= 400 * SuggestionIndex.comparedCandidates)
        #expect(Double(large) / Double(small) < 2.5, "\(small) and \(large) comparisons")
    }

    @Test func boundedEditDistanceAgreesWithTheFullOne() {
        let words = ["", "a", "kitten", "sitting", "recovery", "recoverry", "Peer-Support", "peer support"]
        for a in words {
            for b in words {
                let full = Suggestion.editDistance(a, b)
                for bound in 0...6 {
                    let bounded = Suggestion.editDistance(Array(a), Array(b), atMost: bound)
                    #expect(bounded == (full <= bound ? full : nil), "\(a) \(b) \(bound)")
                }
            }
        }
    }
}
