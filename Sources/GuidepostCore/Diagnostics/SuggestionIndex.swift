/// "Did you mean" candidates indexed by their three-character pieces, for a large set (every
/// page of a site, every group of a catalog) that many misspellings are looked up in.
///
/// Comparing a misspelling with every candidate costs one edit distance per pair: 2,400 broken
/// links in a site of 2,400 pages took 11 seconds. For a set larger than `directScanLimit`, a
/// lookup only counts, for each candidate of about the right length, the pieces it shares with
/// the word (pieces that more than `commonPieceLimit` candidates share say nothing and are
/// skipped), and computes the edit distance of the `comparedCandidates` that share the most,
/// stopping each as soon as it exceeds the best so far. A smaller set is compared in full.
/// Either way the answer is the closest candidate within `Suggestion`'s limit, ties going to the
/// first in sorted order.
struct SuggestionIndex: Sendable, Hashable {
    static let directScanLimit = 300
    static let comparedCandidates = 64
    static let commonPieceLimit = 512

    /// Sorted, so that ties are broken the same way on every run.
    let candidates: [String]
    private let lowered: [[Character]]
    private let piecesToCandidates: [String: [Int]]

    init(_ candidates: some Sequence<String>) {
        self.candidates = Array(Set(candidates)).sorted()
        lowered = self.candidates.map { Array($0.lowercased()) }
        var index: [String: [Int]] = [:]
        if self.candidates.count > Self.directScanLimit {
            for (number, characters) in lowered.enumerated() {
                for piece in Set(Self.pieces(of: characters)) { index[piece, default: []].append(number) }
            }
        }
        piecesToCandidates = index
    }

    /// The closest candidate to `word`, if it is close enough to be a likely typo: at most a
    /// third of the characters of `typed` (by default `word` itself) differ. `comparisons` counts
    /// the edit distances computed.
    func closest(to word: String, typed: String? = nil, comparisons: inout Int) -> String? {
        let limit = Suggestion.limit(for: typed ?? word)
        let target = Array(word.lowercased())
        var best: (number: Int, distance: Int)?
        for number in shortlist(for: target, limit: limit) {
            let bound = min(limit, (best?.distance ?? .max) - 1)
            guard bound >= 0, abs(lowered[number].count - target.count) <= bound else { continue }
            comparisons += 1
            guard let distance = Suggestion.editDistance(target, lowered[number], atMost: bound) else { continue }
            if best == nil || distance < best!.distance || (distance == best!.distance && number < best!.number) {
                best = (number, distance)
            }
        }
        return best.map { candidates[$0.number] }
    }

    func closest(to word: String, typed: String? = nil) -> String? {
        var comparisons = 0
        return closest(to: word, typed: typed, comparisons: &comparisons)
    }

    /// `"; did you mean 'x'?"`, or an empty string.
    func hint(for word: String) -> String {
        closest(to: word).map { "; did you mean '\($0)'?" } ?? ""
    }

    // MARK: - Helpers

    /// The candidates worth an edit distance, in candidate order.
    private func shortlist(for target: [Character], limit: Int) -> [Int] {
        guard candidates.count > Self.directScanLimit else { return Array(candidates.indices) }
        var shared: [Int: Int] = [:]
        var rarest: [Int]?
        for piece in Set(Self.pieces(of: target)) {
            guard let numbers = piecesToCandidates[piece] else { continue }
            if rarest == nil || numbers.count < rarest!.count { rarest = numbers }
            guard numbers.count <= Self.commonPieceLimit else { continue }
            for number in numbers where abs(lowered[number].count - target.count) <= limit {
                shared[number, default: 0] += 1
            }
        }
        // Only common pieces in common: the candidates of the least common one.
        if shared.isEmpty {
            return Array((rarest ?? []).filter { abs(lowered[$0].count - target.count) <= limit }.prefix(Self.comparedCandidates))
        }
        let ranked = shared.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        return ranked.prefix(Self.comparedCandidates).map(\.key).sorted()
    }

    /// Overlapping three-character pieces, with the word's start and end marked so that short
    /// words have pieces too.
    private static func pieces(of characters: [Character]) -> [String] {
        let padded: [Character] = ["\u{2}", "\u{2}"] + characters + ["\u{3}", "\u{3}"]
        return (0..<(padded.count - 2)).map { String(padded[$0..<($0 + 3)]) }
    }

    static func == (lhs: SuggestionIndex, rhs: SuggestionIndex) -> Bool { lhs.candidates == rhs.candidates }

    /// The candidates decide everything else, and a build hashes its link resolver once.
    func hash(into hasher: inout Hasher) { hasher.combine(candidates) }
}
