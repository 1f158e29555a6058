import ArgumentParser
import Foundation
import GuidepostCore

struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Build the site in memory and report every problem, without writing anything.",
        discussion: """
        Runs every check of 'guidepost build' (settings, front matter, links between articles and \
        their #anchors, templates, URLs produced twice), then checks the pages it built: links \
        and #fragments within the site, alt text of images, ids used twice on a page, and phone \
        numbers that are not in the catalog. Exits with status 1 if any check fails.
        """
    )

    @OptionGroup var site: SiteLocationOptions

    func run() async throws {
        let verifier: SiteVerifier
        do {
            verifier = try await SiteBuilder(options: site.buildOptions()).renderForCheck()
        } catch let failure as BuildFailure {
            DiagnosticPrinter.print(failure.diagnostics)
            DiagnosticPrinter.write("\(failure.errorCount) \(failure.errorCount == 1 ? "error" : "errors") found.\n")
            throw ExitCode.failure
        }
        DiagnosticPrinter.print(verifier.site.warnings)
        let problems = await verifier.problems()
        DiagnosticPrinter.print(problems)
        let errorCount = problems.count { $0.severity == .error }
        guard errorCount == 0 else {
            DiagnosticPrinter.write("\(errorCount) \(errorCount == 1 ? "error" : "errors") found.\n")
            throw ExitCode.failure
        }
        print("No problems found in \(verifier.site.pageCount) pages.")
    }
}
