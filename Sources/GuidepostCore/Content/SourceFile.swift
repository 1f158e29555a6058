import Foundation

/// A user's text file read from disk: byte order mark removed, line endings made `\n`.
struct SourceFile: Sendable {
    /// Relative to the folder it was found in (e.g. `learn/peer-support.md` under `Content/`).
    var relativePath: String
    /// The path shown in messages (e.g. `Content/learn/peer-support.md`).
    var displayPath: String
    var text: String

    /// Reads and decodes `url`; a file that is not UTF-8 text is reported where it stops being so.
    static func read(_ url: URL, relativePath: String, displayPath: String) -> Result<SourceFile, Diagnostic> {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            let reason = (error as NSError).localizedFailureReason ?? "it cannot be read"
            return .failure(Diagnostic(at: SourceLocation(file: displayPath), "cannot read file: \(reason)"))
        }
        switch decode(data) {
        case .success(let text):
            return .success(SourceFile(relativePath: relativePath, displayPath: displayPath, text: text))
        case .failure(let position):
            return .failure(Diagnostic(
                at: SourceLocation(file: displayPath, line: position.line, column: position.column),
                "file is not valid UTF-8 text (save it as UTF-8)"
            ))
        }
    }

    struct InvalidPosition: Error {
        var line: Int
        var column: Int
    }

    static func decode(_ data: Data) -> Result<String, InvalidPosition> {
        var bytes = data[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        guard var text = String(validating: bytes, as: UTF8.self) else {
            return .failure(firstInvalidPosition(in: bytes))
        }
        if text.utf8.contains(13) {
            text = text.replacingOccurrences(of: "\r\n", with: "\n")
        }
        return .success(text)
    }

    private static func firstInvalidPosition(in bytes: Data.SubSequence) -> InvalidPosition {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var line = 1, column = 1
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
            case .emptyInput, .error:
                return InvalidPosition(line: line, column: column)
            }
        }
    }
}
