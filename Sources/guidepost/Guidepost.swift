import ArgumentParser

@main
struct Guidepost: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "guidepost",
        abstract: "Build recovery resource guides: Markdown articles and a group catalog into a static website.",
        discussion: """
        A site folder holds Content/ (site.yml and Markdown articles) and Templates/ (the theme). \
        'guidepost build' renders it into Output/, and 'guidepost serve' previews it in a browser \
        while you edit. Start a new site with 'guidepost init my-guide'.
        """,
        version: "0.1.0",
        subcommands: [BuildCommand.self, CheckCommand.self, InitCommand.self, MeetingsCommand.self, ServeCommand.self],
        defaultSubcommand: nil
    )
}
