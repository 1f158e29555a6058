internal import Yams

extension YAMLSource {
    /// Reports every key and value of `root` that holds a control character other than a tab
    /// or a line break, at the key or value.
    ///
    /// A file cannot hold them raw (libyaml refuses them), but YAML escapes write them in quoted
    /// text (`"\a"`, `"\e"`, `"\x07"`, `"\u0000"`), and from there they would reach titles, meta
    /// tags and the search index, where they show as boxes or end the text early. Aliases reuse
    /// their anchor's node: each written node is looked at once, however often it is reused.
    func refuseControlCharacters(in root: Node, into diagnostics: inout [Diagnostic]) {
        var visited = Set<NodePlace>()
        var pending: [(node: Node, key: String?)] = [(root, nil)]
        while let (node, key) = pending.popLast() {
            guard visited.insert(NodePlace(node)).inserted else { continue }
            switch node {
            case .scalar(let scalar):
                guard let character = scalar.string.unicodeScalars.first(where: Self.isRefusedControlCharacter) else { continue }
                let owner = key.map { "'\($0)'" } ?? "this text"
                diagnostics.append(error(
                    "\(owner) holds the control character \(Self.describe(character)), which has no place in text; remove it (in quoted YAML text it is written as an escape such as \(Self.escape(of: character)))",
                    at: node
                ))
            case .mapping(let mapping):
                // Pushed in reverse, so that problems come out in the order of the file.
                for (keyNode, value) in mapping.reversed() {
                    pending.append((value, keyNode.string ?? key))
                    pending.append((keyNode, nil))
                }
            case .sequence(let sequence):
                for item in sequence.reversed() { pending.append((item, key)) }
            case .alias:
                continue
            }
        }
    }

    /// A control character that text may not hold: C0 and C1 controls and DEL, but not tab and
    /// line feed, which text may hold (a carriage return left in text by an escape is refused).
    static func isRefusedControlCharacter(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar != "\t", scalar != "\n" else { return false }
        return scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    /// `U+0007 (bell)`: the code point, and its name when it has a common one.
    static func describe(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        let names: [UInt32: String] = [
            0x00: "NUL", 0x07: "bell", 0x08: "backspace", 0x0B: "vertical tab", 0x0C: "form feed",
            0x0D: "carriage return", 0x1B: "escape", 0x7F: "delete", 0x85: "next line",
        ]
        return names[scalar.value].map { "\(code) (\($0))" } ?? code
    }

    /// How a YAML double-quoted string writes `scalar`: `\a`, `\e`, `\x07`.
    static func escape(of scalar: Unicode.Scalar) -> String {
        let short: [UInt32: String] = [0x00: "\\0", 0x07: "\\a", 0x08: "\\b", 0x0B: "\\v", 0x0C: "\\f", 0x0D: "\\r", 0x1B: "\\e", 0x85: "\\N"]
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "\"" + (short[scalar.value] ?? "\\x" + (hex.count < 2 ? "0" + hex : hex)) + "\""
    }
}

/// Where a node was written and what kind it is: a node reached again through an alias has the
/// place of its anchor. A block mapping and its first key start at the same place, so the kind
/// tells them apart.
private struct NodePlace: Hashable {
    var line: Int
    var column: Int
    var kind: Int

    init(_ node: Node) {
        line = node.mark?.line ?? 0
        column = node.mark?.column ?? 0
        switch node {
        case .scalar: kind = 0
        case .mapping: kind = 1
        case .sequence: kind = 2
        case .alias: kind = 3
        }
    }
}
