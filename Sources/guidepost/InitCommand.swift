import ArgumentParser
import Foundation
import GuidepostCore

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a new site with the default theme and a small starter guide.",
        discussion: """
        Writes DIR/Content (site.yml, a home page, a few starter articles) and DIR/Templates (the \
        default theme). DIR must not exist or must be empty. Then run 'guidepost build --root DIR'.
        """
    )

    @Argument(help: ArgumentHelp("The folder to create.", valueName: "dir"))
    var directory: String

    func run() throws {
        let folder = URL(fileURLWithPath: directory)
        do {
            let count = try StarterSite.write(to: folder)
            print("Created a new site in \(directory) (\(count) files).")
            print("Preview it while you write: guidepost serve --root \(directory)")
            print("Build it for publishing:    guidepost build --root \(directory)")
        } catch let diagnostic as Diagnostic {
            DiagnosticPrinter.print([diagnostic])
            throw ExitCode.failure
        }
    }
}
