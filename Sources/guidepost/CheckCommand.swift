import ArgumentParser
import Foundation
import GuidepostCore

struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Build the site in memory and report every problem, without writing anything.",
        discussion: """
        Runs every check of 'guidepost build' (settings, front matter, links between articles and \
        their #anchors, templates, URLs produced twice) and exits with status 1 if any fails.
        """
    )

    @OptionGroup var site: SiteLocationOptions

    func run() async throws {
        do {
            let rendered = try await SiteBuilder(options: site.buildOptions()).render()
            DiagnosticPrinter.print(rendered.warnings)
            print("No problems found in \(rendered.pageCount) pages.")
        } catch let failure as BuildFailure {
            DiagnosticPrinter.print(failure.diagnostics)
            DiagnosticPrinter.write("\(failure.errorCount) \(failure.errorCount == 1 ? "error" : "errors") found.\n")
            throw ExitCode.failure
        }
    }
}
