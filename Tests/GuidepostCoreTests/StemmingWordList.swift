import Foundation

/// A list of words and their stems in `Fixtures/stemming/`, shared with
/// `scripts/check_stemmers.js`: a `word stem` pair a line, `#` lines are comments.
enum StemmingWordList {
    static func pairs(_ language: String) throws -> [(word: String, stem: String)] {
        let file = TestSite.fixtures.appendingPathComponent("stemming/\(language).txt")
        return try String(contentsOf: file, encoding: .utf8).split(separator: "\n").compactMap { line in
            guard !line.hasPrefix("#") else { return nil }
            let parts = line.split(separator: " ")
            return parts.count == 2 ? (String(parts[0]), String(parts[1])) : nil
        }
    }
}
