/// A problem found in a user's files, printed like a compiler message.
///
/// ```
/// Content/site.yml:3:1: error: unknown key 'titel'; did you mean 'title'?
/// titel: My guide
/// ^
/// ```
public struct Diagnostic: Sendable, Hashable, Error, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable {
        case error
        case warning
        /// Information, such as what is not translated yet (`guidepost check`).
        case note
    }

    public var severity: Severity
    public var location: SourceLocation
    public var message: String
    /// The text of the line the location points at, shown under the message with a caret.
    public var sourceLine: String?

    public init(_ severity: Severity = .error, at location: SourceLocation, _ message: String, sourceLine: String? = nil) {
        self.severity = severity
        self.location = location
        self.message = message
        self.sourceLine = sourceLine
    }

    /// An error at `line`/`column` of `text`, quoting that line.
    public static func error(
        _ message: String, file: String, line: Int, column: Int, in text: String
    ) -> Diagnostic {
        Diagnostic(
            .error,
            at: SourceLocation(file: file, line: line, column: column),
            message,
            sourceLine: text.line(at: line)
        )
    }

    /// The longest source line quoted whole; of a longer one, only this much around the column.
    static let longestQuotedLine = 200

    /// The message, then the source line and a caret under the column.
    public var description: String {
        var text = "\(location): \(severity.rawValue): \(message)"
        if let sourceLine, let column = location.column, location.line != nil {
            // A very long line (minified text, deep nesting) is cut around the column, with
            // "..." where text is left out.
            let scalars = Array(sourceLine.unicodeScalars)
            let limit = Self.longestQuotedLine
            let start = scalars.count > limit ? max(0, min(column - 1 - limit / 2, scalars.count - limit)) : 0
            let end = min(scalars.count, start + limit)
            let lead = start > 0 ? "..." : ""
            let shown = lead + String(String.UnicodeScalarView(scalars[start..<end])) + (end < scalars.count ? "..." : "")
            // Keep tabs so the caret lines up however the terminal shows them.
            let prefix = scalars[start..<min(max(column - 1, start), end)]
            let padding = String(repeating: " ", count: lead.count) + String(prefix.map { $0 == "\t" ? "\t" : " " })
            text += "\n\(shown)\n\(padding)^"
        }
        return text
    }
}

extension String {
    /// The 1-based `number`th line, without its line break, or nil past the end.
    func line(at number: Int) -> String? {
        guard number >= 1 else { return nil }
        var current = 1
        var start = startIndex
        var index = startIndex
        while index < endIndex {
            if self[index] == "\n" {
                if current == number { return String(self[start..<index]) }
                current += 1
                start = self.index(after: index)
            }
            index = self.index(after: index)
        }
        return current == number ? String(self[start..<endIndex]) : nil
    }
}
