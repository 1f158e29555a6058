import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A user's text file read from disk: byte order mark removed, line endings made `\n`.
struct SourceFile: Sendable {
    /// Relative to the folder it was found in (e.g. `learn/peer-support.md` under `Content/`).
    var relativePath: String
    /// The path shown in messages (e.g. `Content/learn/peer-support.md`).
    var displayPath: String
    var text: String

    /// The largest file read as text (an article, a YAML file, a template), in bytes.
    ///
    /// A long book is a few megabytes; a bigger file is nearly always a mistake, such as a log or
    /// an export saved with a `.md` name, and would make a page nobody can load on a phone.
    static let maximumSize = 10 * 1024 * 1024

    /// Reads and decodes `url`; a file that is not UTF-8 text is reported where it stops being so.
    static func read(_ url: URL, relativePath: String, displayPath: String) -> Result<SourceFile, Diagnostic> {
        let data: Data
        switch contents(ofFile: url.path) {
        case .failure(let problem):
            return .failure(Diagnostic(at: SourceLocation(file: displayPath), problem.reason))
        case .success(let bytes):
            data = bytes
        }
        switch decode(data) {
        case .success(let text):
            return .success(SourceFile(relativePath: relativePath, displayPath: displayPath, text: text))
        case .failure(let problem):
            let location = SourceLocation(file: displayPath, line: problem.position?.line, column: problem.position?.column)
            // The line as well as it can be shown: what is not text becomes U+FFFD.
            let line = problem.position.flatMap { position in
                String(decoding: data.starts(with: [0xEF, 0xBB, 0xBF]) ? data.dropFirst(3) : data[...], as: UTF8.self)
                    .replacingOccurrences(of: "\0", with: "\u{FFFD}")
                    .replacingOccurrences(of: "\r\n", with: "\n").line(at: position.line)
            }
            return .failure(Diagnostic(at: location, problem.reason, sourceLine: line))
        }
    }

    /// Why a file could not be read or decoded, and where when that is known.
    struct Problem: Error {
        var reason: String
        var position: (line: Int, column: Int)?
    }

    // MARK: - Reading

    /// The bytes of the file at `path`, or why they cannot be read as text.
    static func contents(ofFile path: String) -> Result<Data, Problem> {
        // O_NONBLOCK: opening a named pipe must not wait for a writer.
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { return .failure(Problem(reason: "cannot read file: \(reason(for: errno, at: path))")) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return .failure(Problem(reason: "cannot read file: \(reason(for: errno, at: path))")) }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: return .failure(Problem(reason: "cannot read file: it is a folder, not a file"))
        default: return .failure(Problem(reason: "cannot read file: it is not a regular file"))
        }
        let size = Int(info.st_size)
        guard size <= maximumSize else {
            let megabytes = String(format: "%.1f", Double(size) / 1_048_576)
            return .failure(Problem(reason: "file is too large: \(megabytes) MB, and a text file may be at most \(maximumSize / 1_048_576) MB; split it into smaller files"))
        }
        var data = Data(count: size)
        var total = 0
        let failure: Int32? = data.withUnsafeMutableBytes { buffer in
            guard let base = buffer.baseAddress else { return nil }
            while total < size {
                let count = readBytes(descriptor, base + total, size - total)
                if count < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                if count == 0 { break }
                total += count
            }
            return nil
        }
        if let failure { return .failure(Problem(reason: "cannot read file: \(reason(for: failure, at: path))")) }
        if total < size { data.count = total }
        return .success(data)
    }

    /// A reason a publisher can act on, for the `errno` of a failed open or read.
    private static func reason(for code: Int32, at path: String) -> String {
        switch code {
        case EACCES, EPERM:
            return "permission denied"
        case ELOOP:
            return "it is a symbolic link that leads back to itself in a loop"
        case ENOENT:
            if let target = try? FileManager.default.destinationOfSymbolicLink(atPath: path) {
                return "it is a symbolic link to '\(target)', which does not exist"
            }
            return "it no longer exists"
        default:
            return String(cString: strerror(code)).lowercased()
        }
    }

    // MARK: - Decoding

    static func decode(_ data: Data) -> Result<String, Problem> {
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) {
            return .failure(Problem(reason: "file is saved as UTF-16 text; save it as UTF-8"))
        }
        var bytes = data[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if let zero = firstZeroByte(in: bytes) {
            // Text files never hold a NUL byte; binary files (images, documents) nearly always do.
            guard String(validating: bytes[..<zero], as: UTF8.self) != nil else {
                return .failure(Problem(reason: "file is not text but binary data, such as an image: rename it with its real extension (such as .png), and put files to publish as they are in Content/static/"))
            }
            return .failure(Problem(reason: "file contains a NUL character, which has no place in text; delete it", position: position(after: bytes[..<zero])))
        }
        guard var text = String(validating: bytes, as: UTF8.self) else {
            return .failure(Problem(reason: "file is not valid UTF-8 text (save it as UTF-8)", position: firstInvalidPosition(in: bytes)))
        }
        if text.utf8.contains(13) {
            // Windows (`\r\n`) and old Mac (`\r`) line endings: cmark and YAML break lines there
            // too, so counting `\n` keeps every line number right.
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        return .success(text)
    }

    private static func firstZeroByte(in bytes: Data.SubSequence) -> Data.Index? {
        bytes.withUnsafeBytes { buffer -> Int? in
            guard let base = buffer.baseAddress, let found = memchr(base, 0, buffer.count) else { return nil }
            return bytes.startIndex + (UnsafeRawPointer(found) - base)
        }
    }

    /// The line and column just after `bytes`, which are valid UTF-8.
    private static func position(after bytes: Data.SubSequence) -> (line: Int, column: Int) {
        var line = 1, column = 1
        for scalar in String(decoding: bytes, as: UTF8.self).unicodeScalars {
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return (line, column)
    }

    private static func firstInvalidPosition(in bytes: Data.SubSequence) -> (line: Int, column: Int) {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var line = 1, column = 1
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
            case .emptyInput, .error:
                return (line, column)
            }
        }
    }
}

/// `read(2)`, which `SourceFile.read` hides inside the type.
private func readBytes(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    Glibc.read(descriptor, buffer, count)
    #else
    Darwin.read(descriptor, buffer, count)
    #endif
}
