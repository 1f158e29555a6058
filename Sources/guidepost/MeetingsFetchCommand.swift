import ArgumentParser
import Foundation
import GuidepostCore

struct MeetingsFetchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fetch",
        abstract: "Download a Meeting Guide feed into a file of the site and say what changed.",
        discussion: """
        Downloads the feed at <url> (http or https only) and saves it in the file given by --to, \
        such as Content/meetings/riverbend.json, replacing the file in one step. Before anything \
        is saved, the body must be a feed: a JSON list of meetings. A download that fails, or \
        that gives anything else (an error page, a 404), leaves the file as it was and exits with \
        status 1. Then it prints which meetings were added, removed or changed since the last \
        fetch, by slug; a feed that gives the same meetings does not rewrite the file.
        """
    )

    @Argument(help: ArgumentHelp("The address of the feed, starting with https:// or http://.", valueName: "url"))
    var url: String

    @Option(name: .long, help: ArgumentHelp("The file to save the feed in, such as Content/meetings/NAME.json.", valueName: "file"))
    var to: String

    @Option(name: .customLong("max-bytes"), help: ArgumentHelp("The largest feed accepted, in bytes.", valueName: "n"))
    var maxBytes = 20_000_000

    @Option(name: .long, help: ArgumentHelp("How many seconds the download may take in all.", valueName: "seconds"))
    var timeout = 30.0

    func validate() throws {
        guard maxBytes > 0 else { throw ValidationError("--max-bytes must be a positive number of bytes, found \(maxBytes).") }
        guard timeout > 0, timeout <= 86_400 else {
            throw ValidationError("--timeout must be more than 0 and at most 86400 seconds, found \(Self.shown(timeout)).")
        }
        guard !to.isEmpty else { throw ValidationError("--to must name a file, such as Content/meetings/NAME.json.") }
    }

    func run() async throws {
        if let problem = MeetingFeedAddress.problem(url) { throw fail(problem) }
        guard let address = URL(string: url) else { throw fail("'\(url)' is not a web address") }
        let file = URL(fileURLWithPath: to)
        let previous = try readPrevious(file)
        let untouched = previous == nil ? "nothing was written to \(to)" : "\(to) left as it was"

        let body: Data
        do {
            body = try await FeedDownloader(maxBytes: maxBytes, timeout: .milliseconds(Int64(timeout * 1000))).download(address)
        } catch {
            throw fail("\(explain(error)); \(untouched)")
        }
        let snapshot: MeetingFeedSnapshot
        do {
            snapshot = try MeetingFeedSnapshot(parsing: body)
        } catch {
            throw fail("\(url) did not send a meeting feed: \(error.reason); \(untouched)")
        }

        let changes = MeetingFeedChanges(from: previous, to: snapshot)
        if changes.isEmpty {
            print("\(changes.summary.joined(separator: "\n")); \(to) left as it was.")
            return
        }
        do {
            try AtomicFileWriter.write(body, to: file)
        } catch {
            throw fail("cannot write \(to): \(error.reason)")
        }
        for line in changes.summary { print(line) }
        let count = changes.isFirstSnapshot ? "" : " (\(changes.meetingCount == 1 ? "1 meeting" : "\(changes.meetingCount) meetings"))"
        print("Wrote \(to)\(count). Run 'guidepost check' to see problems in the list.")
    }

    // MARK: - Helpers

    /// The snapshot already in the file, nil when there is no file; an error when the file is
    /// something else than a feed, so that a mistyped --to cannot overwrite another file.
    private func readPrevious(_ file: URL) throws -> MeetingFeedSnapshot? {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: file.path, isDirectory: &isFolder) else { return nil }
        if isFolder.boolValue { throw fail("\(to) is a folder; --to names the file to save the feed in") }
        let data: Data
        do {
            data = try Data(contentsOf: file)
        } catch {
            throw fail("cannot read \(to): \((error as NSError).localizedDescription)")
        }
        do {
            return try MeetingFeedSnapshot(parsing: data)
        } catch {
            throw fail("\(to) is not a meeting feed (\(error.reason)); nothing was downloaded. Move the file away or choose another --to")
        }
    }

    /// What went wrong with the download, in words for the publisher.
    private func explain(_ failure: FeedDownloader.Failure) -> String {
        switch failure {
        case .status(let code): "\(url) answered \(HTTPStatus.text(code))"
        case .tooLarge: "\(url) sent more than \(maxBytes) bytes (--max-bytes)"
        case .timedOut: "\(url) did not send the whole feed within \(Self.shown(timeout)) seconds (--timeout)"
        case .redirectRefused(let location): "\(url) redirected to '\(location)', which is not an http or https address"
        case .tooManyRedirects: "\(url) redirected more than \(FeedDownloader.maxRedirects) times"
        case .network(let reason): "cannot download \(url): \(reason)"
        }
    }

    /// Prints `message` as an error and gives the exit status to throw.
    private func fail(_ message: String) -> ExitCode {
        DiagnosticPrinter.write("guidepost: error: \(message)\n")
        return .failure
    }

    /// Seconds as a publisher writes them: `30`, `0.5`.
    private static func shown(_ seconds: Double) -> String {
        seconds == seconds.rounded() && abs(seconds) < 1e15 ? String(Int64(seconds)) : String(seconds)
    }
}
