@testable import GuidepostCore
import Testing

/// Snowball's English stemmer on words that go through each of its steps, with the stems the
/// published algorithm gives them (`Fixtures/stemming/english.txt`, which the search script's
/// stemmer is checked against too).
@Suite struct EnglishStemmerTests {
    @Test func givesTheStemsOfTheSharedWordList() throws {
        let pairs = try StemmingWordList.pairs("english")
        #expect(pairs.count >= 60)
        for (word, stem) in pairs {
            #expect(EnglishStemmer.stem(word) == stem, "\(word)")
        }
    }

    @Test func givesFormsOfAWordOneStem() {
        #expect(Set(["family", "families", "family's"].map(EnglishStemmer.stem)) == ["famili"])
        #expect(Set(["overdose", "overdoses", "overdosed", "overdosing"].map(EnglishStemmer.stem)) == ["overdos"])
        #expect(Set(["meet", "meeting", "meetings"].map(EnglishStemmer.stem)) == ["meet"])
    }

    @Test func leavesNumbersShortWordsAndOtherScriptsAlone() {
        for word in ["", "a", "12", "988", "12-step", "москва", "東京の会議", "ßß"] {
            #expect(EnglishStemmer.stem(word) == word, "\(word)")
        }
    }
}
