@testable import GuidepostCore
import Testing

/// Snowball's Spanish stemmer on words that go through each of its steps, with the stems the
/// published algorithm gives them (`Fixtures/stemming/spanish.txt`, which the search script's
/// stemmer is checked against too).
@Suite struct SpanishStemmerTests {
    @Test func givesTheStemsOfTheSharedWordList() throws {
        let pairs = try StemmingWordList.pairs("spanish")
        #expect(pairs.count >= 60)
        for (word, stem) in pairs {
            #expect(SpanishStemmer.stem(word) == stem, "\(word)")
        }
    }

    @Test func givesFormsOfAWordOneStemWithOrWithoutAccents() {
        #expect(Set(["reunión", "reuniones", "reunion"].map(SpanishStemmer.stem)) == ["reunion"])
        #expect(Set(["familia", "familias", "familiar"].map(SpanishStemmer.stem)) == ["famili"])
    }
}
