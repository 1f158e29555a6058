extension MeetingKindExplanations {
    /// The Spanish explanation of `code`, when there is one.
    static func spanishExplanation(of code: String, program: String?) -> String? {
        if code == "C" { return spanishClosed[program ?? ""] ?? spanishClosed[""] }
        return spanishExplanations[code]
    }
}
