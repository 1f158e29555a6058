import ArgumentParser
import Foundation
import GuidepostCore

/// Options shared by the commands that read a site.
struct SiteLocationOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The site folder, holding Content/ and Templates/.", valueName: "dir"))
    var root: String = "."

    @Flag(name: .long, help: "Publish articles marked 'draft: true'.")
    var drafts = false

    @Flag(name: .long, help: "Publish articles whose 'date' is after today.")
    var future = false

    func buildOptions(output: String? = nil) -> BuildOptions {
        BuildOptions(
            root: URL(fileURLWithPath: root),
            output: output.map { URL(fileURLWithPath: $0) },
            includeDrafts: drafts,
            includeFuture: future
        )
    }
}
