import Foundation

/// Two names in one folder that differ only in how accented letters are encoded, such as
/// `café.md` written with `é` as one character (U+00E9) and as `e` followed by a combining
/// accent (U+0065 U+0301). macOS, archive tools and sync services write either form.
///
/// Swift compares strings by what they mean, not by their bytes, so the two names are one key
/// of a dictionary or set: left in, they would make a build crash or silently lose a file. The
/// directory walk therefore lists only one of them and reports the other.
struct NameClash: Sendable, Hashable {
    /// The name that is left out, relative to the walk's root.
    var path: String
    /// The name that is listed, in the same folder.
    var keptName: String
    var isFolder: Bool

    /// The error shown at the name that is left out; `displayFolder` is how the root is shown.
    func diagnostic(displayFolder: String) -> Diagnostic {
        let name = (path as NSString).lastPathComponent
        let spelling = Self.firstDifference(name, keptName).map { " ('\($0.character)' is \($0.here) here and \($0.there) there)" } ?? ""
        return Diagnostic(
            at: SourceLocation(file: path.isEmpty ? displayFolder : "\(displayFolder)/\(path)"),
            "this \(isFolder ? "folder" : "file")'s name and '\(keptName)' beside it differ only in how accented letters are encoded"
                + "\(spelling), so they count as one name; rename or delete one of the two"
        )
    }

    /// Of the names in one folder, the ones that clash with another, each with the name kept.
    /// Of a group of clashing names, the one already in the usual composed form (NFC) is kept,
    /// else the first by bytes, so that the choice never depends on the order of the listing.
    static func find(in names: [String]) -> [(dropped: String, kept: String)] {
        // Names of plain ASCII cannot clash with each other, and that is nearly every folder.
        guard names.contains(where: { !$0.utf8.allSatisfy { $0 < 0x80 } }) else { return [] }
        var groups: [String: [String]] = [:]
        for name in names { groups[name, default: []].append(name) }
        var clashes: [(dropped: String, kept: String)] = []
        for group in groups.values where group.count > 1 {
            let ordered = group.sorted { lhs, rhs in
                let (lhsComposed, rhsComposed) = (isComposed(lhs), isComposed(rhs))
                if lhsComposed != rhsComposed { return lhsComposed }
                return lhs.utf8.lexicographicallyPrecedes(rhs.utf8)
            }
            clashes += ordered.dropFirst().map { ($0, ordered[0]) }
        }
        return clashes
    }

    private static func isComposed(_ name: String) -> Bool {
        name.utf8.elementsEqual(name.precomposedStringWithCanonicalMapping.utf8)
    }

    /// The first character whose scalars differ between two equal names, and both spellings.
    private static func firstDifference(_ name: String, _ other: String) -> (character: Character, here: String, there: String)? {
        for (character, otherCharacter) in zip(name, other) where !character.unicodeScalars.elementsEqual(otherCharacter.unicodeScalars) {
            return (otherCharacter, codePoints(character), codePoints(otherCharacter))
        }
        return nil
    }

    private static func codePoints(_ character: Character) -> String {
        character.unicodeScalars.map { "U+" + String(String($0.value, radix: 16, uppercase: true).leftPadded(to: 4)) }.joined(separator: " ")
    }
}

extension String {
    fileprivate func leftPadded(to length: Int) -> String {
        count >= length ? self : String(repeating: "0", count: length - count) + self
    }
}
