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
        var options = BuildOptions(
            root: URL(fileURLWithPath: root),
            output: output.map { URL(fileURLWithPath: $0) },
            includeDrafts: drafts,
            includeFuture: future
        )
        options.today = Self.sourceDate(ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"])
        return options
    }

    /// The day of `SOURCE_DATE_EPOCH` (seconds since 1970, the reproducible-builds convention),
    /// in UTC: the date a build treats as today. Nil when unset or not a number.
    static func sourceDate(_ value: String?) -> SiteDate? {
        // Digits only (Int would take a sign), up to the last second of the year 9999.
        guard let value, !value.isEmpty, value.allSatisfy({ $0.isASCII && $0.isNumber }),
              let seconds = Int(value), seconds <= 253_402_300_799 else { return nil }
        return SiteDate(daysSince1970: seconds / 86_400)
    }
}
