import GuidepostCore

/// The page shown instead of every page of the site while the latest build failed.
///
/// Self-contained (inline styles, no requests but the reload script) so that it shows whatever
/// state the theme is in; it reloads by itself when the next build succeeds.
enum ErrorPage {
    static func html(for failure: BuildFailure, build: Int) -> String {
        let count = failure.errorCount
        let heading = "The site could not be built: \(count) \(count == 1 ? "error" : "errors")"
        let items = failure.diagnostics.map(item).joined(separator: "\n")
        return """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Build failed · Guidepost preview</title>
        <style>
        body { font: 16px/1.5 system-ui, sans-serif; margin: 0; padding: 2rem; background: #fdf6f6; color: #1f1f1f; }
        main { max-width: 60rem; margin: 0 auto; }
        h1 { font-size: 1.5rem; color: #9b1c1c; margin-top: 0; }
        ol { padding: 0; list-style: none; }
        li { background: #fff; border: 1px solid #e8c4c4; border-left: 4px solid #9b1c1c; border-radius: 4px; padding: 1rem; margin: 0 0 1rem; }
        li.warning { border-left-color: #a36a00; }
        .location { font-family: ui-monospace, monospace; font-weight: 600; margin: 0; overflow-wrap: anywhere; }
        .message { margin: .25rem 0 0; }
        pre { background: #f4f4f4; padding: .75rem; margin: .75rem 0 0; overflow-x: auto; font: 14px/1.4 ui-monospace, monospace; }
        footer { color: #555; font-size: .9rem; }
        </style>
        </head>
        <body>
        <main>
        <h1>\(HTML.escape(heading))</h1>
        <ol>
        \(items)
        </ol>
        <footer>Build \(build). Fix the files above and save: this page reloads by itself.</footer>
        </main>
        \(ReloadScript.tag)
        </body>
        </html>

        """
    }

    /// One diagnostic: its place, its message, and the quoted source line with its caret.
    private static func item(_ diagnostic: Diagnostic) -> String {
        var html = """
        <li class="\(diagnostic.severity.rawValue)"><p class="location">\(HTML.escape(diagnostic.location.description))</p>
        <p class="message">\(diagnostic.severity.rawValue): \(HTML.escape(diagnostic.message))</p>
        """
        if let excerpt = sourceExcerpt(of: diagnostic) {
            html += "\n<pre>\(HTML.escape(excerpt))</pre>"
        }
        return html + "</li>"
    }

    /// The source line and the caret under its column, exactly as the command line prints them.
    private static func sourceExcerpt(of diagnostic: Diagnostic) -> String? {
        guard diagnostic.sourceLine != nil, diagnostic.location.line != nil, diagnostic.location.column != nil else {
            return nil
        }
        // The description ends with the source line and the caret line when all three are known.
        let lines = diagnostic.description.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.count >= 3 else { return nil }
        return lines.suffix(2).joined(separator: "\n")
    }
}
