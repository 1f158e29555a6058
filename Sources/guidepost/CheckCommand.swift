import ArgumentParser
import Foundation
import GuidepostCore

struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Build the site in memory and report every problem, without writing anything.",
        discussion: """
        Runs every check of 'guidepost build' without writing anything: settings, front matter, \
        links between articles and their #anchors, templates, addresses produced twice, phone \
        numbers that are not in the catalog, and the pages as built: links and #fragments within \
        the site, alt text of images, ids used twice on a page. On a site in more than one \
        language, it lists as notes what each edition has not translated yet: pages, theme \
        strings, catalog texts and meeting kinds. Meeting lists are held to the strict \
        standard of 'guidepost build --strict': what a build would change or leave out of a list \
        is an error here. Exits with status 1 if any check fails; 'guidepost build' stops on the \
        same errors and leaves the output folder as it was.
        """
    )

    @OptionGroup var site: SiteLocationOptions

    func run() async throws {
        let rendered: SiteBuilder.RenderedSite
        do {
            // A build runs every check before it writes anything: check is a build that stops there.
            var options = site.buildOptions()
            options.strict = true
            rendered = try await SiteBuilder(options: options).render()
        } catch let failure as BuildFailure {
            DiagnosticPrinter.print(failure.diagnostics)
            DiagnosticPrinter.write("\(failure.errorCount) \(failure.errorCount == 1 ? "error" : "errors") found.\n")
            throw ExitCode.failure
        }
        DiagnosticPrinter.print(rendered.warnings)
        for report in rendered.meetings.reports { print(report) }
        // What a translator has left to do, per language: a work list, not a failure.
        for language in TranslationReport(site: rendered).languages {
            DiagnosticPrinter.print(language.notes)
            print("Translation: \(language.summary).")
        }
        print("No problems found in \(rendered.pageCount) pages.")
    }
}
