extension MeetingKindExplanations {
    static let spanishClosed: [String: String] = [:]
    static let spanishExplanations: [String: String] = [:]
}
