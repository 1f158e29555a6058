import Foundation
internal import Yams

/// Reads typed fields out of a YAML mapping, turning every problem into a diagnostic.
///
/// Readers never throw: a field with a problem yields nil and one diagnostic, so a file with
/// several mistakes reports all of them at once.
struct YAMLMap {
    let node: Node
    let mapping: Node.Mapping
    let source: YAMLSource

    /// A reader for `node`, or nil (with a diagnostic) when it is not a mapping.
    init?(_ node: Node, source: YAMLSource, what: String, diagnostics: inout [Diagnostic]) {
        guard let mapping = node.mapping else {
            diagnostics.append(source.error("\(what) must be a mapping of keys to values, found \(node.kindName)", at: node))
            return nil
        }
        self.node = node
        self.mapping = mapping
        self.source = source
    }

    var keys: [String] { mapping.keys.compactMap(\.string) }

    subscript(key: String) -> Node? {
        for (keyNode, value) in mapping where keyNode.string == key {
            return value.isNull ? nil : value
        }
        return nil
    }

    /// Reports every key that is not in `allowed`, with a suggestion.
    ///
    /// `nested` names the keys of this mapping that hold a mapping of their own, with that
    /// mapping's keys: a key of a nested mapping found here was most likely not indented under
    /// its parent (`values:` followed by `approach: twelve-step` at the same indentation), and
    /// the message says so.
    func rejectUnknownKeys(allowing allowed: [String], in what: String, nested: [String: [String]] = [:], into diagnostics: inout [Diagnostic]) {
        for (keyNode, _) in mapping {
            let key = keyNode.string ?? ""
            guard !allowed.contains(key) else { continue }
            let hint = nestingHint(for: key, nested: nested) ?? Suggestion.hint(for: key, in: allowed)
            diagnostics.append(source.error("unknown key '\(key)' in \(what)\(hint)", at: keyNode))
        }
    }

    /// Where `key` belongs when it is a key of one of the `nested` mappings; nil when it is not.
    private func nestingHint(for key: String, nested: [String: [String]]) -> String? {
        guard let parent = nested.keys.sorted().first(where: { nested[$0]?.contains(key) == true }) else { return nil }
        guard let parentKey = mapping.first(where: { $0.key.string == parent })?.key else {
            return "; it belongs under a '\(parent):' key: add '\(parent):' and indent it under that"
        }
        let line = (parentKey.mark?.line ?? 0) + source.lineOffset
        return "; it belongs under '\(parent):' on line \(line): indent it further than '\(parent)'"
    }

    /// An error at `key`'s key node when the key is present, else at the mapping itself.
    func missing(_ key: String, in what: String) -> Diagnostic {
        source.error("\(what) is missing the required key '\(key)'", at: node)
    }

    // MARK: - Typed fields

    func string(_ key: String, required: Bool = false, in what: String, into diagnostics: inout [Diagnostic]) -> String? {
        guard let value = self[key] else {
            if required { diagnostics.append(missing(key, in: what)) }
            return nil
        }
        guard let scalar = value.scalar else {
            diagnostics.append(source.error("'\(key)' must be text, found \(value.kindName)", at: value))
            return nil
        }
        if required, scalar.string.trimmingCharacters(in: .whitespaces).isEmpty {
            diagnostics.append(source.error("'\(key)' must not be empty", at: value))
            return nil
        }
        return scalar.string
    }

    /// `true` or `false`, quoted or not: front ends of content systems quote every value.
    func bool(_ key: String, into diagnostics: inout [Diagnostic]) -> Bool? {
        guard let value = self[key] else { return nil }
        guard let scalar = value.scalar, let bool = ScalarReading.bool(scalar.string) else {
            diagnostics.append(source.error("'\(key)' must be true or false, found \(value.describedValue)", at: value))
            return nil
        }
        return bool
    }

    /// A whole number, quoted or not.
    func int(_ key: String, into diagnostics: inout [Diagnostic]) -> Int? {
        guard let value = self[key] else { return nil }
        guard let scalar = value.scalar else {
            diagnostics.append(source.error("'\(key)' must be a whole number, found \(value.kindName)", at: value))
            return nil
        }
        switch ScalarReading.int(scalar.string) {
        case .number(let int):
            return int
        case .tooBig:
            diagnostics.append(source.error("'\(key)' is too big, found \(value.describedValue); use a whole number of at most 18 digits", at: value))
        case .notANumber:
            diagnostics.append(source.error("'\(key)' must be a whole number, found \(value.describedValue)", at: value))
        }
        return nil
    }

    func date(_ key: String, into diagnostics: inout [Diagnostic]) -> SiteDate? {
        guard let value = self[key] else { return nil }
        guard let text = value.scalar?.string else {
            diagnostics.append(source.error("'\(key)' must be a date like 2026-09-14, found \(value.kindName)", at: value))
            return nil
        }
        switch SiteDate.parse(text) {
        case .success(let date):
            return date
        case .failure(let problem):
            diagnostics.append(source.error("invalid date '\(text)' for '\(key)': \(problem.reason); \(problem.advice)", at: value))
            return nil
        }
    }

    /// A list of text values; each entry is returned with its node so callers can point at it.
    func stringList(_ key: String, into diagnostics: inout [Diagnostic]) -> [(String, Node)]? {
        guard let value = self[key] else { return nil }
        guard let sequence = value.sequence else {
            diagnostics.append(source.error("'\(key)' must be a list such as [first, second], found \(value.describedValue)", at: value))
            return nil
        }
        var items: [(String, Node)] = []
        for item in sequence {
            guard let text = item.scalar?.string else {
                // An alias (*name) is its anchor's node, written earlier: point at the list instead.
                let isAlias = (item.mark?.line ?? 0, item.mark?.column ?? 0) < (value.mark?.line ?? 0, value.mark?.column ?? 0)
                diagnostics.append(source.error("each entry of '\(key)' must be text, found \(item.kindName)", at: isAlias ? value : item))
                continue
            }
            items.append((text, item))
        }
        return items
    }

    /// A nested mapping.
    func map(_ key: String, into diagnostics: inout [Diagnostic]) -> YAMLMap? {
        guard let value = self[key] else { return nil }
        return YAMLMap(value, source: source, what: "'\(key)'", diagnostics: &diagnostics)
    }
}

extension Node {
    var isNull: Bool {
        guard let scalar else { return false }
        return scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    /// "a list", "a mapping" or "text", for messages.
    var kindName: String {
        switch self {
        case .scalar: return "text"
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        }
    }

    /// The scalar's text in quotes, or the kind of node.
    var describedValue: String {
        if let scalar { return "'\(scalar.string)'" }
        return kindName
    }
}
