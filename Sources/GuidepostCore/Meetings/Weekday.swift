/// A day of the week, numbered as the Meeting Guide specification does: 0 is Sunday.
public enum Weekday: Int, Sendable, Hashable, CaseIterable, Comparable {
    case sunday = 0, monday, tuesday, wednesday, thursday, friday, saturday

    public var englishName: String {
        ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"][rawValue]
    }

    public var spanishName: String {
        ["domingo", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado"][rawValue]
    }

    /// The lowercase English name, as used in addresses (`/meetings/monday/`).
    public var slug: String { englishName.lowercased() }

    private static let englishLowercased = allCases.map { $0.englishName.lowercased() }
    private static let spanishFolded = ["domingo", "lunes", "martes", "miercoles", "jueves", "viernes", "sabado"]

    public static func < (lhs: Weekday, rhs: Weekday) -> Bool { lhs.rawValue < rhs.rawValue }

    /// A day written as a number 0-6, an English or Spanish name or its first three letters
    /// ("Mon", "lunes"), in any case; nil for anything else.
    public init?(reading text: String) {
        let word = text.trimmed.lowercased()
        if let number = Int(word) {
            guard let day = Weekday(rawValue: number) else { return nil }
            self = day
            return
        }
        let folded = word.allSatisfy(\.isASCII) ? word : word.folding(options: .diacriticInsensitive, locale: nil)
        for day in Weekday.allCases {
            let english = Self.englishLowercased[day.rawValue]
            if folded == english || folded == Self.spanishFolded[day.rawValue] || (folded.count == 3 && english.hasPrefix(folded)) {
                self = day
                return
            }
        }
        return nil
    }
}
