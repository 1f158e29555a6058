internal import Yams

extension YAMLSource {
    /// A duplicate key in plain words, at the line where the key is written again.
    ///
    /// Yams names the duplicated keys and the first place of the one that sorts first, not where
    /// the mapping goes wrong. The keys of a block mapping share a column, so the mapping's lines
    /// are read around that place to find the first key written a second time. When that key is
    /// the one that starts an entry of a list (`- id: aa`), the likeliest mistake is a new entry
    /// written without its `- `, and the message says so.
    func duplicateKeyDiagnostic(_ duplicates: [String], firstAt mark: Mark) -> Diagnostic {
        guard let block = BlockMapping(in: yaml, keyAt: mark),
              let (index, earlier) = block.firstRepeat(among: Set(duplicates))
        else {
            let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            let noun = duplicates.count == 1 ? "key" : "keys"
            return error("duplicate \(noun) \(keys) in this mapping", line: mark.line, column: mark.column)
        }
        let key = block.keys[index], first = block.keys[earlier]
        if let item = block.item, earlier == 0 {
            let noun = block.listKey.map { Self.entryNoun(ofList: $0) } ?? "entry"
            return error(
                "duplicate key '\(key.name)': it is already set on line \(first.line + lineOffset), where this \(noun) starts; to start a new \(noun) here, write '- ' before '\(key.name)', with the '-' lined up with the '-' on line \(item.line + lineOffset)",
                line: key.line, column: mark.column
            )
        }
        return error("duplicate key '\(key.name)': it is already set on line \(first.line + lineOffset); keep only one of them", line: key.line, column: mark.column)
    }

    /// What one entry of a list is called in messages: `groups` holds groups.
    static func entryNoun(ofList key: String) -> String {
        let nouns = [
            "groups": "group", "types": "group type", "dimensions": "dimension", "comparisons": "comparison",
            "help_lines": "help line", "values": "value", "sources": "source", "menu": "menu entry",
        ]
        return nouns[key] ?? "entry of '\(key)'"
    }
}

/// The keys of one block mapping, read from its lines: each line that starts with a key at the
/// mapping's column, until a line that starts further left.
struct BlockMapping {
    struct Key {
        var name: String
        /// 1-based YAML line.
        var line: Int
    }

    /// In the order written.
    var keys: [Key] = []
    /// When the mapping is an entry of a block list: the line of its `- `, and that `-`'s column.
    var item: (line: Int, column: Int)?
    /// The key that holds the list the mapping is an entry of (`groups`), when it can be read.
    var listKey: String?

    /// The mapping whose key is written at `mark`; nil when its lines cannot be read this way
    /// (a flow mapping such as `{a: 1, a: 2}`).
    init?(in yaml: String, keyAt mark: Mark) {
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.unicodeScalars) }
        let column = mark.column - 1
        guard mark.line >= 1, mark.line <= lines.count, Self.layout(of: lines[mark.line - 1])?.key == column else { return nil }
        var found: [Key] = []
        // Upwards from the key, to the mapping's first line.
        var number = mark.line
        while number >= 1 {
            let scalars = lines[number - 1]
            if let layout = Self.layout(of: scalars) {
                if layout.key == column, let name = Self.keyName(in: scalars, at: column) {
                    found.insert(Key(name: name, line: number), at: 0)
                    if layout.start < column {
                        item = (number, layout.start + 1)
                        break
                    }
                } else if layout.start < column {
                    break
                }
            }
            number -= 1
        }
        // Downwards, to the last line of the mapping.
        number = mark.line + 1
        while number <= lines.count {
            let scalars = lines[number - 1]
            if let layout = Self.layout(of: scalars) {
                if layout.start < column { break }
                if layout.start == column, let name = Self.keyName(in: scalars, at: column) {
                    found.append(Key(name: name, line: number))
                }
            }
            number += 1
        }
        keys = found
        if let item {
            listKey = Self.listKey(above: item, in: lines)
        }
    }

    /// The index of the first key written again, and of its earlier occurrence.
    func firstRepeat(among duplicates: Set<String>) -> (Int, earlier: Int)? {
        var seen: [String: Int] = [:]
        for (index, key) in keys.enumerated() where duplicates.contains(key.name) {
            if let earlier = seen[key.name] { return (index, earlier) }
            seen[key.name] = index
        }
        return nil
    }

    // MARK: - Reading lines

    /// Where a line's text starts and where its first key would be, past any `- `; nil for a
    /// blank line or a comment.
    static func layout(of scalars: [Unicode.Scalar]) -> (start: Int, key: Int)? {
        guard let start = scalars.firstIndex(where: { $0 != " " }), scalars[start] != "#" else { return nil }
        var key = start
        while key < scalars.count, scalars[key] == "-", key + 1 < scalars.count, scalars[key + 1] == " " {
            key += 1
            while key < scalars.count, scalars[key] == " " { key += 1 }
        }
        return (start, key)
    }

    /// The key written at `column` of a `key: value` line, quoted or not; nil when the line does
    /// not hold one there.
    static func keyName(in scalars: [Unicode.Scalar], at column: Int) -> String? {
        guard column < scalars.count else { return nil }
        var rest = scalars[column...]
        var name = String.UnicodeScalarView()
        if let quote = rest.first, quote == "\"" || quote == "'" {
            rest = rest.dropFirst()
            guard let close = rest.firstIndex(of: quote) else { return nil }
            name.append(contentsOf: rest[..<close])
            rest = rest[(close + 1)...]
        } else {
            guard let colon = rest.indices.first(where: { rest[$0] == ":" && ($0 + 1 == scalars.count || scalars[$0 + 1] == " ") }) else { return nil }
            name.append(contentsOf: rest[..<colon])
            while name.last == " " { name.removeLast() }
            rest = rest[colon...]
        }
        guard rest.drop(while: { $0 == " " }).first == ":" else { return nil }
        return String(name)
    }

    /// The key of the nearest line above the list entry at `item` that starts left of its `-`
    /// (or at it, without a `-`), when that line is `key:` alone.
    static func listKey(above item: (line: Int, column: Int), in lines: [[Unicode.Scalar]]) -> String? {
        var number = item.line - 1
        while number >= 1 {
            let scalars = lines[number - 1]
            if let layout = layout(of: scalars), layout.start < item.column - 1 || (layout.start == item.column - 1 && layout.key == layout.start) {
                guard let name = keyName(in: scalars, at: layout.key) else { return nil }
                let afterColon = String(String.UnicodeScalarView(scalars)).split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).last ?? ""
                return afterColon.allSatisfy { $0 == " " } ? name : nil
            }
            number -= 1
        }
        return nil
    }
}
