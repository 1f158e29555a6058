import Foundation

/// The text of one meeting list and what is needed to point at its lines.
struct MeetingListFile: Sendable {
    /// As shown in messages: `Content/meetings/riverbend.json`.
    var path: String
    var lines: TextLines

    init(path: String, text: String) {
        self.path = path
        self.lines = TextLines(text)
    }

    var text: String { lines.text }

    func location(line: Int, column: Int) -> SourceLocation {
        SourceLocation(file: path, line: line, column: column)
    }

    func diagnostic(_ severity: Diagnostic.Severity, _ message: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(severity, at: location, message, sourceLine: location.line.flatMap { lines.line(at: $0) })
    }

    /// The format, from the file's extension.
    enum Format: String, Sendable, CaseIterable {
        case json, csv, yaml
    }

    static func format(of path: String) -> Format? {
        switch (path as NSString).pathExtension.lowercased() {
        case "json": .json
        case "csv": .csv
        case "yml", "yaml": .yaml
        default: nil
        }
    }
}
