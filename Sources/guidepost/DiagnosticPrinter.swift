import Foundation
import GuidepostCore

/// Prints diagnostics to standard error the way compilers do.
enum DiagnosticPrinter {
    static func print(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics {
            write(diagnostic.description + "\n")
        }
    }

    static func printFailure(_ failure: BuildFailure) {
        print(failure.diagnostics)
        let count = failure.errorCount
        write("Build failed: \(count) \(count == 1 ? "error" : "errors"). The output folder was left as it was.\n")
    }

    static func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
