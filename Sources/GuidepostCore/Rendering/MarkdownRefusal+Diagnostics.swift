import GuidepostMarkdown

extension MarkdownRefusal {
    /// The problems of a refused article body, each at its place in the file; a parse that ran
    /// out of time concerns the whole file.
    func diagnostics(file: String, lineOffset: Int, text: String) -> [Diagnostic] {
        problems.map { problem in
            guard let line = problem.line else { return Diagnostic(at: SourceLocation(file: file), problem.message) }
            return Diagnostic(
                at: SourceLocation(file: file, line: line + lineOffset, column: problem.column),
                problem.message, sourceLine: text.line(at: line)
            )
        }
    }

    /// The problems of a refused Markdown text inside a YAML file (`what`, such as "'footer'"),
    /// at the place of the setting.
    func diagnostics(at location: SourceLocation, what: String, sourceLine: String?) -> [Diagnostic] {
        problems.map { problem in
            let line = problem.line.map { " (line \($0) of the text)" } ?? ""
            return Diagnostic(at: location, "in \(what)\(line): \(problem.message)", sourceLine: sourceLine)
        }
    }
}
