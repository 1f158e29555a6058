import Foundation

/// Where a preview session reports builds: one line per build on standard output, problems on
/// standard error.
public struct PreviewLog: Sendable {
    /// Receives each line for standard output, with its line break.
    public var output: @Sendable (String) -> Void
    /// Receives diagnostics and failure lines for standard error, with their line breaks.
    public var errors: @Sendable (String) -> Void

    public init(output: @escaping @Sendable (String) -> Void, errors: @escaping @Sendable (String) -> Void) {
        self.output = output
        self.errors = errors
    }

    /// Writes to the terminal unbuffered, so that each line shows (or reaches a pipe) at once.
    public static let console = PreviewLog(
        output: { FileHandle.standardOutput.write(Data($0.utf8)) },
        errors: { FileHandle.standardError.write(Data($0.utf8)) }
    )

    /// Reports nothing.
    public static let silent = PreviewLog(output: { _ in }, errors: { _ in })
}
