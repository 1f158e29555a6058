import ArgumentParser

/// The commands for meeting lists: Meeting Guide feeds saved under `Content/meetings/`.
struct MeetingsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "meetings",
        abstract: "Work with meeting lists (Meeting Guide JSON feeds).",
        subcommands: [MeetingsFetchCommand.self]
    )
}
