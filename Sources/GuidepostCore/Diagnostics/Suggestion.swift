/// "Did you mean" suggestions for misspelled keys, ids and paths.
enum Suggestion {
    /// The candidate closest to `word`, if it is close enough to be a likely typo: at most a
    /// third of the characters of `typed` (by default `word` itself) differ.
    ///
    /// For a few candidates (keys, values, types); many are better looked up in a
    /// `SuggestionIndex` made once.
    static func closest(to word: String, in candidates: some Sequence<String>, typed: String? = nil) -> String? {
        let limit = limit(for: typed ?? word)
        let target = Array(word.lowercased())
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let bound = min(limit, (best?.distance ?? .max) - 1)
            guard bound >= 0 else { break }
            if let distance = editDistance(target, Array(candidate.lowercased()), atMost: bound) {
                best = (candidate, distance)
            }
        }
        return best?.candidate
    }

    /// `"; did you mean 'x'?"`, or an empty string.
    static func hint(for word: String, in candidates: some Sequence<String>) -> String {
        closest(to: word, in: candidates).map { "; did you mean '\($0)'?" } ?? ""
    }

    /// How many characters may differ: a third of `typed`, and at least 2.
    static func limit(for typed: String) -> Int {
        max(2, typed.count / 3)
    }

    /// Levenshtein distance over Characters.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        return editDistance(a, b, atMost: max(a.count, b.count)) ?? max(a.count, b.count)
    }

    /// Levenshtein distance, or nil as soon as it is known to exceed `bound`: the lengths differ
    /// by more, or a whole row of the table does.
    static func editDistance(_ a: [Character], _ b: [Character], atMost bound: Int) -> Int? {
        guard abs(a.count - b.count) <= bound else { return nil }
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                rowMinimum = min(rowMinimum, current[j])
            }
            // Distances only grow from one row to the next.
            if rowMinimum > bound { return nil }
            swap(&previous, &current)
        }
        return previous[b.count] <= bound ? previous[b.count] : nil
    }
}
