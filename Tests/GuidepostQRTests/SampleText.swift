/// Texts for the smallest code, a page's address and the largest code, named so that test
/// results stay short.
enum SampleText: CaseIterable, Sendable {
    case word, address, digits, largest

    var text: String {
        switch self {
        case .word: "hi"
        case .address: "https://example.org/es/ayuda-ahora/"
        case .digits: String(repeating: "7", count: 600)
        case .largest: String(repeating: "a", count: 2_331)
        }
    }
}
