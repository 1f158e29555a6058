import Foundation
@testable import GuidepostCore
import Testing

/// The Spanish meeting-kind explanations cover exactly the kinds the English ones do, and each
/// is written out in Spanish rather than left empty or copied from the English.
@Suite struct MeetingKindExplanationsSpanishTests {
    @Test func closedMeetingsAreExplainedForTheSamePrograms() {
        #expect(Set(MeetingKindExplanations.spanishClosed.keys) == Set(MeetingKindExplanations.closed.keys))
    }

    @Test func everyOtherKindIsExplainedForTheSameCodes() {
        #expect(Set(MeetingKindExplanations.spanishExplanations.keys) == Set(MeetingKindExplanations.explanations.keys))
    }

    @Test func closedMeetingExplanationsAreWrittenInSpanish() {
        #expect(Self.problems(spanish: MeetingKindExplanations.spanishClosed, english: MeetingKindExplanations.closed) == [])
    }

    @Test func otherExplanationsAreWrittenInSpanish() {
        #expect(Self.problems(spanish: MeetingKindExplanations.spanishExplanations, english: MeetingKindExplanations.explanations) == [])
    }

    // MARK: - Helpers

    /// One line per Spanish text that is empty, the English text itself, or not a finished sentence.
    private static func problems(spanish: [String: String], english: [String: String]) -> [String] {
        spanish.sorted { $0.key < $1.key }.compactMap { code, text in
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { return "'\(code)' is empty" }
            if trimmed == english[code] { return "'\(code)' is the English text" }
            if !trimmed.hasSuffix(".") { return "'\(code)' does not end a sentence" }
            return nil
        }
    }
}
