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
            return duplicateKeyDiagnostic(duplicates, firstAt: context.mark)
        case let .reader(problem, offset, _, _):
            let (line, column) = position(ofUTF8Offset: offset ?? 0)
            return self.error("invalid YAML: \(problem)", line: line, column: column)
        default:
            return self.error("invalid YAML: \(error)", line: 1, column: 1)
        }
    }

    /// libyaml's most frequent problems in plain words, at the place to change: a message and a
    /// YAML position, or nil to keep libyaml's own words.
    private func explanation(of problem: String, context: YamlError.Context?, at mark: Mark) -> (String, Place)? {
        let character = yaml.line(at: mark.line).flatMap { line in
            line.unicodeScalars.dropFirst(max(mark.column - 1, 0)).first
        }
        switch problem {
        case "found character that cannot start any token" where character == "\t",
             "found a tab character that violates indentation",
             "found a tab character where an indentation space is expected":
            return ("a tab cannot indent YAML; indent with spaces", Place(mark))
        case "found character that cannot start any token":
            let shown = character.map { "'\($0)'" } ?? "this character"
            return ("\(shown) cannot start a value; put the value in quotes", Place(mark))
        case "mapping values are not allowed in this context":
            if let (message, place) = overIndentedKey(at: mark) { return (message, place) }
            return ("unexpected ':'; put text that contains ': ' in quotes, or check the indentation of this line", Place(mark))
        case "found unexpected end of stream" where context?.text == "while scanning a quoted scalar":
            return ("this quoted text is never closed; add the closing quote", Place(context?.mark ?? mark))
        case "did not find expected ',' or ']'":
            return ("this list is never closed; end it with ']', and put ',' between its entries", Place(context?.mark ?? mark))
        case "did not find expected ',' or '}'":
            return ("this mapping is never closed; end it with '}', and put ',' between its entries", Place(context?.mark ?? mark))
        case "did not find expected key", "did not find expected '-' indicator":
            return ("this line is not indented like the lines above it; check its indentation", Place(mark))
        case "found undefined alias":
            let name = yaml.line(at: mark.line).map { line in
                String(line.unicodeScalars.dropFirst(max(mark.column, 0)).prefix { !" ,[]{}".unicodeScalars.contains($0) })
            } ?? ""
            return ("'*\(name)' refers to an anchor '&\(name)' that is not defined; put text that starts with '*' in quotes", Place(mark))
        case _ where problem.hasPrefix("Maximum nesting level reached"):
            return ("lists and mappings are nested too deeply here", Place(mark))
        default:
            return nil
        }
    }

    /// A key indented further than the key on the line above it: YAML reads the line as more
    /// of that key's value, and the `:` after it is where libyaml stops. Nil when the line at
    /// `mark` does not start with the key whose `:` is at `mark`.
    private func overIndentedKey(at mark: Mark) -> (String, Place)? {
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.unicodeScalars) }
        guard mark.line >= 2, mark.line <= lines.count else { return nil }
        let scalars = lines[mark.line - 1]
        guard let layout = BlockMapping.layout(of: scalars), layout.start == layout.key,
              let name = BlockMapping.keyName(in: scalars, at: layout.start),
              layout.start + name.unicodeScalars.count < mark.column, mark.column - 1 <= scalars.count,
              !scalars[layout.start..<(mark.column - 1)].contains(":")
        else { return nil }
        var number = mark.line - 1
        while number >= 1, BlockMapping.layout(of: lines[number - 1]) == nil { number -= 1 }
        guard number >= 1, let above = BlockMapping.layout(of: lines[number - 1]), above.key < layout.start,
              let aboveName = BlockMapping.keyName(in: lines[number - 1], at: above.key)
        else { return nil }
        let extra = layout.start - above.key
        let spaces = extra == 1 ? "1 space" : "\(extra) spaces"
        return (
            "'\(name)' is indented \(spaces) more than '\(aboveName)' on line \(number + lineOffset), so it reads as more of the text of '\(aboveName)'; line '\(name)' up with '\(aboveName)'",
            Place(line: mark.line, column: layout.start + 1)
        )
    }

    /// A YAML line and column.
    struct Place {
        var line: Int
        var column: Int

        init(line: Int, column: Int) {
            self.line = line
            self.column = column
        }

        init(_ mark: Mark) {
            self.init(line: mark.line, column: mark.column)
        }
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
