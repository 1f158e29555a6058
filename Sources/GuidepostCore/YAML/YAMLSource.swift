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

    init(path: String, yaml: String, fileText: String? = nil, lineOffset: Int = 0) {
        self.path = path
        self.yaml = yaml
        self.fileText = fileText ?? yaml
        self.lineOffset = lineOffset
    }

    /// An error at the position of `node`.
    func error(_ message: String, at node: Node) -> Diagnostic {
        error(message, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
    }

    /// Where `node` is in the file.
    func location(of node: Node) -> SourceLocation {
        SourceLocation(file: path, line: (node.mark?.line ?? 1) + lineOffset, column: node.mark?.column ?? 1)
    }

    /// An error at a YAML line and column (before the offset is applied).
    func error(_ message: String, line: Int, column: Int) -> Diagnostic {
        .error(message, file: path, line: line + lineOffset, column: column, in: fileText)
    }

    /// Parses the text into a node tree, or returns the syntax error as a diagnostic.
    func compose() -> Result<Node?, Diagnostic> {
        do {
            return .success(try Yams.compose(yaml: yaml))
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
            return YAMLMap(node, source: self, what: what, diagnostics: &diagnostics)
        }
    }

    private func diagnostic(for error: YamlError) -> Diagnostic {
        switch error {
        case let .scanner(context, problem, mark, _),
             let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            let detail = context.map { " (\($0.text))" } ?? ""
            return self.error("invalid YAML: \(problem)\(detail)", line: mark.line, column: mark.column)
        case let .duplicatedKeysInMapping(duplicates, context):
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

    private func position(ofUTF8Offset offset: Int) -> (Int, Int) {
        var line = 1, column = 1
        for (index, scalar) in yaml.unicodeScalars.enumerated() {
            if index >= offset { break }
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return (line, column)
    }
}
