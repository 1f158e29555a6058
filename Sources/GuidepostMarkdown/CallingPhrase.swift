/// The words right before a number that say how to reach it: "call", "Call:", "dial", "llame al"
/// for a call, "text", "Text:", "envíe un mensaje de texto al" for a text message.
///
/// A service code (988, 911) is a link only after one of them; any number after a texting
/// phrase is an `sms:` link, so a reader on a phone gets the messaging app.
enum CallingPhrase: Sendable, Equatable {
    case call
    case text

    /// The URL scheme of a number reached this way.
    var scheme: String {
        switch self {
        case .call: "tel"
        case .text: "sms"
        }
    }

    /// The phrases, as lowercase words, longest first so that "call or text" is a call and
    /// "mensaje de texto" a text message.
    private static let phrases: [(words: [Substring], kind: CallingPhrase)] = {
        let call = [
            "call", "dial", "phone", "tty", "call or text", "call us at", "call us on",
            "llame al", "llamar al", "llama al", "llámenos al", "llamada", "teléfono", "marque", "marque el",
            "marque al", "llame o envíe un mensaje de texto al", "llamar o enviar un mensaje de texto al",
            "llame o mande un mensaje de texto al",
        ]
        let text = ["text", "sms", "text us at", "mensaje de texto", "mensaje de texto al"]
        let phrases = call.map { ($0.split(separator: " "), CallingPhrase.call) } + text.map { ($0.split(separator: " "), CallingPhrase.text) }
        return phrases.sorted { $0.0.count > $1.0.count }
    }()
    /// The most words a phrase has.
    private static let longestPhrase = phrases.first?.words.count ?? 0

    /// The phrase that `before` ends with, followed by spaces or a colon, or nil.
    ///
    /// `before` is the text up to the number; only its end is read. Words are separated by
    /// spaces; any other mark between them (a comma, a full stop) ends the phrase.
    static func ending(_ before: [Unicode.Scalar]) -> CallingPhrase? {
        var index = before.count
        while index > 0, before[index - 1] == ":" || before[index - 1].properties.isWhitespace { index -= 1 }
        guard index < before.count else { return nil }
        var words: [Substring] = []
        while words.count < longestPhrase {
            var start = index
            while start > 0, before[start - 1].properties.isAlphabetic { start -= 1 }
            guard start < index else { break }
            var word = String.UnicodeScalarView()
            word.append(contentsOf: before[start..<index])
            words.append(Substring(String(word).lowercased()))
            index = start
            var gap = index
            while gap > 0, before[gap - 1].properties.isWhitespace { gap -= 1 }
            guard gap < index else { break }
            index = gap
        }
        guard !words.isEmpty else { return nil }
        words.reverse()
        return phrases.first { words.count >= $0.words.count && words.suffix($0.words.count).elementsEqual($0.words) }?.kind
    }
}
