import ArgumentParser
import Foundation
import GuidepostCore

struct BuildCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Render the site into the output folder.",
        discussion: """
        Reads Content/ and Templates/ under the site folder, runs every check of 'guidepost check' \
        on the pages, and writes the site into a temporary folder, which replaces the output \
        folder only when the whole build succeeded. On errors, every problem is printed as \
        path:line:column and the command exits with status 1.
        """
    )

    @OptionGroup var site: SiteLocationOptions

    @Option(name: .long, help: ArgumentHelp("Where to write the site (default: Output/ in the site folder).", valueName: "dir"))
    var output: String?

    @Flag(name: .long, help: "Treat every warning about a meeting list as an error, as 'guidepost check' does.")
    var strict = false

    func run() async throws {
        var options = site.buildOptions(output: output)
        options.strict = strict
        do {
            let summary = try await SiteBuilder(options: options).build()
            DiagnosticPrinter.print(summary.warnings)
            print(summary)
        } catch let failure as BuildFailure {
            DiagnosticPrinter.printFailure(failure)
            throw ExitCode.failure
        }
    }
}
