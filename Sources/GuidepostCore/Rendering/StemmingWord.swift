/// A word as the stemmers read and change it: its characters as Unicode scalar values, tested
/// and edited at its end, the way the Snowball algorithms work backwards from the end of a word.
///
/// Characters are Unicode scalars, as the search index counts them, so that the regions and the
/// "more than one letter" tests of the algorithms count the same in Swift and in the script.
/// The last eight letters are also kept packed in one number (`tail`), so that testing a
/// suffix, which the stemmers do dozens of times a word, is a comparison of two numbers.
struct StemmingWord {
    private(set) var letters: [UInt32]
    /// The last eight letters, the last in the lowest byte; a letter above U+00FF as 0, which no
    /// suffix has.
    private var tail: UInt64 = 0
    /// Whether an edit changed the word (marks that are set and taken back do not count).
    private(set) var isChanged = false

    init(_ word: String) {
        letters = []
        letters.reserveCapacity(word.utf8.count + 2)
        // Most words are ASCII, where a byte is a character.
        for byte in word.utf8 {
            guard byte < 0x80 else {
                letters.removeAll(keepingCapacity: true)
                for scalar in word.unicodeScalars { letters.append(scalar.value) }
                break
            }
            letters.append(UInt32(byte))
        }
        packTail()
    }

    var count: Int { letters.count }

    subscript(index: Int) -> UInt32 { letters[index] }

    /// The word, or `original` itself when no edit changed it (no new string then).
    func string(original: String) -> String {
        guard isChanged else { return original }
        if letters.allSatisfy({ $0 < 0x80 }) {
            return String(unsafeUninitializedCapacity: letters.count) { buffer in
                for (index, letter) in letters.enumerated() { buffer[index] = UInt8(truncatingIfNeeded: letter) }
                return letters.count
            }
        }
        var scalars = String.UnicodeScalarView()
        for value in letters {
            if let scalar = Unicode.Scalar(value) { scalars.append(scalar) }
        }
        return String(scalars)
    }

    // MARK: - Tests

    /// Whether the word ends with `suffix`.
    func ends(with suffix: Suffix) -> Bool {
        suffix.count <= letters.count && tail & suffix.mask == suffix.packed
    }

    /// Whether the first `end` letters end with `suffix`.
    func ends(with suffix: Suffix, at end: Int) -> Bool {
        guard suffix.count <= end else { return false }
        for offset in 0..<suffix.count where letters[end - 1 - offset] != suffix.letter(fromEnd: offset) { return false }
        return true
    }

    /// Whether the first `end` letters are exactly `word`.
    func prefix(_ end: Int, is word: Suffix) -> Bool {
        end == word.count && ends(with: word, at: end)
    }

    /// Whether the word starts with `prefix`.
    func starts(with prefix: Suffix) -> Bool {
        prefix.count <= letters.count && ends(with: prefix, at: prefix.count)
    }

    /// The longest rule of `table` whose suffix ends the word and starts at `limit` or after.
    func longest<Rule>(_ table: SuffixTable<Rule>, from limit: Int = 0) -> Rule? {
        guard let last = letters.last, last < 0x100 else { return nil }
        for index in table.candidates(endingWith: Int(last)) {
            let rule = table.rules[index]
            if letters.count - rule.suffix.count >= limit && ends(with: rule.suffix) { return rule }
        }
        return nil
    }

    /// Where the region after the first non-vowel that follows a vowel, from `start` on,
    /// begins: the Snowball "R1" and "R2"; the end of the word when there is none.
    func regionStart(from start: Int, isVowel: (UInt32) -> Bool) -> Int {
        var index = start
        while index < letters.count && !isVowel(letters[index]) { index += 1 }
        while index < letters.count && isVowel(letters[index]) { index += 1 }
        return index < letters.count ? index + 1 : letters.count
    }

    // MARK: - Edits

    /// Replaces the last `length` letters with `replacement`.
    mutating func replaceSuffix(_ length: Int, with replacement: Suffix) {
        letters.removeLast(length)
        for offset in stride(from: replacement.count - 1, through: 0, by: -1) { letters.append(replacement.letter(fromEnd: offset)) }
        changed()
    }

    mutating func removeLast(_ length: Int = 1) {
        letters.removeLast(length)
        changed()
    }

    mutating func append(_ letter: UInt32) {
        letters.append(letter)
        changed()
    }

    mutating func removeFirst() {
        letters.removeFirst()
        changed()
    }

    /// Sets a letter; `isEdit` false for a mark that is taken back before the end (English `Y`).
    mutating func set(_ index: Int, to letter: UInt32, isEdit: Bool = true) {
        letters[index] = letter
        if isEdit { isChanged = true }
        if index >= letters.count - 8 { packTail() }
    }

    private mutating func changed() {
        isChanged = true
        packTail()
    }

    private mutating func packTail() {
        tail = 0
        var index = Swift.max(0, letters.count - 8)
        while index < letters.count {
            let letter = letters[index]
            tail = tail << 8 | (letter < 0x100 ? UInt64(letter) : 0)
            index += 1
        }
    }
}

/// Rules sorted longest first and grouped by the last letter of their suffix, so that finding
/// the longest suffix of a word looks only at the rules that end with its last letter.
struct SuffixTable<Rule: SuffixRule>: Sendable {
    let rules: [Rule]
    /// Indices in `rules`, by last letter, longest first within a letter.
    private let order: [Int]
    /// Where each letter's indices start in `order`, for the letters 0 to 255, and the end.
    private let starts: [Int]

    init(_ rules: [Rule]) {
        self.rules = rules.enumerated().sorted { ($0.element.suffix.count, $1.offset) > ($1.element.suffix.count, $0.offset) }.map(\.element)
        var groups = [[Int]](repeating: [], count: 256)
        for (index, rule) in self.rules.enumerated() where rule.suffix.count > 0 {
            groups[Int(rule.suffix.letter(fromEnd: 0))].append(index)
        }
        order = groups.flatMap { $0 }
        var starts = [0]
        for group in groups { starts.append(starts[starts.count - 1] + group.count) }
        self.starts = starts
    }

    func candidates(endingWith letter: Int) -> ArraySlice<Int> {
        order[starts[letter]..<starts[letter + 1]]
    }
}

/// A rule of a stemmer, found by the suffix it is about (`StemmingWord.longest`).
protocol SuffixRule: Sendable {
    var suffix: Suffix { get }
}

/// Up to eight letters of U+0001 to U+00FF (Latin-1: English and Spanish suffixes, accents
/// included), packed in one number as `StemmingWord` packs the end of a word.
struct Suffix: Equatable, SuffixRule {
    let packed: UInt64
    let mask: UInt64
    let count: Int

    init(_ text: String) {
        var packed: UInt64 = 0
        var count = 0
        for scalar in text.unicodeScalars.suffix(8) where (1...0xFF).contains(scalar.value) {
            packed = packed << 8 | UInt64(scalar.value)
            count += 1
        }
        self.packed = packed
        self.count = count
        mask = count == 8 ? .max : (1 << (8 * UInt64(count))) - 1
    }

    var suffix: Suffix { self }

    /// The letter `offset` places from the end (0 is the last).
    func letter(fromEnd offset: Int) -> UInt32 {
        UInt32(truncatingIfNeeded: packed >> (8 * UInt64(offset)) & 0xFF)
    }
}
