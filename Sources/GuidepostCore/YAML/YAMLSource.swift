internal import Yams

/// YAML text from a user's file, with what is needed to point at its lines.
///
/// Front matter is YAML embedded in a Markdown file, so `lineOffset` shifts the parser's lines to
/// the file's lines and `fileText` is the whole file for quoting source lines.
struct YAMLSource: Sendable {
    var path: String
    var yaml: String
    var fileText: String
    var lineOffset: Int
    /// For YAML inside a Markdown container, where its columns are in the file's lines.
    var columns: ColumnMap?

    init(path: String, yaml: String, fileText: String? = nil, lineOffset: Int = 0, columns: ColumnMap? = nil) {
        self.path = path
        self.yaml = yaml
        self.fileText = fileText ?? yaml
        self.lineOffset = lineOffset
        self.columns = columns
    }

    /// An error at the position of `node`.
    func error(_ message: String, at node: Node) -> Diagnostic {
        error(message, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
    }

    /// Where `node` is in the file.
    func location(of node: Node) -> SourceLocation {
        let line = node.mark?.line ?? 1
        return SourceLocation(file: path, line: line + lineOffset, column: fileColumn(line: line, column: node.mark?.column ?? 1))
    }

    /// An error at a YAML line and column (before the offset is applied).
    func error(_ message: String, line: Int, column: Int) -> Diagnostic {
        .error(message, file: path, line: line + lineOffset, column: fileColumn(line: line, column: column), in: fileText)
    }

    /// The column in the file of a YAML line's column.
    private func fileColumn(line: Int, column: Int) -> Int {
        columns?.fileColumn(line: line, column: column) ?? column
    }

    /// No tags resolved: readers take every value from its text, quoted or not (see
    /// `ScalarReading`), so no reader asks for a tag. Yams matches a plain scalar against one
    /// regular expression per rule, for every key and value: the default seven rules took a
    /// tenth of a build.
    private static let resolver = Resolver.basic

    /// Parses the text into a node tree, or returns the syntax error as a diagnostic.
    func compose() -> Result<Node?, Diagnostic> {
        do {
            // UTF-8 named outright: Yams's default encoding reads the process environment on
            // every parse, a few per cent of a large build.
            return .success(try Yams.compose(yaml: yaml, Self.resolver, .default, .utf8))
        } catch let error as YamlError {
            return .failure(diagnostic(for: error))
        } catch {
            return .failure(self.error("could not read YAML: \(error)", line: 1, column: 1))
        }
    }

    /// The root mapping of the text, or nil after appending why there is none: a syntax error,
    /// `emptyMessage` for an empty text (none when nil), or a root that is not a mapping.
    func rootMap(what: String, emptyMessage: String?, into diagnostics: inout [Diagnostic]) -> YAMLMap? {
        switch compose() {
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return nil
        case .success(nil):
            if let emptyMessage { diagnostics.append(error(emptyMessage, line: 1, column: 1)) }
            return nil
        case .success(let node?):
            refuseControlCharacters(in: node, into: &diagnostics)
            return YAMLMap(node, source: self, what: what, diagnostics: &diagnostics)
        }
    }

    private func diagnostic(for error: YamlError) -> Diagnostic {
        switch error {
        case let .scanner(context, problem, mark, _),
             let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            if let (message, place) = explanation(of: problem, context: context, at: mark) {
                return self.error("invalid YAML: \(message)", line: place.line, column: place.column)
            }
            let detail = context.map { " (\($0.text))" } ?? ""
            return self.error("invalid YAML: \(problem)\(detail)", line: mark.line, column: mark.column)
        case let .duplicatedKeysInMapping(duplicates, context):
            if duplicates.count == 1, let key = duplicates.first, let again = repeatedKey(key, after: context.mark) {
                let first = context.mark.line + lineOffset
                return self.error("duplicate key '\(key)': it is already set on line \(first); keep only one of them", line: again.line, column: again.column)
            }
            let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            let noun = duplicates.count == 1 ? "key" : "keys"
            return self.error("duplicate \(noun) \(keys) in this mapping", line: context.mark.line, column: context.mark.column)
        case let .reader(problem, offset, _, _):
            let (line, column) = position(ofUTF8Offset: offset ?? 0)
            return self.error("invalid YAML: \(problem)", line: line, column: column)
        default:
            return self.error("invalid YAML: \(error)", line: 1, column: 1)
        }
    }

    /// libyaml's most frequent problems in plain words, at the place to change: a message and a
    /// YAML position, or nil to keep libyaml's own words.
    private func explanation(of problem: String, context: YamlError.Context?, at mark: Mark) -> (String, Mark)? {
        let character = yaml.line(at: mark.line).flatMap { line in
            line.unicodeScalars.dropFirst(max(mark.column - 1, 0)).first
        }
        switch problem {
        case "found character that cannot start any token" where character == "\t",
             "found a tab character that violates indentation",
             "found a tab character where an indentation space is expected":
            return ("a tab cannot indent YAML; indent with spaces", mark)
        case "found character that cannot start any token":
            let shown = character.map { "'\($0)'" } ?? "this character"
            return ("\(shown) cannot start a value; put the value in quotes", mark)
        case "mapping values are not allowed in this context":
            return ("unexpected ':'; put text that contains ': ' in quotes, or check the indentation of this line", mark)
        case "found unexpected end of stream" where context?.text == "while scanning a quoted scalar":
            return ("this quoted text is never closed; add the closing quote", context?.mark ?? mark)
        case "did not find expected ',' or ']'":
            return ("this list is never closed; end it with ']', and put ',' between its entries", context?.mark ?? mark)
        case "did not find expected ',' or '}'":
            return ("this mapping is never closed; end it with '}', and put ',' between its entries", context?.mark ?? mark)
        case "did not find expected key", "did not find expected '-' indicator":
            return ("this line is not indented like the lines above it; check its indentation", mark)
        case "found undefined alias":
            let name = yaml.line(at: mark.line).map { line in
                String(line.unicodeScalars.dropFirst(max(mark.column, 0)).prefix { !" ,[]{}".unicodeScalars.contains($0) })
            } ?? ""
            return ("'*\(name)' refers to an anchor '&\(name)' that is not defined; put text that starts with '*' in quotes", mark)
        case _ where problem.hasPrefix("Maximum nesting level reached"):
            return ("lists and mappings are nested too deeply here", mark)
        default:
            return nil
        }
    }

    /// Where `key` is written again after `first`, among the keys of the block mapping that
    /// starts there (keys of one mapping share their column); nil when it cannot be found.
    private func repeatedKey(_ key: String, after first: Mark) -> (line: Int, column: Int)? {
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        guard first.line >= 1, first.line < lines.count else { return nil }
        let indent = first.column - 1
        for number in (first.line + 1)...lines.count {
            let scalars = Array(lines[number - 1].unicodeScalars)
            guard let start = scalars.firstIndex(where: { $0 != " " }), scalars[start] != "#" else { continue }
            if start < indent { return nil }
            guard start == indent else { continue }
            let text = String(String.UnicodeScalarView(scalars[start...]))
            for written in [key, "\"\(key)\"", "'\(key)'"] where text.hasPrefix(written) {
                if text.dropFirst(written.count).drop(while: { $0 == " " }).hasPrefix(":") {
                    return (number, first.column)
                }
            }
        }
        return nil
    }

    private func position(ofUTF8Offset offset: Int) -> (Int, Int) {
        var line = 1, column = 1
        for (index, scalar) in yaml.unicodeScalars.enumerated() {
            if index >= offset { break }
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return (line, column)
    }
}
